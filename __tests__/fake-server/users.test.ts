/** The fake server's Users and Access routes behave as Apple's do where clients depend on it. */
import { generateTestKey } from '../../fake-app-store-connect/index.js';
import { seedAccountHolder, seedInvitation, seedUser } from '../../fake-app-store-connect/routes/users.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.server.close());
beforeEach(() => {
  const { store } = h.server;
  store.clear();
  store.create('apps', { name: 'Weather', bundleId: 'com.example.weather' }, {}, '101');
  store.create('apps', { name: 'Notes', bundleId: 'com.example.notes' }, {}, '102');
  seedAccountHolder(store, 'owner@example.com', 'u-owner');
  seedUser(
    store,
    'Ada@Example.com',
    { roles: ['DEVELOPER'], allAppsVisible: false, visibleApps: ['101'] },
    'u-ada',
  );
});

const invitationBody = (email: string, extra: Record<string, unknown> = {}, apps: string[] = []) => ({
  data: {
    type: 'userInvitations',
    attributes: { email, firstName: 'Grace', lastName: 'Hopper', roles: ['DEVELOPER'], ...extra },
    ...(apps.length
      ? { relationships: { visibleApps: { data: apps.map((id) => ({ type: 'apps', id })) } } }
      : {}),
  },
});

describe('users', () => {
  test('filter[username] ignores case; include=visibleApps carries the apps', async () => {
    const { res, body } = await h.callJson(
      '/v1/users?filter[username]=ada@example.com&include=visibleApps&fields[apps]=bundleId',
    );
    expect(res.status).toBe(200);
    expect(body.data).toHaveLength(1);
    expect(body.data[0].relationships.visibleApps.data).toEqual([{ type: 'apps', id: '101' }]);
    expect(body.included).toEqual([
      expect.objectContaining({ id: '101', attributes: { bundleId: 'com.example.weather' } }),
    ]);
  });

  test('visible apps over limit[visibleApps] are cut, with the total; the relationship pages through all', async () => {
    for (let i = 0; i < 60; i++)
      h.server.store.create('apps', { bundleId: `com.example.app${i}` }, {}, `9${i}`);
    h.server.store.setRelationship(
      'users',
      'u-ada',
      'visibleApps',
      Array.from({ length: 60 }, (_, i) => `9${i}`),
    );
    const { body } = await h.callJson(
      '/v1/users?include=visibleApps&limit[visibleApps]=50&filter[username]=ada@example.com',
    );
    const rel = body.data[0].relationships.visibleApps;
    expect(rel.data).toHaveLength(50);
    expect(rel.meta.paging).toEqual({ total: 60, limit: 50 });
    const { body: apps } = await h.callJson('/v1/users/u-ada/visibleApps?limit=200');
    expect(apps.data).toHaveLength(60);
  });

  test('PATCH changes attributes and visible apps; the Account Holder role cannot move', async () => {
    const patch = await h.callJson('/v1/users/u-ada', {
      method: 'PATCH',
      json: {
        data: {
          type: 'users',
          id: 'u-ada',
          attributes: { roles: ['APP_MANAGER'], provisioningAllowed: true },
          relationships: { visibleApps: { data: [{ type: 'apps', id: '102' }] } },
        },
      },
    });
    expect(patch.res.status).toBe(200);
    expect(patch.body.data.attributes).toMatchObject({ roles: ['APP_MANAGER'], provisioningAllowed: true });
    expect(h.server.store.ids(h.server.store.getOrThrow('users', 'u-ada'), 'visibleApps')).toEqual(['102']);

    const give = await h.callJson('/v1/users/u-ada', {
      method: 'PATCH',
      json: { data: { type: 'users', id: 'u-ada', attributes: { roles: ['ACCOUNT_HOLDER'] } } },
    });
    expect(give.res.status).toBe(409);
    expect(give.body.errors[0]).toMatchObject({
      code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
      source: { pointer: '/data/attributes/roles' },
    });
    const take = await h.callJson('/v1/users/u-owner', {
      method: 'PATCH',
      json: { data: { type: 'users', id: 'u-owner', attributes: { roles: ['ADMIN'] } } },
    });
    expect(take.res.status).toBe(409);

    const unknownApp = await h.callJson('/v1/users/u-ada/relationships/visibleApps', {
      method: 'PATCH',
      json: { data: [{ type: 'apps', id: '999' }] },
    });
    expect(unknownApp.res.status).toBe(409);
    expect(unknownApp.body.errors[0].code).toBe('ENTITY_ERROR.RELATIONSHIP.INVALID');
  });

  test('DELETE removes a member, never the Account Holder', async () => {
    expect((await h.call('/v1/users/u-ada', { method: 'DELETE' })).status).toBe(204);
    const owner = await h.callJson('/v1/users/u-owner', { method: 'DELETE' });
    expect(owner.res.status).toBe(409);
    expect(owner.body.errors[0]).toMatchObject({
      code: 'STATE_ERROR',
      detail: 'The Account Holder cannot be removed from the team',
    });
    expect(h.server.store.get('users', 'u-owner')).toBeDefined();
  });
});

describe('userInvitations', () => {
  test('POST invites; a second invitation for the email, or one for a member, is 409', async () => {
    const first = await h.callJson('/v1/userInvitations', {
      method: 'POST',
      json: invitationBody('grace@example.com', { allAppsVisible: false }, ['102']),
    });
    expect(first.res.status).toBe(201);
    expect(first.body.data.attributes).toMatchObject({
      email: 'grace@example.com',
      roles: ['DEVELOPER'],
      allAppsVisible: false,
      expirationDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const again = await h.callJson('/v1/userInvitations', {
      method: 'POST',
      json: invitationBody('GRACE@example.com'),
    });
    expect(again.res.status).toBe(409);
    expect(again.body.errors[0].detail).toContain('already pending');
    const member = await h.callJson('/v1/userInvitations', {
      method: 'POST',
      json: invitationBody('ada@example.com'),
    });
    expect(member.res.status).toBe(409);
    expect(member.body.errors[0].detail).toContain('already a member');

    const { body } = await h.callJson(
      '/v1/userInvitations?filter[email]=Grace@Example.com&include=visibleApps',
    );
    expect(body.data[0].relationships.visibleApps.data).toEqual([{ type: 'apps', id: '102' }]);
  });

  test('POST needs names, roles (at least one, never ACCOUNT_HOLDER) and known apps', async () => {
    const noName = await h.callJson('/v1/userInvitations', {
      method: 'POST',
      json: {
        data: { type: 'userInvitations', attributes: { email: 'x@example.com', roles: ['DEVELOPER'] } },
      },
    });
    expect(noName.res.status).toBe(409);
    expect(noName.body.errors.map((e: { code: string }) => e.code)).toContain(
      'ENTITY_ERROR.ATTRIBUTE.REQUIRED',
    );
    const holder = await h.callJson('/v1/userInvitations', {
      method: 'POST',
      json: invitationBody('x@example.com', { roles: ['ACCOUNT_HOLDER'] }),
    });
    expect(holder.res.status).toBe(409);
    const none = await h.callJson('/v1/userInvitations', {
      method: 'POST',
      json: invitationBody('x@example.com', { roles: [] }),
    });
    expect(none.res.status).toBe(409);
    const app = await h.callJson('/v1/userInvitations', {
      method: 'POST',
      json: invitationBody('x@example.com', {}, ['404']),
    });
    expect(app.res.status).toBe(409);
    expect(app.body.errors[0].source).toEqual({ pointer: '/data/relationships/visibleApps/data/0' });
    expect(h.server.store.list('userInvitations')).toHaveLength(0);
  });

  test('DELETE cancels; a second DELETE is 404', async () => {
    seedInvitation(h.server.store, 'k@example.com', {}, 'inv-k');
    expect((await h.call('/v1/userInvitations/inv-k', { method: 'DELETE' })).status).toBe(204);
    expect((await h.call('/v1/userInvitations/inv-k', { method: 'DELETE' })).status).toBe(404);
  });
});

test('every Users and Access route needs the Admin role', async () => {
  const key = generateTestKey({ roles: ['APP_MANAGER', 'FINANCE'] });
  const weak = await startHarness({ key });
  try {
    const list = await weak.callJson('/v1/users');
    expect(list.res.status).toBe(403);
    expect(list.body.errors[0].code).toBe('FORBIDDEN_ERROR');
    expect((await weak.call('/v1/userInvitations')).status).toBe(403);
    expect(
      (await weak.call('/v1/userInvitations', { method: 'POST', json: invitationBody('x@example.com') }))
        .status,
    ).toBe(403);
  } finally {
    await weak.server.close();
  }
});
