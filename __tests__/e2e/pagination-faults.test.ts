import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, type Fixture } from '../support/fixture.js';

// What Apple's paging does wrong now and then, and how the client copes (issue: reliability 7 and 9).
let fx: Fixture;
const app = (id: string) => ({
  type: 'apps',
  id,
  attributes: { name: `App ${id}`, bundleId: `com.example.p${id}` },
});

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.server.faults.clear();
  fx.server.log.length = 0;
});

const listAll = () =>
  runAction(fx.inputs({ operation: 'request', path: '/v1/apps?limit=2', 'all-pages': 'true' }), {
    retry: FAST_RETRY,
  });

test('a repeated cursor ends paging instead of looping', async () => {
  const page2 = `${fx.server.url}/v1/apps?limit=2&cursor=Mg`;
  fx.server.faults.add({
    path: '/v1/apps',
    status: 200,
    body: { data: [app('1'), app('2')], links: { next: page2 } },
  });
  // Page 2 points back at itself.
  fx.server.faults.add({ path: '/v1/apps', status: 200, body: { data: [app('3')], links: { next: page2 } } });
  const r = await listAll();
  expect(r.failed).toBe(false);
  expect((r.result as { data: Array<{ id: string }> }).data.map((d) => d.id)).toEqual(['1', '2', '3']);
  expect(fx.server.log).toHaveLength(2);
  expect(r.stdout).toMatch(/links\.next repeats a page already read/);
});

test('ids repeated across pages are dropped', async () => {
  fx.server.faults.add({
    path: '/v1/apps',
    status: 200,
    body: { data: [app('1'), app('2')], links: { next: `${fx.server.url}/v1/apps?limit=2&cursor=Mg` } },
  });
  fx.server.faults.add({ path: '/v1/apps', status: 200, body: { data: [app('2'), app('3')] } });
  const r = await listAll();
  expect((r.result as { data: Array<{ id: string }> }).data.map((d) => d.id)).toEqual(['1', '2', '3']);
});

test('an empty last page is fine', async () => {
  fx.server.faults.add({
    path: '/v1/apps',
    status: 200,
    body: { data: [app('1'), app('2')], links: { next: `${fx.server.url}/v1/apps?limit=2&cursor=Mg` } },
  });
  fx.server.faults.add({ path: '/v1/apps', status: 200, body: { data: [], links: {} } });
  const r = await listAll();
  expect(r.failed).toBe(false);
  expect((r.result as { meta: { pages: number; count: number } }).meta).toEqual({ pages: 2, count: 2 });
});

test('a next link to another host is refused: the token goes nowhere else', async () => {
  fx.server.faults.add({
    path: '/v1/apps',
    status: 200,
    body: { data: [app('1')], links: { next: 'https://evil.example/v1/apps?cursor=x' } },
  });
  const r = await listAll();
  expect(r.failed).toBe(true);
  expect(r.errors[0]).toMatch(/another host.*refusing to send the token/);
});

test('an error document with several errors reports each of them', async () => {
  fx.server.faults.add({
    path: '/v1/apps',
    status: 409,
    body: {
      errors: [
        {
          status: '409',
          code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
          title: 'An attribute value is invalid.',
          detail: 'name is too long',
          source: { pointer: '/data/attributes/name' },
        },
        {
          status: '409',
          code: 'ENTITY_ERROR.ATTRIBUTE.REQUIRED',
          title: 'A required attribute is missing.',
          detail: 'sku is required',
          source: { pointer: '/data/attributes/sku' },
        },
      ],
    },
  });
  const r = await runAction(fx.inputs({ operation: 'request', path: '/v1/apps' }), { retry: FAST_RETRY });
  expect(r.failed).toBe(true);
  expect(r.errors[0]).toMatch(
    /ENTITY_ERROR\.ATTRIBUTE\.INVALID \(\/data\/attributes\/name\).*name is too long; ENTITY_ERROR\.ATTRIBUTE\.REQUIRED \(\/data\/attributes\/sku\).*sku is required/,
  );
  expect(r.result).toMatchObject({
    error: {
      status: 409,
      errors: [{ code: 'ENTITY_ERROR.ATTRIBUTE.INVALID' }, { code: 'ENTITY_ERROR.ATTRIBUTE.REQUIRED' }],
    },
  });
  expect(fx.server.log).toHaveLength(1);
});

test('403 for a missing agreement and for a key role too low give different advice, without retry', async () => {
  fx.server.faults.add({
    path: '/v1/apps',
    status: 403,
    body: {
      errors: [
        {
          status: '403',
          code: 'FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED',
          title: 'A required agreement is missing or has expired.',
          detail: 'This request requires an in-effect agreement that has not been signed or has expired.',
        },
      ],
    },
  });
  const agreement = await runAction(fx.inputs({ operation: 'request', path: '/v1/apps' }), {
    retry: FAST_RETRY,
  });
  fx.server.faults.add({
    path: '/v1/apps',
    status: 403,
    body: {
      errors: [
        {
          status: '403',
          code: 'FORBIDDEN_ERROR',
          title: 'This request is forbidden for security reasons',
          detail: 'The API key in use does not allow this request',
        },
      ],
    },
  });
  const role = await runAction(fx.inputs({ operation: 'request', path: '/v1/apps' }), { retry: FAST_RETRY });
  expect(agreement.errors[0]).toMatch(/Account Holder must .* accept the latest agreements/);
  expect(role.errors[0]).toMatch(/role does not allow this request/);
  expect(agreement.errors[0]).not.toEqual(role.errors[0]);
  expect(fx.server.log).toHaveLength(2);
});

test('429 while X-Rate-Limit still shows budget is retried', async () => {
  fx.server.faults.add({
    path: '/v1/apps',
    status: 429,
    headers: { 'X-Rate-Limit': 'user-hour-lim:3600;user-hour-rem:3000;' },
  });
  const r = await runAction(fx.inputs({ operation: 'request', path: '/v1/apps' }), { retry: FAST_RETRY });
  expect(r.failed).toBe(false);
  expect(fx.server.log.map((l) => l.status)).toEqual([429, 200]);
});

test('a 503 HTML page that persists fails with a readable message after a bounded number of tries', async () => {
  fx.server.faults.add({
    path: '/v1/apps',
    status: 503,
    html: '<html><body><h1>Service Unavailable</h1><p>Try later</p></body></html>',
    times: 20,
  });
  const r = await runAction(fx.inputs({ operation: 'request', path: '/v1/apps' }), {
    retry: { ...FAST_RETRY, maxAttempts: 4 },
  });
  expect(r.failed).toBe(true);
  expect(fx.server.log).toHaveLength(4);
  expect(r.errors[0]).toMatch(
    /503 .*after 4 tries: non-JSON response: Service Unavailable Try later\. App Store Connect had a server error/,
  );
});
