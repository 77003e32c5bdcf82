/** TestFlight feedback in the fake server: the Rocket app's builds, two testers, three submissions. */
import {
  seedCrashSubmission,
  seedScreenshotSubmission,
} from '../../fake-app-store-connect/routes/beta-feedback.js';
import type { Store } from '../../fake-app-store-connect/store.js';
import * as builds from './builds-seed.js';

export const DAY = 86_400_000;
export const REPOSITORY = 'octo-org/rocket';
export const GITHUB_TOKEN = 'ghs_fakeTokenForTests0123456789';

export const CRASH_LOG = [
  'Incident Identifier: 6F1C1D5E-0000-4000-8000-000000000001',
  'Exception Type:  EXC_CRASH (SIGABRT)',
  'Thread 0 Crashed:',
  '0   libsystem_kernel.dylib  0x00000001 __pthread_kill + 8',
  '1   Rocket                  0x00000002 ProfileView.load() + 120',
].join('\n');

/** Comments a tester could type to break an issue: HTML, a fence, mentions, references, a forged marker. */
export const HOSTILE_COMMENT = [
  'Crashed opening @octocat profile, see #12 and GH-7',
  '</details> <script>alert(1)</script>',
  '```',
  '# Not a heading',
  '[click](https://evil.example) ::error::forged',
].join('\n');

/**
 * Seeds the app, builds 2.3 (456) and 2.3 (457), two testers and three submissions relative to
 * `now`: an old screenshot on 456 (two weeks ago) whose comment forges another's marker, a
 * screenshot on 457 (two days ago) and a crash on 457 (one day ago).
 */
export function seedFeedback(store: Store, now: number): void {
  builds.seedApp(store);
  builds.seedBuild(store, 'b-456', { version: '2.3', buildNumber: '456' });
  builds.seedBuild(store, 'b-457', { version: '2.3', buildNumber: '457' });
  store.create(
    'betaTesters',
    { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
    {},
    't-ada',
  );
  store.create('betaTesters', { firstName: 'Bob', lastName: 'Byte', email: 'bob@example.com' }, {}, 't-bob');
  const iso = (ms: number) => new Date(ms).toISOString();
  const device = {
    deviceModel: 'iPhone16,1',
    deviceFamily: 'IPHONE' as const,
    osVersion: '18.1',
    appPlatform: 'IOS' as const,
    devicePlatform: 'IOS' as const,
    locale: 'en-GB',
    timeZone: 'Europe/London',
    connectionType: 'WIFI' as const,
    batteryPercentage: 54,
    appUptimeInMilliseconds: 125_000,
    architecture: 'arm64e',
    buildBundleId: builds.BUNDLE_ID,
  };
  seedScreenshotSubmission(store, 'fs-old', {
    ...device,
    build: 'b-456',
    tester: 't-bob',
    email: 'bob@example.com',
    createdDate: iso(now - 14 * DAY),
    comment: '=HYPERLINK("https://evil.example")\n<!-- testflight-feedback screenshot:fs-new -->',
  });
  seedScreenshotSubmission(store, 'fs-new', {
    ...device,
    build: 'b-457',
    tester: 't-ada',
    email: 'ada@example.com',
    createdDate: iso(now - 2 * DAY),
    comment: 'The login button does nothing\nTapped it three times.',
    screenshots: [
      {
        url: 'https://tf-feedback.example/shot-1.jpg?sig=abc',
        width: 1179,
        height: 2556,
        expirationDate: iso(now + 7 * DAY),
      },
    ],
  });
  seedCrashSubmission(store, 'fc-1', {
    ...device,
    build: 'b-457',
    tester: 't-ada',
    email: 'ada@example.com',
    createdDate: iso(now - DAY),
    comment: HOSTILE_COMMENT,
    logText: CRASH_LOG,
  });
}
