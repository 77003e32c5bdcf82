import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  setTesterUsage,
  setUsageDimensionShape,
} from '../../fake-app-store-connect/routes/beta-tester-usages.js';
import type { Resource } from '../../fake-app-store-connect/store.js';
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import { APP_ID, BUNDLE_ID, memberEmails, seedApp, seedGroup, seedTester } from '../support/testers-seed.js';

let fx: Fixture;
let work: string;

async function act(inputs: Record<string, string | undefined>) {
  return runAction(fx.inputs({ operation: 'prune-testers', app: BUNDLE_ID, ...inputs }), {
    retry: FAST_RETRY,
    clock: virtualClock(),
  });
}

const appTesters = () =>
  fx.server.store
    .list('betaTesters')
    .filter((t) => fx.server.store.ids(t, 'apps').includes(APP_ID))
    .map((t) => String(t.attributes.email))
    .sort();

function tester(email: string, state: string, groups: string[], lastSessionDaysAgo?: number): Resource {
  const t = seedTester(fx.server.store, email, groups);
  t.attributes.state = state;
  if (lastSessionDaysAgo !== undefined)
    setTesterUsage(fx.server.store, t.id, { lastSessionDaysAgo, sessions: 3 });
  return t;
}

/** Beta (external) and Team (internal); one tester per reason to stay, two to go. */
function seedPeople(): void {
  seedGroup(fx.server.store, 'Beta', { id: 'g-beta' });
  seedGroup(fx.server.store, 'Team', { id: 'g-team', internal: true });
  tester('gone1@example.com', 'INSTALLED', ['g-beta']);
  tester('gone2@example.com', 'INSTALLED', ['g-beta'], 45); // last session before the 30 days
  tester('active@example.com', 'INSTALLED', ['g-beta'], 3);
  tester('accepted@example.com', 'ACCEPTED', ['g-beta']);
  tester('keep@example.com', 'INSTALLED', ['g-beta']);
  tester('staff@example.com', 'INSTALLED', ['g-beta', 'g-team']);
}

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
  work = mkdtempSync(path.join(tmpdir(), 'prune-e2e-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  setUsageDimensionShape(fx.server.store, 'string');
  seedApp(fx.server.store);
});

describe('prune-testers', () => {
  test('removes inactive INSTALLED testers from the app, keeps the active, other states, the keep list and internal members; a re-run removes nobody', async () => {
    seedPeople();
    const file = path.join(work, 'pruned.csv');
    const run = await act({ 'keep-testers': 'KEEP@example.com', 'output-file': file });
    expect(run.errors).toEqual([]);
    expect(appTesters()).toEqual([
      'accepted@example.com',
      'active@example.com',
      'keep@example.com',
      'staff@example.com',
    ]);
    expect(memberEmails(fx.server.store, 'g-beta')).not.toContain('gone1@example.com');
    expect(run.outputs['testers-removed']).toBe('2');
    expect(run.outputs.changes).toBe('1'); // one batched call
    const usageCall = fx.server.log.find((l) => l.path.endsWith('/metrics/betaTesterUsages'));
    expect(usageCall?.query).toMatchObject({ period: 'P30D', groupBy: 'betaTesters' });
    const csv = readFileSync(file, 'utf8').split('\r\n');
    expect(csv[0]).toBe('email,first_name,last_name,state,sessions,crashes,feedback,removed_from,outcome');
    expect(csv.filter((l) => l.startsWith('gone'))).toEqual([
      'gone1@example.com,,,INSTALLED,0,0,0,the app,removed',
      'gone2@example.com,,,INSTALLED,0,0,0,the app,removed',
    ]);
    expect(run.summary).toContain('In an internal group');
    expect(run.result).toMatchObject({ kept: { active: 1, state: 1, 'keep list': 1, 'internal group': 1 } });

    fx.server.log.length = 0;
    const again = await act({ 'keep-testers': 'keep@example.com' });
    expect(again.failed).toBe(false);
    expect(again.outputs.changes).toBe('0');
    expect(fx.server.writes()).toEqual([]);
  });

  test('reads the tester dimension as Apple’s examples show it ({type, id}), over every page', async () => {
    setUsageDimensionShape(fx.server.store, 'object');
    for (let i = 0; i < 205; i++) tester(`busy${String(i).padStart(3, '0')}@example.com`, 'INSTALLED', [], 1);
    tester('idle@example.com', 'INSTALLED', []);
    const run = await act({ 'max-removals': '5' });
    expect(run.errors).toEqual([]);
    expect(run.outputs['testers-removed']).toBe('1');
    expect(appTesters()).not.toContain('idle@example.com');
    expect(appTesters()).toHaveLength(205);
    expect(fx.server.log.filter((l) => l.path.endsWith('/metrics/betaTesterUsages'))).toHaveLength(2);
  });

  test('the period is the smallest that covers inactive-days; INVITED is explicit and warns', async () => {
    tester('recent@example.com', 'INSTALLED', [], 20);
    tester('invited@example.com', 'INVITED', []);
    const run = await act({
      'inactive-days': '10',
      'tester-states': 'installed, invited',
      'dry-run': 'true',
    });
    expect(fx.server.log.find((l) => l.path.endsWith('/metrics/betaTesterUsages'))?.query.period).toBe(
      'P30D',
    );
    expect(run.warnings.join('\n')).toMatch(/testers invited recently .* are among the candidates/);
    expect(run.outputs['testers-removed']).toBe('1');
    expect((run.result as { testers: Array<{ email: string; outcome: string }> }).testers).toEqual([
      expect.objectContaining({ email: 'invited@example.com', outcome: 'would remove' }),
    ]);
    expect(fx.server.writes()).toEqual([]);
  });

  test('a plan over max-removals fails before any write, saying how many would go', async () => {
    seedPeople();
    const run = await act({ 'max-removals': '1', 'keep-testers': 'keep@example.com' });
    expect(run.failed).toBe(true);
    expect(run.errors.join('\n')).toContain('would remove 2 testers, more than max-removals (1)');
    expect(fx.server.writes()).toEqual([]);
    expect(appTesters()).toContain('gone1@example.com');
  });

  test('dry run lists them in the log, the result and the output file, and counts them', async () => {
    seedPeople();
    const file = path.join(work, 'dry.json');
    const run = await act({
      'dry-run': 'true',
      'output-file': file,
      format: 'json',
      'keep-testers': 'keep@example.com',
    });
    expect(fx.server.writes()).toEqual([]);
    expect(run.outputs['testers-removed']).toBe('2');
    expect(run.outputs.changes).toBe('1');
    expect(run.stdout).toContain('remove gone1@example.com from the app');
    const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<{ email: string; outcome: string }>;
    expect(rows.map((r) => [r.email, r.outcome])).toEqual([
      ['gone1@example.com', 'would remove'],
      ['gone2@example.com', 'would remove'],
    ]);
  });

  test('remove-from groups takes them out of the groups only; internal members go with include-internal', async () => {
    seedPeople();
    const keepFile = path.join(work, 'keep.txt');
    writeFileSync(keepFile, '# never\nkeep@example.com\n');
    const run = await act({
      'remove-from': 'groups',
      groups: 'Beta',
      'include-internal': 'true',
      'keep-testers-file': keepFile,
    });
    expect(run.errors).toEqual([]);
    expect(memberEmails(fx.server.store, 'g-beta')).toEqual([
      'accepted@example.com',
      'active@example.com',
      'keep@example.com',
    ]);
    expect(memberEmails(fx.server.store, 'g-team')).toEqual(['staff@example.com']); // only Beta was named
    expect(appTesters()).toContain('gone1@example.com');
    expect(run.outputs['testers-removed']).toBe('3');
  });
});
