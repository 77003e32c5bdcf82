import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scriptBuild, refuseBuildsForGroup } from '../../fake-app-store-connect/routes/builds.js';
import type { RouteModule } from '../../fake-app-store-connect/types.js';
import { runAction, type ActionRun } from '../support/action.js';
import {
  APP_ID,
  BUNDLE_ID,
  detailOf,
  groupIdsOf,
  localizationsOf,
  reviewOf,
  seedApp,
  seedBuild,
  seedGroups,
} from '../support/builds-seed.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';

let fx: Fixture;
let clock: ReturnType<typeof virtualClock>;
let work: string;

async function act(
  inputs: Record<string, string | undefined>,
  env?: Record<string, string>,
): Promise<ActionRun> {
  return runAction(fx.inputs({ app: BUNDLE_ID, ...inputs }), { retry: FAST_RETRY, clock, env });
}

const writes = () => fx.server.writes().map((w) => `${w.method} ${w.path}`);
const polls = (r: ActionRun) => r.stdout.split('\n').filter((l) => /^Poll \d+ /.test(l));

beforeAll(async () => {
  clock = virtualClock(Date.UTC(2025, 5, 1, 12));
  // The server checks tokens against the same virtual time the action runs on.
  fx = await startFixture({ now: () => clock.now() });
  work = mkdtempSync(path.join(tmpdir(), 'builds-e2e-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  clock.slept.length = 0;
  seedApp(fx.server.store);
  seedGroups(fx.server.store);
});

describe('find-build', () => {
  test('finds a build by marketing version and build number; 2.3 matches 2.3.0', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-456', { version: '2.3.0', buildNumber: '456' });
    seedBuild(store, 'b-457', { version: '2.3.0', buildNumber: '457' });
    seedBuild(store, 'b-mac', { version: '2.3', buildNumber: '457', platform: 'MAC_OS' });
    const r = await act({ operation: 'find-build', version: '2.3', 'build-number': '457' });
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({
      'build-id': 'b-457',
      'build-version': '2.3.0',
      'build-number': '457',
      'build-state': 'VALID',
      'beta-state': 'READY_FOR_BETA_SUBMISSION',
    });
    expect(r.result).toMatchObject({
      build: { id: 'b-457', platform: 'IOS', usesNonExemptEncryption: false },
    });
    expect(r.summary).toContain('2.3.0 (457)');
    expect(fx.server.log.find((l) => l.path === '/v1/builds')?.query).toMatchObject({
      'filter[preReleaseVersion.version]': '2.3,2.3.0',
      'filter[version]': '457',
      'filter[preReleaseVersion.platform]': 'IOS',
    });
    expect(writes()).toEqual([]);
  });

  test('without a version or build number it takes the newest upload on the platform', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-1', { version: '2.2', buildNumber: '400' });
    seedBuild(store, 'b-2', { version: '2.3', buildNumber: '401' });
    seedBuild(store, 'b-tv', { version: '9.0', buildNumber: '900', platform: 'TV_OS' });
    const r = await act({ operation: 'find-build' });
    expect(r.outputs['build-id']).toBe('b-2');
    const byId = await act({ operation: 'find-build', 'build-id': 'b-1' });
    expect(byId.outputs['build-number']).toBe('400');
  });

  test('nothing matching fails clearly, listing the newest builds it saw', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-1', { version: '2.2', buildNumber: '400' });
    seedBuild(store, 'b-2', { version: '2.3', buildNumber: '401', processingState: 'FAILED' });
    const r = await act({ operation: 'find-build', version: '3.0' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /No IOS build of com\.example\.rocket matches the newest build of version 3\.0/,
    );
    expect(r.errors[0]).toMatch(/2\.3 \(401\) failed, id b-2; 2\.2 \(400\) valid, id b-1/);
    expect(r.result).toMatchObject({ build: null, newestBuilds: [{ id: 'b-2' }, { id: 'b-1' }] });
    expect(r.summary).toContain('Newest builds');
  });

  test('bad inputs fail naming the input, before any request', async () => {
    for (const [inputs, pattern] of [
      [{ version: 'two' }, /Input 'version' has an invalid value 'two'/],
      [{ 'build-number': '45 7' }, /Input 'build-number' has an invalid value '45 7'/],
      [{ 'build-id': 'b-1', version: '2.3' }, /Input 'build-id' is set together with 'version'/],
    ] as const) {
      const r = await act({ operation: 'find-build', ...inputs });
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(pattern);
    }
    const noApp = await runAction(fx.inputs({ operation: 'find-build' }), { clock });
    expect(noApp.errors[0]).toMatch(/Input 'app' is required for find-build/);
    expect(fx.server.log).toHaveLength(0);
  });
});

describe('wait-for-build', () => {
  test('waits for the build to appear, process and get its beta detail; one log line per poll', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-old', { version: '2.2', buildNumber: '400' });
    const build = seedBuild(store, 'b-new', {
      version: '2.3',
      buildNumber: '457',
      usesNonExemptEncryption: null,
    });
    scriptBuild(store, build.id, { invisibleFor: 3, processingFor: 4, betaDetailMissingFor: 1 });
    const r = await act({
      operation: 'wait-for-build',
      version: '2.3',
      'build-number': '457',
      'poll-interval': '30',
    });
    expect(r.failed).toBe(false);
    // 3 unseen + 4 processing + 1 without beta detail, then ready.
    expect(polls(r)).toHaveLength(9);
    expect(polls(r)[0]).toMatch(
      /^Poll 1 \(0 of 30 min\): build 2\.3 \(457\) is not listed yet; next poll in 30 s\.$/,
    );
    expect(polls(r)[4]).toMatch(
      /^Poll 5 \(2 of 30 min\): build 2\.3 \(457\) is PROCESSING, TestFlight state not there yet/,
    );
    expect(polls(r)[7]).toMatch(/is VALID, TestFlight state not there yet/);
    expect(polls(r)[8]).toMatch(
      /^Poll 9 \(4 of 30 min\): .* is VALID, TestFlight state MISSING_EXPORT_COMPLIANCE; ready\.$/,
    );
    expect(clock.slept.filter((ms) => ms === 30_000)).toHaveLength(8);
    expect(r.outputs).toMatchObject({
      'build-id': 'b-new',
      'build-state': 'VALID',
      'beta-state': 'MISSING_EXPORT_COMPLIANCE',
    });
    expect(r.result).toMatchObject({ status: 'ready', waited: { polls: 9, seconds: 240 } });
    // Once seen, the build is polled by its id.
    expect(fx.server.log.filter((l) => l.path === '/v1/builds/b-new')).toHaveLength(5);
  });

  test('a 35-minute wait renews the token and never sends an expired one', async () => {
    const { store } = fx.server;
    const build = seedBuild(store, 'b-slow', { version: '2.3', buildNumber: '458' });
    scriptBuild(store, build.id, { invisibleFor: 40, processingFor: 30 });
    const started = clock.now();
    const r = await act({ operation: 'wait-for-build', 'build-number': '458', 'wait-timeout': '45' });
    expect(r.failed).toBe(false);
    expect(clock.now() - started).toBeGreaterThanOrEqual(35 * 60_000);
    expect(polls(r)).toHaveLength(71);
    expect(fx.server.log.filter((l) => l.authError || l.status === 401)).toEqual([]);
    const issued = new Set(fx.server.log.map((l) => (l.claims as { iat: number }).iat));
    expect(issued.size).toBeGreaterThanOrEqual(2);
    for (const l of fx.server.log) {
      expect((l.claims as { exp: number }).exp * 1000).toBeGreaterThan(l.at);
    }
  });

  test('FAILED ends the wait at once with a clear error', async () => {
    const { store } = fx.server;
    const build = seedBuild(store, 'b-bad', { version: '2.3', buildNumber: '459' });
    scriptBuild(store, build.id, { processingFor: 2, endState: 'FAILED' });
    const r = await act({ operation: 'wait-for-build', 'build-number': '459' });
    expect(r.failed).toBe(true);
    expect(polls(r)).toHaveLength(3);
    expect(r.errors[0]).toMatch(
      /Build 2\.3 \(459\) \(id b-bad\) is FAILED: App Store Connect could not process it/,
    );
    expect(r.outputs['build-state']).toBe('FAILED');
  });

  test('INVALID does the same', async () => {
    const build = seedBuild(fx.server.store, 'b-inv', { version: '2.3', buildNumber: '460' });
    scriptBuild(fx.server.store, build.id, { processingFor: 1, endState: 'INVALID' });
    const r = await act({ operation: 'wait-for-build', 'build-id': 'b-inv' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/is INVALID/);
  });

  test('still processing when time is up: fails naming the state and wait-timeout', async () => {
    const build = seedBuild(fx.server.store, 'b-stuck', { version: '2.3', buildNumber: '461' });
    scriptBuild(fx.server.store, build.id, { processingFor: 1000 });
    const r = await act({ operation: 'wait-for-build', 'build-number': '461', 'wait-timeout': '2' });
    expect(r.failed).toBe(true);
    expect(polls(r)).toHaveLength(5);
    expect(r.errors[0]).toMatch(
      /is not ready for TestFlight \(waited 2 min\): build 2\.3 \(461\) is PROCESSING.*Raise wait-timeout/,
    );
    expect(r.result).toMatchObject({ status: 'timeout' });
  });

  test('a build that never appears fails listing the newest builds', async () => {
    seedBuild(fx.server.store, 'b-1', { version: '2.2', buildNumber: '400' });
    const r = await act({ operation: 'wait-for-build', 'build-number': '999', 'wait-timeout': '1' });
    expect(r.failed).toBe(true);
    expect(polls(r)).toHaveLength(3);
    expect(r.errors[0]).toMatch(
      /No IOS build matches build number 999 \(waited 1 min\)\. The newest IOS builds are: 2\.2 \(400\)/,
    );
  });
});

describe('distribute-build', () => {
  const full = {
    operation: 'distribute-build',
    version: '2.3',
    'build-number': '457',
    groups: 'Public Beta, Partners\nQA',
    'uses-non-exempt-encryption': 'false',
    'what-to-test': 'Try the new launch screen.',
  };

  test('compliance, What to Test, three groups and review on a processed build; a re-run writes nothing', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457', usesNonExemptEncryption: null });
    const r = await act(full);
    expect(r.failed).toBe(false);
    expect(store.get('builds', 'b-457')?.attributes.usesNonExemptEncryption).toBe(false);
    expect(localizationsOf(store, 'b-457')).toEqual([
      { locale: 'en-US', whatsNew: 'Try the new launch screen.' },
    ]);
    expect(groupIdsOf(store, 'b-457')).toEqual(['g-partners', 'g-public', 'g-qa']);
    expect(reviewOf(store, 'b-457')).toBe('WAITING_FOR_REVIEW');
    expect(r.outputs).toMatchObject({
      'build-id': 'b-457',
      'build-version': '2.3',
      'build-number': '457',
      'build-state': 'VALID',
      'beta-state': 'WAITING_FOR_BETA_REVIEW',
      changes: '4',
    });
    expect(r.result).toMatchObject({
      groups: {
        added: [
          { id: 'g-public', name: 'Public Beta', internal: false },
          { id: 'g-partners', name: 'Partners', internal: false },
          { id: 'g-qa', name: 'QA', internal: true },
        ],
        alreadyThere: [],
        skipped: [],
      },
      compliance: { status: 'set', usesNonExemptEncryption: false },
      whatToTest: { status: 'created', locale: 'en-US', text: 'Try the new launch screen.' },
      review: { status: 'submitted', state: 'WAITING_FOR_REVIEW' },
      notification: { status: 'not requested' },
      verified: true,
      changes: 4,
    });
    // One call for all groups; writes in parallel where they can be.
    expect(writes().sort()).toEqual([
      'PATCH /v1/builds/b-457',
      'POST /v1/betaAppReviewSubmissions',
      'POST /v1/betaBuildLocalizations',
      'POST /v1/builds/b-457/relationships/betaGroups',
    ]);
    expect(fx.server.log.length).toBeLessThanOrEqual(10);
    expect(r.summary).toMatch(/\| Export compliance \| set \(usesNonExemptEncryption false\) \|/);
    expect(r.summary).toMatch(/\| Beta App Review \| submitted \(WAITING_FOR_REVIEW\) \|/);
    expect(r.summary).toMatch(/\| Read back \| confirmed \|/);

    fx.server.log.length = 0;
    const again = await act(full);
    expect(again.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(again.outputs.changes).toBe('0');
    expect(again.result).toMatchObject({
      groups: { added: [], alreadyThere: [{ name: 'Public Beta' }, { name: 'Partners' }, { name: 'QA' }] },
      compliance: { status: 'already answered', usesNonExemptEncryption: false },
      whatToTest: { status: 'unchanged' },
      review: { status: 'already submitted', state: 'WAITING_FOR_REVIEW' },
    });
  });

  test('dry-run prints the plan and sends no write', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457', usesNonExemptEncryption: null });
    seedBuild(store, 'b-456', { version: '2.3', buildNumber: '456', uploadedDate: '2024-12-01T00:00:00Z' });
    const r = await act({
      ...full,
      'dry-run': 'true',
      'notify-testers': 'true',
      'expire-previous-builds': 'true',
    });
    expect(r.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(r.outputs.changes).toBe('6');
    expect(r.stdout).toContain('Dry run: would set usesNonExemptEncryption false on build 2.3 (457).');
    expect(r.stdout).toContain("Dry run: would add build 2.3 (457) to 'Public Beta', 'Partners', 'QA'.");
    expect(r.stdout).toContain('Dry run: would submit build 2.3 (457) for Beta App Review.');
    expect(r.stdout).toContain('Dry run: would expire 1 older build: 2.3 (456).');
    expect(r.result).toMatchObject({
      dryRun: true,
      groups: { added: [], wouldAdd: [{ name: 'Public Beta' }, { name: 'Partners' }, { name: 'QA' }] },
      review: { status: 'would submit' },
      notification: { status: 'would send' },
      expiredBuilds: [{ id: 'b-456' }],
    });
    expect(store.get('builds', 'b-457')?.attributes.usesNonExemptEncryption).toBeNull();
    expect(r.summary).toContain('App Store Connect: distribute-build (dry run)');
  });

  test('waits for a fresh upload to appear and process before distributing', async () => {
    const { store } = fx.server;
    const build = seedBuild(store, 'b-457', {
      version: '2.3',
      buildNumber: '457',
      usesNonExemptEncryption: null,
    });
    scriptBuild(store, build.id, {
      invisibleFor: 2,
      processingFor: 3,
      betaDetailMissingFor: 1,
      betaDetailProcessingFor: 1,
    });
    const r = await act({ ...full, 'poll-interval': '60' });
    expect(r.failed).toBe(false);
    expect(polls(r)).toHaveLength(8);
    expect(clock.slept.filter((ms) => ms === 60_000)).toHaveLength(7);
    expect(groupIdsOf(store, 'b-457')).toEqual(['g-partners', 'g-public', 'g-qa']);
    expect(reviewOf(store, 'b-457')).toBe('WAITING_FOR_REVIEW');
    expect(r.result).toMatchObject({ waited: { polls: 8, seconds: 420 }, verified: true });
  });

  test('a build still processing at wait-timeout 0 fails before any write', async () => {
    const build = seedBuild(fx.server.store, 'b-457', { version: '2.3', buildNumber: '457' });
    scriptBuild(fx.server.store, build.id, { processingFor: 10 });
    const r = await act({ ...full, 'wait-timeout': '0' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /not ready for TestFlight \(wait-timeout is 0\): build 2\.3 \(457\) is PROCESSING/,
    );
    expect(writes()).toEqual([]);
  });

  test('a FAILED build fails at once, before any write', async () => {
    seedBuild(fx.server.store, 'b-457', { version: '2.3', buildNumber: '457', processingState: 'FAILED' });
    const r = await act(full);
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/is FAILED/);
    expect(writes()).toEqual([]);
  });

  test('an unknown group fails listing the app’s groups, before any write', async () => {
    seedBuild(fx.server.store, 'b-457', {
      version: '2.3',
      buildNumber: '457',
      usesNonExemptEncryption: null,
    });
    const r = await act({ ...full, groups: 'Public Beta, Externals' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /Input 'groups': no beta group named 'Externals' in this app\. The app's groups are: .*'Public Beta' \(external, id g-public\)/,
    );
    expect(r.errors[0]).not.toContain('Lite Beta');
    expect(writes()).toEqual([]);
  });

  test('internal groups that see all builds, and internal groups Apple refuses, are reported, not errors', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457' });
    refuseBuildsForGroup(store, 'g-qa');
    const r = await act({
      operation: 'distribute-build',
      'build-number': '457',
      groups: 'Everyone, QA, Public Beta',
      'submit-for-review': 'false',
    });
    expect(r.failed).toBe(false);
    expect(groupIdsOf(store, 'b-457')).toEqual(['g-public']);
    expect(r.result).toMatchObject({
      groups: {
        added: [{ name: 'Public Beta' }],
        skipped: [
          { name: 'Everyone', reason: expect.stringMatching(/access to all builds/) },
          { name: 'QA', reason: expect.stringMatching(/Cannot add internal group to a build/) },
        ],
      },
      review: { status: 'not requested', reason: 'submit-for-review is false' },
    });
    expect(r.warnings.join('\n')).toMatch(/refused to add build 2\.3 \(457\) to the internal group 'QA'/);
    // The batch was refused, then each group was sent by itself.
    expect(writes().filter((w) => w.endsWith('/relationships/betaGroups'))).toHaveLength(3);
    expect(r.summary).toMatch(/Everyone: skipped: internal group with access to all builds/);
  });

  test('What to Test from the pushed commit, updating an existing text; notify testers once', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457', whatsNew: { 'en-US': 'Old text' } });
    const event = path.join(work, 'push.json');
    writeFileSync(
      event,
      JSON.stringify({ head_commit: { id: 'abc1234def', message: 'Fix the login crash\n\nDetails.' } }),
    );
    const env = { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'abc1234def' };
    const inputs = {
      operation: 'distribute-build',
      'build-number': '457',
      groups: 'QA',
      'what-to-test': 'auto',
      'notify-testers': 'true',
    };
    const r = await act(inputs, env);
    expect(r.failed).toBe(false);
    expect(localizationsOf(store, 'b-457')).toEqual([
      { locale: 'en-US', whatsNew: 'Fix the login crash\n\nDetails.' },
    ]);
    expect(r.result).toMatchObject({
      whatToTest: { status: 'updated', source: 'commit abc1234' },
      notification: { status: 'sent' },
      review: { status: 'not requested', reason: 'no external group given' },
    });
    expect(writes()).toContain(
      'PATCH /v1/betaBuildLocalizations/' + store.list('betaBuildLocalizations')[0]?.id,
    );
    expect(store.list('buildBetaNotifications')).toHaveLength(1);

    fx.server.log.length = 0;
    const again = await act(inputs, env);
    expect(again.failed).toBe(false);
    expect(writes()).toEqual([]);
    expect(again.result).toMatchObject({ notification: { status: 'skipped' } });
    expect(store.list('buildBetaNotifications')).toHaveLength(1);
  });

  test('What to Test from a pull request title', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457' });
    const event = path.join(work, 'pr.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 12, title: 'New onboarding flow' } }));
    const r = await act(
      {
        operation: 'distribute-build',
        'build-number': '457',
        'what-to-test': 'auto',
        'what-to-test-locale': 'de-DE',
      },
      { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'f'.repeat(40) },
    );
    expect(r.failed).toBe(false);
    expect(localizationsOf(store, 'b-457')).toEqual([{ locale: 'de-DE', whatsNew: 'New onboarding flow' }]);
    expect(r.result).toMatchObject({ whatToTest: { status: 'created', source: 'pull request #12 title' } });
  });

  test('notify when App Store Connect already auto-notifies: its 409 is success', async () => {
    // Auto-notify is switched on (in App Store Connect) while the action adds the build to a group.
    const switchOn: RouteModule = (router, { store }) => {
      router.post('/v1/builds/{id}/relationships/betaGroups', (req) => {
        const ids = (req.body as { data: Array<{ id: string }> }).data.map((d) => d.id);
        store.addToRelationship('builds', req.params.id ?? '', 'betaGroups', ids);
        detailOf(store, req.params.id ?? '')!.autoNotifyEnabled = true;
        return { status: 204 };
      });
    };
    const other = await startFixture({ now: () => clock.now(), routes: [switchOn] });
    try {
      seedApp(other.server.store);
      seedGroups(other.server.store);
      seedBuild(other.server.store, 'b-457', { version: '2.3', buildNumber: '457' });
      const r = await runAction(
        other.inputs({
          app: BUNDLE_ID,
          operation: 'distribute-build',
          'build-number': '457',
          groups: 'QA',
          'notify-testers': 'true',
        }),
        { retry: FAST_RETRY, clock },
      );
      expect(r.failed).toBe(false);
      const notify = other.server.log.find((l) => l.path === '/v1/buildBetaNotifications');
      expect(notify?.status).toBe(409);
      expect(notify?.errorCodes).toEqual(['STATE_ERROR.ENTITY_STATE_INVALID']);
      expect(r.result).toMatchObject({
        notification: { status: 'automatic', reason: expect.stringMatching(/auto-notify/) },
      });
    } finally {
      await other.close();
    }
  });

  test('notify is not sent while auto-notify is on', async () => {
    seedBuild(fx.server.store, 'b-457', { version: '2.3', buildNumber: '457', autoNotifyEnabled: true });
    const r = await act({
      operation: 'distribute-build',
      'build-number': '457',
      groups: 'QA',
      'notify-testers': 'true',
    });
    expect(r.failed).toBe(false);
    expect(writes()).toEqual(['POST /v1/builds/b-457/relationships/betaGroups']);
    expect(r.result).toMatchObject({ notification: { status: 'automatic' } });
  });

  test('review: a build waiting for or in review, or approved, is not submitted again; a rejected one fails', async () => {
    const { store } = fx.server;
    for (const [n, review] of [
      ['500', 'WAITING_FOR_REVIEW'],
      ['501', 'IN_REVIEW'],
      ['502', 'APPROVED'],
    ] as const) {
      seedBuild(store, `b-${n}`, { version: '2.4', buildNumber: n, review, groups: ['g-public'] });
      const r = await act({ operation: 'distribute-build', 'build-number': n, groups: 'Public Beta' });
      expect(r.failed).toBe(false);
      expect(r.result).toMatchObject({ review: { status: 'already submitted' } });
    }
    expect(writes()).toEqual([]);
    seedBuild(store, 'b-503', { version: '2.5', buildNumber: '503', review: 'REJECTED' });
    const r = await act({ operation: 'distribute-build', 'build-number': '503', groups: 'Public Beta' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/Beta App Review rejected build 2\.5 \(503\)/);
  });

  test('review: another build of the version already in review is reported as a failure', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-456', { version: '2.3', buildNumber: '456', review: 'IN_REVIEW' });
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457' });
    const r = await act({
      operation: 'distribute-build',
      'build-number': '457',
      groups: 'Public Beta',
      'expire-previous-builds': 'true',
    });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /Could not submit build 2\.3 \(457\) for Beta App Review: .*Another build of this version/,
    );
    // Older builds are expired only once the new one is fully distributed.
    expect(store.get('builds', 'b-456')?.attributes.expired).toBe(false);
    expect(r.stdout).toContain('Older builds were not expired');
    expect(groupIdsOf(store, 'b-457')).toEqual(['g-public']);
    expect(r.result).toMatchObject({ review: { status: 'failed' } });
  });

  test('missing export compliance without an answer: warns, and fails when review is needed', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457', usesNonExemptEncryption: null });
    const r = await act({ operation: 'distribute-build', 'build-number': '457', groups: 'Public Beta' });
    expect(r.failed).toBe(true);
    expect(r.warnings.join('\n')).toMatch(/missing export compliance.*Set uses-non-exempt-encryption/);
    expect(r.errors[0]).toMatch(
      /Cannot submit build 2\.3 \(457\) for Beta App Review while export compliance is missing/,
    );
    expect(r.result).toMatchObject({ compliance: { status: 'missing' }, review: { status: 'blocked' } });
    expect(store.list('betaAppReviewSubmissions')).toHaveLength(0);
  });

  test('expire-previous-builds expires older builds of the app and platform only', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-1', { version: '2.1', buildNumber: '100' });
    seedBuild(store, 'b-2', { version: '2.2', buildNumber: '200' });
    seedBuild(store, 'b-mac', { version: '2.2', buildNumber: '200', platform: 'MAC_OS' });
    seedBuild(store, 'b-3', { version: '2.3', buildNumber: '300' });
    seedBuild(store, 'b-4', { version: '2.4', buildNumber: '400' });
    const r = await act({
      operation: 'distribute-build',
      'build-number': '300',
      groups: 'QA',
      'expire-previous-builds': 'true',
    });
    expect(r.failed).toBe(false);
    const expired = store
      .list('builds')
      .filter((b) => b.attributes.expired)
      .map((b) => b.id)
      .sort();
    expect(expired).toEqual(['b-1', 'b-2']);
    expect(detailOf(store, 'b-1')?.externalBuildState).toBe('EXPIRED');
    expect(r.result).toMatchObject({
      expiredBuilds: expect.arrayContaining([{ id: 'b-1', version: '2.1', buildNumber: '100' }]),
    });
    fx.server.log.length = 0;
    const again = await act({
      operation: 'distribute-build',
      'build-number': '300',
      groups: 'QA',
      'expire-previous-builds': 'true',
    });
    expect(again.failed).toBe(false);
    expect(writes()).toEqual([]);
  });

  test('a write that does not land is caught by the read-back', async () => {
    const lossy: RouteModule = (router) => {
      router.post('/v1/builds/{id}/relationships/betaGroups', () => ({ status: 204 }));
    };
    const other = await startFixture({ now: () => clock.now(), routes: [lossy] });
    try {
      seedApp(other.server.store);
      seedGroups(other.server.store);
      seedBuild(other.server.store, 'b-457', { version: '2.3', buildNumber: '457' });
      const r = await runAction(
        other.inputs({ app: BUNDLE_ID, operation: 'distribute-build', 'build-number': '457', groups: 'QA' }),
        { retry: FAST_RETRY, clock },
      );
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(
        /Read back after writing, build 2\.3 \(457\) does not show what was set: the build is not in group 'QA'/,
      );
      expect(r.result).toMatchObject({ verified: false, mismatches: [expect.stringMatching(/QA/)] });
    } finally {
      await other.close();
    }
  });

  test('writes whose answers were lost: the retries’ 409s are read back, not failures', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457', usesNonExemptEncryption: null });
    // The handler runs (the change sticks), then the connection drops: the client retries and
    // App Store Connect answers 409 (the localization exists; the build is already submitted).
    fx.server.faults.add({ method: 'POST', path: '/v1/betaBuildLocalizations', afterHandler: true });
    fx.server.faults.add({ method: 'POST', path: '/v1/betaAppReviewSubmissions', afterHandler: true });
    const r = await act(full);
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    const posts = (p: string) => fx.server.log.filter((l) => l.method === 'POST' && l.path === p);
    expect(posts('/v1/betaBuildLocalizations').map((l) => l.status)).toEqual([201, 409]);
    expect(posts('/v1/betaAppReviewSubmissions').map((l) => l.status)).toEqual([201, 409]);
    expect(localizationsOf(store, 'b-457')).toEqual([
      { locale: 'en-US', whatsNew: 'Try the new launch screen.' },
    ]);
    expect(store.list('betaAppReviewSubmissions')).toHaveLength(1);
    expect(reviewOf(store, 'b-457')).toBe('WAITING_FOR_REVIEW');
    expect(r.result).toMatchObject({
      whatToTest: { status: 'created' },
      review: { status: 'submitted', state: 'WAITING_FOR_REVIEW' },
      verified: true,
    });
  });

  test('review states move on: a re-run while in review, or once approved, submits nothing', async () => {
    const { store } = fx.server;
    const build = seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457' });
    // Settled at once; after the submission each read of the build moves the review on.
    scriptBuild(store, build.id, { reviewStates: ['IN_REVIEW', 'APPROVED'] });
    const inputs = { operation: 'distribute-build', 'build-number': '457', groups: 'Public Beta' };
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    // The read-back after submitting already sees it in review.
    expect(r.result).toMatchObject({ review: { status: 'submitted', state: 'IN_REVIEW' } });
    expect(r.outputs['beta-state']).toBe('IN_BETA_REVIEW');
    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(again.failed).toBe(false);
    expect(again.result).toMatchObject({ review: { status: 'already submitted', state: 'APPROVED' } });
    expect(again.outputs['beta-state']).toBe('BETA_APPROVED');
    expect(writes()).toEqual([]);
    expect(store.list('betaAppReviewSubmissions')).toHaveLength(1);
  });

  test('expire-previous-builds compares upload times, not their spellings', async () => {
    const { store } = fx.server;
    // The night clocks went back: 01:50 PDT (08:50Z) is older than 01:10 PST (09:10Z).
    seedBuild(store, 'b-old', {
      version: '2.3',
      buildNumber: '456',
      uploadedDate: '2024-11-03T01:50:00-07:00',
    });
    seedBuild(store, 'b-new', {
      version: '2.3',
      buildNumber: '457',
      uploadedDate: '2024-11-03T01:10:00-08:00',
    });
    const r = await act({
      operation: 'distribute-build',
      'build-number': '457',
      groups: 'QA',
      'expire-previous-builds': 'true',
    });
    expect(r.failed).toBe(false);
    expect(store.get('builds', 'b-old')?.attributes.expired).toBe(true);
    expect(store.get('builds', 'b-new')?.attributes.expired).toBe(false);
    expect(r.result).toMatchObject({ expiredBuilds: [{ id: 'b-old' }] });
  });

  test('the app may be given by its Apple id', async () => {
    seedBuild(fx.server.store, 'b-457', { version: '2.3', buildNumber: '457' });
    const r = await act({ app: APP_ID, operation: 'distribute-build', 'build-number': '457', groups: 'QA' });
    expect(r.failed).toBe(false);
    expect(groupIdsOf(fx.server.store, 'b-457')).toEqual(['g-qa']);
  });
});

describe('remove-build-from-groups', () => {
  test('removes the build from the groups it is in, in one call; a re-run writes nothing', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-457', {
      version: '2.3',
      buildNumber: '457',
      groups: ['g-public', 'g-partners', 'g-qa'],
    });
    const inputs = {
      operation: 'remove-build-from-groups',
      'build-number': '457',
      groups: 'Public Beta, QA, Everyone',
    };
    const dry = await act({ ...inputs, 'dry-run': 'true' });
    expect(dry.result).toMatchObject({
      groups: { wouldRemove: [{ name: 'Public Beta' }, { name: 'QA' }] },
      changes: 1,
    });
    expect(writes()).toEqual([]);
    const r = await act(inputs);
    expect(r.failed).toBe(false);
    expect(groupIdsOf(store, 'b-457')).toEqual(['g-partners']);
    expect(writes()).toEqual(['DELETE /v1/builds/b-457/relationships/betaGroups']);
    expect(r.result).toMatchObject({
      groups: {
        removed: [{ name: 'Public Beta' }, { name: 'QA' }],
        notThere: [{ name: 'Everyone', reason: expect.stringMatching(/access to all builds/) }],
      },
      verified: true,
      changes: 1,
    });
    fx.server.log.length = 0;
    const again = await act(inputs);
    expect(again.failed).toBe(false);
    expect(again.outputs.changes).toBe('0');
    expect(writes()).toEqual([]);
  });

  test('groups are required', async () => {
    const r = await act({ operation: 'remove-build-from-groups', 'build-number': '457' });
    expect(r.errors[0]).toMatch(/Input 'groups' is required for remove-build-from-groups/);
  });
});

describe('expire-builds', () => {
  test('keeps the newest builds and expires the rest; processing builds are left alone; a re-run writes nothing', async () => {
    const { store } = fx.server;
    for (let i = 1; i <= 5; i++) seedBuild(store, `b-${i}`, { version: '2.0', buildNumber: String(i) });
    seedBuild(store, 'b-gone', {
      version: '1.0',
      buildNumber: '0',
      expired: true,
      uploadedDate: '2024-01-01T00:00:00Z',
    });
    seedBuild(store, 'b-p', {
      version: '1.9',
      buildNumber: '99',
      processingState: 'PROCESSING',
      uploadedDate: '2024-06-01T00:00:00Z',
    });
    const r = await act({ operation: 'expire-builds', keep: '2' });
    expect(r.failed).toBe(false);
    const expired = store
      .list('builds')
      .filter((b) => b.attributes.expired)
      .map((b) => b.id)
      .sort();
    expect(expired).toEqual(['b-1', 'b-2', 'b-3', 'b-gone']);
    expect(r.outputs.changes).toBe('3');
    expect(r.result).toMatchObject({ kept: [{ id: 'b-5' }, { id: 'b-4' }], leftProcessing: [{ id: 'b-p' }] });
    fx.server.log.length = 0;
    const again = await act({ operation: 'expire-builds', keep: '2' });
    expect(again.outputs.changes).toBe('0');
    expect(writes()).toEqual([]);
  });

  test('expires the builds of one version; dry-run sends nothing; keep is required without a selection', async () => {
    const { store } = fx.server;
    seedBuild(store, 'b-1', { version: '2.0', buildNumber: '1' });
    seedBuild(store, 'b-2', { version: '2.1', buildNumber: '2' });
    seedBuild(store, 'b-3', { version: '2.0.0', buildNumber: '3' });
    const dry = await act({ operation: 'expire-builds', version: '2.0', 'dry-run': 'true' });
    expect(dry.result).toMatchObject({ wouldExpire: [{ id: 'b-3' }, { id: 'b-1' }] });
    expect(writes()).toEqual([]);
    const r = await act({ operation: 'expire-builds', version: '2.0' });
    expect(r.failed).toBe(false);
    expect(
      store
        .list('builds')
        .filter((b) => b.attributes.expired)
        .map((b) => b.id)
        .sort(),
    ).toEqual(['b-1', 'b-3']);
    const noKeep = await act({ operation: 'expire-builds' });
    expect(noKeep.errors[0]).toMatch(
      /Input 'keep' is required for expire-builds unless build-id, version or build-number selects builds/,
    );
  });
});
