/**
 * Users and Access: /v1/users (GET, PATCH, DELETE; visible apps as a to-many relationship) and
 * /v1/userInvitations (GET, POST, DELETE). Every route needs a key with the Admin role (403
 * FORBIDDEN_ERROR otherwise).
 *
 * Behaves as Apple does where it matters to clients:
 * - `filter[username]` and `filter[email]` match without regard to case;
 * - there is no POST /v1/users: people join through an invitation; inviting an email that is
 *   already a member, or that already has a pending invitation, is 409;
 * - the Account Holder (role ACCOUNT_HOLDER) cannot be removed, and nobody can be given or
 *   lose that role through the API (409);
 * - an invitation needs at least one role, and visible apps must be apps of the team (409).
 *
 * Seed people with `seedUser`, `seedInvitation` and `seedAccountHolder`.
 */
import { apiError, requireRole } from '../errors.js';
import { applyFilters, byRelationship, json, page, resourceDocument, sortResources } from '../jsonapi.js';
import type { Resource, Store } from '../store.js';
import type { FakeRequest, RouteModule } from '../types.js';

/** How long an invitation stays open in the fake (Apple's period is not documented). */
export const INVITATION_DAYS = 30;

interface Identifier {
  type: string;
  id: string;
}

interface Person {
  firstName?: string | null;
  lastName?: string | null;
  roles?: string[];
  allAppsVisible?: boolean;
  provisioningAllowed?: boolean;
  visibleApps?: string[];
}

/** A member of the team. */
export function seedUser(store: Store, username: string, person: Person = {}, id?: string): Resource {
  return store.create(
    'users',
    {
      username,
      firstName: person.firstName ?? 'Team',
      lastName: person.lastName ?? 'Member',
      roles: person.roles ?? ['DEVELOPER'],
      allAppsVisible: person.allAppsVisible ?? true,
      provisioningAllowed: person.provisioningAllowed ?? false,
    },
    { visibleApps: person.visibleApps ?? [] },
    id,
  );
}

/** The team's Account Holder (roles ACCOUNT_HOLDER and ADMIN). */
export function seedAccountHolder(store: Store, username: string, id?: string): Resource {
  return seedUser(
    store,
    username,
    { firstName: 'Account', lastName: 'Holder', roles: ['ACCOUNT_HOLDER', 'ADMIN'], allAppsVisible: true },
    id,
  );
}

/** A pending invitation; `expirationDate` defaults to INVITATION_DAYS from `now`. */
export function seedInvitation(
  store: Store,
  email: string,
  person: Person & { expirationDate?: string } = {},
  id?: string,
  now = Date.now(),
): Resource {
  return store.create(
    'userInvitations',
    {
      email,
      firstName: person.firstName ?? 'Invited',
      lastName: person.lastName ?? 'Person',
      expirationDate: person.expirationDate ?? new Date(now + INVITATION_DAYS * 86_400_000).toISOString(),
      roles: person.roles ?? ['DEVELOPER'],
      allAppsVisible: person.allAppsVisible ?? true,
      provisioningAllowed: person.provisioningAllowed ?? false,
    },
    { visibleApps: person.visibleApps ?? [] },
    id,
  );
}

const sameEmail = (a: unknown, b: string) => String(a ?? '').toLowerCase() === b.trim().toLowerCase();

const byEmailAttribute =
  (attribute: string) =>
  (r: Resource, values: string[]): boolean =>
    values.some((v) => sameEmail(r.attributes[attribute], v));

const byRoles = (r: Resource, values: string[]): boolean => {
  const roles = (r.attributes.roles as string[] | undefined) ?? [];
  return values.some((v) => roles.includes(v));
};

const isAccountHolder = (r: Resource) =>
  ((r.attributes.roles as string[] | undefined) ?? []).includes('ACCOUNT_HOLDER');

function invalidAttribute(detail: string, pointer: string) {
  return apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', 'An attribute value is invalid.', detail, {
    pointer,
  });
}

/** The app ids of a linkage list, each checked to exist (409 naming the first unknown one). */
function appIds(store: Store, data: Identifier[] | undefined, pointer: string): string[] {
  return (data ?? []).map((d, i) => {
    if (!store.get('apps', d.id)) {
      throw apiError(
        409,
        'ENTITY_ERROR.RELATIONSHIP.INVALID',
        'The provided entity includes a relationship with an invalid value',
        `There is no resource of type 'apps' with id '${d.id}'`,
        { pointer: `${pointer}/${i}` },
      );
    }
    return d.id;
  });
}

function checkRoles(roles: string[], pointer: string, holder: boolean): void {
  if (roles.length === 0) throw invalidAttribute('At least one role is required', pointer);
  if (roles.includes('ACCOUNT_HOLDER') !== holder) {
    throw invalidAttribute(
      holder
        ? 'The Account Holder keeps the ACCOUNT_HOLDER role; it moves to another person only in App Store Connect'
        : 'The ACCOUNT_HOLDER role cannot be given through the API',
      pointer,
    );
  }
}

const USER_QUERY = ['fields[users]', 'fields[apps]', 'include', 'limit[visibleApps]'];
const INVITATION_QUERY = ['fields[userInvitations]', 'fields[apps]', 'include', 'limit[visibleApps]'];

export const usersRoutes: RouteModule = (router, { store, now }) => {
  const admin = (req: FakeRequest) => requireRole(req.key);

  // ---- members

  router.get(
    '/v1/users',
    (req) => {
      admin(req);
      const users = applyFilters(store.list('users'), req, {
        'filter[username]': byEmailAttribute('username'),
        'filter[roles]': byRoles,
        'filter[visibleApps]': byRelationship('visibleApps'),
      });
      return json(page(sortResources(users, req), req));
    },
    {
      supports: ['filter[username]', 'filter[roles]', 'filter[visibleApps]', 'sort', 'limit', ...USER_QUERY],
    },
  );

  router.get(
    '/v1/users/{id}',
    (req) => {
      admin(req);
      return json(resourceDocument(store.getOrThrow('users', req.params.id ?? ''), req));
    },
    { supports: USER_QUERY },
  );

  router.patch('/v1/users/{id}', (req) => {
    admin(req);
    const user = store.getOrThrow('users', req.params.id ?? '');
    const { attributes = {}, relationships } = (
      req.body as {
        data: {
          attributes?: {
            roles?: string[] | null;
            allAppsVisible?: boolean | null;
            provisioningAllowed?: boolean | null;
          };
          relationships?: { visibleApps?: { data?: Identifier[] } };
        };
      }
    ).data;
    const changes: Record<string, unknown> = {};
    if (attributes.roles != null) {
      checkRoles(attributes.roles, '/data/attributes/roles', isAccountHolder(user));
      changes.roles = [...new Set(attributes.roles)];
    }
    if (attributes.allAppsVisible != null) changes.allAppsVisible = attributes.allAppsVisible;
    if (attributes.provisioningAllowed != null) changes.provisioningAllowed = attributes.provisioningAllowed;
    const apps = relationships?.visibleApps
      ? appIds(store, relationships.visibleApps.data, '/data/relationships/visibleApps/data')
      : undefined;
    store.update('users', user.id, changes);
    if (apps) store.setRelationship('users', user.id, 'visibleApps', apps);
    return json(resourceDocument(user, req));
  });

  router.delete('/v1/users/{id}', (req) => {
    admin(req);
    const user = store.getOrThrow('users', req.params.id ?? '');
    if (isAccountHolder(user)) {
      throw apiError(
        409,
        'STATE_ERROR',
        'The request cannot be fulfilled because of the state of another resource.',
        'The Account Holder cannot be removed from the team',
      );
    }
    store.delete('users', user.id);
    return { status: 204 };
  });

  router.get(
    '/v1/users/{id}/visibleApps',
    (req) => {
      admin(req);
      return json(page(store.related(store.getOrThrow('users', req.params.id ?? ''), 'visibleApps'), req));
    },
    { supports: ['fields[apps]', 'limit'] },
  );

  router.get(
    '/v1/users/{id}/relationships/visibleApps',
    (req) => {
      admin(req);
      const doc = page(store.related(store.getOrThrow('users', req.params.id ?? ''), 'visibleApps'), req);
      return json({ ...doc, data: doc.data.map(({ type, id }) => ({ type, id })) });
    },
    { supports: ['limit'] },
  );

  const linkage = (req: FakeRequest) => appIds(store, (req.body as { data: Identifier[] }).data, '/data');

  router.patch('/v1/users/{id}/relationships/visibleApps', (req) => {
    admin(req);
    const user = store.getOrThrow('users', req.params.id ?? '');
    store.setRelationship('users', user.id, 'visibleApps', linkage(req));
    return { status: 204 };
  });

  router.post('/v1/users/{id}/relationships/visibleApps', (req) => {
    admin(req);
    const user = store.getOrThrow('users', req.params.id ?? '');
    store.addToRelationship('users', user.id, 'visibleApps', linkage(req));
    return { status: 204 };
  });

  router.delete('/v1/users/{id}/relationships/visibleApps', (req) => {
    admin(req);
    const user = store.getOrThrow('users', req.params.id ?? '');
    store.removeFromRelationship('users', user.id, 'visibleApps', linkage(req));
    return { status: 204 };
  });

  // ---- invitations

  router.get(
    '/v1/userInvitations',
    (req) => {
      admin(req);
      const invitations = applyFilters(store.list('userInvitations'), req, {
        'filter[email]': byEmailAttribute('email'),
        'filter[roles]': byRoles,
        'filter[visibleApps]': byRelationship('visibleApps'),
      });
      return json(page(sortResources(invitations, req), req));
    },
    {
      supports: [
        'filter[email]',
        'filter[roles]',
        'filter[visibleApps]',
        'sort',
        'limit',
        ...INVITATION_QUERY,
      ],
    },
  );

  router.get(
    '/v1/userInvitations/{id}',
    (req) => {
      admin(req);
      return json(resourceDocument(store.getOrThrow('userInvitations', req.params.id ?? ''), req));
    },
    { supports: INVITATION_QUERY },
  );

  router.post('/v1/userInvitations', (req) => {
    admin(req);
    const { attributes, relationships } = (
      req.body as {
        data: {
          attributes: {
            email: string;
            firstName: string;
            lastName: string;
            roles: string[];
            allAppsVisible?: boolean | null;
            provisioningAllowed?: boolean | null;
          };
          relationships?: { visibleApps?: { data?: Identifier[] } };
        };
      }
    ).data;
    const email = attributes.email.trim();
    if (store.list('users').some((u) => sameEmail(u.attributes.username, email))) {
      throw invalidAttribute(`'${email}' is already a member of this team`, '/data/attributes/email');
    }
    if (store.list('userInvitations').some((i) => sameEmail(i.attributes.email, email))) {
      throw invalidAttribute(`An invitation for '${email}' is already pending`, '/data/attributes/email');
    }
    checkRoles(attributes.roles, '/data/attributes/roles', false);
    const apps = appIds(store, relationships?.visibleApps?.data, '/data/relationships/visibleApps/data');
    const invitation = store.create(
      'userInvitations',
      {
        email,
        firstName: attributes.firstName,
        lastName: attributes.lastName,
        expirationDate: new Date(now() + INVITATION_DAYS * 86_400_000).toISOString(),
        roles: [...new Set(attributes.roles)],
        allAppsVisible: attributes.allAppsVisible ?? false,
        provisioningAllowed: attributes.provisioningAllowed ?? false,
      },
      { visibleApps: apps },
    );
    return json(resourceDocument(invitation, req), 201);
  });

  router.delete('/v1/userInvitations/{id}', (req) => {
    admin(req);
    const invitation = store.getOrThrow('userInvitations', req.params.id ?? '');
    store.delete('userInvitations', invitation.id);
    return { status: 204 };
  });

  router.get(
    '/v1/userInvitations/{id}/visibleApps',
    (req) => {
      admin(req);
      return json(
        page(store.related(store.getOrThrow('userInvitations', req.params.id ?? ''), 'visibleApps'), req),
      );
    },
    { supports: ['fields[apps]', 'limit'] },
  );

  router.get(
    '/v1/userInvitations/{id}/relationships/visibleApps',
    (req) => {
      admin(req);
      const doc = page(
        store.related(store.getOrThrow('userInvitations', req.params.id ?? ''), 'visibleApps'),
        req,
      );
      return json({ ...doc, data: doc.data.map(({ type, id }) => ({ type, id })) });
    },
    { supports: ['limit'] },
  );
};
