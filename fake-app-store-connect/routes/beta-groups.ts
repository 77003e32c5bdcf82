/**
 * Beta groups: GET /v1/betaGroups (filters app, name, id, isInternalGroup, builds) and
 * GET /v1/betaGroups/{id}. Attributes as at Apple: name, isInternalGroup, hasAccessToAllBuilds,
 * publicLinkEnabled, publicLinkLimit, publicLinkLimitEnabled, publicLink, feedbackEnabled,
 * createdDate. Writes and tester relationships live with the testers routes.
 */
import {
  applyFilters,
  byAttribute,
  byId,
  byRelationship,
  json,
  page,
  resourceDocument,
  sortResources,
} from '../jsonapi.js';
import type { Resource } from '../store.js';
import type { RouteModule } from '../types.js';

const byBoolean =
  (name: string) =>
  (resource: Resource, values: string[]): boolean =>
    values.includes(String(resource.attributes[name] === true));

export const betaGroupsReadRoutes: RouteModule = (router, { store }) => {
  router.get(
    '/v1/betaGroups',
    (req) => {
      const groups = applyFilters(store.list('betaGroups'), req, {
        'filter[app]': byRelationship('app'),
        'filter[name]': byAttribute('name'),
        'filter[id]': byId,
        'filter[builds]': byRelationship('builds'),
        'filter[isInternalGroup]': byBoolean('isInternalGroup'),
        'filter[publicLinkEnabled]': byBoolean('publicLinkEnabled'),
      });
      return json(page(sortResources(groups, req), req));
    },
    {
      supports: [
        'filter[app]',
        'filter[name]',
        'filter[id]',
        'filter[builds]',
        'filter[isInternalGroup]',
        'filter[publicLinkEnabled]',
        'sort',
        'limit',
        'include',
        'fields[betaGroups]',
        'fields[apps]',
        'fields[builds]',
        'fields[betaTesters]',
        'limit[builds]',
        'limit[betaTesters]',
      ],
    },
  );
  router.get(
    '/v1/betaGroups/{id}',
    (req) => json(resourceDocument(store.getOrThrow('betaGroups', req.params.id ?? ''), req)),
    {
      supports: [
        'include',
        'fields[betaGroups]',
        'fields[apps]',
        'fields[builds]',
        'fields[betaTesters]',
        'limit[builds]',
        'limit[betaTesters]',
      ],
    },
  );
};

/** Seeds a group as App Store Connect would store it. */
export function createBetaGroup(
  store: {
    create(
      type: string,
      attributes: Record<string, unknown>,
      relationships?: Record<string, string | string[] | null>,
      id?: string,
    ): Resource;
  },
  appId: string,
  attributes: {
    name: string;
    isInternalGroup?: boolean;
    hasAccessToAllBuilds?: boolean;
    publicLinkEnabled?: boolean;
    publicLinkLimit?: number;
    feedbackEnabled?: boolean;
  },
  id?: string,
): Resource {
  const internal = attributes.isInternalGroup === true;
  return store.create(
    'betaGroups',
    {
      name: attributes.name,
      isInternalGroup: internal,
      hasAccessToAllBuilds: internal ? (attributes.hasAccessToAllBuilds ?? false) : null,
      publicLinkEnabled: attributes.publicLinkEnabled ?? false,
      publicLinkLimit: attributes.publicLinkLimit ?? null,
      publicLinkLimitEnabled: attributes.publicLinkLimit !== undefined,
      publicLink: attributes.publicLinkEnabled
        ? `https://testflight.apple.com/join/${Math.random().toString(36).slice(2, 10)}`
        : null,
      feedbackEnabled: attributes.feedbackEnabled ?? true,
      createdDate: new Date().toISOString(),
    },
    { app: appId },
    id,
  );
}
