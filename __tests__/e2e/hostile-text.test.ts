/**
 * Issue 11, items 1 and 2: text from App Store Connect never acts as a workflow command, masks
 * hold whatever was printed before them, and no token reaches an output, the summary or the log.
 * Every runAction here is also read as the runner reads it (support/runner-log.ts).
 */
import { runAction, type ActionRun } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import { readAsRunner } from '../support/runner-log.js';
import { createBetaGroup } from '../../fake-app-store-connect/routes/beta-groups.js';
import * as builds from '../support/builds-seed.js';
import { APP_ID, BUNDLE_ID, seedApp, seedGroup, seedTester, seedUser } from '../support/testers-seed.js';

let fx: Fixture;

/** Names an outsider could pick (public-link testers choose their own). 'PWN' marks the payloads. */
const GROUP = '::warning::PWN-g ##[error]PWN-h';
const FIRST = 'Eve\n::error::PWN-b\r::notice::PWN-c';
const LAST = '%0A::set-output name=build-id::PWN-e ##[set-output name=x;]PWN-d';
const APP = 'Weather\n  ::add-mask::PWN-app';

async function act(
  inputs: Record<string, string | undefined>,
  options: Parameters<typeof runAction>[1] = {},
) {
  return runAction(fx.inputs({ app: BUNDLE_ID, ...inputs }), {
    retry: FAST_RETRY,
    clock: virtualClock(),
    ...options,
  });
}

/** The run printed server text (so the check below is not empty) and none of it ran. */
function expectNeutral(r: ActionRun): void {
  // Masks are the action's own lines (a token can hold any three letters, PWN included).
  const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(printed.some((l) => l.includes('PWN'))).toBe(true);
  const runner = readAsRunner(printed.join('\n'));
  expect(runner.commands.filter((c) => c.data.startsWith('PWN'))).toEqual([]);
  expect(runner.commands.filter((c) => c.form === 'legacy')).toEqual([]);
  for (const line of printed) {
    expect(line).not.toContain('##[');
    if (line.includes('PWN') && line.trim().startsWith('::'))
      expect(line).toMatch(/^::(debug|warning|error|group)::/);
  }
}

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  const { store } = fx.server;
  store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  seedApp(store);
  store.update('apps', APP_ID, { name: APP });
  seedGroup(store, GROUP, { id: 'g-evil' });
  seedGroup(store, 'Beta', { id: 'g-beta' });
  seedTester(store, 'eve@example.com', ['g-evil'], { firstName: FIRST, lastName: LAST });
  seedTester(store, 'bob@example.com', [], { firstName: 'Bob', lastName: 'B' });
  const user = seedUser(store, 'mallory@example.com');
  user.attributes.firstName = FIRST;
  user.attributes.lastName = LAST;
});

describe('server text in the log cannot act as a workflow command', () => {
  test.each([
    ['add-testers', { groups: GROUP, testers: 'bob@example.com', 'dry-run': 'true' }],
    ['remove-testers', { groups: GROUP, testers: 'eve@example.com', 'dry-run': 'true' }],
    ['sync-testers', { groups: GROUP, testers: 'bob@example.com', 'dry-run': 'true' }],
    ['list-testers', {}],
    ['list-groups', {}],
    ['delete-group', { 'group-name': GROUP, 'dry-run': 'true' }],
    ['update-group', { 'group-name': GROUP, 'feedback-enabled': 'false', 'dry-run': 'true' }],
  ])('%s', async (operation, inputs) => {
    const r = await act({ operation, ...inputs });
    expectNeutral(r);
  });

  test.each([
    [
      'distribute-build',
      { 'build-number': '2', groups: GROUP, 'submit-for-review': 'false', 'dry-run': 'true' },
    ],
    ['distribute-build', { 'build-number': '2', groups: GROUP, 'submit-for-review': 'false' }],
    ['remove-build-from-groups', { groups: GROUP, 'dry-run': 'true' }],
    ['remove-build-from-groups', { groups: GROUP }],
  ])('%s %j', async (operation, inputs) => {
    const { store } = fx.server;
    builds.seedApp(store);
    createBetaGroup(store, builds.APP_ID, { name: GROUP }, 'g-r-evil');
    createBetaGroup(store, builds.APP_ID, { name: 'Rocket Beta' }, 'g-r-beta');
    builds.seedBuild(store, 'b-1', { version: '1.0', buildNumber: '1', groups: ['g-r-evil', 'g-r-beta'] });
    builds.seedBuild(store, 'b-2', { version: '1.0', buildNumber: '2' });
    store.update('apps', builds.APP_ID, { name: APP });
    const r = await act({ operation, app: builds.BUNDLE_ID, 'build-number': '1', ...inputs });
    expect(r.failed).toBe(false);
    expectNeutral(r);
  });

  test('an error detail from App Store Connect, in the failure annotation', async () => {
    fx.server.faults.add({
      method: 'GET',
      path: '/v1/apps',
      status: 404,
      body: { errors: [{ status: '404', code: 'NOT_FOUND', title: FIRST, detail: LAST }] },
    });
    const r = await act({ operation: 'list-groups' });
    expect(r.failed).toBe(true);
    expectNeutral(r);
  });

  test('a group name holding stop-commands, then a forced re-sign: no token shown', async () => {
    const STOP = '##[stop-commands]pause';
    fx.server.store.update('betaGroups', 'g-beta', { name: STOP });
    // The write after the group's name was logged is refused once: the client signs again.
    fx.server.faults.add({
      method: 'POST',
      path: '/v1/betaGroups/{id}/relationships/betaTesters',
      status: 401,
    });
    const r = await act({ operation: 'add-testers', groups: STOP, testers: 'bob@example.com' });
    expect(r.failed).toBe(false);
    expect(fx.server.log.filter((l) => l.status === 401)).toHaveLength(1);
    const runner = readAsRunner(r.stdout);
    expect(runner.stopped).toBe(false);
    expect(runner.commands.map((c) => c.name)).not.toContain('stop-commands');
    expect(runner.visible.join('\n')).not.toMatch(/eyJ[\w-]+\.eyJ/);
    // Every token was masked before the first request, so before any server text.
    const firstRequest = r.stdout.indexOf('::debug::GET ');
    const lastMask = r.stdout.lastIndexOf('::add-mask::eyJ');
    expect(lastMask).toBeGreaterThan(-1);
    expect(lastMask).toBeLessThan(firstRequest);
  });
});

describe('no token in any output', () => {
  const ECHOED =
    'eyJhbGciOiJFUzI1NiIsImtpZCI6IkFCQyIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ4IiwiYXVkIjoiYXBwc3RvcmVjb25uZWN0LXYxIn0.c2lnbmF0dXJlLXRoYXQtaXMtbG9uZy1lbm91Z2gtdG8tbG9vay1yZWFs';

  test('an error detail echoing the Authorization header is redacted in the message, result, summary and log', async () => {
    fx.server.faults.add({
      method: 'GET',
      path: '/v1/apps',
      status: 403,
      body: {
        errors: [
          {
            status: '403',
            code: 'FORBIDDEN_ERROR',
            title: 'Forbidden',
            detail: `Request GET /v1/apps with Authorization: Bearer ${ECHOED} is not allowed.`,
          },
        ],
      },
    });
    const r = await act({ operation: 'list-groups' });
    expect(r.failed).toBe(true);
    const everything = [r.stdout, r.summary, ...Object.values(r.outputs)].join('\n');
    expect(everything).not.toContain(ECHOED.slice(0, 40));
    expect(everything).not.toContain(ECHOED.split('.')[2]);
    expect(r.errors[0]).toMatch(/Authorization: Bearer \[redacted/);
    expect(JSON.stringify(r.result)).toContain('[redacted');
    expect(r.summary).toContain('[redacted');
  });

  test('a JWT inside a successful answer is redacted in the result output', async () => {
    fx.server.store.update('betaGroups', 'g-beta', { name: `Beta ${ECHOED}` });
    const r = await act({ operation: 'list-groups' });
    expect(r.failed).toBe(false);
    expect(r.outputs.result).not.toContain(ECHOED.split('.')[2]);
    expect(r.outputs.result).toContain('Beta [redacted token]');
  });
});
