/**
 * TestFlight testers: GET/POST /v1/betaTesters, GET/DELETE /v1/betaTesters/{id}, a group's
 * testers (/v1/betaGroups/{id}/betaTesters and its relationship: GET, POST, DELETE), and
 * DELETE /v1/apps/{id}/relationships/betaTesters.
 *
 * Behaves as Apple does where it matters to clients:
 * - one relationship filter (apps, betaGroups, builds) per tester query, else 400;
 * - `filter[email]` is case-insensitive; names may be null;
 * - a tester created with POST /v1/betaTesters is missing from the first `filter[email]` query
 *   after it (the read-back lags one poll);
 * - POST /v1/betaTesters for an email already in every requested group is 409; for an email the
 *   team already has, it links the missing groups and answers 201 with that tester;
 * - adding to a group a tester already in it is 409, and so is adding to an internal group anyone
 *   whose email is not a team user (`users` resources, attribute `username`): the whole request
 *   is refused with one error per offending tester and nothing changes;
 * - removing from the app answers 202 (Apple answers 202 or 204).
 */
import { apiError, apiErrors, requireRole, type ErrorSpec } from '../errors.js';
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
import type { Resource, Store } from '../store.js';
import type { FakeRequest, RouteModule } from '../types.js';

const INVALID_RELATIONSHIP = 'The provided entity includes a relationship with an invalid value';

interface Identifier {
  type: string;
  id: string;
}

interface CreateTesterBody {
  data: {
    attributes: { email: string; firstName?: string | null; lastName?: string | null };
    relationships?: { betaGroups?: { data?: Identifier[] }; builds?: { data?: Identifier[] } };
  };
}

/** True when the email belongs to a user of the team (who may join internal groups). */
export function isTeamUser(store: Store, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return store.list('users').some((u) => String(u.attributes.username ?? '').toLowerCase() === wanted);
}

function findTesterByEmail(store: Store, email: string): Resource | undefined {
  const wanted = email.trim().toLowerCase();
  return store.list('betaTesters').find((t) => String(t.attributes.email ?? '').toLowerCase() === wanted);
}

function appOf(store: Store, resource: Resource): string | undefined {
  return store.ids(resource, 'app')[0];
}

/** Links a tester to groups and builds, and to the apps they belong to. */
function link(store: Store, tester: Resource, groups: Resource[], builds: Resource[]): void {
  if (groups.length)
    store.addToRelationship(
      'betaTesters',
      tester.id,
      'betaGroups',
      groups.map((g) => g.id),
    );
  if (builds.length)
    store.addToRelationship(
      'betaTesters',
      tester.id,
      'builds',
      builds.map((b) => b.id),
    );
  for (const target of [...groups, ...builds]) {
    const appId = appOf(store, target);
    if (appId && store.get('apps', appId)) store.addToRelationship('betaTesters', tester.id, 'apps', appId);
  }
}

function notTeamUser(email: string, group: Resource, pointer: string): ErrorSpec {
  return {
    code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
    title: INVALID_RELATIONSHIP,
    detail: `'${email}' is not a user of this App Store Connect team, so it cannot join the internal group '${String(group.attributes.name)}' (internal testers must be team members in Users and Access)`,
    source: { pointer },
  };
}

function identifiers(req: FakeRequest): string[] {
  return ((req.body as { data: Identifier[] }).data ?? []).map((d) => d.id);
}

const TESTER_FIELDS = ['fields[betaTesters]', 'fields[apps]', 'fields[betaGroups]', 'fields[builds]'];
const RELATIONSHIP_FILTERS = ['filter[apps]', 'filter[betaGroups]', 'filter[builds]'];

export const betaTestersRoutes: RouteModule = (router, { store }) => {
  // Testers created but not yet visible to `filter[email]` (each is hidden from one such query).
  const lagging = new Set<string>();

  router.get(
    '/v1/betaTesters',
    (req) => {
      const relationshipFilters = RELATIONSHIP_FILTERS.filter((name) => req.query.has(name));
      if (relationshipFilters.length > 1) {
        throw apiError(
          400,
          'PARAMETER_ERROR.INVALID',
          'A parameter has an invalid value',
          `Only one relationship filter can be used per request; got ${relationshipFilters.join(' and ')}`,
          { parameter: relationshipFilters[1] as string },
        );
      }
      let testers = applyFilters(store.list('betaTesters'), req, {
        'filter[email]': (t, values) =>
          values.some((v) => v.toLowerCase() === String(t.attributes.email ?? '').toLowerCase()),
        'filter[firstName]': byAttribute('firstName'),
        'filter[lastName]': byAttribute('lastName'),
        'filter[inviteType]': byAttribute('inviteType'),
        'filter[id]': byId,
        'filter[apps]': byRelationship('apps'),
        'filter[betaGroups]': byRelationship('betaGroups'),
        'filter[builds]': byRelationship('builds'),
      });
      if (req.query.has('filter[email]')) {
        testers = testers.filter((t) => !lagging.delete(t.id));
      }
      return json(page(sortResources(testers, req), req));
    },
    {
      supports: [
        'filter[email]',
        'filter[firstName]',
        'filter[lastName]',
        'filter[inviteType]',
        'filter[id]',
        ...RELATIONSHIP_FILTERS,
        'sort',
        'limit',
        'include',
        ...TESTER_FIELDS,
        'limit[apps]',
        'limit[betaGroups]',
        'limit[builds]',
      ],
    },
  );

  router.post('/v1/betaTesters', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const { attributes, relationships } = (req.body as CreateTesterBody).data;
    const email = attributes.email.trim();
    const lookup = (type: string, ids: Identifier[] | undefined, name: string): Resource[] =>
      (ids ?? []).map((d, i) => {
        const found = store.get(type, d.id);
        if (!found) {
          throw apiError(
            409,
            'ENTITY_ERROR.RELATIONSHIP.INVALID',
            INVALID_RELATIONSHIP,
            `There is no resource of type '${type}' with id '${d.id}'`,
            { pointer: `/data/relationships/${name}/data/${i}` },
          );
        }
        return found;
      });
    const groups = lookup('betaGroups', relationships?.betaGroups?.data, 'betaGroups');
    const builds = lookup('builds', relationships?.builds?.data, 'builds');
    if (groups.length === 0 && builds.length === 0) {
      throw apiError(
        409,
        'ENTITY_ERROR.RELATIONSHIP.REQUIRED',
        'The provided entity is missing a required relationship',
        'A beta tester is created into at least one beta group or build',
        { pointer: '/data/relationships' },
      );
    }
    const refused = groups
      .map((g, i) =>
        g.attributes.isInternalGroup === true && !isTeamUser(store, email) ? { g, i } : undefined,
      )
      .filter((x) => x !== undefined);
    if (refused.length > 0) {
      throw apiErrors(
        409,
        refused.map(({ g, i }) => notTeamUser(email, g, `/data/relationships/betaGroups/data/${i}`)),
      );
    }
    const existing = findTesterByEmail(store, email);
    if (existing) {
      const missingGroups = groups.filter((g) => !store.ids(existing, 'betaGroups').includes(g.id));
      const missingBuilds = builds.filter((b) => !store.ids(existing, 'builds').includes(b.id));
      if (missingGroups.length === 0 && missingBuilds.length === 0) {
        throw apiError(
          409,
          'ENTITY_ERROR.ATTRIBUTE.INVALID',
          'An attribute value is invalid.',
          `A beta tester with the email '${email}' already exists in the requested groups and builds`,
          { pointer: '/data/attributes/email' },
        );
      }
      link(store, existing, missingGroups, missingBuilds);
      return json(resourceDocument(existing, req), 201);
    }
    const tester = store.create('betaTesters', {
      firstName: attributes.firstName ?? null,
      lastName: attributes.lastName ?? null,
      email,
      inviteType: 'EMAIL',
      state: 'INVITED',
      appDevices: [],
    });
    link(store, tester, groups, builds);
    lagging.add(tester.id);
    return json(resourceDocument(tester, req), 201);
  });

  router.get(
    '/v1/betaTesters/{id}',
    (req) => json(resourceDocument(store.getOrThrow('betaTesters', req.params.id ?? ''), req)),
    { supports: ['include', ...TESTER_FIELDS, 'limit[apps]', 'limit[betaGroups]', 'limit[builds]'] },
  );

  router.delete('/v1/betaTesters/{id}', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const tester = store.getOrThrow('betaTesters', req.params.id ?? '');
    store.delete('betaTesters', tester.id);
    lagging.delete(tester.id);
    return { status: 204 };
  });

  router.get(
    '/v1/betaGroups/{id}/relationships/betaTesters',
    (req) => {
      const group = store.getOrThrow('betaGroups', req.params.id ?? '');
      const doc = page(store.related(group, 'betaTesters'), req);
      return json({ ...doc, data: doc.data.map(({ type, id }) => ({ type, id })) });
    },
    { supports: ['limit'] },
  );

  router.get(
    '/v1/betaGroups/{id}/betaTesters',
    (req) => {
      const group = store.getOrThrow('betaGroups', req.params.id ?? '');
      return json(page(store.related(group, 'betaTesters'), req));
    },
    { supports: ['fields[betaTesters]', 'limit'] },
  );

  router.post('/v1/betaGroups/{id}/relationships/betaTesters', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const group = store.getOrThrow('betaGroups', req.params.id ?? '');
    const members = new Set(store.ids(group, 'betaTesters'));
    const internal = group.attributes.isInternalGroup === true;
    const errors: ErrorSpec[] = [];
    const testers: Resource[] = [];
    identifiers(req).forEach((id, i) => {
      const pointer = `/data/${i}`;
      const tester = store.get('betaTesters', id);
      if (!tester) {
        errors.push({
          code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
          title: INVALID_RELATIONSHIP,
          detail: `There is no resource of type 'betaTesters' with id '${id}'`,
          source: { pointer },
        });
        return;
      }
      const email = String(tester.attributes.email ?? '');
      if (members.has(id)) {
        errors.push({
          code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
          title: INVALID_RELATIONSHIP,
          detail: `The beta tester '${email}' is already in the group '${String(group.attributes.name)}'`,
          source: { pointer },
        });
      } else if (internal && !isTeamUser(store, email)) {
        errors.push(notTeamUser(email, group, pointer));
      } else testers.push(tester);
    });
    if (errors.length > 0) throw apiErrors(409, errors);
    for (const tester of testers) link(store, tester, [group], []);
    return { status: 204 };
  });

  router.delete('/v1/betaGroups/{id}/relationships/betaTesters', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const group = store.getOrThrow('betaGroups', req.params.id ?? '');
    const ids = identifiers(req);
    const unknown = ids.filter((id) => !store.get('betaTesters', id));
    if (unknown.length > 0) {
      throw apiErrors(
        409,
        unknown.map((id) => ({
          code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
          title: INVALID_RELATIONSHIP,
          detail: `There is no resource of type 'betaTesters' with id '${id}'`,
          source: { pointer: `/data/${ids.indexOf(id)}` },
        })),
      );
    }
    store.removeFromRelationship('betaGroups', group.id, 'betaTesters', ids);
    return { status: 204 };
  });

  router.delete('/v1/apps/{id}/relationships/betaTesters', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const app = store.getOrThrow('apps', req.params.id ?? '');
    const ids = identifiers(req);
    const unknown = ids.filter((id) => !store.get('betaTesters', id));
    if (unknown.length > 0) {
      throw apiErrors(
        409,
        unknown.map((id) => ({
          code: 'ENTITY_ERROR.RELATIONSHIP.INVALID',
          title: INVALID_RELATIONSHIP,
          detail: `There is no resource of type 'betaTesters' with id '${id}'`,
          source: { pointer: `/data/${ids.indexOf(id)}` },
        })),
      );
    }
    for (const id of ids) {
      const tester = store.getOrThrow('betaTesters', id);
      const groups = store.related(tester, 'betaGroups').filter((g) => appOf(store, g) === app.id);
      if (groups.length)
        store.removeFromRelationship(
          'betaTesters',
          id,
          'betaGroups',
          groups.map((g) => g.id),
        );
      const builds = store.related(tester, 'builds').filter((b) => appOf(store, b) === app.id);
      if (builds.length)
        store.removeFromRelationship(
          'betaTesters',
          id,
          'builds',
          builds.map((b) => b.id),
        );
      store.removeFromRelationship('betaTesters', id, 'apps', app.id);
    }
    return { status: 202 };
  });
};
