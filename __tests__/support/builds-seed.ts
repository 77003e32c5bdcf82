/** Seeding helpers for the build tests: an app, its groups and builds in the fake server. */
import { createBetaGroup } from '../../fake-app-store-connect/routes/beta-groups.js';
import { createBuild, type SeedBuild } from '../../fake-app-store-connect/routes/builds.js';
import type { Store } from '../../fake-app-store-connect/store.js';

export const APP_ID = '6400000001';
export const BUNDLE_ID = 'com.example.rocket';

export function seedApp(store: Store): void {
  store.create(
    'apps',
    { name: 'Rocket', bundleId: BUNDLE_ID, sku: 'ROCKET', primaryLocale: 'en-US' },
    {},
    APP_ID,
  );
  // Another app whose bundle id shares the prefix, and one with builds of its own.
  store.create(
    'apps',
    { name: 'Rocket Lite', bundleId: `${BUNDLE_ID}.lite`, sku: 'ROCKETL', primaryLocale: 'en-US' },
    {},
    '6400000002',
  );
}

/** Three groups as in the benchmark: two external, one internal. */
export function seedGroups(store: Store): void {
  createBetaGroup(store, APP_ID, { name: 'Public Beta' }, 'g-public');
  createBetaGroup(store, APP_ID, { name: 'Partners' }, 'g-partners');
  createBetaGroup(store, APP_ID, { name: 'QA', isInternalGroup: true }, 'g-qa');
  createBetaGroup(
    store,
    APP_ID,
    { name: 'Everyone', isInternalGroup: true, hasAccessToAllBuilds: true },
    'g-all',
  );
  createBetaGroup(store, '6400000002', { name: 'Lite Beta' }, 'g-lite');
}

let minute = 0;
/** A build uploaded one minute after the previous one seeded (so newest-first order is clear). */
export function seedBuild(
  store: Store,
  id: string,
  seed: Partial<SeedBuild> & { version: string; buildNumber: string },
): ReturnType<typeof createBuild> {
  minute += 1;
  return createBuild(
    store,
    { app: APP_ID, uploadedDate: new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString(), ...seed },
    id,
  );
}

export const groupIdsOf = (store: Store, buildId: string): string[] =>
  store.ids(store.getOrThrow('builds', buildId), 'betaGroups').sort();

export const detailOf = (store: Store, buildId: string) =>
  store.related(store.getOrThrow('builds', buildId), 'buildBetaDetail')[0]?.attributes;

export const localizationsOf = (store: Store, buildId: string) =>
  store
    .related(store.getOrThrow('builds', buildId), 'betaBuildLocalizations')
    .map((l) => ({ locale: l.attributes.locale, whatsNew: l.attributes.whatsNew }));

export const reviewOf = (store: Store, buildId: string) =>
  store.related(store.getOrThrow('builds', buildId), 'betaAppReviewSubmission')[0]?.attributes
    .betaReviewState;
