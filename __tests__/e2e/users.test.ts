import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedAccountHolder, seedInvitation, seedUser } from '../../fake-app-store-connect/routes/users.js';
import type { Store } from '../../fake-app-store-connect/store.js';
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';

interface AccessReport {
  roles: string[];
  allAppsVisible: boolean;
  visibleApps: string[];
  provisioningAllowed: boolean;
}
interface Person {
  email: string;
  status: string;
  outcome: string;
  id?: string;
  changed?: string[];
  before?: AccessReport;
  after?: AccessReport;
  detail?: string;
}
interface Many {
  dryRun: boolean;
  changes: number;
  counts: Record<string, number>;
  people: Person[];
}

const WEATHER = '1234567890';
const NOTES = '1234567891';
const CALENDAR = '1234567892';
const OWNER = 'owner@example.com';

let fx: Fixture;
let work: string;

async function act(inputs: Record<string, string | undefined>, fixture = fx) {
  return runAction(fixture.inputs(inputs), { retry: FAST_RETRY, clock: virtualClock() });
}

const writes = (fixture = fx) => fixture.server.writes().map((w) => `${w.method} ${w.path}`);
const person = (r: { result: unknown }, email: string) =>
  (r.result as Many).people.find((p) => p.email.toLowerCase() === email.toLowerCase());

function seedApps(store: Store): void {
  store.create('apps', { name: 'Weather', bundleId: 'com.example.weather', sku: 'W' }, {}, WEATHER);
  store.create('apps', { name: 'Notes', bundleId: 'com.example.notes', sku: 'N' }, {}, NOTES);
  // A longer bundle id with the same prefix: Apple's filter[bundleId] would match it too.
  store.create('apps', { name: 'Notes Pro', bundleId: 'com.example.notes.pro', sku: 'NP' }, {}, '1234567899');
  store.create('apps', { name: 'Kalender', bundleId: 'com.example.calendar', sku: 'C' }, {}, CALENDAR);
}

const user = (email: string) =>
  fx.server.store
    .list('users')
    .find((u) => String(u.attributes.username).toLowerCase() === email.toLowerCase());
const invitation = (email: string) =>
  fx.server.store
    .list('userInvitations')
    .find((i) => String(i.attributes.email).toLowerCase() === email.toLowerCase());

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
  work = mkdtempSync(path.join(tmpdir(), 'users-e2e-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  seedApps(fx.server.store);
  seedAccountHolder(fx.server.store, OWNER, 'u-owner');
});

describe('invite-user', () => {
  const invite = {
    operation: 'invite-user',
    email: 'Ada@Example.com',
    'first-name': 'Ada',
    'last-name': 'Lovelace',
    roles: 'developer, app-manager,Developer',
    'visible-apps': `com.example.notes, ${CALENDAR}`,
    'provisioning-allowed': 'true',
  };

  test('invites with visible apps resolved from bundle ids; the same step again is a no-op', async () => {
    const first = await act(invite);
    expect(first.failed).toBe(false);
    expect(first.outputs.changes).toBe('1');
    expect(writes()).toEqual(['POST /v1/userInvitations']);
    const body = fx.server.writes()[0]?.body as {
      data: { attributes: Record<string, unknown>; relationships: unknown };
    };
    expect(body.data.attributes).toEqual({
      email: 'Ada@Example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      roles: ['APP_MANAGER', 'DEVELOPER'],
      allAppsVisible: false,
      provisioningAllowed: true,
    });
    expect(body.data.relationships).toEqual({
      visibleApps: {
        data: [
          { type: 'apps', id: NOTES },
          { type: 'apps', id: CALENDAR },
        ],
      },
    });
    const stored = invitation('ada@example.com');
    expect(stored && fx.server.store.ids(stored, 'visibleApps')).toEqual([NOTES, CALENDAR]);
    expect(first.result).toMatchObject({
      dryRun: false,
      changes: 1,
      email: 'Ada@Example.com',
      status: 'not on the team',
      outcome: 'invited',
      id: stored?.id,
      after: {
        roles: ['APP_MANAGER', 'DEVELOPER'],
        allAppsVisible: false,
        visibleApps: ['com.example.notes', 'com.example.calendar'],
        provisioningAllowed: true,
      },
    });
    expect(first.summary).toContain(
      '| Ada@Example.com | Ada Lovelace | not on the team | invited | APP_MANAGER, DEVELOPER |',
    );

    fx.server.log.length = 0;
    const again = await act(invite);
    expect(again.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(again.outputs.changes).toBe('0');
    expect(again.result).toMatchObject({ outcome: 'already invited', status: 'invited', changes: 0 });
  });

  test('a member is reported with their roles and not changed', async () => {
    seedUser(fx.server.store, 'ada@example.com', { roles: ['MARKETING'] });
    const r = await act(invite);
    expect(r.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(r.result).toMatchObject({
      outcome: 'already a member',
      status: 'member',
      before: { roles: ['MARKETING'] },
      changes: 0,
    });
    expect((r.result as Person).detail).toContain('roles MARKETING');
  });

  test('a different pending invitation is replaced (invitations cannot be edited); an expired one too', async () => {
    seedInvitation(fx.server.store, 'ada@example.com', { roles: ['DEVELOPER'] }, 'inv-old');
    const r = await act(invite);
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['DELETE /v1/userInvitations/inv-old', 'POST /v1/userInvitations']);
    expect(r.result).toMatchObject({
      outcome: 'invitation replaced',
      changed: ['roles', 'all-apps-visible', 'visible-apps', 'provisioning-allowed'],
      before: { roles: ['DEVELOPER'], allAppsVisible: true },
      changes: 2,
    });

    fx.server.store.clear();
    fx.server.log.length = 0;
    seedApps(fx.server.store);
    seedInvitation(
      fx.server.store,
      'grace@example.com',
      { expirationDate: '2020-01-01T00:00:00.000Z' },
      'inv-exp',
    );
    const expired = await act({
      operation: 'invite-user',
      email: 'grace@example.com',
      'first-name': 'Grace',
      'last-name': 'Hopper',
      roles: 'DEVELOPER',
    });
    expect(writes()).toEqual(['DELETE /v1/userInvitations/inv-exp', 'POST /v1/userInvitations']);
    expect((expired.result as Person).detail).toContain('expired on 2020-01-01');
  });

  test('the retry of an invitation whose answer was lost gets 409: read back, invited by this run', async () => {
    fx.server.faults.add({ method: 'POST', path: '/v1/userInvitations', afterHandler: true });
    const r = await act(invite);
    expect(r.failed).toBe(false);
    expect(fx.server.store.list('userInvitations')).toHaveLength(1);
    // The 409 answered this run's own first try: this run invited them.
    expect(r.result).toMatchObject({ outcome: 'invited' });
    expect((r.result as Person).detail).toMatch(/answer to the invitation was lost.*409.*read back: invited/);
    expect(r.outputs.changes).toBe('1');
  });

  test('dry-run prints the plan and sends no write', async () => {
    const r = await act({ ...invite, 'dry-run': 'true' });
    expect(r.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(r.outputs.changes).toBe('1');
    expect(r.result).toMatchObject({ dryRun: true, outcome: 'would invite' });
    expect(r.stdout).toContain('Dry run: would change (1 write)');
    expect(r.stdout).toMatch(/would invite\s+Ada@Example.com/);
  });

  test.each([
    [{ roles: 'DEVELOPER, WIZARD' }, 'roles', "unknown role 'WIZARD'"],
    [{ roles: 'ACCOUNT_HOLDER' }, 'roles', 'cannot be given'],
    [{ roles: undefined }, 'roles', "Input 'roles' is required"],
    [{ email: 'ada.example.com' }, 'email', "'ada.example.com'"],
    [{ 'first-name': undefined }, 'first-name', "Input 'first-name' is required for an invitation"],
    [{ 'all-apps-visible': 'true' }, 'visible-apps', 'while all-apps-visible is true'],
    [{ 'visible-apps': 'not an app' }, 'visible-apps', "invalid app 'not an app'"],
  ])('bad input %j fails naming %s before any request', async (change, input, text) => {
    const r = await act({ ...invite, ...change });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain(text);
    expect(r.errors[0]).toContain(`'${input}'`);
    expect(r.result).toMatchObject({ error: { input } });
    expect(fx.server.log).toHaveLength(0);
  });

  test('an unknown bundle id fails naming visible-apps before any write', async () => {
    const r = await act({ ...invite, 'visible-apps': 'com.example.notes, com.example.gone' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain(
      "Input 'visible-apps' names an app this API key cannot see: com.example.gone",
    );
    expect(writes()).toEqual([]);
  });
});

describe('update-user', () => {
  beforeEach(() => {
    seedUser(
      fx.server.store,
      'ada@example.com',
      { roles: ['DEVELOPER'], allAppsVisible: false, visibleApps: [WEATHER], provisioningAllowed: true },
      'u-ada',
    );
  });

  test('changes only the fields given, with bundle ids resolved; again: no write', async () => {
    const inputs = {
      operation: 'update-user',
      email: 'ADA@example.com',
      roles: 'app_manager',
      'visible-apps': 'com.example.notes',
    };
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['PATCH /v1/users/u-ada']);
    expect(fx.server.writes()[0]?.body).toEqual({
      data: {
        type: 'users',
        id: 'u-ada',
        attributes: { roles: ['APP_MANAGER'] },
        relationships: { visibleApps: { data: [{ type: 'apps', id: NOTES }] } },
      },
    });
    const ada = user('ada@example.com');
    expect(ada?.attributes).toMatchObject({
      roles: ['APP_MANAGER'],
      allAppsVisible: false,
      provisioningAllowed: true,
    });
    expect(ada && fx.server.store.ids(ada, 'visibleApps')).toEqual([NOTES]);
    expect(r.result).toMatchObject({
      outcome: 'updated',
      changed: ['roles', 'visible-apps'],
      before: { roles: ['DEVELOPER'], visibleApps: ['com.example.weather'] },
      after: { roles: ['APP_MANAGER'], visibleApps: ['com.example.notes'] },
      changes: 1,
    });
    expect(r.summary).toContain('DEVELOPER → APP_MANAGER');
    expect(r.summary).toContain('com.example.weather → com.example.notes');

    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(writes()).toEqual([]);
    expect(again.result).toMatchObject({ outcome: 'unchanged', changes: 0 });
  });

  test('a bundle id with capitals is found as written, one in lower case in any case; dry-run sends nothing', async () => {
    fx.server.store.create(
      'apps',
      { name: 'Maps', bundleId: 'com.Example.Maps', sku: 'M' },
      {},
      '1234567893',
    );
    const dry = await act({
      operation: 'update-user',
      email: 'ada@example.com',
      'visible-apps': 'com.Example.Maps, COM.EXAMPLE.NOTES',
      'dry-run': 'true',
    });
    expect(dry.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(dry.outputs.changes).toBe('1');
    expect(dry.result).toMatchObject({
      outcome: 'would update',
      after: { visibleApps: ['com.Example.Maps', 'com.example.notes'] },
    });

    const r = await act({
      operation: 'update-user',
      email: 'ada@example.com',
      'visible-apps': 'com.Example.Maps',
    });
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['PATCH /v1/users/u-ada']);
    const ada = user('ada@example.com');
    expect(ada && fx.server.store.ids(ada, 'visibleApps')).toEqual(['1234567893']);
  });

  test('all apps: only allAppsVisible is sent', async () => {
    const r = await act({ operation: 'update-user', email: 'ada@example.com', 'all-apps-visible': 'true' });
    expect(fx.server.writes()[0]?.body).toEqual({
      data: { type: 'users', id: 'u-ada', attributes: { allAppsVisible: true } },
    });
    expect(r.result).toMatchObject({
      changed: ['all-apps-visible'],
      after: { allAppsVisible: true, visibleApps: [] },
    });
  });

  test('an unknown bundle id fails before any write', async () => {
    const r = await act({
      operation: 'update-user',
      email: 'ada@example.com',
      roles: 'ADMIN',
      'visible-apps': 'com.example.nope',
    });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain("'visible-apps'");
    expect(r.errors[0]).toContain('com.example.nope');
    expect(writes()).toEqual([]);
    expect(user('ada@example.com')?.attributes.roles).toEqual(['DEVELOPER']);
  });

  test('nothing to change is an input error', async () => {
    const r = await act({ operation: 'update-user', email: 'ada@example.com', 'first-name': 'Ada' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain('update-user needs something to change');
    expect(fx.server.log).toHaveLength(0);
  });

  test('a pending invitation is replaced with the change; the Account Holder and strangers are refused', async () => {
    seedInvitation(
      fx.server.store,
      'grace@example.com',
      { firstName: 'Grace', lastName: 'Hopper', roles: ['SALES'] },
      'inv-g',
    );
    const r = await act({ operation: 'update-user', email: 'grace@example.com', roles: 'SALES,MARKETING' });
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['DELETE /v1/userInvitations/inv-g', 'POST /v1/userInvitations']);
    expect(invitation('grace@example.com')?.attributes).toMatchObject({
      firstName: 'Grace',
      lastName: 'Hopper',
      roles: ['SALES', 'MARKETING'],
    });

    fx.server.log.length = 0;
    const holder = await act({ operation: 'update-user', email: OWNER, roles: 'DEVELOPER' });
    expect(holder.failed).toBe(true);
    expect(holder.errors[0]).toContain('is the Account Holder');
    expect(writes()).toEqual([]);

    const stranger = await act({ operation: 'update-user', email: 'who@example.com', roles: 'DEVELOPER' });
    expect(stranger.failed).toBe(true);
    expect(stranger.errors[0]).toContain('neither a member nor invited: use invite-user');
    expect(writes()).toEqual([]);
  });
});

describe('remove-user', () => {
  test('removes a member; again: not on the team, no write, success', async () => {
    seedUser(fx.server.store, 'ada@example.com', {}, 'u-ada');
    const r = await act({ operation: 'remove-user', email: 'ada@example.com' });
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['DELETE /v1/users/u-ada']);
    expect(r.result).toMatchObject({ outcome: 'removed', status: 'member', changes: 1 });
    fx.server.log.length = 0;
    const again = await act({ operation: 'remove-user', email: 'ada@example.com' });
    expect(again.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(again.result).toMatchObject({ outcome: 'not on the team', changes: 0 });
  });

  test('cancels a pending invitation', async () => {
    seedInvitation(fx.server.store, 'grace@example.com', {}, 'inv-g');
    const r = await act({ operation: 'remove-user', email: 'Grace@example.com' });
    expect(writes()).toEqual(['DELETE /v1/userInvitations/inv-g']);
    expect(r.result).toMatchObject({ outcome: 'invitation cancelled', status: 'invited' });
  });

  test('never removes the Account Holder (clear refusal, no write)', async () => {
    const r = await act({ operation: 'remove-user', email: OWNER });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain(`refused: ${OWNER} is the Account Holder, who is never removed`);
    expect(writes()).toEqual([]);
    expect(user(OWNER)).toBeDefined();
  });

  test('dry-run sends no write', async () => {
    seedUser(fx.server.store, 'ada@example.com', {}, 'u-ada');
    const r = await act({ operation: 'remove-user', email: 'ada@example.com', 'dry-run': 'true' });
    expect(writes()).toEqual([]);
    expect(r.outputs.changes).toBe('1');
    expect(r.result).toMatchObject({ outcome: 'would remove', dryRun: true });
  });
});

describe('list-users', () => {
  test('members and pending invitations with roles and visible apps; CSV and JSON files', async () => {
    seedUser(fx.server.store, 'ada@example.com', {
      firstName: 'Ada',
      lastName: 'Lovelace, Countess',
      roles: ['DEVELOPER', 'APP_MANAGER'],
      allAppsVisible: false,
      visibleApps: [WEATHER, NOTES],
    });
    seedInvitation(fx.server.store, 'grace@example.com', {
      firstName: 'Grace',
      lastName: 'Hopper',
      roles: ['SALES'],
      expirationDate: '2031-05-01T00:00:00.000Z',
    });
    const csv = path.join(work, 'out', 'team.csv');
    const r = await act({ operation: 'list-users', 'output-file': csv });
    expect(r.failed).toBe(false);
    expect(r.result).toMatchObject({ count: 3, members: 2, invitations: 1 });
    const people = (r.result as { people: Array<Record<string, unknown>> }).people;
    expect(people.map((p) => p.email)).toEqual(['ada@example.com', 'grace@example.com', OWNER]);
    expect(people[0]).toMatchObject({
      status: 'member',
      roles: ['APP_MANAGER', 'DEVELOPER'],
      allAppsVisible: false,
      visibleApps: ['com.example.weather', 'com.example.notes'],
    });
    expect(people[1]).toMatchObject({ status: 'invited', expirationDate: '2031-05-01T00:00:00.000Z' });
    expect(readFileSync(csv, 'utf8').split('\r\n')).toEqual([
      'email,first-name,last-name,status,roles,all-apps-visible,visible-apps,provisioning-allowed,expiration-date,id',
      expect.stringMatching(
        /^ada@example.com,Ada,"Lovelace, Countess",member,"APP_MANAGER, DEVELOPER",false,"com.example.weather, com.example.notes",false,,/,
      ),
      expect.stringMatching(
        /^grace@example.com,Grace,Hopper,invited,SALES,true,,false,2031-05-01T00:00:00.000Z,/,
      ),
      expect.stringMatching(
        /^owner@example.com,Account,Holder,member,"ADMIN, ACCOUNT_HOLDER",true,,false,,u-owner$/,
      ),
      '',
    ]);
    expect(r.summary).toContain(
      '| ada@example.com | Ada Lovelace, Countess | member | APP_MANAGER, DEVELOPER | com.example.weather, com.example.notes | no |',
    );
    expect(r.summary).toContain('invited (until 2031-05-01)');

    // The JSON file reads back as a users file: syncing it changes nothing.
    const json = path.join(work, 'team.json');
    await act({ operation: 'list-users', 'output-file': json, format: 'json' });
    fx.server.log.length = 0;
    const sync = await act({ operation: 'sync-users', 'users-file': json, 'remove-missing': 'true' });
    expect(sync.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect((sync.result as Many).counts).toEqual({
      'already a member': 1,
      'already invited': 1,
      'account holder (not changed)': 1,
    });
  });
});

describe('list-users with many visible apps', () => {
  test('a person with more apps than one read carries gets them all', async () => {
    const { store } = fx.server;
    const ids = Array.from({ length: 60 }, (_, i) => `55${String(i).padStart(2, '0')}`);
    for (const id of ids)
      store.create('apps', { name: `App ${id}`, bundleId: `com.example.app${id}` }, {}, id);
    seedUser(store, 'many@example.com', { allAppsVisible: false, visibleApps: ids });
    const r = await act({ operation: 'list-users' });
    const many = (r.result as { people: Array<{ email: string; visibleApps: string[] }> }).people.find(
      (p) => p.email === 'many@example.com',
    );
    expect(many?.visibleApps).toHaveLength(60);
    expect(many?.visibleApps[59]).toBe('com.example.app5559');
    expect(fx.server.log.map((e) => e.path)).toContain(
      `/v1/users/${user('many@example.com')?.id}/visibleApps`,
    );
  });
});

describe('sync-users', () => {
  const file = () => path.join(work, 'users.yml');
  const YAML = `# Who has access to App Store Connect
- email: ada@example.com
  first-name: Ada
  last-name: Lovelace
  roles: [DEVELOPER, APP_MANAGER]
  visible-apps: [com.example.weather, com.example.notes]
- email: grace@example.com
  first-name: Grace
  last-name: Hopper
  roles: developer
  provisioning-allowed: true
- email: katherine@example.com
  firstName: Katherine
  lastName: Johnson
  roles: [finance]
- email: ${OWNER}
  roles: [ACCOUNT_HOLDER, ADMIN]
`;

  beforeEach(() => {
    const { store } = fx.server;
    // grace: a member whose access differs; katherine: invited alike; ada: new.
    seedUser(store, 'grace@example.com', { roles: ['DEVELOPER'], provisioningAllowed: false }, 'u-grace');
    seedInvitation(store, 'katherine@example.com', { roles: ['FINANCE'], allAppsVisible: true }, 'inv-k');
    seedUser(store, 'alan@example.com', { roles: ['MARKETING'] }, 'u-alan');
    seedInvitation(store, 'old@example.com', {}, 'inv-old');
    writeFileSync(file(), YAML);
  });

  test('applies the difference; a second run is a no-op; the Account Holder is never touched', async () => {
    const r = await act({ operation: 'sync-users', 'users-file': file() });
    expect(r.failed).toBe(false);
    expect(writes().sort()).toEqual(['PATCH /v1/users/u-grace', 'POST /v1/userInvitations']);
    const result = r.result as Many & { removeMissing: boolean };
    expect(result.removeMissing).toBe(false);
    expect(result.changes).toBe(2);
    expect(person(r, 'ada@example.com')).toMatchObject({ outcome: 'invited' });
    expect(person(r, 'grace@example.com')).toMatchObject({
      outcome: 'updated',
      changed: ['provisioning-allowed'],
      before: { provisioningAllowed: false },
      after: { provisioningAllowed: true },
    });
    expect(person(r, 'katherine@example.com')).toMatchObject({ outcome: 'already invited' });
    expect(person(r, OWNER)).toMatchObject({ outcome: 'account holder (not changed)' });
    expect(person(r, 'alan@example.com')).toMatchObject({
      outcome: 'not in the file',
      detail: 'kept: remove-missing is false',
    });
    expect(person(r, 'old@example.com')).toMatchObject({ outcome: 'not in the file' });
    expect(r.stdout).toContain(
      'Difference: 1 to invite, 1 to update, 0 invitation(s) to replace, 0 to remove',
    );
    expect(r.summary).toContain(
      '| ada@example.com | Ada Lovelace | not on the team | invited | APP_MANAGER, DEVELOPER | com.example.weather, com.example.notes | no |',
    );
    const ada = invitation('ada@example.com');
    expect(ada && fx.server.store.ids(ada, 'visibleApps')).toEqual([WEATHER, NOTES]);

    fx.server.log.length = 0;
    const again = await act({ operation: 'sync-users', 'users-file': file() });
    expect(again.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(again.outputs.changes).toBe('0');
  });

  test('with remove-missing: removes members and cancels invitations not in the file, never the Account Holder', async () => {
    writeFileSync(file(), YAML.split(`- email: ${OWNER}`)[0] as string);
    const dry = await act({
      operation: 'sync-users',
      'users-file': file(),
      'remove-missing': 'true',
      'dry-run': 'true',
    });
    expect(writes()).toEqual([]);
    expect(dry.outputs.changes).toBe('4');
    expect((dry.result as Many).counts).toMatchObject({
      'would invite': 1,
      'would update': 1,
      'would remove': 1,
      'would cancel invitation': 1,
      'account holder (not changed)': 1,
    });

    const r = await act({ operation: 'sync-users', 'users-file': file(), 'remove-missing': 'true' });
    expect(r.failed).toBe(false);
    expect(writes().sort()).toEqual([
      'DELETE /v1/userInvitations/inv-old',
      'DELETE /v1/users/u-alan',
      'PATCH /v1/users/u-grace',
      'POST /v1/userInvitations',
    ]);
    expect(person(r, 'alan@example.com')).toMatchObject({ outcome: 'removed', detail: 'not in the file' });
    expect(person(r, 'old@example.com')).toMatchObject({ outcome: 'invitation cancelled' });
    expect(person(r, OWNER)).toMatchObject({ outcome: 'account holder (not changed)' });
    expect(user(OWNER)).toBeDefined();
    expect(r.outputs.changes).toBe('4');

    fx.server.log.length = 0;
    const again = await act({ operation: 'sync-users', 'users-file': file(), 'remove-missing': 'true' });
    expect(writes()).toEqual([]);
    expect(again.outputs.changes).toBe('0');
  });

  test('JSON works too, as a list or under users:', async () => {
    const json = path.join(work, 'users.json');
    writeFileSync(
      json,
      JSON.stringify({
        users: [{ email: 'grace@example.com', roles: 'DEVELOPER', provisioning_allowed: true }],
      }),
    );
    const r = await act({ operation: 'sync-users', 'users-file': json });
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['PATCH /v1/users/u-grace']);
  });

  test.each([
    [
      '- email: ada@example\n  roles: [DEVELOPER]\n',
      "entry 1 (ada@example): has an invalid value 'ada@example'",
    ],
    [
      '- email: ada@example.com\n  roles: [DEVELOPER, BOSS]\n',
      "entry 1 (ada@example.com): roles has an unknown role 'BOSS'",
    ],
    ['- email: ada@example.com\n  role: [DEVELOPER]\n', "unknown field 'role'"],
    [
      '- email: ada@example.com\n  all-apps-visible: true\n  visible-apps: com.example.notes\n',
      'while all-apps-visible is true',
    ],
    [
      '- email: ada@example.com\n- email: ADA@example.com\n',
      'entry 2 (ADA@example.com): repeats ADA@example.com, already listed as entry 1',
    ],
    [
      '- email: ada@example.com\n  all-apps-visible: maybe\n',
      "all-apps-visible has an invalid value 'maybe'",
    ],
    ['email: [unclosed\n', 'is not valid YAML or JSON'],
    ['{"email": "ada@example.com"}', 'is not a list of people'],
    ['[]', 'lists nobody'],
  ])('file %j fails naming the entry before any request', async (content, text) => {
    writeFileSync(file(), content);
    const r = await act({ operation: 'sync-users', 'users-file': file() });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain("Input 'users-file'");
    expect(r.errors[0]).toContain(text);
    expect(fx.server.log).toHaveLength(0);
  });

  test('a missing name on an invitation, an unknown app, or a second Account Holder fail before any write', async () => {
    writeFileSync(
      file(),
      `- email: grace@example.com\n  roles: [ADMIN]\n- email: new@example.com\n  first-name: New\n  roles: [DEVELOPER]\n`,
    );
    const r = await act({ operation: 'sync-users', 'users-file': file() });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain(
      'entry 2 (new@example.com): new@example.com is not on the team, so an invitation is needed, and an invitation needs last-name',
    );
    expect(writes()).toEqual([]);

    writeFileSync(
      file(),
      `- email: grace@example.com\n  roles: [ADMIN]\n- email: alan@example.com\n  visible-apps: [com.example.gone]\n`,
    );
    const apps = await act({ operation: 'sync-users', 'users-file': file() });
    expect(apps.errors[0]).toContain(
      'entry 2 (alan@example.com): names an app this API key cannot see: com.example.gone',
    );
    expect(writes()).toEqual([]);

    writeFileSync(file(), `- email: grace@example.com\n  roles: [ACCOUNT_HOLDER]\n`);
    const holder = await act({ operation: 'sync-users', 'users-file': file() });
    expect(holder.errors[0]).toContain("is not the team's Account Holder");
    expect(writes()).toEqual([]);
  });

  test('a missing file names the input', async () => {
    const r = await act({ operation: 'sync-users', 'users-file': path.join(work, 'nope.yml') });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain("Input 'users-file': cannot read");
    expect(r.errors[0]).toContain('no such file');
  });
});

describe('a key without the Admin role', () => {
  let weak: Fixture;
  beforeAll(async () => {
    weak = await startFixture({ roles: ['APP_MANAGER'] });
  });
  afterAll(() => weak.close());

  test.each([
    [{ operation: 'list-users' }],
    [{ operation: 'remove-user', email: 'ada@example.com' }],
    [
      {
        operation: 'invite-user',
        email: 'ada@example.com',
        'first-name': 'Ada',
        'last-name': 'L',
        roles: 'DEVELOPER',
      },
    ],
  ])('%j: 403 says the key needs the Admin role', async (inputs) => {
    weak.server.store.clear();
    seedApps(weak.server.store);
    const r = await act(inputs, weak);
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain('403');
    expect(r.errors[0]).toContain('Users and Access needs an API key with the Admin role');
    expect(writes(weak)).toEqual([]);
  });

  test('a 403 on a write (the role changed mid-run) stops the remaining writes and says why', async () => {
    seedUser(fx.server.store, 'alan@example.com', {}, 'u-alan');
    seedUser(fx.server.store, 'bob@example.com', {}, 'u-bob');
    writeFileSync(path.join(work, 'one.yml'), `- email: ${OWNER}\n`);
    fx.server.faults.add({ method: 'DELETE', path: '/v1/users/{id}', status: 403, times: 2 });
    const r = await act({
      operation: 'sync-users',
      'users-file': path.join(work, 'one.yml'),
      'remove-missing': 'true',
    });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toContain('2 of 3 people failed');
    expect(r.errors[0]).toContain('Admin role');
    expect(writes()).toEqual([]);
  });
});
