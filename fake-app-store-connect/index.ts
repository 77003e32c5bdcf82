/**
 * A fake App Store Connect API server for tests, the demo and the benchmark: a real HTTP server
 * on 127.0.0.1 that checks tokens, the request contract (from Apple's OpenAPI description) and
 * rate limits as strictly as Apple, serves JSON:API documents from an in-memory store, and can
 * inject faults. Resource families are route modules (see routes/apps.ts).
 */
export { startFakeServer, BUILT_IN_ROUTES } from './server.js';
export type { FakeServer, FakeServerOptions } from './server.js';
export type {
  FakeKey,
  FakeRequest,
  FakeResponse,
  LoggedRequest,
  RouteHandler,
  RouteModule,
  ServerContext,
} from './types.js';
export { Router } from './router.js';
export type { RouteOptions } from './router.js';
export { Store } from './store.js';
export type { RelationshipDef, RelationshipValue, Resource, ResourceJson } from './store.js';
export { Faults } from './faults.js';
export type { Fault } from './faults.js';
export { ApiError, apiError, apiErrors, forbidden, notFound, requireRole } from './errors.js';
export type { ApiErrorObject, ErrorSource, ErrorSpec } from './errors.js';
export {
  applyFilters,
  byAttribute,
  byId,
  byRelationship,
  collectIncluded,
  encodeCursor,
  fieldsFor,
  json,
  listParam,
  page,
  render,
  resourceDocument,
  sortResources,
} from './jsonapi.js';
export type { CollectionDocument, ResourceDocument } from './jsonapi.js';
export { generateTestKey } from './keys.js';
export type { TestKey } from './keys.js';
export { seedDemo, DEMO_APPS } from './seed.js';
