/**
 * Bad input across every operation, table-driven: each case runs the real action in-process and
 * must fail with an error annotation that names the input and quotes the bad value (or, for a
 * missing input, names it), while the fake server sees no write. Inputs that can be checked
 * without App Store Connect must fail before any request; the few that need the app's groups,
 * the team's apps or the app itself may read, and still never write.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedAccountHolder } from '../../fake-app-store-connect/routes/users.js';
import { runAction } from '../support/action.js';
import * as builds from '../support/builds-seed.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import * as testers from '../support/testers-seed.js';
import { infoPlist, makeIpa } from '../support/app-files.js';

const work = mkdtempSync(path.join(tmpdir(), 'bad-input-e2e-'));
const file = (name: string) => path.join(work, name);

/** Files the cases read, written before the first test. */
const FILES: Record<string, string> = {
  'bad-email.csv': 'email,first_name,last_name\nada@example.com,Ada,Lovelace\nbob@,Bob,\n',
  'no-email-column.csv': 'name,surname\nAda,Lovelace\n',
  'header-only.csv': 'email,first_name,last_name\n',
  'bad-yaml.yml': 'users:\n  - email: ada@example.com\n    roles: [DEVELOPER\n',
  'bad-role.yml': '- email: ada@example.com\n  first-name: Ada\n  last-name: Lovelace\n  roles: [WIZARD]\n',
  'bad-email.yml': '- email: ada.example.com\n  roles: DEVELOPER\n',
  'unknown-field.yml': '- email: ada@example.com\n  roles: DEVELOPER\n  nickname: Countess\n',
  'twice.yml':
    '- email: ada@example.com\n  roles: DEVELOPER\n- email: ADA@example.com\n  roles: APP_MANAGER\n',
  'empty.yml': '[]\n',
  'all-and-some.json': JSON.stringify([
    {
      email: 'ada@example.com',
      roles: ['DEVELOPER'],
      allAppsVisible: true,
      visibleApps: ['com.example.weather'],
    },
  ]),
  'bad-bool.yml': '- email: ada@example.com\n  roles: DEVELOPER\n  provisioning-allowed: sometimes\n',
  'keep.txt': 'ada@example.com\nnot an email\n',
  'beta-typo.yml': 'localizations:\n  en-US:\n    description: Hi\n    feedbak-email: a@example.com\n',
  'beta-locale.yml': 'localizations:\n  en-XX:\n    description: Hi\n',
  'beta-url.yml': 'localizations:\n  en-US:\n    privacy-policy-url: ftp://example.com/privacy\n',
  'beta-demo.yml': 'review:\n  demo-account-required: true\n  demo-account-name: demo@example.com\n',
};

interface Case {
  /** Shown as the test's name. */
  name: string;
  inputs: Record<string, string | undefined>;
  /** The input the error must name. */
  input: string;
  /** The bad value the error must quote ('value'); absent for a missing input. */
  value?: string;
  /** More text the message must hold. */
  says?: RegExp;
  /** The check needs App Store Connect (the app's groups, the team's apps): reads, no write. */
  reads?: boolean;
}

const WEATHER = { app: testers.BUNDLE_ID };
const ROCKET = { app: builds.BUNDLE_ID };
const SALES = { operation: 'sales-report', 'vendor-number': '85012345', 'output-dir': work };
const FINANCE = { operation: 'finance-report', 'vendor-number': '85012345', 'output-dir': work };
const INVITE = {
  operation: 'invite-user',
  email: 'ada@example.com',
  'first-name': 'Ada',
  'last-name': 'Lovelace',
  roles: 'DEVELOPER',
};

const UPLOAD = { operation: 'upload-build' };

/** App files the upload cases read, made before the first test. */
async function makeAppFiles(): Promise<void> {
  writeFileSync(file('empty.ipa'), '');
  writeFileSync(file('text.ipa'), 'not a zip at all\n');
  writeFileSync(file('Rocket.zip'), 'PK');
  await makeIpa(file('good.ipa'));
  await makeIpa(file('no-payload.ipa'), { noApp: true, extra: { 'Other/Info.plist': infoPlist() } });
  await makeIpa(file('no-plist.ipa'), { noPlist: true });
  await makeIpa(file('two-apps.ipa'), { extra: { 'Payload/Second.app/Info.plist': infoPlist() } });
  await makeIpa(file('no-version.ipa'), {
    rawPlist: infoPlist({}, { CFBundleShortVersionString: undefined }),
  });
  await makeIpa(file('bad-version.ipa'), { rawPlist: infoPlist({ version: '2.4 beta' }) });
  await makeIpa(file('simulator.ipa'), { platformName: 'iphonesimulator' });
  await makeIpa(file('bad-plist.ipa'), { rawPlist: Buffer.from('<plist><dict><key>x</dict>') });
}

const CASES: Case[] = [
  { name: 'upload-build: no app-file', inputs: UPLOAD, input: 'app-file', says: /required/ },
  {
    name: 'upload-build: a file that is not there',
    inputs: { ...UPLOAD, 'app-file': 'build/Missing.ipa' },
    input: 'app-file',
    value: 'build/Missing.ipa',
    says: /no such file/,
  },
  {
    name: 'upload-build: neither .ipa nor .pkg',
    inputs: { ...UPLOAD, 'app-file': file('Rocket.zip') },
    input: 'app-file',
    value: file('Rocket.zip'),
  },
  {
    name: 'upload-build: an empty file',
    inputs: { ...UPLOAD, 'app-file': file('empty.ipa') },
    input: 'app-file',
    says: /empty/,
  },
  {
    name: 'upload-build: not a zip',
    inputs: { ...UPLOAD, 'app-file': file('text.ipa') },
    input: 'app-file',
    says: /not a zip/,
  },
  {
    name: 'upload-build: no Payload/<name>.app',
    inputs: { ...UPLOAD, 'app-file': file('no-payload.ipa') },
    input: 'app-file',
    says: /no Payload\/<name>\.app/,
  },
  {
    name: 'upload-build: the app has no Info.plist',
    inputs: { ...UPLOAD, 'app-file': file('no-plist.ipa') },
    input: 'app-file',
    says: /Payload\/Rocket\.app\/Info\.plist is missing/,
  },
  {
    name: 'upload-build: two apps in Payload/',
    inputs: { ...UPLOAD, 'app-file': file('two-apps.ipa') },
    input: 'app-file',
    says: /more than one app.*'Rocket\.app'.*'Second\.app'/,
  },
  {
    name: 'upload-build: a plist without the version',
    inputs: { ...UPLOAD, 'app-file': file('no-version.ipa') },
    input: 'app-file',
    says: /has no CFBundleShortVersionString/,
  },
  {
    name: 'upload-build: a version that is not dotted digits',
    inputs: { ...UPLOAD, 'app-file': file('bad-version.ipa') },
    input: 'app-file',
    value: '2.4 beta',
  },
  {
    name: 'upload-build: a simulator build',
    inputs: { ...UPLOAD, 'app-file': file('simulator.ipa') },
    input: 'app-file',
    value: 'iphonesimulator',
  },
  {
    name: 'upload-build: an Info.plist that is not a property list',
    inputs: { ...UPLOAD, 'app-file': file('bad-plist.ipa') },
    input: 'app-file',
    says: /not a property list/,
  },
  {
    name: 'upload-build: version input disagrees with the file',
    inputs: { ...UPLOAD, 'app-file': file('good.ipa'), version: '2.5' },
    input: 'version',
    value: '2.5',
    says: /says '2\.4'/,
  },
  {
    name: 'upload-build: platform input disagrees with the file',
    inputs: { ...UPLOAD, 'app-file': file('good.ipa'), platform: 'TV_OS' },
    input: 'platform',
    value: 'TV_OS',
    says: /says 'IOS'/,
  },
  {
    name: 'upload-build: app input names another bundle id',
    inputs: { ...UPLOAD, 'app-file': file('good.ipa'), app: 'com.example.weather' },
    input: 'app',
    value: 'com.example.weather',
    says: /says 'com\.example\.rocket'/,
  },
  {
    name: 'upload-build: app input by id names another app',
    inputs: { ...UPLOAD, 'app-file': file('good.ipa'), app: '1234567890' },
    input: 'app',
    says: /'com\.example\.rocket'/,
    reads: true,
  },
  {
    name: 'distribute-build: app-file that is not there',
    inputs: { operation: 'distribute-build', 'app-file': 'build/Gone.ipa', groups: 'Public Beta' },
    input: 'app-file',
    value: 'build/Gone.ipa',
  },
  {
    name: 'distribute-build: app-file disagrees with build-number',
    inputs: { operation: 'distribute-build', 'app-file': file('good.ipa'), 'build-number': '7' },
    input: 'build-number',
    value: '7',
    says: /says '500'/,
  },
  {
    name: 'next-build-number: no app',
    inputs: { operation: 'next-build-number' },
    input: 'app',
    says: /required/,
  },
  {
    name: 'next-build-number: version with letters',
    inputs: { operation: 'next-build-number', ...ROCKET, version: 'v2' },
    input: 'version',
    value: 'v2',
  },
  // The operation and the inputs every operation shares.
  { name: 'unknown operation', inputs: { operation: 'fly' }, input: 'operation', value: 'fly' },
  {
    name: 'operation close to a real one',
    inputs: { operation: 'distribute-builds' },
    input: 'operation',
    value: 'distribute-builds',
    says: /did you mean distribute-build\?/,
  },
  {
    name: 'operation with its words swapped',
    inputs: { operation: 'build_distribute' },
    input: 'operation',
    value: 'build_distribute',
    says: /did you mean distribute-build\?/,
  },
  {
    name: 'key-id differs from the AuthKey_<ID>.p8 file name',
    inputs: {
      operation: 'token',
      'private-key': undefined,
      'private-key-path': path.join(work, 'AuthKey_ZZZZ999999.p8'),
    },
    input: 'key-id',
    value: 'ZZZZ999999',
    says: /AuthKey_<KEY ID>\.p8/,
  },
  { name: 'missing operation', inputs: {}, input: 'operation', says: /required/ },
  {
    name: 'token: key id with spaces',
    inputs: { operation: 'token', 'key-id': 'BAD KEY' },
    input: 'key-id',
    value: 'BAD KEY',
  },
  {
    name: 'token: issuer id not a UUID',
    inputs: { operation: 'token', 'issuer-id': 'team-42' },
    input: 'issuer-id',
    value: 'team-42',
  },
  {
    name: 'token: bad dry-run boolean',
    inputs: { operation: 'token', 'dry-run': 'perhaps' },
    input: 'dry-run',
    value: 'perhaps',
  },
  {
    name: 'token: unknown platform',
    inputs: { operation: 'token', platform: 'ANDROID' },
    input: 'platform',
    value: 'ANDROID',
  },
  {
    name: 'token: api-url over plain http to a remote host',
    inputs: { operation: 'token', 'api-url': 'http://api.example.com' },
    input: 'api-url',
    value: 'http://api.example.com',
  },

  // request
  {
    name: 'request: unknown method',
    inputs: { operation: 'request', method: 'FETCH', path: '/v1/apps' },
    input: 'method',
    value: 'FETCH',
  },
  {
    name: 'request: path without /v1',
    inputs: { operation: 'request', path: 'apps?limit=1' },
    input: 'path',
    value: 'apps?limit=1',
  },
  {
    name: 'request: body not JSON',
    inputs: { operation: 'request', method: 'POST', path: '/v1/betaGroups', body: '{name: x' },
    input: 'body',
    value: '{name: x',
  },
  {
    name: 'request: bad all-pages boolean',
    inputs: { operation: 'request', path: '/v1/apps', 'all-pages': 'every' },
    input: 'all-pages',
    value: 'every',
  },
  { name: 'request: missing path', inputs: { operation: 'request' }, input: 'path', says: /required/ },

  // find-build and wait-for-build
  { name: 'find-build: missing app', inputs: { operation: 'find-build' }, input: 'app', says: /required/ },
  {
    name: 'find-build: app neither bundle id nor Apple id',
    inputs: { operation: 'find-build', app: 'Rocket App' },
    input: 'app',
    value: 'Rocket App',
  },
  {
    name: 'find-build: non-numeric build-number',
    inputs: { operation: 'find-build', ...ROCKET, 'build-number': '45a' },
    input: 'build-number',
    value: '45a',
  },
  {
    name: 'find-build: version in words',
    inputs: { operation: 'find-build', ...ROCKET, version: 'two' },
    input: 'version',
    value: 'two',
  },
  {
    name: 'find-build: build-id with a space',
    inputs: { operation: 'find-build', ...ROCKET, 'build-id': 'b 457' },
    input: 'build-id',
    value: 'b 457',
  },
  {
    name: 'find-build: an app the key cannot see (one read)',
    inputs: { operation: 'find-build', app: 'com.example.nothere' },
    input: 'app',
    value: 'com.example.nothere',
    reads: true,
  },
  {
    name: 'wait-for-build: negative wait-timeout',
    inputs: { operation: 'wait-for-build', ...ROCKET, 'wait-timeout': '-5' },
    input: 'wait-timeout',
    value: '-5',
  },
  {
    name: 'wait-for-build: poll-interval 0',
    inputs: { operation: 'wait-for-build', ...ROCKET, 'poll-interval': '0' },
    input: 'poll-interval',
    value: '0',
  },

  // distribute-build
  {
    name: 'distribute-build: bad export-compliance boolean',
    inputs: { operation: 'distribute-build', ...ROCKET, 'uses-non-exempt-encryption': 'maybe' },
    input: 'uses-non-exempt-encryption',
    value: 'maybe',
  },
  {
    name: 'distribute-build: locale not a locale',
    inputs: { operation: 'distribute-build', ...ROCKET, 'what-to-test-locale': 'english' },
    input: 'what-to-test-locale',
    value: 'english',
  },
  {
    name: 'distribute-build: submit-for-review not auto, true or false',
    inputs: { operation: 'distribute-build', ...ROCKET, 'submit-for-review': 'always' },
    input: 'submit-for-review',
    value: 'always',
  },
  {
    name: 'distribute-build: bad notify-testers boolean',
    inputs: { operation: 'distribute-build', ...ROCKET, 'notify-testers': 'loudly' },
    input: 'notify-testers',
    value: 'loudly',
  },
  {
    name: 'distribute-build: bad expire-previous-builds boolean',
    inputs: { operation: 'distribute-build', ...ROCKET, 'expire-previous-builds': 'soon' },
    input: 'expire-previous-builds',
    value: 'soon',
  },
  {
    name: 'distribute-build: What to Test over 4000 characters',
    inputs: { operation: 'distribute-build', ...ROCKET, 'what-to-test': 'x'.repeat(4001) },
    input: 'what-to-test',
    says: /4001 characters long/,
  },
  {
    name: 'distribute-build: unknown group name (reads the app’s groups)',
    inputs: { operation: 'distribute-build', ...ROCKET, groups: 'Public Beta, Nightly' },
    input: 'groups',
    value: 'Nightly',
    says: /The app's groups are: 'Public Beta'/,
    reads: true,
  },

  // remove-build-from-groups and expire-builds
  {
    name: 'remove-build-from-groups: missing groups',
    inputs: { operation: 'remove-build-from-groups', ...ROCKET, 'build-number': '457' },
    input: 'groups',
    says: /required/,
  },
  {
    name: 'remove-build-from-groups: unknown group name (reads the app’s groups)',
    inputs: { operation: 'remove-build-from-groups', ...ROCKET, 'build-number': '457', groups: 'Ghosts' },
    input: 'groups',
    value: 'Ghosts',
    reads: true,
  },
  {
    name: 'expire-builds: negative keep',
    inputs: { operation: 'expire-builds', ...ROCKET, keep: '-1' },
    input: 'keep',
    value: '-1',
  },
  {
    name: 'expire-builds: keep in words',
    inputs: { operation: 'expire-builds', ...ROCKET, keep: 'all' },
    input: 'keep',
    value: 'all',
  },
  {
    name: 'expire-builds: neither keep nor a selection',
    inputs: { operation: 'expire-builds', ...ROCKET },
    input: 'keep',
    says: /required/,
  },
  {
    name: 'expire-builds: build-number with four parts',
    inputs: { operation: 'expire-builds', ...ROCKET, 'build-number': '1.2.3.4' },
    input: 'build-number',
    value: '1.2.3.4',
  },

  // add-testers, remove-testers, sync-testers, list-testers
  {
    name: 'add-testers: malformed email',
    inputs: {
      operation: 'add-testers',
      ...WEATHER,
      groups: 'Beta',
      testers: 'ada@example.com\nnot-an-email',
    },
    input: 'testers',
    value: 'not-an-email',
    says: /line 2/,
  },
  {
    name: 'add-testers: malformed email in angle brackets',
    inputs: {
      operation: 'add-testers',
      ...WEATHER,
      groups: 'Beta',
      testers: 'Ada Lovelace <ada@@example.com>',
    },
    input: 'testers',
    value: 'ada@@example.com',
  },
  {
    name: 'add-testers: more than three fields on a line',
    inputs: {
      operation: 'add-testers',
      ...WEATHER,
      groups: 'Beta',
      testers: 'ada@example.com,Ada,Love,Lace',
    },
    input: 'testers',
    value: 'ada@example.com,Ada,Love,Lace',
  },
  {
    name: 'add-testers: testers-file with a bad email',
    inputs: { operation: 'add-testers', ...WEATHER, groups: 'Beta', 'testers-file': file('bad-email.csv') },
    input: 'testers-file',
    value: 'bob@',
    says: /line 3/,
  },
  {
    name: 'add-testers: testers-file without an email column',
    inputs: {
      operation: 'add-testers',
      ...WEATHER,
      groups: 'Beta',
      'testers-file': file('no-email-column.csv'),
    },
    input: 'testers-file',
    value: 'name,surname',
  },
  {
    name: 'add-testers: testers-file that does not exist',
    inputs: { operation: 'add-testers', ...WEATHER, groups: 'Beta', 'testers-file': file('missing.csv') },
    input: 'testers-file',
    value: file('missing.csv'),
  },
  {
    name: 'add-testers: missing groups',
    inputs: { operation: 'add-testers', ...WEATHER, testers: 'ada@example.com' },
    input: 'groups',
    says: /required/,
  },
  {
    name: 'add-testers: unknown group name (reads the app’s groups)',
    inputs: { operation: 'add-testers', ...WEATHER, groups: 'Beta, Nope', testers: 'ada@example.com' },
    input: 'groups',
    value: 'Nope',
    reads: true,
  },
  {
    name: 'remove-testers: name without angle brackets',
    inputs: { operation: 'remove-testers', ...WEATHER, testers: 'Ada Lovelace ada@example.com' },
    input: 'testers',
    value: 'Ada Lovelace ada@example.com',
  },
  {
    name: 'remove-testers: missing testers',
    inputs: { operation: 'remove-testers', ...WEATHER, groups: 'Beta' },
    input: 'testers',
    says: /required/,
  },
  {
    name: 'sync-testers: bad remove-missing boolean',
    inputs: {
      operation: 'sync-testers',
      ...WEATHER,
      groups: 'Beta',
      testers: 'ada@example.com',
      'remove-missing': 'definitely',
    },
    input: 'remove-missing',
    value: 'definitely',
  },
  {
    name: 'sync-testers: a testers-file that lists nobody',
    inputs: {
      operation: 'sync-testers',
      ...WEATHER,
      groups: 'Beta',
      'testers-file': file('header-only.csv'),
    },
    input: 'testers-file',
    says: /list no tester/,
  },
  {
    name: 'sync-testers: unknown group name (reads the app’s groups)',
    inputs: { operation: 'sync-testers', ...WEATHER, groups: 'Beta Testers', testers: 'ada@example.com' },
    input: 'groups',
    value: 'Beta Testers',
    reads: true,
  },
  {
    name: 'list-testers: bad format',
    inputs: { operation: 'list-testers', ...WEATHER, format: 'xml' },
    input: 'format',
    value: 'xml',
  },

  // Groups
  {
    name: 'list-groups: bad format',
    inputs: { operation: 'list-groups', ...WEATHER, format: 'yaml' },
    input: 'format',
    value: 'yaml',
  },
  {
    name: 'create-group: missing group-name',
    inputs: { operation: 'create-group', ...WEATHER },
    input: 'group-name',
    says: /required/,
  },
  {
    name: 'create-group: public-link-limit 0',
    inputs: { operation: 'create-group', ...WEATHER, 'group-name': 'New', 'public-link-limit': '0' },
    input: 'public-link-limit',
    value: '0',
  },
  {
    name: 'create-group: public-link-limit over 10,000',
    inputs: { operation: 'create-group', ...WEATHER, 'group-name': 'New', 'public-link-limit': '20000' },
    input: 'public-link-limit',
    value: '20000',
  },
  {
    name: 'create-group: internal group with a public link',
    inputs: {
      operation: 'create-group',
      ...WEATHER,
      'group-name': 'New',
      internal: 'true',
      'public-link-enabled': 'true',
    },
    input: 'public-link-enabled',
    says: /is true, but an internal group/,
  },
  {
    name: 'create-group: bad internal boolean',
    inputs: { operation: 'create-group', ...WEATHER, 'group-name': 'New', internal: 'internal' },
    input: 'internal',
    value: 'internal',
  },
  {
    name: 'create-group: bad feedback-enabled boolean',
    inputs: { operation: 'create-group', ...WEATHER, 'group-name': 'New', 'feedback-enabled': 'nah' },
    input: 'feedback-enabled',
    value: 'nah',
  },
  {
    name: 'update-group: nothing to update',
    inputs: { operation: 'update-group', ...WEATHER, 'group-name': 'Beta' },
    input: 'group-name',
    value: 'Beta',
  },
  {
    name: 'update-group: two groups to rename',
    inputs: { operation: 'update-group', ...WEATHER, 'group-name': 'Gamma', groups: 'Beta, QA' },
    input: 'groups',
    says: /names 2 groups/,
  },
  {
    name: 'update-group: bad public-link-enabled boolean',
    inputs: { operation: 'update-group', ...WEATHER, 'group-name': 'Beta', 'public-link-enabled': 'sure' },
    input: 'public-link-enabled',
    value: 'sure',
  },
  {
    name: 'update-group: renaming onto an existing group (reads the app’s groups)',
    inputs: { operation: 'update-group', ...WEATHER, groups: 'Beta', 'group-name': 'qa' },
    input: 'group-name',
    value: 'qa',
    reads: true,
  },
  {
    name: 'update-group: unknown group to rename (reads the app’s groups)',
    inputs: { operation: 'update-group', ...WEATHER, groups: 'Alpha', 'group-name': 'Gamma' },
    input: 'groups',
    value: 'Alpha',
    reads: true,
  },
  {
    name: 'delete-group: missing group-name',
    inputs: { operation: 'delete-group', ...WEATHER },
    input: 'group-name',
    says: /required/,
  },

  // Users and Access
  {
    name: 'invite-user: malformed email',
    inputs: { ...INVITE, email: 'ada.example.com' },
    input: 'email',
    value: 'ada.example.com',
  },
  {
    name: 'invite-user: unknown role',
    inputs: { ...INVITE, roles: 'DEVELOPER, WIZARD' },
    input: 'roles',
    value: 'WIZARD',
  },
  {
    name: 'invite-user: the Account Holder role',
    inputs: { ...INVITE, roles: 'ACCOUNT_HOLDER' },
    input: 'roles',
    says: /ACCOUNT_HOLDER, which cannot be given/,
  },
  {
    name: 'invite-user: missing roles',
    inputs: { ...INVITE, roles: undefined },
    input: 'roles',
    says: /required/,
  },
  {
    name: 'invite-user: missing first-name',
    inputs: { ...INVITE, 'first-name': undefined },
    input: 'first-name',
    says: /required/,
  },
  {
    name: 'invite-user: visible-apps with all-apps-visible true',
    inputs: { ...INVITE, 'all-apps-visible': 'true', 'visible-apps': 'com.example.weather' },
    input: 'visible-apps',
    says: /com\.example\.weather\) while all-apps-visible is true/,
  },
  {
    name: 'invite-user: visible-apps entry not an app reference',
    inputs: { ...INVITE, 'visible-apps': 'Weather App' },
    input: 'visible-apps',
    value: 'Weather App',
  },
  {
    name: 'invite-user: bad provisioning-allowed boolean',
    inputs: { ...INVITE, 'provisioning-allowed': 'perhaps' },
    input: 'provisioning-allowed',
    value: 'perhaps',
  },
  {
    name: 'invite-user: an app the key cannot see (reads the team’s apps)',
    inputs: { ...INVITE, 'visible-apps': 'com.example.unknown' },
    input: 'visible-apps',
    says: /cannot see: com\.example\.unknown/,
    reads: true,
  },
  {
    name: 'list-users: bad format',
    inputs: { operation: 'list-users', format: 'html' },
    input: 'format',
    value: 'html',
  },
  {
    name: 'update-user: nothing to change',
    inputs: { operation: 'update-user', email: 'ada@example.com' },
    input: 'roles',
    says: /needs something to change/,
  },
  {
    name: 'update-user: bad all-apps-visible boolean',
    inputs: { operation: 'update-user', email: 'ada@example.com', 'all-apps-visible': 'everything' },
    input: 'all-apps-visible',
    value: 'everything',
  },
  {
    name: 'update-user: missing email',
    inputs: { operation: 'update-user', roles: 'DEVELOPER' },
    input: 'email',
    says: /required/,
  },
  {
    name: 'remove-user: malformed email',
    inputs: { operation: 'remove-user', email: 'bob@' },
    input: 'email',
    value: 'bob@',
  },
  {
    name: 'sync-users: missing users-file',
    inputs: { operation: 'sync-users' },
    input: 'users-file',
    says: /required/,
  },
  {
    name: 'sync-users: users-file not YAML',
    inputs: { operation: 'sync-users', 'users-file': file('bad-yaml.yml') },
    input: 'users-file',
    says: /is not valid YAML or JSON/,
  },
  {
    name: 'sync-users: users-file with an unknown role',
    inputs: { operation: 'sync-users', 'users-file': file('bad-role.yml') },
    input: 'users-file',
    value: 'WIZARD',
  },
  {
    name: 'sync-users: users-file with a malformed email',
    inputs: { operation: 'sync-users', 'users-file': file('bad-email.yml') },
    input: 'users-file',
    value: 'ada.example.com',
  },
  {
    name: 'sync-users: users-file with an unknown field',
    inputs: { operation: 'sync-users', 'users-file': file('unknown-field.yml') },
    input: 'users-file',
    value: 'nickname',
  },
  {
    name: 'sync-users: users-file listing a person twice',
    inputs: { operation: 'sync-users', 'users-file': file('twice.yml') },
    input: 'users-file',
    says: /repeats ADA@example\.com/,
  },
  {
    name: 'sync-users: users-file listing nobody',
    inputs: { operation: 'sync-users', 'users-file': file('empty.yml') },
    input: 'users-file',
    says: /lists nobody/,
  },
  {
    name: 'sync-users: users-file with visible apps and all apps visible',
    inputs: { operation: 'sync-users', 'users-file': file('all-and-some.json') },
    input: 'users-file',
    says: /com\.example\.weather\) while all-apps-visible is true/,
  },
  {
    name: 'sync-users: users-file with a bad boolean',
    inputs: { operation: 'sync-users', 'users-file': file('bad-bool.yml') },
    input: 'users-file',
    value: 'sometimes',
  },
  {
    name: 'sync-users: users-file that does not exist',
    inputs: { operation: 'sync-users', 'users-file': file('nobody.yml') },
    input: 'users-file',
    value: file('nobody.yml'),
  },

  // sync-beta-app-info
  {
    name: 'sync-beta-app-info: missing file',
    inputs: { operation: 'sync-beta-app-info', ...WEATHER },
    input: 'beta-app-info-file',
    says: /required/,
  },
  {
    name: 'sync-beta-app-info: a typo in a key',
    inputs: { operation: 'sync-beta-app-info', ...WEATHER, 'beta-app-info-file': file('beta-typo.yml') },
    input: 'beta-app-info-file',
    value: 'feedbak-email',
    says: /beta-typo\.yml line 4, localizations\.en-US\.feedbak-email/,
  },
  {
    name: 'sync-beta-app-info: a locale Apple does not accept',
    inputs: { operation: 'sync-beta-app-info', ...WEATHER, 'beta-app-info-file': file('beta-locale.yml') },
    input: 'beta-app-info-file',
    value: 'en-XX',
    says: /line 2/,
  },
  {
    name: 'sync-beta-app-info: a URL that is not http(s)',
    inputs: { operation: 'sync-beta-app-info', ...WEATHER, 'beta-app-info-file': file('beta-url.yml') },
    input: 'beta-app-info-file',
    value: 'ftp://example.com/privacy',
  },
  {
    name: 'sync-beta-app-info: demo account required without the password',
    inputs: { operation: 'sync-beta-app-info', ...WEATHER, 'beta-app-info-file': file('beta-demo.yml') },
    input: 'demo-account-password',
    says: /required/,
  },
  {
    name: 'sync-beta-app-info: bad remove-unlisted-locales boolean',
    inputs: {
      operation: 'sync-beta-app-info',
      ...WEATHER,
      'beta-app-info-file': file('beta-locale.yml'),
      'remove-unlisted-locales': 'perhaps',
    },
    input: 'remove-unlisted-locales',
    value: 'perhaps',
  },

  // prune-testers
  {
    name: 'prune-testers: inactive-days over a year',
    inputs: { operation: 'prune-testers', ...WEATHER, 'inactive-days': '400' },
    input: 'inactive-days',
    value: '400',
  },
  {
    name: 'prune-testers: unknown tester state',
    inputs: { operation: 'prune-testers', ...WEATHER, 'tester-states': 'INSTALLED, SLEEPING' },
    input: 'tester-states',
    value: 'SLEEPING',
  },
  {
    name: 'prune-testers: remove-from groups without groups',
    inputs: { operation: 'prune-testers', ...WEATHER, 'remove-from': 'groups' },
    input: 'groups',
    says: /required when 'remove-from' is groups/,
  },
  {
    name: 'prune-testers: bad remove-from',
    inputs: { operation: 'prune-testers', ...WEATHER, 'remove-from': 'everywhere' },
    input: 'remove-from',
    value: 'everywhere',
  },
  {
    name: 'prune-testers: negative max-removals',
    inputs: { operation: 'prune-testers', ...WEATHER, 'max-removals': '-1' },
    input: 'max-removals',
    value: '-1',
  },
  {
    name: 'prune-testers: a keep-testers line that is not an email',
    inputs: { operation: 'prune-testers', ...WEATHER, 'keep-testers': 'ada@example.com\nAda' },
    input: 'keep-testers',
    value: 'Ada',
    says: /line 2/,
  },
  {
    name: 'prune-testers: a keep-testers-file line that is not an email',
    inputs: { operation: 'prune-testers', ...WEATHER, 'keep-testers-file': file('keep.txt') },
    input: 'keep-testers-file',
    value: 'not an email',
    says: /line 2/,
  },
  {
    name: 'prune-testers: unknown group name (reads the app’s groups)',
    inputs: { operation: 'prune-testers', ...WEATHER, groups: 'Nobody' },
    input: 'groups',
    value: 'Nobody',
    reads: true,
  },

  // Sales and finance reports
  {
    name: 'sales-report: an individual key (no issuer-id)',
    inputs: { ...SALES, 'issuer-id': undefined },
    input: 'issuer-id',
    says: /individual API key/,
  },
  {
    name: 'sales-report: DAILY date that is no day',
    inputs: { ...SALES, 'report-date': '2025-02-30' },
    input: 'report-date',
    value: '2025-02-30',
  },
  {
    name: 'sales-report: WEEKLY date that is not a Sunday',
    inputs: { ...SALES, frequency: 'WEEKLY', 'report-date': '2025-03-05' },
    input: 'report-date',
    value: '2025-03-05',
    says: /is a Wednesday/,
  },
  {
    name: 'sales-report: MONTHLY date with month 13',
    inputs: { ...SALES, frequency: 'MONTHLY', 'report-date': '2025-13' },
    input: 'report-date',
    value: '2025-13',
  },
  {
    name: 'sales-report: YEARLY date of two digits',
    inputs: { ...SALES, frequency: 'YEARLY', 'report-date': '25' },
    input: 'report-date',
    value: '25',
  },
  {
    name: 'sales-report: SUBSCRIPTION made WEEKLY',
    inputs: { ...SALES, 'report-type': 'SUBSCRIPTION', frequency: 'WEEKLY' },
    input: 'frequency',
    value: 'WEEKLY',
  },
  {
    name: 'sales-report: SALES with the DETAILED subtype',
    inputs: { ...SALES, 'report-subtype': 'DETAILED' },
    input: 'report-subtype',
    value: 'DETAILED',
  },
  {
    name: 'sales-report: a version SALES does not have',
    inputs: { ...SALES, 'report-version': '9_9' },
    input: 'report-version',
    value: '9_9',
  },
  {
    name: 'sales-report: unknown report type',
    inputs: { ...SALES, 'report-type': 'REFUNDS' },
    input: 'report-type',
    value: 'REFUNDS',
  },
  {
    name: 'sales-report: unknown frequency',
    inputs: { ...SALES, frequency: 'HOURLY' },
    input: 'frequency',
    value: 'HOURLY',
  },
  {
    name: 'sales-report: vendor number in letters',
    inputs: { ...SALES, 'vendor-number': 'acme' },
    input: 'vendor-number',
    value: 'acme',
  },
  {
    name: 'sales-report: missing vendor number',
    inputs: { ...SALES, 'vendor-number': undefined },
    input: 'vendor-number',
    says: /required/,
  },
  {
    name: 'sales-report: bad format',
    inputs: { ...SALES, format: 'xlsx' },
    input: 'format',
    value: 'xlsx',
  },
  {
    name: 'sales-report: bad fail-if-unavailable boolean',
    inputs: { ...SALES, 'fail-if-unavailable': 'maybe' },
    input: 'fail-if-unavailable',
    value: 'maybe',
  },
  {
    name: 'finance-report: an individual key (no issuer-id)',
    inputs: { ...FINANCE, 'issuer-id': undefined },
    input: 'issuer-id',
    says: /individual API key/,
  },
  {
    name: 'finance-report: fiscal month without two digits',
    inputs: { ...FINANCE, 'report-date': '2025-2' },
    input: 'report-date',
    value: '2025-2',
  },
  {
    name: 'finance-report: a day instead of a fiscal month',
    inputs: { ...FINANCE, 'report-date': '2025-02-01' },
    input: 'report-date',
    value: '2025-02-01',
  },
  {
    name: 'finance-report: region of three letters',
    inputs: { ...FINANCE, 'region-code': 'USA' },
    input: 'region-code',
    value: 'USA',
  },
  {
    name: 'finance-report: FINANCE_DETAIL for one country',
    inputs: { ...FINANCE, 'report-type': 'FINANCE_DETAIL', 'region-code': 'US' },
    input: 'region-code',
    value: 'US',
  },
  {
    name: 'finance-report: FINANCIAL for region Z1',
    inputs: { ...FINANCE, 'region-code': 'Z1' },
    input: 'region-code',
    value: 'Z1',
  },
  {
    name: 'finance-report: a sales report type',
    inputs: { ...FINANCE, 'report-type': 'SALES' },
    input: 'report-type',
    value: 'SALES',
  },

  // TestFlight feedback
  {
    name: 'list-feedback: since that is neither a date nor a span',
    inputs: { operation: 'list-feedback', ...ROCKET, since: 'yesterday' },
    input: 'since',
    value: 'yesterday',
  },
  {
    name: 'list-feedback: since on a day that does not exist',
    inputs: { operation: 'list-feedback', ...ROCKET, since: '2025-02-30' },
    input: 'since',
    value: '2025-02-30',
  },
  {
    name: 'list-feedback: unknown feedback kind',
    inputs: { operation: 'list-feedback', ...ROCKET, 'feedback-kinds': 'screenshots, bugs' },
    input: 'feedback-kinds',
    value: 'bugs',
  },
  {
    name: 'list-feedback: include-crash-logs without output-file',
    inputs: { operation: 'list-feedback', ...ROCKET, 'include-crash-logs': 'true' },
    input: 'include-crash-logs',
    says: /output-file/,
  },
  {
    name: 'list-feedback: bad build number',
    inputs: { operation: 'list-feedback', ...ROCKET, 'build-number': 'latest' },
    input: 'build-number',
    value: 'latest',
  },
  {
    name: 'list-feedback: bad format',
    inputs: { operation: 'list-feedback', ...ROCKET, format: 'xlsx' },
    input: 'format',
    value: 'xlsx',
  },
  {
    name: 'feedback-to-issues: missing github-token',
    inputs: { operation: 'feedback-to-issues', ...ROCKET, 'github-repository': 'octo-org/rocket' },
    input: 'github-token',
    says: /required/,
  },
  {
    name: 'feedback-to-issues: github-repository without an owner',
    inputs: {
      operation: 'feedback-to-issues',
      ...ROCKET,
      'github-token': 'ghs_x',
      'github-repository': 'rocket',
    },
    input: 'github-repository',
    value: 'rocket',
  },
  {
    name: 'feedback-to-issues: a label longer than GitHub allows',
    inputs: {
      operation: 'feedback-to-issues',
      ...ROCKET,
      'github-token': 'ghs_x',
      'github-repository': 'octo-org/rocket',
      'issue-labels': `testflight, ${'x'.repeat(51)}`,
    },
    input: 'issue-labels',
    value: 'x'.repeat(51),
  },
  {
    name: 'feedback-to-issues: bad delete-after-import boolean',
    inputs: {
      operation: 'feedback-to-issues',
      ...ROCKET,
      'github-token': 'ghs_x',
      'github-repository': 'octo-org/rocket',
      'delete-after-import': 'sometimes',
    },
    input: 'delete-after-import',
    value: 'sometimes',
  },
  {
    name: 'feedback-to-issues: since as a span with an unknown unit',
    inputs: {
      operation: 'feedback-to-issues',
      ...ROCKET,
      'github-token': 'ghs_x',
      'github-repository': 'octo-org/rocket',
      since: '3 months',
    },
    input: 'since',
    value: '3 months',
  },
];

let fx: Fixture;

beforeAll(async () => {
  for (const [name, content] of Object.entries(FILES)) writeFileSync(file(name), content);
  await makeAppFiles();
  fx = await startFixture({ rateLimit: 100_000 });
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  const { store } = fx.server;
  store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  // The TestFlight app with its groups, the builds app with its groups and a build, the team.
  testers.seedApp(store);
  testers.seedGroup(store, 'Beta', { id: 'w-beta' });
  testers.seedGroup(store, 'QA', { id: 'w-qa', internal: true });
  builds.seedApp(store);
  builds.seedGroups(store);
  builds.seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457', groups: ['g-public'] });
  seedAccountHolder(store, 'owner@example.com', 'u-owner');
});

test('the table covers every operation with at least 45 cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(45);
  const operations = new Set(CASES.map((c) => c.inputs.operation));
  for (const op of [
    'token',
    'request',
    'find-build',
    'wait-for-build',
    'distribute-build',
    'remove-build-from-groups',
    'expire-builds',
    'upload-build',
    'next-build-number',
    'add-testers',
    'remove-testers',
    'list-testers',
    'sync-testers',
    'list-groups',
    'create-group',
    'update-group',
    'delete-group',
    'invite-user',
    'list-users',
    'update-user',
    'remove-user',
    'sync-users',
    'sales-report',
    'finance-report',
    'sync-beta-app-info',
    'prune-testers',
    'list-feedback',
    'feedback-to-issues',
  ])
    expect(operations).toContain(op);
});

test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
  const r = await runAction(fx.inputs(c.inputs), { retry: FAST_RETRY, clock: virtualClock() });
  expect(r.failed).toBe(true);
  const message = r.errors.join('\n');
  expect(message).toContain(`'${c.input}'`);
  if (c.value !== undefined) expect(message).toContain(`'${c.value}'`);
  if (c.says) expect(message).toMatch(c.says);
  expect(r.result).toMatchObject({ error: { message: expect.any(String) } });
  expect(fx.server.writes()).toEqual([]);
  if (c.reads) {
    expect(fx.server.log.length).toBeGreaterThan(0);
    expect(fx.server.log.every((l) => l.method === 'GET')).toBe(true);
  } else {
    expect(fx.server.log).toEqual([]);
  }
});
