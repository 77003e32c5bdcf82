/**
 * Every mutating operation, on the same server state: a dry run plans changes and sends no
 * write; the first real run writes; the same step again writes nothing, succeeds and reports
 * `changes` 0. (`request` is exempt: it sends what it is told.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedBetaAppLocalization } from '../../fake-app-store-connect/routes/beta-app-info.js';
import { setTesterUsage } from '../../fake-app-store-connect/routes/beta-tester-usages.js';
import { seedAccountHolder, seedInvitation, seedUser } from '../../fake-app-store-connect/routes/users.js';
import type { Store } from '../../fake-app-store-connect/store.js';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/server.js';
import { runAction, type ActionRun } from '../support/action.js';
import { GITHUB_TOKEN, REPOSITORY, seedFeedback } from '../support/feedback-seed.js';
import * as builds from '../support/builds-seed.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import * as testers from '../support/testers-seed.js';
import { makeIpa } from '../support/app-files.js';

interface Scenario {
  name: string;
  seed(store: Store): void;
  inputs: Record<string, string>;
  /** The server's state after the first real run. */
  check(store: Store): void;
  /** Runs against the fake GitHub too (feedback-to-issues): its writes are checked the same way. */
  github?: boolean;
}

const work = mkdtempSync(path.join(tmpdir(), 'idempotency-e2e-'));
const usersFile = path.join(work, 'team.yml');
const betaInfoFile = path.join(work, 'beta-app-info.yml');
const ipaFile = path.join(work, 'Rocket.ipa');

const ROCKET = { app: builds.BUNDLE_ID };
const WEATHER = { app: testers.BUNDLE_ID };

const groupNamed = (store: Store, name: string) =>
  store.list('betaGroups').find((g) => g.attributes.name === name);
const userNamed = (store: Store, email: string) =>
  store.list('users').find((u) => String(u.attributes.username).toLowerCase() === email.toLowerCase());
const invitationFor = (store: Store, email: string) =>
  store.list('userInvitations').find((i) => String(i.attributes.email).toLowerCase() === email.toLowerCase());
const expiredIds = (store: Store) =>
  store
    .list('builds')
    .filter((b) => b.attributes.expired)
    .map((b) => b.id)
    .sort();

function seedRocket(store: Store): void {
  builds.seedApp(store);
  builds.seedGroups(store);
}

function seedWeather(store: Store): void {
  testers.seedApp(store);
  testers.seedGroup(store, 'Beta', { id: 'w-beta' });
  testers.seedGroup(store, 'Other', { id: 'w-other' });
}

function seedTeam(store: Store): void {
  testers.seedApp(store);
  store.create('apps', { name: 'Notes', bundleId: 'com.example.notes', sku: 'N' }, {}, '1234567891');
  seedAccountHolder(store, 'owner@example.com', 'u-owner');
}

const SCENARIOS: Scenario[] = [
  {
    name: 'distribute-build with app-file',
    seed: seedRocket,
    inputs: {
      operation: 'distribute-build',
      'app-file': ipaFile,
      groups: 'Public Beta',
      'uses-non-exempt-encryption': 'false',
      'poll-interval': '5',
    },
    check(store) {
      const build = store.list('builds').find((b) => b.attributes.version === '500');
      expect(build && store.ids(build, 'betaGroups')).toEqual(['g-public']);
    },
  },
  {
    name: 'upload-build',
    seed: seedRocket,
    inputs: { operation: 'upload-build', 'app-file': ipaFile, 'poll-interval': '5' },
    check(store) {
      expect(store.list('buildUploads').map((u) => (u.attributes.state as { state: string }).state)).toEqual([
        'COMPLETE',
      ]);
      expect(store.list('builds').map((b) => b.attributes.version)).toContain('500');
    },
  },
  {
    name: 'distribute-build (compliance, What to Test, groups, review, notify, expire older)',
    seed(store) {
      seedRocket(store);
      builds.seedBuild(store, 'b-456', { version: '2.3', buildNumber: '456' });
      builds.seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457', usesNonExemptEncryption: null });
    },
    inputs: {
      operation: 'distribute-build',
      ...ROCKET,
      version: '2.3',
      'build-number': '457',
      groups: 'Public Beta, QA',
      'uses-non-exempt-encryption': 'false',
      'what-to-test': 'Try the new launch screen.',
      'notify-testers': 'true',
      'expire-previous-builds': 'true',
    },
    check(store) {
      expect(builds.groupIdsOf(store, 'b-457')).toEqual(['g-public', 'g-qa']);
      expect(builds.localizationsOf(store, 'b-457')).toEqual([
        { locale: 'en-US', whatsNew: 'Try the new launch screen.' },
      ]);
      expect(store.get('builds', 'b-457')?.attributes.usesNonExemptEncryption).toBe(false);
      expect(builds.reviewOf(store, 'b-457')).toBe('WAITING_FOR_REVIEW');
      expect(expiredIds(store)).toEqual(['b-456']);
    },
  },
  {
    name: 'remove-build-from-groups',
    seed(store) {
      seedRocket(store);
      builds.seedBuild(store, 'b-457', {
        version: '2.3',
        buildNumber: '457',
        groups: ['g-public', 'g-partners', 'g-qa'],
      });
    },
    inputs: {
      operation: 'remove-build-from-groups',
      ...ROCKET,
      'build-number': '457',
      groups: 'Public Beta, QA',
    },
    check(store) {
      expect(builds.groupIdsOf(store, 'b-457')).toEqual(['g-partners']);
    },
  },
  {
    name: 'expire-builds',
    seed(store) {
      seedRocket(store);
      for (let i = 1; i <= 4; i++)
        builds.seedBuild(store, `b-${i}`, { version: '2.0', buildNumber: String(i) });
    },
    inputs: { operation: 'expire-builds', ...ROCKET, keep: '1' },
    check(store) {
      expect(expiredIds(store)).toEqual(['b-1', 'b-2', 'b-3']);
    },
  },
  {
    name: 'add-testers (an existing tester joins, a new one is created)',
    seed(store) {
      seedWeather(store);
      testers.seedTester(store, 'known@example.com', ['w-other']);
      testers.seedTester(store, 'there@example.com', ['w-beta']);
    },
    inputs: {
      operation: 'add-testers',
      ...WEATHER,
      groups: 'Beta',
      testers: 'known@example.com\nAda Lovelace <ada@example.com>\nthere@example.com',
    },
    check(store) {
      expect(testers.memberEmails(store, 'w-beta')).toEqual([
        'ada@example.com',
        'known@example.com',
        'there@example.com',
      ]);
    },
  },
  {
    name: 'remove-testers (from a group)',
    seed(store) {
      seedWeather(store);
      testers.seedTester(store, 'a@example.com', ['w-beta', 'w-other']);
      testers.seedTester(store, 'b@example.com', ['w-beta']);
      testers.seedTester(store, 'c@example.com', ['w-beta']);
    },
    inputs: {
      operation: 'remove-testers',
      ...WEATHER,
      groups: 'Beta',
      testers: 'a@example.com\nb@example.com',
    },
    check(store) {
      expect(testers.memberEmails(store, 'w-beta')).toEqual(['c@example.com']);
      expect(testers.memberEmails(store, 'w-other')).toEqual(['a@example.com']);
    },
  },
  {
    name: 'remove-testers (from the app)',
    seed(store) {
      seedWeather(store);
      testers.seedTester(store, 'a@example.com', ['w-beta', 'w-other']);
      testers.seedTester(store, 'b@example.com', ['w-beta']);
    },
    inputs: { operation: 'remove-testers', ...WEATHER, testers: 'a@example.com' },
    check(store) {
      expect(testers.appTesterEmails(store)).toEqual(['b@example.com']);
    },
  },
  {
    name: 'sync-testers (adds, creates and removes)',
    seed(store) {
      seedWeather(store);
      testers.seedTester(store, 'stays@example.com', ['w-beta']);
      testers.seedTester(store, 'leaves@example.com', ['w-beta']);
      testers.seedTester(store, 'joins@example.com', ['w-other']);
    },
    inputs: {
      operation: 'sync-testers',
      ...WEATHER,
      groups: 'Beta',
      testers: 'stays@example.com\njoins@example.com\nnew@example.com',
    },
    check(store) {
      expect(testers.memberEmails(store, 'w-beta')).toEqual([
        'joins@example.com',
        'new@example.com',
        'stays@example.com',
      ]);
    },
  },
  {
    name: 'create-group',
    seed: seedWeather,
    inputs: {
      operation: 'create-group',
      ...WEATHER,
      'group-name': 'Nightly',
      'public-link-enabled': 'true',
      'public-link-limit': '50',
    },
    check(store) {
      const nightly = store.list('betaGroups').filter((g) => g.attributes.name === 'Nightly');
      expect(nightly).toHaveLength(1);
      expect(nightly[0]?.attributes).toMatchObject({ publicLinkEnabled: true, publicLinkLimit: 50 });
    },
  },
  {
    name: 'create-group (exists with other settings: updated)',
    seed(store) {
      seedWeather(store);
      testers.seedGroup(store, 'Nightly', { id: 'w-nightly' });
    },
    inputs: { operation: 'create-group', ...WEATHER, 'group-name': 'Nightly', 'feedback-enabled': 'false' },
    check(store) {
      expect(store.list('betaGroups').filter((g) => g.attributes.name === 'Nightly')).toHaveLength(1);
      expect(store.get('betaGroups', 'w-nightly')?.attributes.feedbackEnabled).toBe(false);
    },
  },
  {
    name: 'update-group (settings)',
    seed: seedWeather,
    inputs: {
      operation: 'update-group',
      ...WEATHER,
      'group-name': 'Beta',
      'public-link-enabled': 'true',
      'feedback-enabled': 'false',
    },
    check(store) {
      expect(store.get('betaGroups', 'w-beta')?.attributes).toMatchObject({
        publicLinkEnabled: true,
        feedbackEnabled: false,
      });
    },
  },
  {
    name: 'update-group (rename)',
    seed: seedWeather,
    inputs: { operation: 'update-group', ...WEATHER, groups: 'Beta', 'group-name': 'Public Beta' },
    check(store) {
      expect(store.get('betaGroups', 'w-beta')?.attributes.name).toBe('Public Beta');
      expect(groupNamed(store, 'Beta')).toBeUndefined();
    },
  },
  {
    name: 'delete-group',
    seed(store) {
      seedWeather(store);
      testers.seedTester(store, 'a@example.com', ['w-other']);
    },
    inputs: { operation: 'delete-group', ...WEATHER, 'group-name': 'Other' },
    check(store) {
      expect(groupNamed(store, 'Other')).toBeUndefined();
      expect(testers.appTesterEmails(store)).toEqual(['a@example.com']);
    },
  },
  {
    name: 'invite-user',
    seed: seedTeam,
    inputs: {
      operation: 'invite-user',
      email: 'ada@example.com',
      'first-name': 'Ada',
      'last-name': 'Lovelace',
      roles: 'DEVELOPER, APP_MANAGER',
      'visible-apps': 'com.example.notes',
    },
    check(store) {
      const invitation = invitationFor(store, 'ada@example.com');
      expect(invitation?.attributes).toMatchObject({
        roles: ['APP_MANAGER', 'DEVELOPER'],
        allAppsVisible: false,
      });
      expect(invitation && store.ids(invitation, 'visibleApps')).toEqual(['1234567891']);
      expect(store.list('userInvitations')).toHaveLength(1);
    },
  },
  {
    name: 'update-user',
    seed(store) {
      seedTeam(store);
      seedUser(store, 'dev@example.com', { roles: ['DEVELOPER'] }, 'u-dev');
    },
    inputs: {
      operation: 'update-user',
      email: 'dev@example.com',
      roles: 'DEVELOPER, MARKETING',
      'visible-apps': `${testers.APP_ID}, com.example.notes`,
      'provisioning-allowed': 'true',
    },
    check(store) {
      const dev = store.getOrThrow('users', 'u-dev');
      expect(dev.attributes).toMatchObject({
        roles: expect.arrayContaining(['DEVELOPER', 'MARKETING']),
        allAppsVisible: false,
        provisioningAllowed: true,
      });
      expect(store.ids(dev, 'visibleApps').sort()).toEqual([testers.APP_ID, '1234567891']);
    },
  },
  {
    name: 'remove-user (a member)',
    seed(store) {
      seedTeam(store);
      seedUser(store, 'leaver@example.com', {}, 'u-leaver');
    },
    inputs: { operation: 'remove-user', email: 'Leaver@Example.com' },
    check(store) {
      expect(userNamed(store, 'leaver@example.com')).toBeUndefined();
      expect(userNamed(store, 'owner@example.com')).toBeDefined();
    },
  },
  {
    name: 'remove-user (a pending invitation)',
    seed(store) {
      seedTeam(store);
      seedInvitation(store, 'pending@example.com', {}, 'i-pending');
    },
    inputs: { operation: 'remove-user', email: 'pending@example.com' },
    check(store) {
      expect(store.list('userInvitations')).toEqual([]);
    },
  },
  {
    name: 'sync-users (invite, update, remove)',
    seed(store) {
      seedTeam(store);
      seedUser(store, 'dev@example.com', { roles: ['DEVELOPER'] }, 'u-dev');
      seedUser(store, 'gone@example.com', { roles: ['SALES'] }, 'u-gone');
      writeFileSync(
        usersFile,
        [
          'users:',
          '  - email: dev@example.com',
          '    roles: [DEVELOPER, APP_MANAGER]',
          '  - email: new@example.com',
          '    first-name: New',
          '    last-name: Person',
          '    roles: CUSTOMER_SUPPORT',
          '    visible-apps: [com.example.notes]',
          '',
        ].join('\n'),
      );
    },
    inputs: { operation: 'sync-users', 'users-file': usersFile, 'remove-missing': 'true' },
    check(store) {
      expect(store.getOrThrow('users', 'u-dev').attributes.roles).toEqual(
        expect.arrayContaining(['APP_MANAGER', 'DEVELOPER']),
      );
      expect(userNamed(store, 'gone@example.com')).toBeUndefined();
      expect(userNamed(store, 'owner@example.com')).toBeDefined();
      expect(invitationFor(store, 'new@example.com')?.attributes.roles).toEqual(['CUSTOMER_SUPPORT']);
    },
  },
  {
    name: 'sync-beta-app-info (localizations, review details with password, license)',
    seed(store) {
      testers.seedApp(store);
      seedBetaAppLocalization(store, testers.APP_ID, 'en-US', { description: 'Old.' });
      writeFileSync(
        betaInfoFile,
        [
          'localizations:',
          '  en-US: {description: New., feedback-email: beta@example.com}',
          '  ja: {description: 天気}',
          'review: {contact-email: review@example.com, demo-account-required: true, demo-account-name: demo}',
          'license-agreement: Test it, do not share it.',
          '',
        ].join('\n'),
      );
    },
    inputs: {
      operation: 'sync-beta-app-info',
      ...WEATHER,
      'beta-app-info-file': betaInfoFile,
      'demo-account-password': 'demo-password-1',
    },
    check(store) {
      const locales = store
        .list('betaAppLocalizations')
        .map((l) => [l.attributes.locale, l.attributes.description]);
      expect(locales.sort()).toEqual([
        ['en-US', 'New.'],
        ['ja', '天気'],
      ]);
      expect(store.getOrThrow('betaAppReviewDetails', testers.APP_ID).attributes).toMatchObject({
        contactEmail: 'review@example.com',
        demoAccountRequired: true,
        demoAccountPassword: 'demo-password-1',
      });
      expect(store.getOrThrow('betaLicenseAgreements', testers.APP_ID).attributes.agreementText).toBe(
        'Test it, do not share it.',
      );
    },
  },
  {
    name: 'prune-testers (inactive testers out of the app)',
    seed(store) {
      seedWeather(store);
      const active = testers.seedTester(store, 'active@example.com', ['w-beta']);
      active.attributes.state = 'INSTALLED';
      setTesterUsage(store, active.id, { lastSessionDaysAgo: 2, sessions: 4 });
      testers.seedTester(store, 'idle@example.com', ['w-beta']).attributes.state = 'INSTALLED';
    },
    inputs: { operation: 'prune-testers', ...WEATHER },
    check(store) {
      expect(testers.appTesterEmails(store)).toEqual(['active@example.com']);
    },
  },
  {
    name: 'feedback-to-issues (file issues, then delete the filed submissions)',
    github: true,
    seed: (store) => seedFeedback(store, Date.now()),
    inputs: { operation: 'feedback-to-issues', ...ROCKET, 'delete-after-import': 'true' },
    check(store) {
      expect(store.list('betaFeedbackScreenshotSubmissions')).toEqual([]);
      expect(store.list('betaFeedbackCrashSubmissions')).toEqual([]);
      expect(gh.issues.map((i) => i.body.split('\n')[0]).sort()).toEqual([
        '<!-- testflight-feedback crash:fc-1 -->',
        '<!-- testflight-feedback screenshot:fs-new -->',
        '<!-- testflight-feedback screenshot:fs-old -->',
      ]);
    },
  },
];

let fx: Fixture;
let gh: FakeGitHub;
let clock = virtualClock();
const githubWrites = () => gh.requests.filter((r) => r.method !== 'GET' && r.status < 400);

async function act(inputs: Record<string, string>, github = false): Promise<ActionRun> {
  clock = virtualClock();
  return github
    ? runAction(fx.inputs({ ...inputs, 'github-token': GITHUB_TOKEN }), {
        retry: FAST_RETRY,
        clock,
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPOSITORY },
      })
    : runAction(fx.inputs(inputs), { retry: FAST_RETRY, clock });
}

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
  await makeIpa(ipaFile);
  gh = await startFakeGitHub({ token: GITHUB_TOKEN, repository: REPOSITORY, now: () => clock.now() });
});
afterAll(async () => {
  await gh.close();
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  gh.issues.length = 0;
  gh.labels.clear();
  gh.requests.length = 0;
});

test('every mutating operation is covered', () => {
  const covered = new Set(SCENARIOS.map((s) => s.inputs.operation));
  expect([...covered].sort()).toEqual(
    [
      'distribute-build',
      'remove-build-from-groups',
      'expire-builds',
      'upload-build',
      'add-testers',
      'remove-testers',
      'sync-testers',
      'create-group',
      'update-group',
      'delete-group',
      'invite-user',
      'update-user',
      'remove-user',
      'sync-users',
      'sync-beta-app-info',
      'prune-testers',
      'feedback-to-issues',
    ].sort(),
  );
});

test.each(SCENARIOS.map((s) => [s.name, s] as const))(
  '%s: dry run plans, first run writes, the second writes nothing',
  async (_name, s) => {
    s.seed(fx.server.store);

    const dry = await act({ ...s.inputs, 'dry-run': 'true' }, s.github);
    expect(dry.errors).toEqual([]);
    expect(dry.failed).toBe(false);
    expect(fx.server.writes()).toEqual([]);
    expect(githubWrites()).toEqual([]);
    expect(Number(dry.outputs.changes)).toBeGreaterThan(0);

    const first = await act(s.inputs, s.github);
    expect(first.errors).toEqual([]);
    expect(first.failed).toBe(false);
    const written = fx.server.writes().length;
    expect(written).toBeGreaterThan(0);
    expect(Number(first.outputs.changes)).toBeGreaterThan(0);
    s.check(fx.server.store);

    const ghWritten = githubWrites().length;
    if (s.github) expect(ghWritten).toBeGreaterThan(0);
    const again = await act(s.inputs, s.github);
    expect(again.errors).toEqual([]);
    expect(again.failed).toBe(false);
    expect(
      fx.server
        .writes()
        .slice(written)
        .map((w) => `${w.method} ${w.path}`),
    ).toEqual([]);
    expect(again.outputs.changes).toBe('0');
    expect(githubWrites().slice(ghWritten)).toEqual([]);
    // Nothing changed by the second run: the end state still holds.
    s.check(fx.server.store);
  },
);
