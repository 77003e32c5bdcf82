/** Seeding helpers for the tester and group tests: an app, groups, testers, team users. */
import { createBetaGroup } from '../../fake-app-store-connect/routes/beta-groups.js';
import type { Resource, Store } from '../../fake-app-store-connect/store.js';

export const APP_ID = '1234567890';
export const BUNDLE_ID = 'com.example.weather';

export function seedApp(store: Store, id = APP_ID, bundleId = BUNDLE_ID): Resource {
  return store.create(
    'apps',
    { name: 'Weather', bundleId, sku: `SKU-${id}`, primaryLocale: 'en-US' },
    {},
    id,
  );
}

export function seedGroup(
  store: Store,
  name: string,
  options: {
    internal?: boolean;
    id?: string;
    app?: string;
    publicLinkEnabled?: boolean;
    publicLinkLimit?: number;
  } = {},
): Resource {
  return createBetaGroup(
    store,
    options.app ?? APP_ID,
    {
      name,
      isInternalGroup: options.internal,
      publicLinkEnabled: options.publicLinkEnabled,
      publicLinkLimit: options.publicLinkLimit,
    },
    options.id,
  );
}

/** A tester of the app, in the given groups (ids). Names may be null, as at Apple. */
export function seedTester(
  store: Store,
  email: string,
  groups: string[] = [],
  names: { firstName?: string | null; lastName?: string | null } = {},
  app = APP_ID,
): Resource {
  return store.create(
    'betaTesters',
    {
      firstName: names.firstName ?? null,
      lastName: names.lastName ?? null,
      email,
      inviteType: 'EMAIL',
      state: 'ACCEPTED',
    },
    { betaGroups: groups, apps: [app] },
  );
}

/** A user of the team (may join internal groups). */
export function seedUser(store: Store, email: string): Resource {
  return store.create('users', {
    username: email,
    firstName: 'Team',
    lastName: 'Member',
    roles: ['DEVELOPER'],
    allAppsVisible: true,
    provisioningAllowed: false,
  });
}

export function memberEmails(store: Store, groupId: string): string[] {
  const group = store.getOrThrow('betaGroups', groupId);
  return store
    .related(group, 'betaTesters')
    .map((t) => String(t.attributes.email))
    .sort();
}

export function appTesterEmails(store: Store, appId = APP_ID): string[] {
  return store
    .list('betaTesters', (t) => store.ids(t, 'apps').includes(appId))
    .map((t) => String(t.attributes.email))
    .sort();
}
