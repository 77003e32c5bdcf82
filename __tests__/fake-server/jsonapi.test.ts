import {
  applyFilters,
  byRelationship,
  json,
  page,
  resourceDocument,
  seedDemo,
} from '../../fake-app-store-connect/index.js';
import type { RouteModule } from '../../fake-app-store-connect/index.js';
import { startHarness } from './helpers.js';
import type { Harness } from './helpers.js';

/** A minimal builds module, as later route modules will be written. */
const buildsRoutes: RouteModule = (router, { store }) => {
  router.get('/v1/builds', (req) =>
    json(page(applyFilters(store.list('builds'), req, { 'filter[app]': byRelationship('app') }), req)),
  );
  router.get('/v1/builds/{id}', (req) =>
    json(resourceDocument(store.getOrThrow('builds', req.params.id ?? ''), req)),
  );
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ routes: [buildsRoutes] });
  const { store } = h.server;
  for (let i = 1; i <= 7; i++) {
    store.create('apps', { name: `App ${i}`, bundleId: `com.example.app${i}`, sku: `SKU${i}` }, {}, `10${i}`);
  }
  store.create('betaGroups', { name: 'QA' }, { app: '101' }, 'g1');
  store.create('betaGroups', { name: 'Friends' }, { app: '101' }, 'g2');
  store.create('builds', { version: '1' }, { app: '101', betaGroups: ['g1', 'g2'] }, 'b1');
  store.create('builds', { version: '2' }, { app: '101', betaGroups: ['g1'] }, 'b2');
});
afterAll(() => h.server.close());

describe('pagination', () => {
  test('follows links.next exactly across 3 pages', async () => {
    const ids: string[] = [];
    const pages: Array<{ links: { self: string; next?: string }; meta: unknown }> = [];
    let next: string | undefined =
      '/v1/apps?filter[sku]=SKU1,SKU2,SKU3,SKU4,SKU5,SKU6,SKU7&limit=3&fields[apps]=name';
    while (next) {
      const { res, body } = await h.callJson(next);
      expect(res.status).toBe(200);
      ids.push(...body.data.map((a: { id: string }) => a.id));
      pages.push(body);
      next = body.links.next;
    }
    expect(ids).toEqual(['101', '102', '103', '104', '105', '106', '107']);
    expect(pages).toHaveLength(3);
    expect(pages[0]?.meta).toEqual({ paging: { total: 7, limit: 3, nextCursor: expect.any(String) } });
    expect(pages[2]?.meta).toEqual({ paging: { total: 7, limit: 3 } });
    const nextUrl = new URL(pages[0]?.links.next ?? '');
    expect(nextUrl.origin).toBe(h.server.url);
    expect([...nextUrl.searchParams.keys()].sort()).toEqual([
      'cursor',
      'fields[apps]',
      'filter[sku]',
      'limit',
    ]);
    expect(nextUrl.searchParams.get('limit')).toBe('3');
  });

  test('adding the query again to links.next is a DUPLICATE error, as at Apple', async () => {
    const { body } = await h.callJson('/v1/apps?limit=2');
    const { res, body: error } = await h.callJson(`${body.links.next}&limit=2`);
    expect(res.status).toBe(400);
    expect(error.errors[0].code).toBe('PARAMETER_ERROR.DUPLICATE');
  });

  test('default limit is 50', async () => {
    const { body } = await h.callJson('/v1/apps');
    expect(body.meta.paging).toEqual({ total: 7, limit: 50 });
    expect(body.links).toEqual({ self: `${h.server.url}/v1/apps` });
  });
});

describe('apps routes', () => {
  test('filters, sort and sparse fieldsets', async () => {
    const { body } = await h.callJson(
      '/v1/apps?filter[bundleId]=com.example.app2,com.example.app5&sort=-name&fields[apps]=bundleId',
    );
    expect(body.data.map((a: { id: string }) => a.id)).toEqual(['105', '102']);
    expect(body.data[0]).toEqual({
      type: 'apps',
      id: '105',
      attributes: { bundleId: 'com.example.app5' },
      links: { self: `${h.server.url}/v1/apps/105` },
    });
    const byId = await h.callJson('/v1/apps?filter[id]=103');
    expect(byId.body.data.map((a: { id: string }) => a.id)).toEqual(['103']);
  });

  test('one app, and 404 NOT_FOUND for a missing one', async () => {
    const { body } = await h.callJson('/v1/apps/101');
    expect(body.data).toMatchObject({ type: 'apps', id: '101', attributes: { name: 'App 1' } });
    expect(body.data.relationships.builds).toEqual({
      links: {
        self: `${h.server.url}/v1/apps/101/relationships/builds`,
        related: `${h.server.url}/v1/apps/101/builds`,
      },
    });
    const missing = await h.callJson('/v1/apps/999');
    expect(missing.res.status).toBe(404);
    expect(missing.body.errors[0]).toMatchObject({ code: 'NOT_FOUND', status: '404' });
  });

  test('seedDemo adds the sample apps', async () => {
    seedDemo(h.server.store);
    const { body } = await h.callJson('/v1/apps?filter[bundleId]=com.example.weather');
    expect(body.data[0]).toMatchObject({ id: '1234567890', attributes: { name: 'Weather' } });
  });
});

describe('include', () => {
  test('adds linkage and the related resources', async () => {
    const { body } = await h.callJson('/v1/apps/101?include=builds,betaGroups&fields[betaGroups]=name');
    expect(body.data.relationships.builds.data).toEqual([
      { type: 'builds', id: 'b1' },
      { type: 'builds', id: 'b2' },
    ]);
    expect(body.included.map((r: { type: string; id: string }) => `${r.type}/${r.id}`)).toEqual([
      'builds/b1',
      'builds/b2',
      'betaGroups/g1',
      'betaGroups/g2',
    ]);
    expect(body.included[2].attributes).toEqual({ name: 'QA' });
  });

  test('dedups related resources shared across a page', async () => {
    const { body } = await h.callJson('/v1/builds?filter[app]=101&include=betaGroups,app');
    expect(body.included.map((r: { type: string; id: string }) => `${r.type}/${r.id}`)).toEqual([
      'betaGroups/g1',
      'betaGroups/g2',
      'apps/101',
    ]);
    expect(body.data[1].relationships.app.data).toEqual({ type: 'apps', id: '101' });
  });

  test('limit[name] caps the included linkage', async () => {
    const { body } = await h.callJson('/v1/builds/b1?include=betaGroups&limit[betaGroups]=1');
    expect(body.data.relationships.betaGroups).toMatchObject({
      data: [{ type: 'betaGroups', id: 'g1' }],
      meta: { paging: { total: 2, limit: 1 } },
    });
    expect(body.included).toHaveLength(1);
  });

  test('an include the store does not model: 501', async () => {
    const { res, body } = await h.callJson('/v1/builds/b1?include=icons');
    expect(res.status).toBe(501);
    expect(body.errors[0].detail).toContain('include=icons');
  });
});
