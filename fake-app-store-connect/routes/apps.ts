/** GET /v1/apps and GET /v1/apps/{id}. App attributes: name, bundleId, sku, primaryLocale. */
import { applyFilters, byAttribute, byId, json, page, resourceDocument, sortResources } from '../jsonapi.js';
import type { RouteModule } from '../types.js';

export const appsRoutes: RouteModule = (router, { store }) => {
  router.get(
    '/v1/apps',
    (req) => {
      const apps = applyFilters(store.list('apps'), req, {
        'filter[bundleId]': byAttribute('bundleId'),
        'filter[name]': byAttribute('name'),
        'filter[sku]': byAttribute('sku'),
        'filter[id]': byId,
      });
      return json(page(sortResources(apps, req), req));
    },
    {
      supports: [
        'filter[bundleId]',
        'filter[name]',
        'filter[sku]',
        'filter[id]',
        'sort',
        'limit',
        'include',
        'fields[apps]',
        'fields[builds]',
        'fields[betaGroups]',
        'fields[preReleaseVersions]',
        'limit[builds]',
        'limit[betaGroups]',
        'limit[preReleaseVersions]',
      ],
    },
  );

  router.get(
    '/v1/apps/{id}',
    (req) => json(resourceDocument(store.getOrThrow('apps', req.params.id ?? ''), req)),
    {
      supports: [
        'include',
        'fields[apps]',
        'fields[builds]',
        'fields[betaGroups]',
        'fields[preReleaseVersions]',
        'limit[builds]',
        'limit[betaGroups]',
        'limit[preReleaseVersions]',
      ],
    },
  );
};
