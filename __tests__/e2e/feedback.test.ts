/**
 * list-feedback and feedback-to-issues against the fake App Store Connect and the fake GitHub:
 * selection, files, issues filed exactly once, untrusted text, pacing and rate limits, deletion.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/server.js';
import { runAction, runDist, type ActionRun } from '../support/action.js';
import { CRASH_LOG, DAY, GITHUB_TOKEN, REPOSITORY, seedFeedback } from '../support/feedback-seed.js';
import * as builds from '../support/builds-seed.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';

const work = mkdtempSync(path.join(tmpdir(), 'feedback-e2e-'));
let fx: Fixture;
let gh: FakeGitHub;
let clock: ReturnType<typeof virtualClock>;
const NOW = Date.now();

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(async () => {
  fx.server.store.clear();
  fx.server.log.length = 0;
  seedFeedback(fx.server.store, NOW);
  clock = virtualClock(NOW);
  gh = await startFakeGitHub({ token: GITHUB_TOKEN, repository: REPOSITORY, now: () => clock.now() });
});
afterEach(async () => {
  await gh.close();
});

const list = (extra: Record<string, string> = {}): Promise<ActionRun> =>
  runAction(fx.inputs({ operation: 'list-feedback', app: builds.BUNDLE_ID, ...extra }), {
    retry: FAST_RETRY,
    clock,
  });

const toIssues = (extra: Record<string, string> = {}): Promise<ActionRun> =>
  runAction(
    fx.inputs({
      operation: 'feedback-to-issues',
      app: builds.BUNDLE_ID,
      'github-token': GITHUB_TOKEN,
      ...extra,
    }),
    { retry: FAST_RETRY, clock, env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPOSITORY } },
  );

const markersOf = (g: FakeGitHub) => g.issues.map((i) => i.body.split('\n')[0]);
type Submissions = {
  submissions: Array<{ id: string; kind: string; build: { version: string; number: string } }>;
};

describe('list-feedback', () => {
  test('lists both kinds newest first with build versions, writes JSON and crash logs beside it', async () => {
    const file = path.join(work, 'all.json');
    const r = await list({ 'output-file': file, format: 'json', 'include-crash-logs': 'true' });
    expect(r.errors).toEqual([]);
    const result = r.result as Submissions;
    expect(result.submissions.map((s) => s.id)).toEqual(['fc-1', 'fs-new', 'fs-old']);
    expect(result.submissions[0]?.build).toEqual({ id: 'b-457', version: '2.3', number: '457' });
    const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
    expect(rows[1]).toMatchObject({
      id: 'fs-new',
      kind: 'screenshot',
      tester: 'Ada Lovelace',
      device_model: 'iPhone16,1',
      build_version: '2.3',
      build_number: '457',
      connection: 'WIFI',
      battery: 54,
      screenshot_urls: 'https://tf-feedback.example/shot-1.jpg?sig=abc',
    });
    const logFile = rows[0]?.crash_log_file as string;
    expect(readFileSync(logFile, 'utf8')).toBe(CRASH_LOG);
    expect(path.dirname(logFile)).toBe(work);
    expect(r.outputs.changes).toBe('0');
    expect(fx.server.writes()).toEqual([]);
  });

  test('since as a span, build number and kinds narrow the list', async () => {
    const recent = (await list({ since: '7d' })).result as Submissions;
    expect(recent.submissions.map((s) => s.id)).toEqual(['fc-1', 'fs-new']);
    const date = new Date(NOW - 3 * DAY).toISOString().slice(0, 10);
    expect(((await list({ since: date })).result as Submissions).submissions.map((s) => s.id)).toEqual([
      'fc-1',
      'fs-new',
    ]);
    const old = (await list({ 'build-number': '456' })).result as Submissions;
    expect(old.submissions.map((s) => s.id)).toEqual(['fs-old']);
    const crashes = (await list({ 'feedback-kinds': 'crashes', version: '2.3' })).result as Submissions;
    expect(crashes.submissions.map((s) => s.id)).toEqual(['fc-1']);
    const none = await list({ version: '9.9' });
    expect((none.result as Submissions).submissions).toEqual([]);
  });

  test('CSV cells never start a formula; the summary shows tester text as code, no links', async () => {
    const file = path.join(work, 'all.csv');
    const r = await list({ 'output-file': file });
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(r.summary).not.toMatch(/\]\(https:\/\/evil/);
    expect(r.summary).toContain('`Crashed opening @octocat profile, see #12 and GH-7`');
    expect(r.stdout).not.toMatch(/^::error::forged/m);
  });
});

describe('feedback-to-issues', () => {
  test('files each submission once, oldest first, a second apart, with labels; a re-run creates nothing', async () => {
    const first = await toIssues();
    expect(first.errors).toEqual([]);
    expect(first.failed).toBe(false);
    expect(first.outputs['issues-created']).toBe('3');
    // Three issues and three labels.
    expect(first.outputs.changes).toBe('6');
    expect(markersOf(gh)).toEqual([
      '<!-- testflight-feedback screenshot:fs-old -->',
      '<!-- testflight-feedback screenshot:fs-new -->',
      '<!-- testflight-feedback crash:fc-1 -->',
    ]);
    expect([...gh.labels.keys()].sort()).toEqual(['crash', 'feedback', 'testflight']);
    expect(gh.issues.map((i) => i.labels)).toEqual([
      ['testflight', 'feedback'],
      ['testflight', 'feedback'],
      ['testflight', 'crash'],
    ]);
    const creates = gh.creates().map((c) => c.at);
    expect(creates[1]! - creates[0]!).toBeGreaterThanOrEqual(1000);
    expect(creates[2]! - creates[1]!).toBeGreaterThanOrEqual(1000);
    const result = first.result as { issues: Record<string, { number: number; url: string }> };
    expect(result.issues['fc-1']).toEqual({
      kind: 'crash',
      number: 3,
      url: `https://github.example/${REPOSITORY}/issues/3`,
    });
    expect(first.summary).toContain('#3');

    const before = gh.requests.length;
    const again = await toIssues();
    expect(again.failed).toBe(false);
    expect(again.outputs['issues-created']).toBe('0');
    expect(again.outputs.changes).toBe('0');
    expect(again.summary).toContain('Nothing new');
    expect(gh.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(gh.issues).toHaveLength(3);
  });

  test('title, body table, screenshot expiry, crash log block; no email unless asked', async () => {
    await toIssues();
    const [old, shot, crash] = gh.issues;
    expect(shot?.title).toBe('The login button does nothing');
    expect(shot?.body).toContain('| Build | 2.3 \\(457\\) |');
    expect(shot?.body).toContain('| Locale | en\\-GB |');
    expect(shot?.body).toContain(
      '[Screenshot 1 (1179×2556)](https://tf-feedback.example/shot-1.jpg?sig=abc)',
    );
    expect(shot?.body).toMatch(/links stop working at \d{4}-\d{2}-\d{2} /);
    expect(shot?.body).not.toContain('ada@example.com');
    expect(crash?.title).toMatch(
      /^Crash in 2\.3 \(457\) on iPhone16,1, iOS 18\.1: Crashed opening @\u200boctocat/,
    );
    expect(crash?.body).toContain('<details><summary>Crash log (5 lines)</summary>');
    expect(crash?.body).toContain('Exception Type:  EXC_CRASH (SIGABRT)');
    expect(old?.title).toBe('=HYPERLINK("https://evil.example")');
  });

  test('include-tester-email shows the email; github-repository picks the repository', async () => {
    const other = await startFakeGitHub({ token: GITHUB_TOKEN, repository: 'octo-org/elsewhere' });
    try {
      const r = await runAction(
        fx.inputs({
          operation: 'feedback-to-issues',
          app: builds.BUNDLE_ID,
          'github-token': GITHUB_TOKEN,
          'github-repository': 'octo-org/elsewhere',
          'include-tester-email': 'true',
          'feedback-kinds': 'crashes',
          'issue-labels': 'beta, triage',
        }),
        { retry: FAST_RETRY, clock, env: { GITHUB_API_URL: other.url, GITHUB_REPOSITORY: REPOSITORY } },
      );
      expect(r.errors).toEqual([]);
      expect(other.issues).toHaveLength(1);
      expect(other.issues[0]?.body).toContain('| Tester | Ada Lovelace, ada@example.com |');
      expect(other.issues[0]?.labels).toEqual(['beta', 'triage', 'crash']);
    } finally {
      await other.close();
    }
  });

  test('tester text cannot close the crash block, mention, reference, or forge a marker', async () => {
    await toIssues();
    const crash = gh.issues.find((i) => i.body.startsWith('<!-- testflight-feedback crash:fc-1'))!;
    const comment = crash.body.slice(0, crash.body.indexOf('<details>'));
    expect(comment).not.toMatch(/@octocat/);
    expect(comment).not.toMatch(/#12/);
    expect(comment).not.toMatch(/GH-7/);
    expect(comment).not.toContain('</details>');
    expect(comment).not.toContain('<script>');
    expect(comment).not.toMatch(/^```/m);
    expect(comment).not.toMatch(/^# /m);
    expect(comment).not.toContain('](https://evil');
    // One </details> only: the action's own, after the log.
    expect(crash.body.match(/<\/details>/g)).toHaveLength(1);
    // fs-old's comment holds fs-new's marker: fs-new still got its own issue.
    const old = gh.issues.find((i) => i.body.startsWith('<!-- testflight-feedback screenshot:fs-old'))!;
    expect(old.body).not.toContain('<!-- testflight-feedback screenshot:fs-new');
    expect(
      gh.issues.filter((i) => i.body.startsWith('<!-- testflight-feedback screenshot:fs-new')),
    ).toHaveLength(1);
  });

  test('a marker written by someone else in the middle of a body does not count', async () => {
    await gh.labels.set('testflight', { name: 'testflight', color: '0a84ff', description: '' });
    gh.addIssue({
      title: 'Copied text',
      body: 'Quoting another issue:\n<!-- testflight-feedback crash:fc-1 -->',
      labels: ['testflight'],
    });
    const r = await toIssues();
    expect(r.outputs['issues-created']).toBe('3');
  });

  test('a long crash log is cut to fit GitHub and says so', async () => {
    const log = fx.server.store.get('betaCrashLogs', 'fc-1-log')!;
    log.attributes.logText = `${'frame 0x0000 Rocket ProfileView.load()\n'.repeat(3000)}END`;
    const r = await toIssues({ 'feedback-kinds': 'crashes' });
    expect(r.failed).toBe(false);
    const body = gh.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/The crash log was cut to its first \d+ of \d+ characters/);
  });

  test('dry run lists what it would create and writes nothing', async () => {
    const r = await toIssues({ 'dry-run': 'true' });
    expect(r.failed).toBe(false);
    expect(r.outputs.changes).toBe('3');
    expect(r.stdout).toContain('Would create: The login button does nothing');
    expect(r.stdout).not.toMatch(/^::error::forged/m);
    expect(gh.requests.every((q) => q.method === 'GET')).toBe(true);
    expect(gh.issues).toEqual([]);
  });

  test('a secondary rate limit with a short retry-after is waited out on the clock', async () => {
    gh.failNext('POST', `/repos/${REPOSITORY}/issues`, 403, { 'retry-after': '5' });
    const r = await toIssues();
    expect(r.failed).toBe(false);
    expect(r.outputs['issues-created']).toBe('3');
    expect(clock.slept).toContain(5000);
  });

  test('a long rate limit stops cleanly; the next run files exactly the rest', async () => {
    gh.createBudget = 1;
    gh.retryAfterSeconds = 3600;
    const first = await toIssues();
    expect(first.failed).toBe(false);
    expect(first.outputs['issues-created']).toBe('1');
    expect(first.warnings.join('\n')).toMatch(
      /rate limit asks to wait until .*2 submission\(s\) wait for the next run/,
    );
    expect((first.result as { pending: string[] }).pending).toEqual(['fs-new', 'fc-1']);
    expect(first.summary).toContain('Stopped early');

    gh.createBudget = undefined;
    clock.advance(3600_000);
    const second = await toIssues();
    expect(second.outputs['issues-created']).toBe('2');
    expect(markersOf(gh).sort()).toEqual([
      '<!-- testflight-feedback crash:fc-1 -->',
      '<!-- testflight-feedback screenshot:fs-new -->',
      '<!-- testflight-feedback screenshot:fs-old -->',
    ]);
  });

  test('a spent primary budget stops before creating and reports it', async () => {
    gh.remaining = 0;
    const r = await toIssues();
    expect(r.failed).toBe(false);
    expect(r.outputs['issues-created']).toBe('0');
    expect(r.warnings.join('\n')).toMatch(/rate limit/);
  });

  test('delete-after-import deletes only what has a read-back issue, in this run or an earlier one', async () => {
    await toIssues({ since: '7d' });
    expect(gh.issues).toHaveLength(2);
    const r = await toIssues({ 'delete-after-import': 'true' });
    expect(r.outputs['issues-created']).toBe('1');
    expect((r.result as { deleted: string[] }).deleted.sort()).toEqual(['fc-1', 'fs-new', 'fs-old']);
    const { store } = fx.server;
    expect(store.list('betaFeedbackScreenshotSubmissions')).toEqual([]);
    expect(store.list('betaFeedbackCrashSubmissions')).toEqual([]);
    expect(store.list('betaCrashLogs')).toEqual([]);
  });

  test('a GitHub failure after some issues keeps them, fails, and names what to check', async () => {
    gh.failNext('GET', `/repos/${REPOSITORY}/issues/2`, 401, {}, 5);
    const r = await toIssues({ 'delete-after-import': 'true' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/github-token/);
    expect(fx.server.store.list('betaFeedbackScreenshotSubmissions')).toHaveLength(2);
  });

  test('a wrong token fails before anything is filed', async () => {
    const r = await toIssues({ 'github-token': 'ghs_wrong' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/\(401\).*github-token/);
    expect(gh.issues).toEqual([]);
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_wrong');
  });

  test('the built action loads the GitHub chunk and files the crash', async () => {
    const r = await runDist(
      fx.inputs({
        operation: 'feedback-to-issues',
        app: builds.BUNDLE_ID,
        'github-token': GITHUB_TOKEN,
        'feedback-kinds': 'crashes',
      }),
      { env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPOSITORY } },
    );
    expect(r.code).toBe(0);
    expect(r.outputs['issues-created']).toBe('1');
    expect(gh.issues[0]?.body.split('\n')[0]).toBe('<!-- testflight-feedback crash:fc-1 -->');
  });
});
