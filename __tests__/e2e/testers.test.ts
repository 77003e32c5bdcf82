import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../support/action.js';
import { startFixture, virtualClock, FAST_RETRY, type Fixture } from '../support/fixture.js';
import {
  APP_ID,
  BUNDLE_ID,
  appTesterEmails,
  memberEmails,
  seedApp,
  seedGroup,
  seedTester,
  seedUser,
} from '../support/testers-seed.js';

interface TesterResult {
  counts: Record<string, number>;
  changes: number;
  dryRun: boolean;
  testers: Array<{ email: string; outcome: string; groups: string[]; detail?: string; firstName?: string }>;
  difference?: Array<Record<string, unknown>>;
}

let fx: Fixture;
let work: string;

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

const outcomeOf = (r: { result: unknown }, email: string) =>
  (r.result as TesterResult).testers.find((t) => t.email.toLowerCase() === email.toLowerCase());

const writes = () => fx.server.writes().map((w) => `${w.method} ${w.path}`);

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
  work = mkdtempSync(path.join(tmpdir(), 'testers-e2e-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  seedApp(fx.server.store);
});

describe('add-testers', () => {
  test('links existing testers in one call, creates new ones, skips those present; a second run writes nothing', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    seedGroup(store, 'Other', { id: 'g-other' });
    seedTester(store, 'in.app@example.com', ['g-other'], { firstName: null, lastName: null });
    seedTester(store, 'also.in.app@example.com', ['g-other'], { firstName: 'Al', lastName: 'So' });
    seedTester(store, 'present@example.com', ['g-beta']);
    const file = path.join(work, 'add.csv');
    writeFileSync(
      file,
      'Email,First Name,Last Name\r\nfile.only@example.com,"Fi, Le",Only\r\nPRESENT@example.com,,\r\n',
    );
    const inputs = {
      operation: 'add-testers',
      groups: 'beta',
      testers: [
        'in.app@example.com',
        'Also.In.App@Example.com,Al,So',
        'Ada Lovelace <ada@example.com>',
        '',
        '# a comment',
        'in.app@example.com',
      ].join('\n'),
      'testers-file': file,
    };
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(r.outputs['testers-added']).toBe('4');
    expect(r.outputs['testers-removed']).toBe('0');
    expect(r.outputs.changes).toBe('3');
    expect(writes().sort()).toEqual([
      'POST /v1/betaGroups/g-beta/relationships/betaTesters',
      'POST /v1/betaTesters',
      'POST /v1/betaTesters',
    ]);
    const link = fx.server.writes().find((w) => w.path.includes('relationships'));
    expect((link?.body as { data: unknown[] }).data).toHaveLength(2);
    const created = fx.server.writes().filter((w) => w.path === '/v1/betaTesters');
    expect(created.map((w) => (w.body as { data: { attributes: unknown } }).data.attributes)).toEqual(
      expect.arrayContaining([
        { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
        { email: 'file.only@example.com', firstName: 'Fi, Le', lastName: 'Only' },
      ]),
    );
    expect(memberEmails(store, beta.id)).toEqual([
      'ada@example.com',
      'also.in.app@example.com',
      'file.only@example.com',
      'in.app@example.com',
      'present@example.com',
    ]);
    expect(outcomeOf(r, 'in.app@example.com')?.outcome).toBe('added');
    expect(outcomeOf(r, 'ada@example.com')?.outcome).toBe('created');
    expect(outcomeOf(r, 'present@example.com')?.outcome).toBe('already present');
    // The app's testers were read once, all pages; the groups once.
    expect(fx.server.log.filter((l) => l.method === 'GET' && l.path === '/v1/betaTesters')).toHaveLength(1);
    expect(r.summary).toMatch(/\| ada@example.com \| Ada Lovelace \| created \| Beta \|/);
    expect(r.summary).toMatch(/\| Created \| 2 \|/);

    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(again.failed).toBe(false);
    expect(again.outputs.changes).toBe('0');
    expect(again.outputs['testers-added']).toBe('0');
    expect(fx.server.writes()).toHaveLength(0);
    expect((again.result as TesterResult).counts).toEqual({ 'already present': 5 });
  });

  test('dry-run prints the plan, sends no write, and reports planned writes', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'known@example.com', []);
    const r = await act({
      operation: 'add-testers',
      groups: 'Beta',
      testers: 'known@example.com\nnew@example.com',
      'dry-run': 'true',
    });
    expect(r.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(r.outputs.changes).toBe('2');
    expect(outcomeOf(r, 'known@example.com')?.outcome).toBe('would add');
    expect(outcomeOf(r, 'new@example.com')?.outcome).toBe('would create');
    expect(r.stdout).toMatch(/create new@example.com in Beta/);
    expect(r.stdout).toMatch(/add known@example.com to Beta/);
    expect(r.summary).toMatch(/Writes planned \(dry run, none sent\) \| 2/);
  });

  test('an invalid email fails naming the line, before any request', async () => {
    seedGroup(fx.server.store, 'Beta');
    const r = await act({
      operation: 'add-testers',
      groups: 'Beta',
      testers: 'ok@example.com\n\nnot-an-email',
    });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/Input 'testers' line 3: 'not-an-email' is not a valid email address/);
    expect(fx.server.log).toHaveLength(0);
  });

  test('a bad line in testers-file fails naming the file and line, before any request', async () => {
    const file = path.join(work, 'bad.csv');
    writeFileSync(file, 'email,first_name\nok@example.com,Ok\nbroken@,Nope\n');
    const r = await act({ operation: 'add-testers', groups: 'Beta', 'testers-file': file });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /Input 'testers-file': .*bad.csv line 3: 'broken@' is not a valid email address/,
    );
    expect(fx.server.log).toHaveLength(0);
  });

  test('an unknown group fails listing the app’s groups, with no write', async () => {
    seedGroup(fx.server.store, 'Beta');
    const r = await act({ operation: 'add-testers', groups: 'Gamma', testers: 'a@example.com' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/no beta group named 'Gamma'.*'Beta' \(external/);
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('internal group: a tester who is not a team member fails with the reason, the others go through, the step fails at the end', async () => {
    const { store } = fx.server;
    const qa = seedGroup(store, 'QA', { id: 'g-qa', internal: true });
    seedUser(store, 'member@example.com');
    seedUser(store, 'Existing.Member@example.com');
    seedTester(store, 'existing.member@example.com', []);
    seedTester(store, 'existing.outsider@example.com', []);
    const r = await act({
      operation: 'add-testers',
      groups: 'QA',
      testers: [
        'member@example.com',
        'outsider@example.com',
        'existing.member@example.com',
        'existing.outsider@example.com',
      ].join('\n'),
    });
    expect(r.failed).toBe(true);
    expect(outcomeOf(r, 'member@example.com')?.outcome).toBe('created');
    expect(outcomeOf(r, 'existing.member@example.com')?.outcome).toBe('added');
    for (const email of ['outsider@example.com', 'existing.outsider@example.com']) {
      const o = outcomeOf(r, email);
      expect(o?.outcome).toBe('failed');
      expect(o?.detail).toMatch(/not a user of this App Store Connect team/);
    }
    expect(memberEmails(store, qa.id)).toEqual(['existing.member@example.com', 'member@example.com']);
    expect(r.errors[0]).toMatch(
      /2 of 4 testers failed: .*outsider@example.com \(.*not a user of this App Store Connect team/,
    );
    expect(r.outputs['testers-added']).toBe('2');
    expect(r.summary).toMatch(/\| Failed \| 2 \|/);
  });

  test('many outsiders refused by an internal group in one batch: read back together, one wait for the batch, not one each', async () => {
    const { store } = fx.server;
    const qa = seedGroup(store, 'QA', { id: 'g-qa', internal: true });
    seedUser(store, 'member@example.com');
    seedTester(store, 'member@example.com', []);
    const outsiders = Array.from({ length: 30 }, (_, i) => `outsider${i}@example.com`);
    for (const email of outsiders) seedTester(store, email, []);
    const clock = virtualClock();
    const r = await act(
      { operation: 'add-testers', groups: 'QA', testers: ['member@example.com', ...outsiders].join('\n') },
      { clock },
    );
    expect(r.failed).toBe(true);
    expect(memberEmails(store, qa.id)).toEqual(['member@example.com']);
    expect((r.result as TesterResult).counts).toEqual({ added: 1, failed: 30 });
    // One refused call, then the member alone; each outsider read back twice; one wait in all.
    expect(fx.server.log.filter((l) => l.method === 'POST').map((l) => l.status)).toEqual([409, 204]);
    expect(fx.server.log.filter((l) => l.query['filter[email]'] !== undefined)).toHaveLength(60);
    expect(clock.slept.filter((ms) => ms === 3000)).toHaveLength(1);
    expect(outcomeOf(r, 'outsider7@example.com')?.detail).toMatch(/^QA: 409: .*not a user of this/);
  });

  test('internal and external groups together: an outsider still joins the external group, and fails for the internal one', async () => {
    const { store } = fx.server;
    const qa = seedGroup(store, 'QA', { id: 'g-qa', internal: true });
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    const r = await act({ operation: 'add-testers', groups: 'Beta, QA', testers: 'outsider@example.com' });
    expect(r.failed).toBe(true);
    expect(memberEmails(store, beta.id)).toEqual(['outsider@example.com']);
    expect(memberEmails(store, qa.id)).toEqual([]);
    expect(outcomeOf(r, 'outsider@example.com')?.detail).toMatch(
      /^QA: 409: .*not a user.*; created in Beta$/,
    );
  });

  test('a create whose answer is lost gets 409 on retry; the lagging read-back is read again and confirms it', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    fx.server.faults.add({ method: 'POST', path: '/v1/betaTesters', afterHandler: true });
    const clock = virtualClock();
    const r = await act({ operation: 'add-testers', groups: 'Beta', testers: 'lost@example.com' }, { clock });
    expect(r.failed).toBe(false);
    const posts = fx.server.log.filter((l) => l.method === 'POST');
    expect(posts.map((p) => p.status)).toEqual([201, 409]);
    const readBacks = fx.server.log.filter((l) => l.query['filter[email]'] === 'lost@example.com');
    expect(readBacks).toHaveLength(2);
    expect(clock.slept).toContain(3000);
    // The 409 answered this run's own first try: the tester was created by this run.
    expect(outcomeOf(r, 'lost@example.com')).toMatchObject({ outcome: 'created' });
    expect(outcomeOf(r, 'lost@example.com')?.detail).toMatch(
      /answer to the create was lost.*409.*read back: created/,
    );
    expect(r.outputs['testers-added']).toBe('1');
    expect(r.outputs.changes).toBe('1');
    expect(memberEmails(store, beta.id)).toEqual(['lost@example.com']);
  });

  test('a group addition whose answer is lost gets 409 on retry and is confirmed by read-back', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'one@example.com');
    seedTester(store, 'two@example.com');
    fx.server.faults.add({
      method: 'POST',
      path: '/v1/betaGroups/g-beta/relationships/betaTesters',
      afterHandler: true,
    });
    const r = await act({
      operation: 'add-testers',
      groups: 'Beta',
      testers: 'one@example.com\ntwo@example.com',
    });
    expect(r.failed).toBe(false);
    expect(fx.server.log.filter((l) => l.method === 'POST').map((l) => l.status)).toEqual([204, 409]);
    expect(outcomeOf(r, 'one@example.com')?.outcome).toBe('already present');
    expect(memberEmails(store, beta.id)).toEqual(['one@example.com', 'two@example.com']);
  });

  test('a refused batch without pointers is halved until the cause is found; the rest go through', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    for (const n of ['a', 'b', 'c', 'd']) seedTester(store, `${n}@example.com`);
    fx.server.faults.add({
      method: 'POST',
      path: '/v1/betaGroups/g-beta/relationships/betaTesters',
      status: 409,
      body: {
        errors: [{ status: '409', code: 'ENTITY_ERROR', title: 'Conflict', detail: 'Something was refused' }],
      },
    });
    const r = await act({
      operation: 'add-testers',
      groups: 'Beta',
      testers: 'a@example.com\nb@example.com\nc@example.com\nd@example.com',
    });
    expect(r.failed).toBe(false);
    const sizes = fx.server.log
      .filter((l) => l.method === 'POST')
      .map((l) => [(l.body as { data: unknown[] }).data.length, l.status]);
    expect(sizes).toEqual([
      [4, 409],
      [2, 204],
      [2, 204],
    ]);
    expect(memberEmails(store, beta.id)).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
      'd@example.com',
    ]);
    expect(r.outputs.changes).toBe('2');
  });

  test('with the hour’s budget nearly spent, writes go one at a time and are paced', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    fx.server.setRateLimitRemaining(60);
    try {
      const clock = virtualClock();
      const r = await act(
        {
          operation: 'add-testers',
          groups: 'Beta',
          testers: Array.from({ length: 12 }, (_, i) => `slow${i}@example.com`).join('\n'),
        },
        { clock },
      );
      expect(r.failed).toBe(false);
      expect(r.warnings.join('\n')).toMatch(
        /Only \d+ of 100000 App Store Connect requests left this hour: slowing down/,
      );
      const posts = fx.server.log.filter((l) => l.method === 'POST');
      expect(posts).toHaveLength(12);
      for (let i = 1; i < posts.length; i++) {
        expect(posts[i]?.at).toBeGreaterThanOrEqual(posts[i - 1]?.doneAt ?? Infinity);
      }
      expect(clock.slept.length).toBeGreaterThanOrEqual(12);
    } finally {
      fx.server.setRateLimitRemaining(100_000);
    }
  });

  test('a key without the role fails once with the hint and stops sending writes', async () => {
    const dev = await startFixture({ roles: ['DEVELOPER'] });
    try {
      seedApp(dev.server.store);
      seedGroup(dev.server.store, 'Beta');
      const r = await runAction(
        dev.inputs({
          operation: 'add-testers',
          app: APP_ID,
          groups: 'Beta',
          testers: Array.from({ length: 20 }, (_, i) => `t${i}@example.com`).join('\n'),
        }),
        { retry: FAST_RETRY, clock: virtualClock() },
      );
      expect(r.failed).toBe(true);
      const posts = dev.server.log.filter((l) => l.method === 'POST');
      expect(posts.length).toBeLessThanOrEqual(8);
      expect(r.errors[0]).toMatch(/20 of 20 testers failed/);
      expect(r.errors[0]).toMatch(/Stopped early: 403/);
    } finally {
      await dev.close();
    }
  });
});

describe('remove-testers', () => {
  test('with groups: leaves the groups, stays in the app; absent testers are reported; second run writes nothing', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    const other = seedGroup(store, 'Other', { id: 'g-other' });
    seedTester(store, 'a@example.com', ['g-beta', 'g-other']);
    seedTester(store, 'b@example.com', ['g-beta']);
    seedTester(store, 'c@example.com', ['g-other']);
    const inputs = {
      operation: 'remove-testers',
      groups: 'Beta',
      testers: 'A@example.com\nc@example.com\nnobody@example.com',
    };
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['DELETE /v1/betaGroups/g-beta/relationships/betaTesters']);
    expect(r.outputs['testers-removed']).toBe('1');
    expect(r.outputs.changes).toBe('1');
    expect(memberEmails(store, beta.id)).toEqual(['b@example.com']);
    expect(memberEmails(store, other.id)).toEqual(['a@example.com', 'c@example.com']);
    expect(outcomeOf(r, 'a@example.com')).toMatchObject({ outcome: 'removed', groups: ['Beta'] });
    expect(outcomeOf(r, 'c@example.com')).toMatchObject({ outcome: 'not present', groups: ['Beta'] });
    expect(outcomeOf(r, 'nobody@example.com')?.outcome).toBe('not present');

    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(again.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(again.outputs.changes).toBe('0');
  });

  test('without groups: removes the testers from the app (Apple answers 202)', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'a@example.com', ['g-beta']);
    seedTester(store, 'b@example.com', ['g-beta']);
    const r = await act({ operation: 'remove-testers', testers: 'a@example.com' });
    expect(r.failed).toBe(false);
    expect(fx.server.writes().map((w) => [w.method, w.path, w.status])).toEqual([
      ['DELETE', `/v1/apps/${APP_ID}/relationships/betaTesters`, 202],
    ]);
    expect(appTesterEmails(store)).toEqual(['b@example.com']);
    expect(memberEmails(store, 'g-beta')).toEqual(['b@example.com']);
    expect(outcomeOf(r, 'a@example.com')).toMatchObject({ outcome: 'removed', groups: ['the app'] });
  });

  test('dry-run sends nothing', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'a@example.com', ['g-beta']);
    const r = await act({ operation: 'remove-testers', testers: 'a@example.com', 'dry-run': 'true' });
    expect(r.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(r.outputs.changes).toBe('1');
    expect(outcomeOf(r, 'a@example.com')?.outcome).toBe('would remove');
  });
});

describe('list-testers', () => {
  test('lists the app’s testers with their groups over every page, and writes CSV that feeds testers-file', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    seedGroup(store, 'QA', { id: 'g-qa', internal: true });
    for (let i = 0; i < 450; i++) seedTester(store, `t${String(i).padStart(3, '0')}@example.com`, ['g-beta']);
    seedTester(store, 'named@example.com', ['g-beta', 'g-qa'], {
      firstName: 'Quote "Q"',
      lastName: 'Smith, Jr.',
    });
    const file = path.join(work, 'out', 'testers.csv');
    const r = await act({ operation: 'list-testers', 'output-file': file });
    expect(r.failed).toBe(false);
    const result = r.result as {
      count: number;
      testers: Array<{ email: string; groups: string[]; firstName: string | null }>;
    };
    expect(result.count).toBe(451);
    expect(result.testers.find((t) => t.email === 'named@example.com')?.groups).toEqual(['Beta', 'QA']);
    expect(result.testers.find((t) => t.email === 't000@example.com')?.firstName).toBeNull();
    const pages = fx.server.log.filter((l) => l.path === '/v1/betaTesters');
    expect(pages).toHaveLength(3);
    expect(pages[0]?.query).toMatchObject({ 'filter[apps]': APP_ID, limit: '200', include: 'betaGroups' });
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('email,first_name,last_name,groups,state,invite_type,id');
    expect(csv).toContain('named@example.com,"Quote ""Q""","Smith, Jr.",Beta; QA,ACCEPTED,EMAIL,');
    expect(r.summary).toMatch(/Showing 100 of 451 rows/);

    // The file reads back as a testers-file.
    fx.server.log.length = 0;
    const back = await act({ operation: 'add-testers', groups: 'Beta', 'testers-file': file });
    expect(back.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('with groups: the groups’ testers, as JSON', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    seedGroup(store, 'Other', { id: 'g-other' });
    seedTester(store, 'a@example.com', ['g-beta'], { firstName: 'A', lastName: null });
    seedTester(store, 'b@example.com', ['g-other']);
    const file = path.join(work, 'beta.json');
    const r = await act({ operation: 'list-testers', groups: 'Beta', 'output-file': file, format: 'json' });
    expect(r.failed).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([
      expect.objectContaining({ email: 'a@example.com', first_name: 'A', last_name: null, groups: 'Beta' }),
    ]);
  });
});

describe('sync-testers', () => {
  test('prints the difference, adds and removes, and is a no-op the second time', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'keep@example.com', ['g-beta']);
    seedTester(store, 'drop@example.com', ['g-beta']);
    seedTester(store, 'in.app@example.com', []);
    const inputs = {
      operation: 'sync-testers',
      groups: 'Beta',
      testers: 'keep@example.com\nin.app@example.com\nnew@example.com',
    };
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(r.stdout).toMatch(/Beta: 2 to add \(1 new\), 1 to remove, 1 unchanged/);
    expect(memberEmails(store, beta.id)).toEqual([
      'in.app@example.com',
      'keep@example.com',
      'new@example.com',
    ]);
    expect(appTesterEmails(store)).toContain('drop@example.com');
    expect(r.outputs['testers-added']).toBe('2');
    expect(r.outputs['testers-removed']).toBe('1');
    expect(r.outputs.changes).toBe('3');
    expect(outcomeOf(r, 'drop@example.com')).toMatchObject({ outcome: 'removed', groups: ['Beta'] });
    expect(r.summary).toMatch(
      /\| Group \| Members before \| To add \| Of them new \| To remove \| Unchanged \|/,
    );
    expect(r.summary).toMatch(/\| Beta \| 2 \| 2 \| 1 \| 1 \| 1 \|/);

    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(again.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(again.outputs.changes).toBe('0');
    expect(again.stdout).toMatch(/Beta: 0 to add \(0 new\), 0 to remove, 3 unchanged/);
  });

  test('2,000 testers from a CSV file: bulk calls only, every outcome reported, then a no-op', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    seedGroup(store, 'Other', { id: 'g-other' });
    const name = (i: number) => `t${String(i).padStart(4, '0')}@example.com`;
    for (let i = 0; i < 1500; i++) seedTester(store, name(i), ['g-beta']);
    for (let i = 1500; i < 1800; i++) seedTester(store, name(i), ['g-other']);
    // 1,200 members stay, 300 testers of the app join, 500 are new; 300 members leave.
    const rows = ['email,first_name,last_name'];
    for (let i = 300; i < 1800; i++) rows.push(`${name(i)},First${i},Last${i}`);
    for (let i = 0; i < 500; i++) rows.push(`new${i}@example.com,New,Tester ${i}`);
    const file = path.join(work, 'big.csv');
    writeFileSync(file, rows.join('\n'));
    const inputs = { operation: 'sync-testers', groups: 'Beta', 'testers-file': file };

    const started = Date.now();
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.stdout).toMatch(/Beta: 800 to add \(500 new\), 300 to remove, 1200 unchanged/);
    const w = fx.server.writes();
    expect(w.filter((l) => l.method === 'POST' && l.path === '/v1/betaTesters')).toHaveLength(500);
    const links = w.filter((l) => l.method === 'POST' && l.path.endsWith('/relationships/betaTesters'));
    expect(links.map((l) => (l.body as { data: unknown[] }).data.length)).toEqual([100, 100, 100]);
    const unlinks = w.filter((l) => l.method === 'DELETE');
    expect(unlinks.map((l) => (l.body as { data: unknown[] }).data.length)).toEqual([100, 100, 100]);
    expect(r.outputs.changes).toBe('506');
    expect(r.outputs['testers-added']).toBe('800');
    expect(r.outputs['testers-removed']).toBe('300');
    // Reads: the app's 1,800 testers in 9 pages and the group's 1,500 member ids in 8, once each.
    expect(fx.server.log.filter((l) => l.method === 'GET' && l.path === '/v1/betaTesters')).toHaveLength(9);
    expect(
      fx.server.log.filter(
        (l) => l.method === 'GET' && l.path === '/v1/betaGroups/g-beta/relationships/betaTesters',
      ),
    ).toHaveLength(8);
    // Never more than 8 calls in flight.
    const spans = fx.server.log.map((l) => [l.at, l.doneAt ?? l.at] as const);
    const inFlight = Math.max(...spans.map(([at]) => spans.filter(([a, d]) => a <= at && d > at).length));
    expect(inFlight).toBeLessThanOrEqual(9);
    const members = memberEmails(store, beta.id);
    expect(members).toHaveLength(2000);
    expect(members).not.toContain(name(0));
    expect(members).toContain('new499@example.com');
    const result = r.result as TesterResult;
    expect(result.testers).toHaveLength(2300);
    expect(result.counts).toEqual({ created: 500, added: 300, 'already present': 1200, removed: 300 });
    expect(r.summary).toMatch(/Showing 100 of 2300 rows/);

    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(again.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(again.outputs.changes).toBe('0');
    expect((again.result as TesterResult).counts).toEqual({ 'already present': 2000 });
  });

  test('remove-missing: false keeps members not in the list', async () => {
    const { store } = fx.server;
    const beta = seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'stay@example.com', ['g-beta']);
    const r = await act({
      operation: 'sync-testers',
      groups: 'Beta',
      testers: 'new@example.com',
      'remove-missing': 'false',
    });
    expect(r.failed).toBe(false);
    expect(memberEmails(store, beta.id)).toEqual(['new@example.com', 'stay@example.com']);
    expect(r.outputs['testers-removed']).toBe('0');
    expect(r.stdout).toMatch(/1 not in the list kept: remove-missing is false/);
  });

  test('dry-run shows the difference and sends nothing', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'drop@example.com', ['g-beta']);
    const r = await act({
      operation: 'sync-testers',
      groups: 'Beta',
      testers: 'new@example.com',
      'dry-run': 'true',
    });
    expect(r.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(r.outputs.changes).toBe('2');
    expect(outcomeOf(r, 'drop@example.com')?.outcome).toBe('would remove');
    expect(outcomeOf(r, 'new@example.com')?.outcome).toBe('would create');
  });

  test('an empty list is refused rather than emptying the group', async () => {
    const file = path.join(work, 'empty.csv');
    writeFileSync(file, 'email,first_name,last_name\n');
    const r = await act({ operation: 'sync-testers', groups: 'Beta', 'testers-file': file });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/list no tester: sync-testers would remove every member/);
    expect(fx.server.log).toHaveLength(0);
  });
});
