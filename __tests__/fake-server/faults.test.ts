import { json } from '../../fake-app-store-connect/index.js';
import type { RouteModule } from '../../fake-app-store-connect/index.js';
import { bodyOf, startHarness } from './helpers.js';
import type { Harness } from './helpers.js';

const groupsRoutes: RouteModule = (router, { store }) => {
  router.post('/v1/betaGroups', (req) => {
    const { data } = req.body as { data: { attributes: { name: string } } };
    const group = store.create('betaGroups', { name: data.attributes.name });
    return json({ data: store.toJson(group, req.ctx.baseUrl) }, 201);
  });
};

const createGroup = (h: Harness, name: string): Promise<Response> =>
  h.call('/v1/betaGroups', {
    method: 'POST',
    json: {
      data: {
        type: 'betaGroups',
        attributes: { name },
        relationships: { app: { data: { type: 'apps', id: '1' } } },
      },
    },
  });

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ routes: [groupsRoutes] });
});
afterEach(() => h.server.close());

describe('faults', () => {
  test('a status sequence, then the real answer', async () => {
    h.server.faults.sequence('GET', '/v1/apps', [500, 503]);
    const first = await h.callJson('/v1/apps');
    expect(first.res.status).toBe(500);
    expect(first.body.errors[0]).toMatchObject({ status: '500', code: 'UNEXPECTED_ERROR' });
    expect((await h.call('/v1/apps')).status).toBe(503);
    expect((await h.call('/v1/apps')).status).toBe(200);
    expect(h.server.log.map((e) => [e.status, e.fault])).toEqual([
      [500, 'status'],
      [503, 'status'],
      [200, undefined],
    ]);
  });

  test('429 with Retry-After, and faults match by method and path', async () => {
    h.server.faults.add({ method: 'GET', path: '/v1/apps', status: 429, headers: { 'Retry-After': '2' } });
    expect((await h.call('/v1/apps/1')).status).toBe(404);
    const res = await h.call('/v1/apps');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('x-rate-limit')).toMatch(/^user-hour-lim:3600;user-hour-rem:\d+;$/);
    expect((await bodyOf(res)).errors[0].code).toBe('RATE_LIMIT_EXCEEDED');
  });

  test('an HTML error page', async () => {
    h.server.faults.add({ path: /^\/v1\/apps/, status: 502, html: '<html><body>Bad Gateway</body></html>' });
    const res = await h.call('/v1/apps/123');
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Bad Gateway');
  });

  test('faults come before auth, and a custom JSON body', async () => {
    h.server.faults.add({ path: '/v1/apps', status: 401, times: 2 });
    h.server.faults.add({ path: '/v1/apps', status: 409, body: { errors: [{ code: 'STATE_ERROR.X' }] } });
    const noToken = await fetch(`${h.server.url}/v1/apps`);
    expect(noToken.status).toBe(401);
    expect((await h.callJson('/v1/apps')).body.errors[0].code).toBe('NOT_AUTHORIZED');
    expect((await h.callJson('/v1/apps')).body).toEqual({ errors: [{ code: 'STATE_ERROR.X' }] });
    expect(h.server.faults.remaining).toEqual([]);
  });

  test('a delay past the client timeout, then a delay that still answers', async () => {
    h.server.faults.add({ path: '/v1/apps', delayMs: 400, status: 200 });
    await expect(h.call('/v1/apps', { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    h.server.faults.add({ path: '/v1/apps', delayMs: 60 });
    const started = Date.now();
    const res = await h.call('/v1/apps');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(h.server.log.at(-1)?.fault).toBe('delay');
  });

  test('a socket reset', async () => {
    h.server.faults.add({ path: '/v1/apps/{id}', reset: true });
    await expect(h.call('/v1/apps/1')).rejects.toThrow();
    expect(h.server.log.at(-1)).toMatchObject({ status: 0, fault: 'reset' });
    expect((await h.call('/v1/apps/1')).status).toBe(404);
  });

  test('afterHandler: the write happens, the answer is lost', async () => {
    h.server.faults.add({ method: 'POST', path: '/v1/betaGroups', afterHandler: true });
    await expect(createGroup(h, 'QA')).rejects.toThrow();
    expect(h.server.store.list('betaGroups').map((g) => g.attributes.name)).toEqual(['QA']);
    expect(h.server.writes()).toHaveLength(1);
    expect(h.server.writes()[0]).toMatchObject({ status: 201, fault: 'afterHandler', method: 'POST' });
    expect((await createGroup(h, 'Friends')).status).toBe(201);
    expect(h.server.writes()).toHaveLength(2);
  });

  test('clear() drops pending faults', async () => {
    h.server.faults.add({ path: '/v1/apps', status: 500, times: Infinity });
    expect((await h.call('/v1/apps')).status).toBe(500);
    expect((await h.call('/v1/apps')).status).toBe(500);
    h.server.faults.clear();
    expect((await h.call('/v1/apps')).status).toBe(200);
  });

  test('latencyMs delays every response', async () => {
    const slow = await startHarness({ latencyMs: 50 });
    try {
      const started = Date.now();
      expect((await slow.call('/v1/apps')).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    } finally {
      await slow.server.close();
    }
  });
});
