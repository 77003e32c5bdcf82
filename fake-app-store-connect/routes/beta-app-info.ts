/**
 * Beta App Information: betaAppLocalizations (GET, POST, PATCH, DELETE; also listed at
 * /v1/apps/{id}/betaAppLocalizations), betaAppReviewDetails and betaLicenseAgreements (GET and
 * PATCH, also at /v1/apps/{id}/betaAppReviewDetail and /v1/apps/{id}/betaLicenseAgreement).
 *
 * As at Apple: each app has one review detail and one license agreement from the start (made
 * here on first use, which no client can tell apart); there is no POST for them. One
 * localization per locale and app (a second is 409); a locale outside App Store localizations
 * is 409; a description over 4,000 characters is 409; and a field that holds text cannot be
 * emptied again ("you can change that data, but you cannot remove data").
 */
import { apiError } from '../errors.js';
import { applyFilters, byAttribute, byRelationship, json, page, resourceDocument } from '../jsonapi.js';
import type { Resource, Store } from '../store.js';
import type { RouteModule } from '../types.js';

/** The locales the fake accepts: App Store localizations, as the real API's docs list them. */
export const FAKE_LOCALES = new Set(
  'ar-SA ca cs da de-DE el en-AU en-CA en-GB en-US es-ES es-MX fi fr-CA fr-FR he hi hr hu id it ja ko ms nl-NL no pl pt-BR pt-PT ro ru sk sv th tr uk vi zh-Hans zh-Hant'.split(
    ' ',
  ),
);

const INVALID = 'An attribute value is invalid.';

function defineRelationships(store: Store): void {
  store.defineRelationship('apps', 'betaAppLocalizations', 'betaAppLocalizations', 'many', {
    inverse: 'app',
  });
  store.defineRelationship('betaAppLocalizations', 'app', 'apps', 'one', { inverse: 'betaAppLocalizations' });
  store.defineRelationship('apps', 'betaAppReviewDetail', 'betaAppReviewDetails', 'one', { inverse: 'app' });
  store.defineRelationship('betaAppReviewDetails', 'app', 'apps', 'one', { inverse: 'betaAppReviewDetail' });
  store.defineRelationship('apps', 'betaLicenseAgreement', 'betaLicenseAgreements', 'one', {
    inverse: 'app',
  });
  store.defineRelationship('betaLicenseAgreements', 'app', 'apps', 'one', {
    inverse: 'betaLicenseAgreement',
  });
}

/** The app's review detail, made empty (as Apple makes it) the first time it is needed. */
export function reviewDetailOf(store: Store, appId: string): Resource {
  const app = store.getOrThrow('apps', appId);
  const existing = store.related(app, 'betaAppReviewDetail')[0];
  if (existing) return existing;
  return store.create(
    'betaAppReviewDetails',
    {
      contactFirstName: null,
      contactLastName: null,
      contactPhone: null,
      contactEmail: null,
      demoAccountName: null,
      demoAccountPassword: null,
      demoAccountRequired: false,
      notes: null,
    },
    { app: appId },
    `${appId}`,
  );
}

/** The app's license agreement, made empty the first time it is needed. */
export function licenseOf(store: Store, appId: string): Resource {
  const app = store.getOrThrow('apps', appId);
  const existing = store.related(app, 'betaLicenseAgreement')[0];
  if (existing) return existing;
  return store.create('betaLicenseAgreements', { agreementText: null }, { app: appId }, `${appId}`);
}

/** Seeds a localization (tests and the demo). */
export function seedBetaAppLocalization(
  store: Store,
  appId: string,
  locale: string,
  attributes: Record<string, string | null> = {},
): Resource {
  return store.create(
    'betaAppLocalizations',
    {
      feedbackEmail: null,
      marketingUrl: null,
      privacyPolicyUrl: null,
      tvOsPrivacyPolicy: null,
      description: null,
      locale,
      ...attributes,
    },
    { app: appId },
  );
}

/** Refuses what Apple refuses in a localization's attributes; answers 409 with a pointer. */
function checkLocalization(attributes: Record<string, unknown>, current?: Resource): void {
  const description = attributes.description;
  if (typeof description === 'string' && description.length > 4000) {
    throw apiError(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG',
      INVALID,
      'The description can not be longer than 4000 characters.',
      { pointer: '/data/attributes/description' },
    );
  }
  refuseRemoval(attributes, current, 'betaAppLocalizations');
}

function refuseRemoval(
  attributes: Record<string, unknown>,
  current: Resource | undefined,
  type: string,
): void {
  if (!current) return;
  for (const [name, value] of Object.entries(attributes)) {
    const before = current.attributes[name];
    if ((value === null || value === '') && typeof before === 'string' && before !== '') {
      throw apiError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID',
        INVALID,
        `The ${type} attribute '${name}' holds a value and cannot be removed.`,
        { pointer: `/data/attributes/${name}` },
      );
    }
  }
}

function checkBodyId(id: string, bodyId: unknown): void {
  if (bodyId !== id) {
    throw apiError(
      409,
      'ENTITY_ERROR.ID.INVALID',
      'The provided entity id is invalid',
      `The id in the body ('${String(bodyId)}') does not match the id in the path ('${id}').`,
      { pointer: '/data/id' },
    );
  }
}

interface Body {
  data: {
    id?: string;
    attributes?: Record<string, unknown>;
    relationships?: { app?: { data?: { id?: string } } };
  };
}

export const betaAppInfoRoutes: RouteModule = (router, { store }) => {
  defineRelationships(store);
  const FIELDS = ['fields[betaAppLocalizations]', 'fields[apps]', 'include'];

  router.get(
    '/v1/betaAppLocalizations',
    (req) => {
      const list = applyFilters(store.list('betaAppLocalizations'), req, {
        'filter[app]': byRelationship('app'),
        'filter[locale]': byAttribute('locale'),
      });
      return json(page(list, req));
    },
    { supports: ['filter[app]', 'filter[locale]', 'limit', ...FIELDS] },
  );

  router.get(
    '/v1/apps/{id}/betaAppLocalizations',
    (req) => {
      const app = store.getOrThrow('apps', req.params.id ?? '');
      return json(page(store.related(app, 'betaAppLocalizations'), req));
    },
    { supports: ['fields[betaAppLocalizations]', 'limit'] },
  );

  router.get(
    '/v1/betaAppLocalizations/{id}',
    (req) => json(resourceDocument(store.getOrThrow('betaAppLocalizations', req.params.id ?? ''), req)),
    { supports: FIELDS },
  );

  router.post('/v1/betaAppLocalizations', (req) => {
    const { attributes = {}, relationships } = (req.body as Body).data;
    const appId = relationships?.app?.data?.id ?? '';
    const app = store.get('apps', appId);
    if (!app) {
      throw apiError(
        409,
        'ENTITY_ERROR.RELATIONSHIP.INVALID',
        'The provided entity includes a relationship with an invalid value',
        `There is no resource of type 'apps' with id '${appId}'`,
        { pointer: '/data/relationships/app' },
      );
    }
    const locale = String(attributes.locale ?? '');
    if (!FAKE_LOCALES.has(locale)) {
      throw apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', INVALID, `'${locale}' is not a valid locale.`, {
        pointer: '/data/attributes/locale',
      });
    }
    if (store.related(app, 'betaAppLocalizations').some((l) => l.attributes.locale === locale)) {
      throw apiError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE',
        INVALID,
        `A beta app localization for '${locale}' already exists for this app.`,
        { pointer: '/data/attributes/locale' },
      );
    }
    checkLocalization(attributes);
    const created = seedBetaAppLocalization(
      store,
      app.id,
      locale,
      attributes as Record<string, string | null>,
    );
    return json(resourceDocument(created, req), 201);
  });

  router.patch('/v1/betaAppLocalizations/{id}', (req) => {
    const current = store.getOrThrow('betaAppLocalizations', req.params.id ?? '');
    const { id, attributes = {} } = (req.body as Body).data;
    checkBodyId(current.id, id);
    checkLocalization(attributes, current);
    store.update('betaAppLocalizations', current.id, attributes);
    return json(resourceDocument(current, req));
  });

  router.delete('/v1/betaAppLocalizations/{id}', (req) => {
    const current = store.getOrThrow('betaAppLocalizations', req.params.id ?? '');
    store.delete('betaAppLocalizations', current.id);
    return { status: 204 };
  });

  for (const [type, one, make] of [
    ['betaAppReviewDetails', 'betaAppReviewDetail', reviewDetailOf],
    ['betaLicenseAgreements', 'betaLicenseAgreement', licenseOf],
  ] as const) {
    const fields = [`fields[${type}]`, 'fields[apps]', 'include'];
    router.get(
      `/v1/${type}`,
      (req) => {
        for (const app of store.list('apps')) make(store, app.id);
        const list = applyFilters(store.list(type), req, { 'filter[app]': byRelationship('app') });
        return json(page(list, req));
      },
      { supports: ['filter[app]', 'limit', ...fields] },
    );
    router.get(
      `/v1/apps/{id}/${one}`,
      (req) => json(resourceDocument(make(store, req.params.id ?? ''), req)),
      { supports: [`fields[${type}]`] },
    );
    router.get(
      `/v1/${type}/{id}`,
      (req) => json(resourceDocument(store.getOrThrow(type, req.params.id ?? ''), req)),
      {
        supports: fields,
      },
    );
    router.patch(`/v1/${type}/{id}`, (req) => {
      const current = store.getOrThrow(type, req.params.id ?? '');
      const { id, attributes = {} } = (req.body as Body).data;
      checkBodyId(current.id, id);
      refuseRemoval(attributes, current, type);
      store.update(type, current.id, attributes);
      return json(resourceDocument(current, req));
    });
  }
};
