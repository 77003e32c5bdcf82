/** distribute-build warns before submitting for Beta App Review when the app lacks Beta App Information. */
import {
  reviewDetailOf,
  seedBetaAppLocalization,
} from '../../fake-app-store-connect/routes/beta-app-info.js';
import { runAction } from '../support/action.js';
import { APP_ID, BUNDLE_ID, reviewOf, seedApp, seedBuild, seedGroups } from '../support/builds-seed.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import { betaReviewGaps } from '../../src/testflight/beta-app-info-readiness.js';

let fx: Fixture;
const clock = virtualClock(Date.UTC(2025, 5, 1, 12));

const distribute = (extra: Record<string, string> = {}) =>
  runAction(
    fx.inputs({
      operation: 'distribute-build',
      app: BUNDLE_ID,
      version: '2.3',
      'build-number': '457',
      groups: 'Public Beta',
      ...extra,
    }),
    { retry: FAST_RETRY, clock },
  );

beforeAll(async () => {
  fx = await startFixture({ now: () => clock.now() });
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.server.store.clear();
  fx.server.log.length = 0;
  seedApp(fx.server.store);
  seedGroups(fx.server.store);
  seedBuild(fx.server.store, 'b-457', { version: '2.3', buildNumber: '457' });
});

describe('distribute-build before Beta App Review', () => {
  test('warns, naming sync-beta-app-info, when the app has no description, feedback email or review contact; still submits', async () => {
    seedBetaAppLocalization(fx.server.store, APP_ID, 'en-US', { description: 'Rockets.' });
    const r = await distribute();
    expect(r.failed).toBe(false);
    const warning = r.warnings.find((w) => w.includes('Beta App Review may refuse this build'));
    expect(warning).toContain(
      'no beta app localization has both a description and a feedback email (locales: en-US)',
    );
    expect(warning).toContain(
      'contact lacks contact-first-name, contact-last-name, contact-phone, contact-email',
    );
    expect(warning).toContain('sync-beta-app-info');
    expect(reviewOf(fx.server.store, 'b-457')).toBeDefined();
  });

  test('says nothing when the app is ready, or when the build is not submitted', async () => {
    seedBetaAppLocalization(fx.server.store, APP_ID, 'en-US', {
      description: 'Rockets.',
      feedbackEmail: 'beta@example.com',
    });
    Object.assign(reviewDetailOf(fx.server.store, APP_ID).attributes, {
      contactFirstName: 'Ada',
      contactLastName: 'Lovelace',
      contactPhone: '+1 408 555 0100',
      contactEmail: 'review@example.com',
    });
    const ready = await distribute();
    expect(ready.warnings.filter((w) => w.includes('Beta App Review may refuse'))).toEqual([]);

    fx.server.store.clear();
    fx.server.log.length = 0;
    seedApp(fx.server.store);
    seedGroups(fx.server.store);
    seedBuild(fx.server.store, 'b-457', { version: '2.3', buildNumber: '457' });
    const held = await distribute({ 'submit-for-review': 'false' });
    expect(held.warnings.filter((w) => w.includes('Beta App Review may refuse'))).toEqual([]);
    expect(fx.server.log.some((l) => l.path.includes('betaAppLocalizations'))).toBe(false);
  });
});

describe('betaReviewGaps', () => {
  test('a required demo account needs a name', () => {
    const gaps = betaReviewGaps([], {
      id: 'r',
      attributes: {
        contactFirstName: 'A',
        contactLastName: 'B',
        contactPhone: '1',
        contactEmail: 'c@example.com',
        demoAccountRequired: true,
        demoAccountName: null,
      },
    });
    expect(gaps).toEqual([
      'no beta app localization (description and feedback email)',
      'a demo account is required but has no name',
    ]);
  });
});
