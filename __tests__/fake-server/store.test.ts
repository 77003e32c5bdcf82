import { Store } from '../../fake-app-store-connect/index.js';

function newStore(): Store {
  const store = new Store();
  store.defineRelationship('builds', 'app', 'apps', 'one', { inverse: 'builds' });
  store.defineRelationship('apps', 'builds', 'builds', 'many', { inverse: 'app' });
  store.defineRelationship('builds', 'betaGroups', 'betaGroups', 'many', { inverse: 'builds' });
  store.defineRelationship('betaGroups', 'builds', 'builds', 'many', { inverse: 'betaGroups' });
  store.defineRelationship('users', 'visibleApps', 'apps', 'many');
  return store;
}

describe('Store', () => {
  test('creates with uuid or explicit ids, gets, lists and updates', () => {
    const store = newStore();
    const app = store.create('apps', { name: 'A' }, {}, '123');
    const other = store.create('apps', { name: 'B' });
    expect(other.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.get('apps', '123')).toBe(app);
    expect(store.list('apps', (a) => a.attributes.name === 'B')).toEqual([other]);
    expect(store.update('apps', '123', { sku: 'X' }).attributes).toEqual({ name: 'A', sku: 'X' });
    expect(() => store.create('apps', {}, {}, '123')).toThrow('already exists');
    expect(() => store.update('apps', 'nope', {})).toThrow(expect.objectContaining({ status: 404 }));
  });

  test('keeps two-way relationships in sync', () => {
    const store = newStore();
    store.create('apps', {}, {}, 'a1');
    store.create('apps', {}, {}, 'a2');
    store.create('betaGroups', {}, {}, 'g1');
    const build = store.create('builds', {}, { app: 'a1', betaGroups: ['g1'] }, 'b1');
    expect(store.get('apps', 'a1')?.relationships.builds).toEqual(['b1']);
    expect(store.get('betaGroups', 'g1')?.relationships.builds).toEqual(['b1']);

    store.setRelationship('builds', 'b1', 'app', 'a2');
    expect(store.get('apps', 'a1')?.relationships.builds).toEqual([]);
    expect(store.get('apps', 'a2')?.relationships.builds).toEqual(['b1']);

    store.addToRelationship('apps', 'a1', 'builds', 'b1');
    expect(build.relationships.app).toBe('a1');
    expect(store.get('apps', 'a2')?.relationships.builds).toEqual([]);

    store.removeFromRelationship('betaGroups', 'g1', 'builds', ['b1']);
    expect(build.relationships.betaGroups).toEqual([]);
  });

  test('links made before the target exists are mirrored when it is created', () => {
    const store = newStore();
    store.create('builds', {}, { app: 'a1' }, 'b1');
    const app = store.create('apps', {}, {}, 'a1');
    expect(app.relationships.builds).toEqual(['b1']);
  });

  test('delete removes every link to the resource', () => {
    const store = newStore();
    store.create('apps', {}, {}, 'a1');
    store.create('users', {}, { visibleApps: ['a1'] }, 'u1');
    store.create('builds', {}, { app: 'a1' }, 'b1');
    expect(store.delete('apps', 'a1')).toBe(true);
    expect(store.delete('apps', 'a1')).toBe(false);
    expect(store.get('users', 'u1')?.relationships.visibleApps).toEqual([]);
    expect(store.get('builds', 'b1')?.relationships.app).toBeNull();
  });

  test('undeclared relationships are refused', () => {
    const store = newStore();
    store.create('apps', {}, {}, 'a1');
    expect(() => store.setRelationship('apps', 'a1', 'owner', 'x')).toThrow('apps.owner is not defined');
  });

  test('renders Apple-like JSON:API', () => {
    const store = newStore();
    const build = store.create('builds', { version: '7', expired: false }, { app: 'a1' }, 'b1');
    expect(store.toJson(build, 'http://h', ['version', 'app'], ['app'])).toEqual({
      type: 'builds',
      id: 'b1',
      attributes: { version: '7' },
      relationships: {
        app: {
          links: { self: 'http://h/v1/builds/b1/relationships/app', related: 'http://h/v1/builds/b1/app' },
          data: { type: 'apps', id: 'a1' },
        },
      },
      links: { self: 'http://h/v1/builds/b1' },
    });
  });
});
