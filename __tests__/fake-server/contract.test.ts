import { startFakeServer, generateTestKey } from '../../fake-app-store-connect/index.js';
import { bodyOf, startHarness } from './helpers.js';
import type { Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.server.store.create('apps', { name: 'Weather', bundleId: 'com.example.weather' }, {}, '1234567890');
});
afterAll(() => h.server.close());

describe('paths and methods', () => {
  test('unknown path: 404 PATH_ERROR', async () => {
    const { res, body } = await h.callJson('/v1/appz');
    expect(res.status).toBe(404);
    expect(body.errors[0]).toMatchObject({
      status: '404',
      code: 'PATH_ERROR',
      title: 'The URL path is not valid',
    });
    expect((await h.call('/v1/apps/')).status).toBe(404);
    expect((await h.call('/v1/apps/1/betaTesters')).status).toBe(404);
  });

  test('known path, wrong method: 405 METHOD_NOT_ALLOWED', async () => {
    const res = await h.call('/v1/apps', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect((await bodyOf(res)).errors[0].code).toBe('METHOD_NOT_ALLOWED');
  });

  test('valid request without a route module: 501 naming the operation', async () => {
    const { res, body } = await h.callJson('/v1/builds/1/icons');
    expect(res.status).toBe(501);
    expect(body.errors[0].detail).toContain('does not implement GET /v1/builds/{id}/icons');
  });

  test('a route module cannot register an operation Apple does not have', async () => {
    const key = generateTestKey();
    await expect(
      startFakeServer({
        keys: [key.fakeKey],
        routes: [(router) => router.get('/v1/apps/{id}/betaTesters', () => ({ status: 200 }))],
      }),
    ).rejects.toThrow('GET /v1/apps/{id}/betaTesters is not in openapi-subset.json');
  });
});

describe('query parameters', () => {
  const firstError = async (path: string): Promise<Record<string, unknown>> => {
    const { res, body } = await h.callJson(path);
    expect(res.status).toBe(400);
    return body.errors[0];
  };

  test('undeclared parameter: PARAMETER_ERROR.ILLEGAL', async () => {
    expect(await firstError('/v1/apps?filter[platform]=IOS')).toMatchObject({
      code: 'PARAMETER_ERROR.ILLEGAL',
      source: { parameter: 'filter[platform]' },
    });
  });

  test('cursor is accepted only on paginated operations', async () => {
    expect(await firstError('/v1/apps/1234567890?cursor=abc')).toMatchObject({
      code: 'PARAMETER_ERROR.ILLEGAL',
    });
    expect(await firstError('/v1/apps?cursor=bm9wZQ')).toMatchObject({
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: 'cursor' },
    });
  });

  test('enum values are checked item by item', async () => {
    const error = await firstError('/v1/apps?fields[apps]=name,bogus');
    expect(error).toMatchObject({ code: 'PARAMETER_ERROR.INVALID', source: { parameter: 'fields[apps]' } });
    expect(error.detail).toContain("'bogus'");
    expect(await firstError('/v1/apps?include=builds,')).toMatchObject({ code: 'PARAMETER_ERROR.INVALID' });
  });

  test('limit above the maximum, below 1 or not a number', async () => {
    expect(await firstError('/v1/apps?limit=201')).toMatchObject({
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: 'limit' },
    });
    expect(await firstError('/v1/apps?limit=0')).toMatchObject({ code: 'PARAMETER_ERROR.INVALID' });
    expect(await firstError('/v1/apps?limit=ten')).toMatchObject({ code: 'PARAMETER_ERROR.INVALID' });
    expect(await firstError('/v1/apps/1234567890?limit[builds]=51')).toMatchObject({
      code: 'PARAMETER_ERROR.INVALID',
    });
    expect((await h.call('/v1/apps?limit=200')).status).toBe(200);
  });

  test('a repeated parameter: PARAMETER_ERROR.DUPLICATE', async () => {
    expect(await firstError('/v1/apps?filter[bundleId]=a&filter%5BbundleId%5D=b')).toMatchObject({
      code: 'PARAMETER_ERROR.DUPLICATE',
      source: { parameter: 'filter[bundleId]' },
    });
  });

  test('missing required parameter: PARAMETER_ERROR.REQUIRED', async () => {
    expect(await firstError('/v1/betaAppReviewSubmissions')).toMatchObject({
      code: 'PARAMETER_ERROR.REQUIRED',
      source: { parameter: 'filter[build]' },
    });
  });

  test('several problems come back in one document', async () => {
    const { body } = await h.callJson('/v1/apps?limit=500&foo=1&sort=size');
    expect(body.errors.map((e: { code: string }) => e.code).sort()).toEqual([
      'PARAMETER_ERROR.ILLEGAL',
      'PARAMETER_ERROR.INVALID',
      'PARAMETER_ERROR.INVALID',
    ]);
  });

  test('a declared parameter the route does not simulate: 501', async () => {
    const { res, body } = await h.callJson('/v1/apps?filter[appStoreVersions.platform]=IOS');
    expect(res.status).toBe(501);
    expect(body.errors[0].source).toEqual({ parameter: 'filter[appStoreVersions.platform]' });
  });
});

describe('request bodies', () => {
  const patchApp = (data: unknown, init: RequestInit = {}): Promise<Response> =>
    h.call('/v1/apps/1234567890', { method: 'PATCH', json: { data }, ...init });

  test('unknown attribute: 409 ENTITY_ERROR.ATTRIBUTE.UNKNOWN with a pointer', async () => {
    const res = await patchApp({ type: 'apps', id: '1234567890', attributes: { name: 'New name' } });
    expect(res.status).toBe(409);
    expect((await bodyOf(res)).errors[0]).toMatchObject({
      status: '409',
      code: 'ENTITY_ERROR.ATTRIBUTE.UNKNOWN',
      source: { pointer: '/data/attributes/name' },
    });
  });

  test('a valid body passes the contract (then 501 without a route)', async () => {
    const res = await patchApp({ type: 'apps', id: '1234567890', attributes: { bundleId: null } });
    expect(res.status).toBe(501);
    expect(h.server.writes()).toEqual([]);
  });

  test('wrong types, enums, missing members and unknown relationships, all reported', async () => {
    const res = await h.call('/v1/betaGroups', {
      method: 'POST',
      json: {
        data: {
          type: 'betaGroup',
          attributes: { publicLinkLimit: '10', isInternalGroup: null },
          relationships: { app: { data: { type: 'builds', id: '1' } }, owner: { data: null } },
        },
      },
    });
    expect(res.status).toBe(409);
    const errors = (await bodyOf(res)).errors as Array<{ code: string; source: { pointer: string } }>;
    expect(errors.map((e) => [e.code, e.source.pointer])).toEqual(
      expect.arrayContaining([
        ['ENTITY_ERROR.ATTRIBUTE.TYPE', '/data/type'],
        ['ENTITY_ERROR.ATTRIBUTE.INVALID', '/data/attributes/publicLinkLimit'],
        ['ENTITY_ERROR.ATTRIBUTE.REQUIRED', '/data/attributes/name'],
        ['ENTITY_ERROR.RELATIONSHIP.TYPE', '/data/relationships/app/data/type'],
        ['ENTITY_ERROR.RELATIONSHIP.UNKNOWN', '/data/relationships/owner'],
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  test('missing relationships object: RELATIONSHIP.REQUIRED', async () => {
    const res = await h.call('/v1/betaGroups', {
      method: 'POST',
      json: { data: { type: 'betaGroups', attributes: { name: 'QA' } } },
    });
    expect((await bodyOf(res)).errors[0]).toMatchObject({
      code: 'ENTITY_ERROR.RELATIONSHIP.REQUIRED',
      source: { pointer: '/data/relationships' },
    });
  });

  test('relationship linkage bodies are checked too', async () => {
    const res = await h.call('/v1/builds/1/relationships/betaGroups', {
      method: 'POST',
      json: {
        data: [
          { type: 'betaGroups', id: 'g1' },
          { type: 'builds', id: 'g2' },
        ],
      },
    });
    expect(res.status).toBe(409);
    expect((await bodyOf(res)).errors[0]).toMatchObject({
      code: 'ENTITY_ERROR.RELATIONSHIP.TYPE',
      source: { pointer: '/data/1/type' },
    });
  });

  test('body id must match the URL id', async () => {
    const res = await patchApp({ type: 'apps', id: '999' });
    expect(res.status).toBe(409);
    expect((await bodyOf(res)).errors[0].source).toEqual({ pointer: '/data/id' });
  });

  test('body on an operation without one, missing body, wrong media type, bad JSON', async () => {
    expect((await h.call('/v1/apps', { method: 'GET', headers: {}, json: undefined })).status).toBe(200);
    const withBody = await h.call('/v1/betaGroups/1', { method: 'DELETE', json: { data: {} } });
    expect(withBody.status).toBe(400);
    expect((await bodyOf(withBody)).errors[0].code).toBe('ENTITY_ERROR.BODY_NOT_ALLOWED');
    const missing = await h.call('/v1/betaGroups', { method: 'POST' });
    expect(missing.status).toBe(400);
    const text = await h.call('/v1/betaGroups', {
      method: 'POST',
      body: '{"data":{}}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const bad = await h.call('/v1/betaGroups', {
      method: 'POST',
      body: '{"data":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].code).toBe('ENTITY_ERROR.INVALID_JSON');
  });
});
