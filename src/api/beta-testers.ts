import type { AppStoreConnectClient } from './client.js';
import { changeRelationship } from './relationships.js';
import { relatedIds, type Document, type Resource } from './types.js';

/** A TestFlight tester as the action uses it. Names may be missing (Apple returns null). */
export interface BetaTester {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  state?: string;
  inviteType?: string;
  /** Only when the read asked for the tester's groups. */
  groupIds?: string[];
}

export interface BetaTesterAttributes {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  state?: string | null;
  inviteType?: string | null;
}

/** What a 403 means for tester and group calls. */
export const TESTERS_FORBIDDEN_HINT =
  'The API key’s role does not allow managing TestFlight testers and groups: use a key with the App Manager or Admin role (Users and Access → Integrations).';

const TESTER_FIELDS = 'email,firstName,lastName,state,inviteType';

export function toBetaTester(resource: Resource<BetaTesterAttributes>, withGroups = false): BetaTester {
  const a = resource.attributes ?? {};
  const tester: BetaTester = { id: resource.id, email: a.email ?? '' };
  if (a.firstName) tester.firstName = a.firstName;
  if (a.lastName) tester.lastName = a.lastName;
  if (a.state) tester.state = a.state;
  if (a.inviteType) tester.inviteType = a.inviteType;
  if (withGroups) tester.groupIds = relatedIds(resource as Resource, 'betaGroups');
  return tester;
}

/**
 * Every tester of the app, read once over all pages (200 a page). With `withGroups`, each
 * tester's groups come along (`include=betaGroups`, at most 50 groups a tester).
 */
export async function listAppTesters(
  client: AppStoreConnectClient,
  appId: string,
  options: { withGroups?: boolean } = {},
): Promise<BetaTester[]> {
  const all = await client.getAll<BetaTesterAttributes>('/v1/betaTesters', {
    'filter[apps]': appId,
    'fields[betaTesters]': options.withGroups ? `${TESTER_FIELDS},betaGroups` : TESTER_FIELDS,
    ...(options.withGroups
      ? { include: 'betaGroups', 'fields[betaGroups]': 'name', 'limit[betaGroups]': 50 }
      : {}),
  });
  return all.data.map((r) => toBetaTester(r, options.withGroups));
}

/** The ids of a group's testers (linkage only: the cheapest read of a group's members). */
export async function listGroupTesterIds(client: AppStoreConnectClient, groupId: string): Promise<string[]> {
  const all = await client.getAll(`/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`);
  return all.data.map((r) => r.id);
}

/** A group's testers with their details. */
export async function listGroupTesters(
  client: AppStoreConnectClient,
  groupId: string,
): Promise<BetaTester[]> {
  const all = await client.getAll<BetaTesterAttributes>(
    `/v1/betaGroups/${encodeURIComponent(groupId)}/betaTesters`,
    { 'fields[betaTesters]': TESTER_FIELDS },
  );
  return all.data.map((r) => toBetaTester(r));
}

/** How many testers a group has, from one small page's `meta.paging.total`. */
export async function countGroupTesters(client: AppStoreConnectClient, groupId: string): Promise<number> {
  const doc = await client.get<Document>(
    `/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`,
    { limit: 1 },
  );
  const total = doc.meta?.paging?.total;
  if (typeof total === 'number') return total;
  // No total given: count every page.
  return (await listGroupTesterIds(client, groupId)).length;
}

/** The team's tester with this email (any app), with their groups; undefined when none. */
export async function findTesterByEmail(
  client: AppStoreConnectClient,
  email: string,
): Promise<BetaTester | undefined> {
  const doc = await client.get<Document<BetaTesterAttributes>>('/v1/betaTesters', {
    'filter[email]': email,
    'fields[betaTesters]': `${TESTER_FIELDS},betaGroups`,
    include: 'betaGroups',
    'fields[betaGroups]': 'name',
    'limit[betaGroups]': 50,
    limit: 10,
  });
  const items = (Array.isArray(doc.data) ? doc.data : []) as Resource<BetaTesterAttributes>[];
  const match = items.find((r) => (r.attributes?.email ?? '').toLowerCase() === email.toLowerCase());
  return match ? toBetaTester(match, true) : undefined;
}

/** Creates (invites) a tester straight into the given groups. */
export async function createTester(
  client: AppStoreConnectClient,
  tester: { email: string; firstName?: string; lastName?: string },
  groupIds: readonly string[],
): Promise<BetaTester> {
  const attributes: Record<string, string> = { email: tester.email };
  if (tester.firstName) attributes.firstName = tester.firstName;
  if (tester.lastName) attributes.lastName = tester.lastName;
  const doc = await client.post<Document<BetaTesterAttributes>>(
    '/v1/betaTesters',
    {
      data: {
        type: 'betaTesters',
        attributes,
        relationships: { betaGroups: { data: groupIds.map((id) => ({ type: 'betaGroups', id })) } },
      },
    },
    { forbiddenHint: TESTERS_FORBIDDEN_HINT },
  );
  return toBetaTester(doc.data as Resource<BetaTesterAttributes>);
}

const changeTesters = (
  client: AppStoreConnectClient,
  change: 'add' | 'remove',
  ownerType: string,
  ownerId: string,
  testerIds: readonly string[],
) => changeRelationship(client, change, ownerType, ownerId, 'betaTesters', testerIds, TESTERS_FORBIDDEN_HINT);

/** Adds existing testers to a group, many in one call. */
export async function addTestersToGroup(
  client: AppStoreConnectClient,
  groupId: string,
  testerIds: readonly string[],
): Promise<void> {
  await changeTesters(client, 'add', 'betaGroups', groupId, testerIds);
}

/** Removes testers from a group (they stay testers of the app). */
export async function removeTestersFromGroup(
  client: AppStoreConnectClient,
  groupId: string,
  testerIds: readonly string[],
): Promise<void> {
  await changeTesters(client, 'remove', 'betaGroups', groupId, testerIds);
}

/** Removes testers from the app entirely (every group of it). Apple answers 202 or 204. */
export async function removeTestersFromApp(
  client: AppStoreConnectClient,
  appId: string,
  testerIds: readonly string[],
): Promise<void> {
  await changeTesters(client, 'remove', 'apps', appId, testerIds);
}
