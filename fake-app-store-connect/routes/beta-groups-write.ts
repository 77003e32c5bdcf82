/**
 * Beta group writes: POST /v1/betaGroups, PATCH and DELETE /v1/betaGroups/{id}.
 *
 * As at Apple: names are unique within an app (409 otherwise); `isInternalGroup` is set at
 * creation only; an internal group has no public link; `publicLinkLimit` is 1 to 10,000 and
 * setting it turns `publicLinkLimitEnabled` on unless the body says otherwise; enabling the
 * public link makes one. Deleting a group leaves its testers testers of the app.
 */
import { apiError, requireRole } from '../errors.js';
import { json, resourceDocument } from '../jsonapi.js';
import type { Resource, Store } from '../store.js';
import type { RouteModule } from '../types.js';
import { createBetaGroup } from './beta-groups.js';

interface GroupAttributes {
  name?: string | null;
  isInternalGroup?: boolean | null;
  hasAccessToAllBuilds?: boolean | null;
  publicLinkEnabled?: boolean | null;
  publicLinkLimitEnabled?: boolean | null;
  publicLinkLimit?: number | null;
  feedbackEnabled?: boolean | null;
  iosBuildsAvailableForAppleSiliconMac?: boolean | null;
  iosBuildsAvailableForAppleVision?: boolean | null;
}

interface Identifier {
  type: string;
  id: string;
}

const INVALID = 'An attribute value is invalid.';

function checkName(store: Store, appId: string, name: string, self?: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', INVALID, 'A beta group name can not be empty', {
      pointer: '/data/attributes/name',
    });
  }
  const taken = store
    .list('betaGroups')
    .some(
      (g) =>
        g.id !== self &&
        store.ids(g, 'app')[0] === appId &&
        String(g.attributes.name ?? '').toLowerCase() === trimmed.toLowerCase(),
    );
  if (taken) {
    throw apiError(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE',
      INVALID,
      `A beta group named '${trimmed}' already exists for this app`,
      { pointer: '/data/attributes/name' },
    );
  }
  return trimmed;
}

function checkLimit(limit: number | null | undefined): void {
  if (limit !== undefined && limit !== null && (limit < 1 || limit > 10_000)) {
    throw apiError(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID',
      INVALID,
      `The public link limit must be from 1 to 10000, not ${limit}`,
      { pointer: '/data/attributes/publicLinkLimit' },
    );
  }
}

function noPublicLinkOnInternal(internal: boolean, enabled: boolean | null | undefined): void {
  if (internal && enabled === true) {
    throw apiError(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID',
      INVALID,
      'An internal beta group can not have a public link',
      { pointer: '/data/attributes/publicLinkEnabled' },
    );
  }
}

function newPublicLink(): string {
  return `https://testflight.apple.com/join/${Math.random().toString(36).slice(2, 10)}`;
}

/** Applies the writable attributes of a create or update body to a group. */
function applyAttributes(group: Resource, attributes: GroupAttributes): void {
  const a = group.attributes;
  if (attributes.publicLinkEnabled !== undefined && attributes.publicLinkEnabled !== null) {
    a.publicLinkEnabled = attributes.publicLinkEnabled;
    if (attributes.publicLinkEnabled && !a.publicLink) a.publicLink = newPublicLink();
    if (!attributes.publicLinkEnabled) a.publicLink = null;
  }
  if (attributes.publicLinkLimit !== undefined) {
    a.publicLinkLimit = attributes.publicLinkLimit;
    if (attributes.publicLinkLimitEnabled === undefined)
      a.publicLinkLimitEnabled = attributes.publicLinkLimit !== null;
  }
  if (attributes.publicLinkLimitEnabled !== undefined && attributes.publicLinkLimitEnabled !== null) {
    a.publicLinkLimitEnabled = attributes.publicLinkLimitEnabled;
  }
  if (attributes.feedbackEnabled !== undefined && attributes.feedbackEnabled !== null) {
    a.feedbackEnabled = attributes.feedbackEnabled;
  }
  for (const name of ['iosBuildsAvailableForAppleSiliconMac', 'iosBuildsAvailableForAppleVision'] as const) {
    if (attributes[name] !== undefined) a[name] = attributes[name];
  }
}

export const betaGroupsWriteRoutes: RouteModule = (router, { store }) => {
  router.post('/v1/betaGroups', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const { attributes, relationships } = (
      req.body as {
        data: {
          attributes: GroupAttributes & { name: string };
          relationships: {
            app: { data: Identifier };
            builds?: { data?: Identifier[] };
            betaTesters?: { data?: Identifier[] };
          };
        };
      }
    ).data;
    const appId = relationships.app.data.id;
    if (!store.get('apps', appId)) {
      throw apiError(
        409,
        'ENTITY_ERROR.RELATIONSHIP.INVALID',
        'The provided entity includes a relationship with an invalid value',
        `There is no resource of type 'apps' with id '${appId}'`,
        { pointer: '/data/relationships/app/data/id' },
      );
    }
    const name = checkName(store, appId, attributes.name);
    const internal = attributes.isInternalGroup === true;
    noPublicLinkOnInternal(internal, attributes.publicLinkEnabled);
    checkLimit(attributes.publicLinkLimit);
    const group = createBetaGroup(store, appId, {
      name,
      isInternalGroup: internal,
      ...(internal && attributes.hasAccessToAllBuilds != null
        ? { hasAccessToAllBuilds: attributes.hasAccessToAllBuilds }
        : {}),
    });
    applyAttributes(group, attributes);
    const builds = (relationships.builds?.data ?? []).map((d) => store.getOrThrow('builds', d.id).id);
    if (builds.length) store.addToRelationship('betaGroups', group.id, 'builds', builds);
    const testers = (relationships.betaTesters?.data ?? []).map(
      (d) => store.getOrThrow('betaTesters', d.id).id,
    );
    if (testers.length) {
      store.addToRelationship('betaGroups', group.id, 'betaTesters', testers);
      for (const id of testers) store.addToRelationship('betaTesters', id, 'apps', appId);
    }
    return json(resourceDocument(group, req), 201);
  });

  router.patch('/v1/betaGroups/{id}', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const group = store.getOrThrow('betaGroups', req.params.id ?? '');
    const attributes = (req.body as { data: { attributes?: GroupAttributes } }).data.attributes ?? {};
    const internal = group.attributes.isInternalGroup === true;
    if (attributes.name !== undefined && attributes.name !== null) {
      group.attributes.name = checkName(store, store.ids(group, 'app')[0] ?? '', attributes.name, group.id);
    }
    noPublicLinkOnInternal(internal, attributes.publicLinkEnabled);
    checkLimit(attributes.publicLinkLimit);
    applyAttributes(group, attributes);
    return json(resourceDocument(group, req));
  });

  router.delete('/v1/betaGroups/{id}', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const group = store.getOrThrow('betaGroups', req.params.id ?? '');
    store.delete('betaGroups', group.id);
    return { status: 204 };
  });
};
