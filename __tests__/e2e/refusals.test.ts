/**
 * Issue 11, item 9: a refusal says what to fix. Per-tester failures keep Apple's code, the method
 * and path, and the role the call needs, as create-group and the users operations do.
 */
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import { BUNDLE_ID, seedApp, seedGroup, seedTester } from '../support/testers-seed.js';

let fx: Fixture;

const FORBIDDEN = {
  errors: [
    {
      status: '403',
      code: 'FORBIDDEN_ERROR',
      title: 'This request is forbidden for security reasons',
      detail: 'The API key in use does not allow this request',
    },
  ],
};

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  seedApp(fx.server.store);
  seedGroup(fx.server.store, 'Beta', { id: 'g-beta' });
  seedTester(fx.server.store, 'in.beta@example.com', ['g-beta']);
  seedTester(fx.server.store, 'in.app@example.com', []);
});

const act = (inputs: Record<string, string>) =>
  runAction(fx.inputs({ app: BUNDLE_ID, ...inputs }), { retry: FAST_RETRY, clock: virtualClock() });

interface Row {
  email: string;
  detail?: string;
}

test.each([
  ['add-testers', 'POST', { groups: 'Beta', testers: 'in.app@example.com' }, 'in.app@example.com'],
  ['remove-testers', 'DELETE', { groups: 'Beta', testers: 'in.beta@example.com' }, 'in.beta@example.com'],
  [
    'sync-testers',
    'POST',
    { groups: 'Beta', testers: 'in.beta@example.com\nin.app@example.com' },
    'in.app@example.com',
  ],
])(
  '%s: a 403 keeps the code, the method and path, and the role hint',
  async (operation, method, inputs, email) => {
    fx.server.faults.add({
      method,
      path: '/v1/betaGroups/{id}/relationships/betaTesters',
      status: 403,
      body: FORBIDDEN,
    });
    const r = await act({ operation, ...inputs });
    expect(r.failed).toBe(true);
    const row = (r.result as { testers: Row[] }).testers.find((t) => t.email === email);
    for (const text of [row?.detail ?? '', r.errors[0] ?? '']) {
      expect(text).toContain('403 FORBIDDEN_ERROR: The API key in use does not allow this request');
      expect(text).toContain(`(${method} /v1/betaGroups/g-beta/relationships/betaTesters)`);
      expect(text).toContain('use a key with the App Manager or Admin role');
    }
  },
);
