/** Sample data for `npm run demo`, the benchmark and the standalone runner. */
import { createBetaGroup } from './routes/beta-groups.js';
import { seedDemoBuilds } from './routes/builds.js';
import { seedDemoReports } from './routes/reports.js';
import { seedAccountHolder, seedInvitation, seedUser } from './routes/users.js';
import type { Store } from './store.js';

export const DEMO_APPS = [
  {
    id: '1234567890',
    name: 'Weather',
    bundleId: 'com.example.weather',
    sku: 'WEATHER1',
    primaryLocale: 'en-US',
  },
  { id: '1234567891', name: 'Notes', bundleId: 'com.example.notes', sku: 'NOTES1', primaryLocale: 'en-GB' },
  {
    id: '1234567892',
    name: 'Kalender',
    bundleId: 'com.example.calendar',
    sku: 'CAL1',
    primaryLocale: 'de-DE',
  },
];

export function seedDemo(store: Store): void {
  for (const { id, ...attributes } of DEMO_APPS) {
    if (!store.get('apps', id)) store.create('apps', attributes, {}, id);
  }
  seedDemoTesters(store);
  seedDemoUsers(store);
  seedDemoBuilds(store);
  seedDemoReports(store);
}

/** TestFlight groups and testers of Notes (the testers demo steps use them). */
function seedDemoTesters(store: Store): void {
  const notes = '1234567891';
  const friends = 'demo-group-friends';
  if (!store.get('betaGroups', friends)) {
    createBetaGroup(store, notes, { name: 'Friends and Family', publicLinkEnabled: true }, friends);
  }
  if (!store.get('betaGroups', 'demo-group-notes-qa')) {
    createBetaGroup(store, notes, { name: 'Notes QA', isInternalGroup: true }, 'demo-group-notes-qa');
  }
  const testers: Array<[string, string | null, string | null]> = [
    ['ada@example.com', 'Ada', 'Lovelace'],
    ['alan@example.com', 'Alan', 'Turing'],
    ['katherine@example.com', null, null],
  ];
  for (const [email, firstName, lastName] of testers) {
    const id = `demo-tester-${email.split('@')[0]}`;
    if (store.get('betaTesters', id)) continue;
    store.create(
      'betaTesters',
      { firstName, lastName, email, inviteType: 'EMAIL', state: 'ACCEPTED' },
      { apps: [notes], betaGroups: [friends] },
      id,
    );
  }
}

/** Users and Access: the Account Holder, two members and a pending invitation. */
function seedDemoUsers(store: Store): void {
  if (store.get('users', 'demo-user-owner')) return;
  seedAccountHolder(store, 'owner@example.com', 'demo-user-owner');
  seedUser(
    store,
    'grace@example.com',
    {
      firstName: 'Grace',
      lastName: 'Hopper',
      roles: ['APP_MANAGER', 'DEVELOPER'],
      provisioningAllowed: true,
    },
    'demo-user-grace',
  );
  seedUser(
    store,
    'alan@example.com',
    {
      firstName: 'Alan',
      lastName: 'Turing',
      roles: ['DEVELOPER'],
      allAppsVisible: false,
      visibleApps: ['1234567891'],
    },
    'demo-user-alan',
  );
  seedInvitation(
    store,
    'katherine@example.com',
    { firstName: 'Katherine', lastName: 'Johnson', roles: ['FINANCE'] },
    'demo-invitation-katherine',
  );
}
