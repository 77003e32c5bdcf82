import { listBetaGroups, toBetaGroup, type BetaGroup, type BetaGroupAttributes } from './beta-groups.js';
import type { AppStoreConnectClient, Query, RequestOptions } from './client.js';
import { ApiError, NotFoundError } from './errors.js';
import { findIncluded, type Document, type Resource } from './types.js';

/** The app as the `app` input names it: its Apple id or its bundle id. */
export type AppRef = { kind: 'id'; id: string } | { kind: 'bundleId'; bundleId: string };

export interface App {
  id: string;
  bundleId: string;
  name: string;
}

type AppAttributes = { bundleId?: string; name?: string };

/**
 * Looks the app up by Apple id or bundle id; a NotFoundError ('app') when the key sees no such
 * app. `query` adds fields and includes to the one request.
 */
async function findApp(
  client: AppStoreConnectClient,
  ref: AppRef,
  query: Query,
  options: RequestOptions = {},
): Promise<{ resource: Resource<AppAttributes>; included: Resource[] }> {
  if (ref.kind === 'id') {
    try {
      const doc = await client.get<Document<AppAttributes>>(
        `/v1/apps/${encodeURIComponent(ref.id)}`,
        query,
        options,
      );
      return { resource: doc.data as Resource<AppAttributes>, included: doc.included ?? [] };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        throw new NotFoundError('app', `no app with Apple id '${ref.id}' is visible to this API key.`);
      }
      throw error;
    }
  }
  const doc = await client.get<Document<AppAttributes>>(
    '/v1/apps',
    { 'filter[bundleId]': ref.bundleId, limit: 10, ...query },
    options,
  );
  // filter[bundleId] also matches longer ids with the same prefix on Apple's side: pick the exact one.
  const match = (doc.data as Resource<AppAttributes>[]).find(
    (a) => a.attributes?.bundleId?.toLowerCase() === ref.bundleId.toLowerCase(),
  );
  if (!match) {
    throw new NotFoundError(
      'app',
      `no app with bundle id '${ref.bundleId}' is visible to this API key (check the bundle id, and that the key's team owns the app).`,
    );
  }
  return { resource: match, included: doc.included ?? [] };
}

/** The app by Apple id or bundle id; a NotFoundError ('app') when the key sees none. */
export async function resolveApp(client: AppStoreConnectClient, ref: AppRef): Promise<App> {
  return toApp((await findApp(client, ref, { 'fields[apps]': 'bundleId,name' })).resource);
}

/**
 * The app and its beta groups in one request (`include=betaGroups`); the groups are read again
 * in full only when the app has more than 50. A NotFoundError ('app') when there is no such app.
 */
export async function resolveAppWithGroups(
  client: AppStoreConnectClient,
  ref: AppRef,
  options: RequestOptions = {},
): Promise<{ app: App; groups: BetaGroup[] }> {
  const { resource, included } = await findApp(
    client,
    ref,
    { 'fields[apps]': 'bundleId,name,betaGroups', include: 'betaGroups', 'limit[betaGroups]': 50 },
    options,
  );
  const app = toApp(resource);
  const linkage = resource.relationships?.betaGroups;
  const ids = Array.isArray(linkage?.data) ? linkage.data.map((d) => d.id) : undefined;
  const total = linkage?.meta?.paging?.total;
  if (ids && (total === undefined || total <= ids.length)) {
    const groups = ids
      .map((id) => findIncluded<BetaGroupAttributes>(included, 'betaGroups', id))
      .filter((g): g is Resource<BetaGroupAttributes> => g !== undefined)
      .map(toBetaGroup);
    if (groups.length === ids.length) return { app, groups };
  }
  return { app, groups: await listBetaGroups(client, app.id) };
}

function toApp(resource: Resource<AppAttributes>): App {
  return {
    id: resource.id,
    bundleId: resource.attributes?.bundleId ?? '',
    name: resource.attributes?.name ?? '',
  };
}
