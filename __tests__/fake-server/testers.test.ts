/** The fake server's tester and group routes behave as Apple's do where clients depend on it. */
import { generateTestKey } from '../../fake-app-store-connect/index.js';
import { startHarness, type Harness } from './helpers.js';
import { APP_ID, memberEmails, seedApp, seedGroup, seedTester, seedUser } from '../support/testers-seed.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.server.close());
beforeEach(() => {
  h.server.store.clear();
  seedApp(h.server.store);
  seedGroup(h.server.store, 'Beta', { id: 'g-beta' });
  seedGroup(h.server.store, 'QA', { id: 'g-qa', internal: true });
});

const createBody = (email: string, groups: string[], names: Record<string, string | null> = {}) => ({
  data: {
    type: 'betaTesters',
    attributes: { email, ...names },
    relationships: { betaGroups: { data: groups.map((id) => ({ type: 'betaGroups', id })) } },
  },
});
const ids = (...list: string[]) => ({ data: list.map((id) => ({ type: 'betaTesters', id })) });

describe('GET /v1/betaTesters', () => {
  test('pages through thousands of an app’s testers with cursors; names may be null', async () => {
    for (let i = 0; i < 1234; i++) seedTester(h.server.store, `t${i}@example.com`, ['g-beta']);
    seedTester(h.server.store, 'other.app@example.com', [], {}, '999');
    let next: string | undefined = `/v1/betaTesters?filter[apps]=${APP_ID}&limit=200`;
    const seen = new Set<string>();
    let pages = 0;
    while (next) {
      const { res, body } = await h.callJson(next);
      expect(res.status).toBe(200);
      pages += 1;
      for (const t of body.data) seen.add(t.attributes.email);
      expect(body.meta.paging).toMatchObject({ total: 1234, limit: 200 });
      expect(body.data[0].attributes.firstName).toBeNull();
      next = body.links.next;
    }
    expect(pages).toBe(7);
    expect(seen.size).toBe(1234);
  });

  test('only one relationship filter per query', async () => {
    const { res, body } = await h.callJson(
      `/v1/betaTesters?filter[apps]=${APP_ID}&filter[betaGroups]=g-beta`,
    );
    expect(res.status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: 'filter[betaGroups]' },
    });
  });

  test('filter[email] is case-insensitive and lags one read behind a create', async () => {
    const created = await h.callJson('/v1/betaTesters', {
      method: 'POST',
      json: createBody('New@Example.com', ['g-beta']),
    });
    expect(created.res.status).toBe(201);
    const first = await h.callJson('/v1/betaTesters?filter[email]=new@example.com');
    expect(first.body.data).toHaveLength(0);
    const second = await h.callJson(
      '/v1/betaTesters?filter[email]=new@example.com&include=betaGroups&fields[betaTesters]=email,betaGroups',
    );
    expect(second.body.data).toHaveLength(1);
    expect(second.body.data[0].relationships.betaGroups.data).toEqual([{ type: 'betaGroups', id: 'g-beta' }]);
    // Other filters see it at once.
    const byApp = await h.callJson(`/v1/betaTesters?filter[apps]=${APP_ID}`);
    expect(byApp.body.data).toHaveLength(1);
  });
});

describe('POST /v1/betaTesters', () => {
  test('creates into groups and the groups’ app; 409 when already in every group; links missing groups of a known tester', async () => {
    const first = await h.callJson('/v1/betaTesters', {
      method: 'POST',
      json: createBody('a@example.com', ['g-beta'], { firstName: 'A', lastName: null }),
    });
    expect(first.res.status).toBe(201);
    expect(first.body.data.attributes).toMatchObject({
      email: 'a@example.com',
      firstName: 'A',
      lastName: null,
      state: 'INVITED',
    });
    const again = await h.callJson('/v1/betaTesters', {
      method: 'POST',
      json: createBody('A@example.com', ['g-beta']),
    });
    expect(again.res.status).toBe(409);
    expect(again.body.errors[0].source.pointer).toBe('/data/attributes/email');
    seedGroup(h.server.store, 'Second', { id: 'g-2' });
    const more = await h.callJson('/v1/betaTesters', {
      method: 'POST',
      json: createBody('a@example.com', ['g-beta', 'g-2']),
    });
    expect(more.res.status).toBe(201);
    expect(more.body.data.id).toBe(first.body.data.id);
    expect(memberEmails(h.server.store, 'g-2')).toEqual(['a@example.com']);
  });

  test('an internal group accepts only team users, naming the refused group', async () => {
    const refused = await h.callJson('/v1/betaTesters', {
      method: 'POST',
      json: createBody('outsider@example.com', ['g-beta', 'g-qa']),
    });
    expect(refused.res.status).toBe(409);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
        detail: expect.stringMatching(/not a user of this App Store Connect team.*'QA'/),
        source: { pointer: '/data/relationships/betaGroups/data/1' },
      }),
    ]);
    expect(h.server.store.list('betaTesters')).toHaveLength(0);
    seedUser(h.server.store, 'Member@example.com');
    const ok = await h.call('/v1/betaTesters', {
      method: 'POST',
      json: createBody('member@example.com', ['g-qa']),
    });
    expect(ok.status).toBe(201);
  });

  test('a tester needs a group or a build; an unknown group is refused', async () => {
    expect(
      (await h.call('/v1/betaTesters', { method: 'POST', json: createBody('a@example.com', []) })).status,
    ).toBe(409);
    const unknown = await h.callJson('/v1/betaTesters', {
      method: 'POST',
      json: createBody('a@example.com', ['nope']),
    });
    expect(unknown.res.status).toBe(409);
    expect(unknown.body.errors[0].code).toBe('ENTITY_ERROR.RELATIONSHIP.INVALID');
  });

  test('needs the App Manager role', async () => {
    const dev = generateTestKey({ roles: ['DEVELOPER'] });
    const other = await startHarness({ key: dev });
    try {
      seedApp(other.server.store);
      seedGroup(other.server.store, 'Beta', { id: 'g-beta' });
      const res = await other.call('/v1/betaTesters', {
        method: 'POST',
        json: createBody('a@example.com', ['g-beta']),
      });
      expect(res.status).toBe(403);
    } finally {
      await other.server.close();
    }
  });
});

describe('a group’s testers', () => {
  test('linkage pages, bulk add refused as a whole with one error per refused tester, removal', async () => {
    const { store } = h.server;
    const inGroup = seedTester(store, 'in@example.com', ['g-qa']);
    seedUser(store, 'in@example.com');
    const member = seedTester(store, 'member@example.com');
    seedUser(store, 'member@example.com');
    const outsider = seedTester(store, 'outsider@example.com');
    const refused = await h.callJson('/v1/betaGroups/g-qa/relationships/betaTesters', {
      method: 'POST',
      json: ids(member.id, inGroup.id, outsider.id, 'nope'),
    });
    expect(refused.res.status).toBe(409);
    expect(refused.body.errors.map((e: { source: { pointer: string } }) => e.source.pointer)).toEqual([
      '/data/1',
      '/data/2',
      '/data/3',
    ]);
    expect(memberEmails(store, 'g-qa')).toEqual(['in@example.com']);
    const ok = await h.call('/v1/betaGroups/g-qa/relationships/betaTesters', {
      method: 'POST',
      json: ids(member.id),
    });
    expect(ok.status).toBe(204);
    const linkage = await h.callJson('/v1/betaGroups/g-qa/relationships/betaTesters?limit=1');
    expect(linkage.body.data).toEqual([{ type: 'betaTesters', id: inGroup.id }]);
    expect(linkage.body.meta.paging.total).toBe(2);
    expect(linkage.body.links.next).toContain('cursor=');
    const full = await h.callJson('/v1/betaGroups/g-qa/betaTesters?fields[betaTesters]=email');
    expect(full.body.data.map((t: { attributes: { email: string } }) => t.attributes.email)).toEqual([
      'in@example.com',
      'member@example.com',
    ]);
    const removed = await h.call('/v1/betaGroups/g-qa/relationships/betaTesters', {
      method: 'DELETE',
      json: ids(inGroup.id, outsider.id),
    });
    expect(removed.status).toBe(204);
    expect(memberEmails(store, 'g-qa')).toEqual(['member@example.com']);
  });
});

describe('removal from the app and deletion', () => {
  test('DELETE /v1/apps/{id}/relationships/betaTesters answers 202 and leaves other apps alone', async () => {
    const { store } = h.server;
    seedApp(store, '999', 'com.example.other');
    seedGroup(store, 'Other app', { id: 'g-x', app: '999' });
    const t = seedTester(store, 'both@example.com', ['g-beta']);
    store.addToRelationship('betaTesters', t.id, 'betaGroups', 'g-x');
    store.addToRelationship('betaTesters', t.id, 'apps', '999');
    const res = await h.call(`/v1/apps/${APP_ID}/relationships/betaTesters`, {
      method: 'DELETE',
      json: ids(t.id),
    });
    expect(res.status).toBe(202);
    expect(store.ids(t, 'apps')).toEqual(['999']);
    expect(store.ids(t, 'betaGroups')).toEqual(['g-x']);
    expect((await h.call(`/v1/betaTesters/${t.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(store.get('betaTesters', t.id)).toBeUndefined();
    expect(memberEmails(store, 'g-x')).toEqual([]);
  });
});

describe('beta group writes', () => {
  const groupBody = (attributes: Record<string, unknown>) => ({
    data: { type: 'betaGroups', attributes, relationships: { app: { data: { type: 'apps', id: APP_ID } } } },
  });

  test('names are unique per app; internal groups have no public link; the link limit is 1 to 10000', async () => {
    const dup = await h.callJson('/v1/betaGroups', { method: 'POST', json: groupBody({ name: 'beta' }) });
    expect(dup.res.status).toBe(409);
    expect(dup.body.errors[0].detail).toMatch(/already exists/);
    const link = await h.callJson('/v1/betaGroups', {
      method: 'POST',
      json: groupBody({ name: 'Int', isInternalGroup: true, publicLinkEnabled: true }),
    });
    expect(link.res.status).toBe(409);
    const limit = await h.call('/v1/betaGroups', {
      method: 'POST',
      json: groupBody({ name: 'X', publicLinkLimit: 10001 }),
    });
    expect(limit.status).toBe(409);
    const ok = await h.callJson('/v1/betaGroups', {
      method: 'POST',
      json: groupBody({ name: 'Public', publicLinkEnabled: true, publicLinkLimit: 10 }),
    });
    expect(ok.res.status).toBe(201);
    expect(ok.body.data.attributes).toMatchObject({
      name: 'Public',
      isInternalGroup: false,
      publicLinkEnabled: true,
      publicLinkLimit: 10,
      publicLinkLimitEnabled: true,
      publicLink: expect.stringMatching(/^https:\/\/testflight.apple.com\/join\//),
    });
  });

  test('PATCH changes only the attributes sent; isInternalGroup is not accepted', async () => {
    const patched = await h.callJson('/v1/betaGroups/g-beta', {
      method: 'PATCH',
      json: { data: { type: 'betaGroups', id: 'g-beta', attributes: { feedbackEnabled: false } } },
    });
    expect(patched.res.status).toBe(200);
    expect(patched.body.data.attributes).toMatchObject({
      name: 'Beta',
      feedbackEnabled: false,
      publicLinkEnabled: false,
    });
    const internal = await h.callJson('/v1/betaGroups/g-beta', {
      method: 'PATCH',
      json: { data: { type: 'betaGroups', id: 'g-beta', attributes: { isInternalGroup: true } } },
    });
    expect(internal.res.status).toBe(409);
    expect(internal.body.errors[0].code).toBe('ENTITY_ERROR.ATTRIBUTE.UNKNOWN');
    expect((await h.call('/v1/betaGroups/g-beta', { method: 'DELETE' })).status).toBe(204);
    expect((await h.call('/v1/betaGroups/g-beta', { method: 'DELETE' })).status).toBe(404);
  });
});
