/**
 * Users and Access: the team's members (`/v1/users`), pending invitations
 * (`/v1/userInvitations`) and the apps a person may see (`visibleApps`). Every call needs a key
 * with the Admin role; a 403 says so.
 */
import type { AppStoreConnectClient, RequestOptions } from './client.js';
import { chunk } from './concurrency.js';
import { ApiError } from './errors.js';
import { relatedIds, type Document, type Resource } from './types.js';

/** Apple's roles (UserRole in the OpenAPI description), in Apple's order. */
export const USER_ROLES = [
  'ADMIN',
  'FINANCE',
  'ACCOUNT_HOLDER',
  'SALES',
  'MARKETING',
  'APP_MANAGER',
  'DEVELOPER',
  'ACCESS_TO_REPORTS',
  'CUSTOMER_SUPPORT',
  'CREATE_APPS',
  'CLOUD_MANAGED_DEVELOPER_ID',
  'CLOUD_MANAGED_APP_DISTRIBUTION',
  'GENERATE_INDIVIDUAL_KEYS',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What a 403 means for every Users and Access call. */
export const USERS_FORBIDDEN_HINT =
  'Users and Access needs an API key with the Admin role: generate a team key with the Admin role (Users and Access → Integrations) and use it for this step.';

const FORBIDDEN: RequestOptions = { forbiddenHint: USERS_FORBIDDEN_HINT };

/** Visible apps carried inline per person; a person with more is read in full from the relationship. */
const VISIBLE_APPS_INLINE = 50;

/** A person's access, as compared and reported. */
export interface Access {
  roles: string[];
  allAppsVisible: boolean;
  provisioningAllowed: boolean;
  /** App ids; meaningful only when `allAppsVisible` is false. */
  visibleAppIds: string[];
}

/** A member of the team. */
export interface TeamUser extends Access {
  id: string;
  /** The Apple ID email. */
  username: string;
  firstName?: string;
  lastName?: string;
}

/** A pending invitation. */
export interface UserInvitation extends Access {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  expirationDate?: string;
}

/** An app as shown next to a person: its id and, when known, bundle id and name. */
export interface AppLabel {
  id: string;
  bundleId?: string;
  name?: string;
}

type UserAttributes = {
  username?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  roles?: string[] | null;
  allAppsVisible?: boolean | null;
  provisioningAllowed?: boolean | null;
};

type InvitationAttributes = {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  expirationDate?: string | null;
  roles?: string[] | null;
  allAppsVisible?: boolean | null;
  provisioningAllowed?: boolean | null;
};

type AppAttributes = {
  bundleId?: string | null;
  name?: string | null;
};

const USER_FIELDS = 'username,firstName,lastName,roles,allAppsVisible,provisioningAllowed,visibleApps';
const INVITATION_FIELDS =
  'email,firstName,lastName,expirationDate,roles,allAppsVisible,provisioningAllowed,visibleApps';
const WITH_APPS = {
  include: 'visibleApps',
  'limit[visibleApps]': VISIBLE_APPS_INLINE,
  'fields[apps]': 'bundleId,name',
};

/** The team's members and invitations, with the apps they see (ids to labels). */
export interface Team {
  users: TeamUser[];
  invitations: UserInvitation[];
  apps: Map<string, AppLabel>;
}

/** True when the person is the team's Account Holder (who cannot be changed or removed). */
export function isAccountHolder(user: { roles: readonly string[] }): boolean {
  return user.roles.includes('ACCOUNT_HOLDER');
}

/** Every member of the team (all pages), or those with the given email. */
export async function listUsers(
  client: AppStoreConnectClient,
  options: { email?: string; apps?: Map<string, AppLabel> } = {},
): Promise<TeamUser[]> {
  const users = { fields: USER_FIELDS, emailFilter: 'filter[username]', convert: toUser };
  return listPeople(client, 'users', users, (u) => u.username, options);
}

/** Every pending invitation (all pages), or those for the given email. */
export async function listInvitations(
  client: AppStoreConnectClient,
  options: { email?: string; apps?: Map<string, AppLabel> } = {},
): Promise<UserInvitation[]> {
  const invitations = { fields: INVITATION_FIELDS, emailFilter: 'filter[email]', convert: toInvitation };
  return listPeople(client, 'userInvitations', invitations, (i) => i.email, options);
}

/**
 * Every person of a type (all pages) with their visible apps completed, or those whose email is
 * `options.email` (Apple's filter matches loosely; the answer is checked).
 */
async function listPeople<A extends Record<string, unknown>, P extends Access>(
  client: AppStoreConnectClient,
  type: 'users' | 'userInvitations',
  read: { fields: string; emailFilter: string; convert: (r: Resource<A>) => P },
  emailOf: (person: P) => string,
  options: { email?: string; apps?: Map<string, AppLabel> },
): Promise<P[]> {
  const apps = options.apps ?? new Map<string, AppLabel>();
  const all = await getAll<A>(client, `/v1/${type}`, {
    [`fields[${type}]`]: read.fields,
    ...WITH_APPS,
    ...(options.email ? { [read.emailFilter]: options.email } : {}),
  });
  learnApps(apps, all.included);
  const people = all.data.map((r) => read.convert(r));
  await completeVisibleApps(client, all.data, people, type, apps);
  return options.email ? people.filter((p) => sameEmail(emailOf(p), options.email ?? '')) : people;
}

/** Members and invitations, read at the same time. With `email`, only that person's. */
export async function readTeam(client: AppStoreConnectClient, email?: string): Promise<Team> {
  const apps = new Map<string, AppLabel>();
  const [users, invitations] = await Promise.all([
    listUsers(client, { email, apps }),
    listInvitations(client, { email, apps }),
  ]);
  return { users, invitations, apps };
}

/** What an invitation asks for. */
export interface InvitationSpec extends Access {
  email: string;
  firstName: string;
  lastName: string;
}

/** Sends an invitation (POST /v1/userInvitations). Visible apps go along only when not all apps. */
export async function inviteUser(
  client: AppStoreConnectClient,
  spec: InvitationSpec,
): Promise<UserInvitation> {
  const body = {
    data: {
      type: 'userInvitations',
      attributes: {
        email: spec.email,
        firstName: spec.firstName,
        lastName: spec.lastName,
        roles: spec.roles,
        allAppsVisible: spec.allAppsVisible,
        provisioningAllowed: spec.provisioningAllowed,
      },
      ...(!spec.allAppsVisible && spec.visibleAppIds.length
        ? { relationships: { visibleApps: { data: spec.visibleAppIds.map((id) => ({ type: 'apps', id })) } } }
        : {}),
    },
  };
  const doc = await client.post<Document<InvitationAttributes>>('/v1/userInvitations', body, FORBIDDEN);
  const invitation = toInvitation(doc.data as Resource<InvitationAttributes>);
  // The answer may not carry the linkage; the request is what was asked for.
  if (invitation.visibleAppIds.length === 0 && !spec.allAppsVisible)
    invitation.visibleAppIds = [...spec.visibleAppIds];
  return invitation;
}

/** What changes on a member: only the fields set are sent. */
export interface UserChange {
  roles?: string[];
  allAppsVisible?: boolean;
  provisioningAllowed?: boolean;
  visibleAppIds?: string[];
}

/** Changes a member's roles, settings and visible apps in one PATCH /v1/users/{id}. */
export async function updateUser(
  client: AppStoreConnectClient,
  id: string,
  change: UserChange,
): Promise<void> {
  const attributes: Record<string, unknown> = {};
  if (change.roles) attributes.roles = change.roles;
  if (change.allAppsVisible !== undefined) attributes.allAppsVisible = change.allAppsVisible;
  if (change.provisioningAllowed !== undefined) attributes.provisioningAllowed = change.provisioningAllowed;
  const body = {
    data: {
      type: 'users',
      id,
      ...(Object.keys(attributes).length ? { attributes } : {}),
      ...(change.visibleAppIds
        ? {
            relationships: {
              visibleApps: { data: change.visibleAppIds.map((appId) => ({ type: 'apps', id: appId })) },
            },
          }
        : {}),
    },
  };
  await client.patch(`/v1/users/${encodeURIComponent(id)}`, body, FORBIDDEN);
}

/** Removes a member from the team. */
export async function removeUser(client: AppStoreConnectClient, id: string): Promise<void> {
  await client.delete(`/v1/users/${encodeURIComponent(id)}`, undefined, FORBIDDEN);
}

/** Cancels a pending invitation. */
export async function cancelInvitation(client: AppStoreConnectClient, id: string): Promise<void> {
  await client.delete(`/v1/userInvitations/${encodeURIComponent(id)}`, undefined, FORBIDDEN);
}

/**
 * Looks apps up by bundle id and by Apple id (a few requests for any number), for visible apps.
 * Bundle ids match exactly but case-insensitively (Apple's filter also matches longer ids).
 * Returns the apps found, keyed by the reference as given (lower-cased).
 */
export async function findApps(
  client: AppStoreConnectClient,
  refs: readonly string[],
): Promise<Map<string, AppLabel>> {
  const found = new Map<string, AppLabel>();
  const ids = [...new Set(refs.filter((r) => /^\d+$/.test(r)))];
  // Apple's filter compares bundle ids as written (so does the fake): ask for each one as given
  // and in lower case, and match the answers without regard to case.
  const bundleRefs = refs.filter((r) => !/^\d+$/.test(r));
  const bundleIds = [...new Set(bundleRefs.flatMap((r) => [r, r.toLowerCase()]))];
  const wanted = new Set(bundleRefs.map((r) => r.toLowerCase()));
  const lookups: Array<Promise<void>> = [];
  for (const part of chunk(bundleIds, 25)) {
    lookups.push(
      client
        .getAll<AppAttributes>('/v1/apps', { 'filter[bundleId]': part, 'fields[apps]': 'bundleId,name' })
        .then((all) => {
          for (const r of all.data) {
            const label = toApp(r);
            const key = label.bundleId?.toLowerCase();
            if (key && wanted.has(key)) found.set(key, label);
          }
        }),
    );
  }
  for (const part of chunk(ids, 25)) {
    lookups.push(
      client
        .getAll<AppAttributes>('/v1/apps', { 'filter[id]': part, 'fields[apps]': 'bundleId,name' })
        .then((all) => {
          for (const r of all.data) if (part.includes(r.id)) found.set(r.id, toApp(r));
        }),
    );
  }
  await Promise.all(lookups);
  return found;
}

/** Emails compare without regard to case or surrounding spaces. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

async function getAll<A>(
  client: AppStoreConnectClient,
  path: string,
  query: Record<string, string | number>,
): Promise<{ data: Resource<A>[]; included: Resource[] }> {
  // client.getAll has no per-call options; a 403 is re-worded here.
  try {
    return await client.getAll<A>(path, query);
  } catch (error) {
    throw withUsersHint(error);
  }
}

/** A 403 from a Users and Access call, re-worded to say the key needs the Admin role. */
export function withUsersHint(error: unknown): unknown {
  return error instanceof ApiError && error.status === 403 ? error.withHint(USERS_FORBIDDEN_HINT) : error;
}

/**
 * Reads the full visible-apps list of anyone whose inline linkage was cut at
 * VISIBLE_APPS_INLINE (the relationship's `meta.paging.total` says how many there are).
 */
async function completeVisibleApps(
  client: AppStoreConnectClient,
  resources: Resource[],
  people: Access[],
  type: 'users' | 'userInvitations',
  apps: Map<string, AppLabel>,
): Promise<void> {
  const cut = resources
    .map((r, i) => ({ r, person: people[i] as Access }))
    .filter(({ r }) => (r.relationships?.visibleApps?.meta?.paging?.total ?? 0) > VISIBLE_APPS_INLINE);
  for (const { r, person } of cut) {
    const all = await getAll<AppAttributes>(client, `/v1/${type}/${encodeURIComponent(r.id)}/visibleApps`, {
      'fields[apps]': 'bundleId,name',
    });
    learnApps(apps, all.data);
    person.visibleAppIds = all.data.map((a) => a.id);
  }
}

function learnApps(apps: Map<string, AppLabel>, resources: readonly Resource[]): void {
  for (const r of resources) if (r.type === 'apps') apps.set(r.id, toApp(r as Resource<AppAttributes>));
}

function toApp(r: Resource<AppAttributes>): AppLabel {
  return {
    id: r.id,
    ...(r.attributes?.bundleId ? { bundleId: r.attributes.bundleId } : {}),
    ...(r.attributes?.name ? { name: r.attributes.name } : {}),
  };
}

function toUser(r: Resource<UserAttributes>): TeamUser {
  const a = r.attributes ?? {};
  const user: TeamUser = {
    id: r.id,
    username: a.username ?? '',
    roles: a.roles ?? [],
    allAppsVisible: a.allAppsVisible === true,
    provisioningAllowed: a.provisioningAllowed === true,
    visibleAppIds: relatedIds(r as Resource, 'visibleApps'),
  };
  if (a.firstName) user.firstName = a.firstName;
  if (a.lastName) user.lastName = a.lastName;
  return user;
}

function toInvitation(r: Resource<InvitationAttributes>): UserInvitation {
  const a = r.attributes ?? {};
  const invitation: UserInvitation = {
    id: r.id,
    email: a.email ?? '',
    roles: a.roles ?? [],
    allAppsVisible: a.allAppsVisible === true,
    provisioningAllowed: a.provisioningAllowed === true,
    visibleAppIds: relatedIds(r as Resource, 'visibleApps'),
  };
  if (a.firstName) invitation.firstName = a.firstName;
  if (a.lastName) invitation.lastName = a.lastName;
  if (a.expirationDate) invitation.expirationDate = a.expirationDate;
  return invitation;
}
