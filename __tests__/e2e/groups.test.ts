import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import {
  APP_ID,
  BUNDLE_ID,
  appTesterEmails,
  seedApp,
  seedGroup,
  seedTester,
} from '../support/testers-seed.js';

let fx: Fixture;
let work: string;

async function act(inputs: Record<string, string | undefined>) {
  return runAction(fx.inputs({ app: BUNDLE_ID, ...inputs }), { retry: FAST_RETRY, clock: virtualClock() });
}

const groupNamed = (name: string) =>
  fx.server.store.list('betaGroups').find((g) => g.attributes.name === name);

beforeAll(async () => {
  fx = await startFixture();
  work = mkdtempSync(path.join(tmpdir(), 'groups-e2e-'));
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

describe('list-groups', () => {
  test('lists groups with settings and tester counts, and writes CSV or JSON', async () => {
    const { store } = fx.server;
    seedGroup(store, 'QA', { id: 'g-qa', internal: true });
    seedGroup(store, 'Beta', { id: 'g-beta', publicLinkEnabled: true, publicLinkLimit: 50 });
    for (let i = 0; i < 3; i++) seedTester(store, `t${i}@example.com`, ['g-beta']);
    seedGroup(store, 'Elsewhere', { app: '999' });
    const file = path.join(work, 'groups.csv');
    const r = await act({ operation: 'list-groups', 'output-file': file });
    expect(r.failed).toBe(false);
    const result = r.result as { count: number; groups: Array<Record<string, unknown>> };
    expect(result.count).toBe(2);
    expect(result.groups).toEqual([
      expect.objectContaining({
        name: 'Beta',
        internal: false,
        testers: 3,
        publicLinkEnabled: true,
        publicLinkLimit: 50,
      }),
      expect.objectContaining({ name: 'QA', internal: true, testers: 0, publicLinkEnabled: false }),
    ]);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'name,id,type,testers,public_link_enabled,public_link,public_link_limit,feedback_enabled',
    );
    expect(lines[1]).toMatch(
      /^Beta,g-beta,external,3,true,https:\/\/testflight.apple.com\/join\/\w+,50,true$/,
    );
    expect(r.summary).toMatch(
      /\| \[QA\]\(https:\/\/appstoreconnect\.apple\.com\/apps\/\d+\/testflight\/groups\/[\w-]+\) \| internal \| 0 \| no \|/,
    );

    const json = path.join(work, 'groups.json');
    const j = await act({ operation: 'list-groups', 'output-file': json, format: 'json' });
    expect(j.failed).toBe(false);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveLength(2);
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('a bad format fails before any request', async () => {
    const r = await act({ operation: 'list-groups', format: 'xml' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/Input 'format' has an invalid value 'xml': expected one of csv, json/);
    expect(fx.server.log).toHaveLength(0);
  });
});

describe('create-group', () => {
  test('creates a group with the settings given; a second run finds it and writes nothing', async () => {
    const inputs = {
      operation: 'create-group',
      'group-name': 'External Beta',
      'public-link-enabled': 'true',
      'public-link-limit': '100',
      'feedback-enabled': 'false',
    };
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(r.outputs.changes).toBe('1');
    const post = fx.server.writes()[0];
    expect(post?.body).toEqual({
      data: {
        type: 'betaGroups',
        attributes: {
          name: 'External Beta',
          isInternalGroup: false,
          publicLinkEnabled: true,
          publicLinkLimit: 100,
          publicLinkLimitEnabled: true,
          feedbackEnabled: false,
        },
        relationships: { app: { data: { type: 'apps', id: APP_ID } } },
      },
    });
    expect(groupNamed('External Beta')?.attributes).toMatchObject({
      publicLinkEnabled: true,
      publicLinkLimit: 100,
      feedbackEnabled: false,
    });
    expect(r.result).toMatchObject({ action: 'created', group: { name: 'External Beta', internal: false } });
    const created = groupNamed('External Beta')?.id ?? '';
    expect(r.summary).toContain(`| [Weather](https://appstoreconnect.apple.com/apps/${APP_ID}/testflight) |`);
    expect(r.summary).toContain(
      `| Group | [External Beta (id ${created})](https://appstoreconnect.apple.com/apps/${APP_ID}/testflight/groups/${created}) |`,
    );

    fx.server.log.length = 0;
    const again = await act({ ...inputs, 'group-name': 'external beta' });
    expect(again.failed).toBe(false);
    expect(again.outputs.changes).toBe('0');
    expect(fx.server.writes()).toHaveLength(0);
    expect(again.result).toMatchObject({ action: 'exists' });
    expect(fx.server.store.list('betaGroups')).toHaveLength(1);
  });

  test('an existing group gets only the settings that differ', async () => {
    seedGroup(fx.server.store, 'Beta', { id: 'g-beta' });
    const r = await act({ operation: 'create-group', 'group-name': 'Beta', 'feedback-enabled': 'false' });
    expect(r.failed).toBe(false);
    expect(fx.server.writes().map((w) => [w.method, w.body])).toEqual([
      ['PATCH', { data: { type: 'betaGroups', id: 'g-beta', attributes: { feedbackEnabled: false } } }],
    ]);
    expect(r.result).toMatchObject({ action: 'updated' });
  });

  test('an internal group; the type of an existing group is not changed but warned about', async () => {
    const r = await act({ operation: 'create-group', 'group-name': 'QA', internal: 'true' });
    expect(r.failed).toBe(false);
    expect(groupNamed('QA')?.attributes.isInternalGroup).toBe(true);
    const again = await act({ operation: 'create-group', 'group-name': 'QA' });
    expect(again.failed).toBe(false);
    expect(again.warnings.join('\n')).toMatch(
      /already exists as an internal group; internal: false was not applied/,
    );
  });

  test('an existing internal group: a public link or its limit is refused before any write', async () => {
    seedGroup(fx.server.store, 'QA', { id: 'g-qa', internal: true });
    const link = await act({ operation: 'create-group', 'group-name': 'QA', 'public-link-enabled': 'true' });
    expect(link.failed).toBe(true);
    expect(link.errors[0]).toMatch(/Input 'public-link-enabled'.*'QA' is an internal group/);
    const limit = await act({ operation: 'create-group', 'group-name': 'qa', 'public-link-limit': '10' });
    expect(limit.failed).toBe(true);
    expect(limit.errors[0]).toMatch(/Input 'public-link-limit'.*'QA' is an internal group/);
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('a group someone else made between the look and the create: a first-try 409 reads back as existing', async () => {
    seedGroup(fx.server.store, 'Beta', { id: 'g-other' });
    // The first look misses it (made a moment later by someone else); the create then gets 409.
    fx.server.faults.add({
      method: 'GET',
      path: '/v1/betaGroups',
      status: 200,
      body: { data: [], links: {} },
    });
    const r = await act({ operation: 'create-group', 'group-name': 'Beta' });
    expect(r.failed).toBe(false);
    expect(fx.server.log.filter((l) => l.method === 'POST').map((l) => l.status)).toEqual([409]);
    expect(r.result).toMatchObject({
      action: 'exists',
      note: expect.stringMatching(/answered 409; read back: the group exists \(id g-other\)/),
    });
    expect(r.outputs.changes).toBe('0');
    expect(fx.server.store.list('betaGroups')).toHaveLength(1);
  });

  test('a lost answer: the retry gets 409 and the group is read back', async () => {
    fx.server.faults.add({ method: 'POST', path: '/v1/betaGroups', afterHandler: true });
    const r = await act({ operation: 'create-group', 'group-name': 'Beta' });
    expect(r.failed).toBe(false);
    expect(fx.server.log.filter((l) => l.method === 'POST').map((l) => l.status)).toEqual([201, 409]);
    // The 409 answered this run's own first try: the group was created by this run.
    expect(r.result).toMatchObject({
      action: 'created',
      note: expect.stringMatching(/answer to the create was lost.*409; read back/),
    });
    expect(r.outputs.changes).toBe('1');
    expect(fx.server.store.list('betaGroups')).toHaveLength(1);
  });

  test('dry-run sends nothing', async () => {
    const r = await act({ operation: 'create-group', 'group-name': 'Beta', 'dry-run': 'true' });
    expect(r.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(r.outputs.changes).toBe('1');
    expect(r.result).toMatchObject({ action: 'would create' });
    // No group yet, so no page to link to: the name only.
    expect(r.summary).toContain('| Group | Beta |');
  });

  test.each([
    [{ 'group-name': '' }, /'group-name' is required for create-group/],
    [
      { 'group-name': 'QA', internal: 'true', 'public-link-enabled': 'true' },
      /'public-link-enabled' is true, but an internal group/,
    ],
    [
      { 'group-name': 'QA', 'public-link-limit': '0' },
      /'public-link-limit' has an invalid value '0': expected a whole number from 1 to 10000/,
    ],
    [
      { 'group-name': 'QA', 'feedback-enabled': 'sometimes' },
      /'feedback-enabled' has an invalid value 'sometimes'/,
    ],
  ])('bad input %j fails before any request', async (extra, pattern) => {
    const r = await act({ operation: 'create-group', ...extra });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(pattern);
    expect(fx.server.log).toHaveLength(0);
  });
});

describe('update-group', () => {
  test('changes only what was given; the same again writes nothing', async () => {
    seedGroup(fx.server.store, 'Beta', { id: 'g-beta', publicLinkEnabled: true });
    const inputs = { operation: 'update-group', 'group-name': 'Beta', 'public-link-limit': '25' };
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(fx.server.writes().map((w) => w.body)).toEqual([
      {
        data: {
          type: 'betaGroups',
          id: 'g-beta',
          attributes: { publicLinkLimit: 25, publicLinkLimitEnabled: true },
        },
      },
    ]);
    expect(fx.server.store.get('betaGroups', 'g-beta')?.attributes).toMatchObject({
      publicLinkEnabled: true,
      publicLinkLimit: 25,
      feedbackEnabled: true,
    });
    expect(r.summary).toContain(
      `| Group | [Beta (id g-beta)](https://appstoreconnect.apple.com/apps/${APP_ID}/testflight/groups/g-beta) |`,
    );
    expect(r.summary).toContain(`| [Weather](https://appstoreconnect.apple.com/apps/${APP_ID}/testflight) |`);
    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(again.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(again.result).toMatchObject({ action: 'unchanged', changes: 0 });
  });

  test('renames a group named in groups', async () => {
    seedGroup(fx.server.store, 'Beta', { id: 'g-beta' });
    const r = await act({ operation: 'update-group', groups: 'Beta', 'group-name': 'Public Beta' });
    expect(r.failed).toBe(false);
    expect(fx.server.store.get('betaGroups', 'g-beta')?.attributes.name).toBe('Public Beta');
  });

  test('a missing group fails naming the input and listing the groups', async () => {
    seedGroup(fx.server.store, 'Beta');
    const r = await act({ operation: 'update-group', 'group-name': 'Gamma', 'feedback-enabled': 'true' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/Input 'group-name': no beta group named 'Gamma'.*'Beta'/);
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('a public link on an internal group is refused before any write', async () => {
    seedGroup(fx.server.store, 'QA', { internal: true });
    const r = await act({ operation: 'update-group', 'group-name': 'QA', 'public-link-enabled': 'true' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/'QA' is an internal group, which cannot have a public link/);
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('a public link limit on an internal group is refused before any write', async () => {
    seedGroup(fx.server.store, 'QA', { internal: true });
    const r = await act({ operation: 'update-group', 'group-name': 'QA', 'public-link-limit': '10' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/Input 'public-link-limit'.*'QA' is an internal group/);
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('nothing to update fails before any request', async () => {
    const r = await act({ operation: 'update-group', 'group-name': 'Beta' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/Nothing to update for 'Beta'/);
    expect(fx.server.log).toHaveLength(0);
  });

  test('dry-run sends nothing', async () => {
    seedGroup(fx.server.store, 'Beta', { id: 'g-beta' });
    const r = await act({
      operation: 'update-group',
      'group-name': 'Beta',
      'feedback-enabled': 'false',
      'dry-run': 'true',
    });
    expect(r.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(r.result).toMatchObject({ action: 'would update', changed: { feedbackEnabled: false } });
  });
});

describe('delete-group', () => {
  test('deletes the group; its testers stay testers of the app', async () => {
    const { store } = fx.server;
    seedGroup(store, 'Beta', { id: 'g-beta' });
    seedTester(store, 'a@example.com', ['g-beta']);
    const r = await act({ operation: 'delete-group', 'group-name': 'beta' });
    expect(r.failed).toBe(false);
    expect(fx.server.writes().map((w) => `${w.method} ${w.path} ${w.status}`)).toEqual([
      'DELETE /v1/betaGroups/g-beta 204',
    ]);
    expect(store.get('betaGroups', 'g-beta')).toBeUndefined();
    expect(appTesterEmails(store)).toEqual(['a@example.com']);
    expect(r.result).toMatchObject({ action: 'deleted', group: { testers: 1 } });
    expect(r.outputs.changes).toBe('1');
    // The group's page is gone: the group is text, the app's TestFlight page is linked.
    expect(r.summary).toContain('| Group | Beta (id g-beta, external) |');
    expect(r.summary).toContain(`| [Weather](https://appstoreconnect.apple.com/apps/${APP_ID}/testflight) |`);
  });

  test('a missing group says so and succeeds', async () => {
    seedGroup(fx.server.store, 'Beta');
    const r = await act({ operation: 'delete-group', 'group-name': 'Gamma' });
    expect(r.failed).toBe(false);
    expect(r.stdout).toMatch(/No beta group named 'Gamma' in Weather: nothing to delete/);
    expect(r.outputs.changes).toBe('0');
    expect(r.result).toMatchObject({ action: 'not found' });
    expect(fx.server.writes()).toHaveLength(0);
  });

  test('dry-run sends nothing', async () => {
    seedGroup(fx.server.store, 'Beta', { id: 'g-beta' });
    const r = await act({ operation: 'delete-group', 'group-name': 'Beta', 'dry-run': 'true' });
    expect(r.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(fx.server.store.get('betaGroups', 'g-beta')).toBeDefined();
    expect(r.result).toMatchObject({ action: 'would delete' });
    expect(r.summary).toContain(
      `| Group | [Beta (id g-beta, external)](https://appstoreconnect.apple.com/apps/${APP_ID}/testflight/groups/g-beta) |`,
    );
  });
});
