import type { AppStoreConnectClient, RequestOptions } from './client.js';
import type { Document, Resource } from './types.js';

/** A TestFlight beta group as the action uses it. */
export interface BetaGroup {
  id: string;
  name: string;
  isInternal: boolean;
  /** Internal groups that see every build get new builds without being assigned. */
  hasAccessToAllBuilds: boolean;
  publicLinkEnabled: boolean;
  publicLinkLimit?: number;
  publicLinkLimitEnabled: boolean;
  feedbackEnabled: boolean;
  publicLink?: string;
}

export interface BetaGroupAttributes {
  name?: string;
  isInternalGroup?: boolean;
  hasAccessToAllBuilds?: boolean | null;
  publicLinkEnabled?: boolean | null;
  publicLinkLimit?: number | null;
  publicLinkLimitEnabled?: boolean | null;
  feedbackEnabled?: boolean | null;
  publicLink?: string | null;
}

export function toBetaGroup(resource: Resource<BetaGroupAttributes>): BetaGroup {
  const a = resource.attributes ?? {};
  return {
    id: resource.id,
    name: a.name ?? '',
    isInternal: a.isInternalGroup === true,
    hasAccessToAllBuilds: a.hasAccessToAllBuilds === true,
    publicLinkEnabled: a.publicLinkEnabled === true,
    publicLinkLimit: a.publicLinkLimit ?? undefined,
    publicLinkLimitEnabled: a.publicLinkLimitEnabled === true,
    feedbackEnabled: a.feedbackEnabled !== false,
    publicLink: a.publicLink ?? undefined,
  };
}

/** Every beta group of the app (one request for up to 200 groups). */
export async function listBetaGroups(client: AppStoreConnectClient, appId: string): Promise<BetaGroup[]> {
  const all = await client.getAll<BetaGroupAttributes>('/v1/betaGroups', {
    'filter[app]': appId,
    sort: 'name',
  });
  return all.data.map(toBetaGroup);
}

/** Attributes create-group and update-group send (only those given). */
export interface BetaGroupWrite {
  name?: string;
  publicLinkEnabled?: boolean;
  publicLinkLimit?: number;
  publicLinkLimitEnabled?: boolean;
  feedbackEnabled?: boolean;
}

/** Creates a beta group of the app. `isInternalGroup` cannot change later. */
export async function createBetaGroup(
  client: AppStoreConnectClient,
  appId: string,
  attributes: BetaGroupWrite & { name: string; isInternalGroup: boolean },
  options: RequestOptions = {},
): Promise<BetaGroup> {
  const doc = await client.post<Document<BetaGroupAttributes>>(
    '/v1/betaGroups',
    {
      data: {
        type: 'betaGroups',
        attributes,
        relationships: { app: { data: { type: 'apps', id: appId } } },
      },
    },
    options,
  );
  return toBetaGroup(doc.data as Resource<BetaGroupAttributes>);
}

/** Changes the given attributes of a group. */
export async function updateBetaGroup(
  client: AppStoreConnectClient,
  groupId: string,
  attributes: BetaGroupWrite,
  options: RequestOptions = {},
): Promise<BetaGroup> {
  const doc = await client.patch<Document<BetaGroupAttributes>>(
    `/v1/betaGroups/${encodeURIComponent(groupId)}`,
    { data: { type: 'betaGroups', id: groupId, attributes } },
    options,
  );
  return toBetaGroup(doc.data as Resource<BetaGroupAttributes>);
}

/** Deletes a group; its testers stay testers of the app. */
export async function deleteBetaGroup(
  client: AppStoreConnectClient,
  groupId: string,
  options: RequestOptions = {},
): Promise<void> {
  await client.delete(`/v1/betaGroups/${encodeURIComponent(groupId)}`, undefined, options);
}
