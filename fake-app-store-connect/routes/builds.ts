/**
 * TestFlight builds: builds, preReleaseVersions, buildBetaDetails, betaBuildLocalizations,
 * betaAppReviewSubmissions, buildBetaNotifications, and a build's beta groups
 * (POST/DELETE /v1/builds/{id}/relationships/betaGroups and /v1/betaGroups/{id}/relationships/builds).
 *
 * As at Apple: a build's `version` is its build number, the marketing version is on its
 * preReleaseVersion; `usesNonExemptEncryption` is null while export compliance is missing, and
 * the beta detail says MISSING_EXPORT_COMPLIANCE until it is PATCHed; a build that is not VALID
 * cannot join a group (422); some internal groups are refused ("Cannot add internal group to a
 * build"), as are internal groups that see all builds; a build in review (or approved) is not
 * submitted again, and only one build per version can wait for review; a notification while
 * auto-notify is on gets 409 STATE_ERROR; GET /v1/betaAppReviewSubmissions needs filter[build].
 *
 * State that moves: `scriptBuild(store, id, script)` makes a build invisible for some reads,
 * then PROCESSING for some, then VALID (or FAILED, INVALID), with a beta detail that lags, and a
 * review that moves on one state per read.
 */
import { apiError, notFound, requireRole } from '../errors.js';
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
import { createBetaGroup } from './beta-groups.js';

/** How a build's state moves, counted in reads of the build (list or by id). */
export interface BuildScript {
  /** Reads in which the build is not listed at all (and GET by id answers 404). */
  invisibleFor?: number;
  /** Then reads in which it is PROCESSING (no beta detail yet). */
  processingFor?: number;
  /** Where processing ends; default VALID. */
  endState?: 'VALID' | 'FAILED' | 'INVALID';
  /** After VALID, reads in which the beta detail is not there yet (404, null linkage). */
  betaDetailMissingFor?: number;
  /** Then reads in which the beta detail still says PROCESSING. */
  betaDetailProcessingFor?: number;
  /** After a review submission, the states it moves through, one per read of the build. */
  reviewStates?: Array<'WAITING_FOR_REVIEW' | 'IN_REVIEW' | 'REJECTED' | 'APPROVED'>;
}

interface ScriptState {
  script: BuildScript;
  reads: number;
  phase: 'hidden' | 'processing' | 'ended' | 'no-detail' | 'detail-processing' | 'settled';
  reviewQueue: string[];
}

// Keyed by the resources themselves, so that `store.clear()` forgets them too.
const scripts = new WeakMap<Resource, ScriptState>();
/** Internal groups App Store Connect refuses builds for. */
const refusedGroups = new WeakSet<Resource>();

/** Makes the build's state move as it is read (see BuildScript). */
export function scriptBuild(store: Store, buildId: string, script: BuildScript): void {
  const build = store.getOrThrow('builds', buildId);
  scripts.set(build, { script, reads: 0, phase: 'hidden', reviewQueue: [] });
  build.attributes.processingState = 'PROCESSING';
  removeDetail(store, build);
}

/** App Store Connect will refuse to add builds to this internal group. */
export function refuseBuildsForGroup(store: Store, groupId: string): void {
  refusedGroups.add(store.getOrThrow('betaGroups', groupId));
}

export interface SeedBuild {
  app: string;
  /** Marketing version. */
  version: string;
  buildNumber: string;
  platform?: string;
  uploadedDate?: string;
  processingState?: 'PROCESSING' | 'VALID' | 'FAILED' | 'INVALID';
  /** Default false; null means export compliance is missing. */
  usesNonExemptEncryption?: boolean | null;
  externalBuildState?: string;
  internalBuildState?: string;
  autoNotifyEnabled?: boolean;
  expired?: boolean;
  groups?: string[];
  /** What to Test by locale. */
  whatsNew?: Record<string, string>;
  /** An existing Beta App Review submission in this state. */
  review?: 'WAITING_FOR_REVIEW' | 'IN_REVIEW' | 'REJECTED' | 'APPROVED';
  script?: BuildScript;
}

const EXTERNAL_FOR_REVIEW: Record<string, string> = {
  WAITING_FOR_REVIEW: 'WAITING_FOR_BETA_REVIEW',
  IN_REVIEW: 'IN_BETA_REVIEW',
  REJECTED: 'BETA_REJECTED',
  APPROVED: 'BETA_APPROVED',
};

/** Seeds a build with its preReleaseVersion (shared per app, version and platform) and beta detail. */
export function createBuild(store: Store, seed: SeedBuild, id?: string): Resource {
  const platform = seed.platform ?? 'IOS';
  const prv =
    store
      .list('preReleaseVersions')
      .find(
        (p) =>
          store.ids(p, 'app')[0] === seed.app &&
          p.attributes.version === seed.version &&
          p.attributes.platform === platform,
      ) ?? store.create('preReleaseVersions', { version: seed.version, platform }, { app: seed.app });
  const uploaded = seed.uploadedDate ?? new Date().toISOString();
  const expires = new Date(Date.parse(uploaded) + 90 * 86_400_000).toISOString();
  const state = seed.processingState ?? 'VALID';
  const compliance = seed.usesNonExemptEncryption === undefined ? false : seed.usesNonExemptEncryption;
  const build = store.create(
    'builds',
    {
      version: seed.buildNumber,
      uploadedDate: uploaded,
      expirationDate: expires,
      expired: seed.expired ?? false,
      minOsVersion: '17.0',
      processingState: state,
      buildAudienceType: 'APP_STORE_ELIGIBLE',
      usesNonExemptEncryption: compliance,
      iconAssetToken: null,
    },
    { app: seed.app, preReleaseVersion: prv.id, betaGroups: seed.groups ?? [] },
    id,
  );
  if (state === 'VALID') {
    const settled = settledStates(build);
    const detail = store.create(
      'buildBetaDetails',
      {
        autoNotifyEnabled: seed.autoNotifyEnabled ?? false,
        internalBuildState: seed.internalBuildState ?? (seed.expired ? 'EXPIRED' : settled.internal),
        externalBuildState:
          seed.externalBuildState ??
          (seed.expired ? 'EXPIRED' : seed.review ? EXTERNAL_FOR_REVIEW[seed.review] : settled.external),
      },
      {},
      build.id,
    );
    store.setRelationship('builds', build.id, 'buildBetaDetail', detail.id);
  } else if (state === 'PROCESSING') {
    const detail = store.create(
      'buildBetaDetails',
      {
        autoNotifyEnabled: seed.autoNotifyEnabled ?? false,
        internalBuildState: 'PROCESSING',
        externalBuildState: 'PROCESSING',
      },
      {},
      build.id,
    );
    store.setRelationship('builds', build.id, 'buildBetaDetail', detail.id);
  }
  for (const [locale, whatsNew] of Object.entries(seed.whatsNew ?? {})) {
    store.create('betaBuildLocalizations', { locale, whatsNew }, { build: build.id });
  }
  if (seed.review) {
    store.create(
      'betaAppReviewSubmissions',
      { betaReviewState: seed.review, submittedDate: uploaded },
      { build: build.id },
    );
  }
  if (seed.script) scriptBuild(store, build.id, seed.script);
  return build;
}

function settledStates(build: Resource): { internal: string; external: string } {
  return build.attributes.usesNonExemptEncryption === null
    ? { internal: 'MISSING_EXPORT_COMPLIANCE', external: 'MISSING_EXPORT_COMPLIANCE' }
    : { internal: 'READY_FOR_BETA_TESTING', external: 'READY_FOR_BETA_SUBMISSION' };
}

function detailOf(store: Store, build: Resource): Resource | undefined {
  return store.related(build, 'buildBetaDetail')[0];
}

function removeDetail(store: Store, build: Resource): Resource | undefined {
  const detail = detailOf(store, build);
  if (detail) store.setRelationship('builds', build.id, 'buildBetaDetail', null);
  return detail;
}

function ensureDetail(store: Store, build: Resource, attrs: Record<string, unknown>): Resource {
  const detail = detailOf(store, build);
  if (detail) {
    Object.assign(detail.attributes, attrs);
    return detail;
  }
  const existing = store.get('buildBetaDetails', build.id);
  const created = existing ?? store.create('buildBetaDetails', { autoNotifyEnabled: false }, {}, build.id);
  Object.assign(created.attributes, attrs);
  store.setRelationship('builds', build.id, 'buildBetaDetail', created.id);
  return created;
}

/**
 * One read of a build: moves a scripted build on and says whether the build is visible.
 * Unscripted builds are always visible and never change by being read.
 */
function readBuild(store: Store, build: Resource): boolean {
  const state = scripts.get(build);
  if (!state) return true;
  state.reads += 1;
  const s = state.script;
  const r = state.reads;
  const hidden = s.invisibleFor ?? 0;
  const processing = hidden + (s.processingFor ?? 0);
  const noDetail = processing + (s.betaDetailMissingFor ?? 0);
  const detailProcessing = noDetail + (s.betaDetailProcessingFor ?? 0);
  const end = s.endState ?? 'VALID';
  if (r <= hidden) return false;
  if (r <= processing) {
    state.phase = 'processing';
    build.attributes.processingState = 'PROCESSING';
    return true;
  }
  build.attributes.processingState = end;
  if (end !== 'VALID') {
    state.phase = 'ended';
    return true;
  }
  if (r <= noDetail) {
    state.phase = 'no-detail';
    return true;
  }
  if (r <= detailProcessing) {
    state.phase = 'detail-processing';
    ensureDetail(store, build, { internalBuildState: 'PROCESSING', externalBuildState: 'PROCESSING' });
    return true;
  }
  if (state.phase !== 'settled') {
    state.phase = 'settled';
    const settled = settledStates(build);
    ensureDetail(store, build, {
      internalBuildState: settled.internal,
      externalBuildState: settled.external,
    });
    return true;
  }
  const next = state.reviewQueue.shift();
  const submission = store.related(build, 'betaAppReviewSubmission')[0];
  if (next && submission) setReviewState(store, build, submission, next);
  return true;
}

function setReviewState(store: Store, build: Resource, submission: Resource, reviewState: string): void {
  submission.attributes.betaReviewState = reviewState;
  const detail = detailOf(store, build);
  if (detail) detail.attributes.externalBuildState = EXTERNAL_FOR_REVIEW[reviewState] ?? reviewState;
}

function preReleaseOf(store: Store, build: Resource): Resource | undefined {
  return store.related(build, 'preReleaseVersion')[0];
}

const byPreRelease =
  (store: Store, attribute: string) =>
  (build: Resource, values: string[]): boolean =>
    values.includes(String(preReleaseOf(store, build)?.attributes[attribute]));

const BUILD_QUERY = [
  'include',
  'fields[builds]',
  'fields[preReleaseVersions]',
  'fields[betaGroups]',
  'fields[betaBuildLocalizations]',
  'fields[buildBetaDetails]',
  'fields[betaAppReviewSubmissions]',
  'fields[apps]',
  'limit[betaGroups]',
  'limit[betaBuildLocalizations]',
];

function notValid(build: Resource) {
  return apiError(
    422,
    'ENTITY_UNPROCESSABLE',
    'The request entity is not processable',
    `Build '${build.id}' is not in a valid processing state for this operation (${String(build.attributes.processingState)})`,
  );
}

function relationshipInvalid(detail: string, pointer = '/data') {
  return apiError(
    409,
    'ENTITY_ERROR.RELATIONSHIP.INVALID',
    'The provided entity includes a relationship with an invalid value',
    detail,
    { pointer },
  );
}

/** Adds a build to groups as App Store Connect does: all or nothing. */
function addToGroups(store: Store, build: Resource, groupIds: string[]): void {
  if (build.attributes.processingState !== 'VALID') throw notValid(build);
  if (build.attributes.expired === true) {
    throw apiError(409, 'STATE_ERROR', 'The request cannot be fulfilled.', `Build '${build.id}' has expired`);
  }
  const appId = store.ids(build, 'app')[0];
  groupIds.forEach((id, i) => {
    const group = store.get('betaGroups', id);
    if (!group || store.ids(group, 'app')[0] !== appId) {
      throw relationshipInvalid(`There is no beta group '${id}' for this build's app`, `/data/${i}/id`);
    }
    const internal = group.attributes.isInternalGroup === true;
    if (internal && (group.attributes.hasAccessToAllBuilds === true || refusedGroups.has(group))) {
      throw relationshipInvalid('Cannot add internal group to a build.', `/data/${i}/id`);
    }
  });
  store.addToRelationship('builds', build.id, 'betaGroups', groupIds);
}

type Identifiers = { data: Array<{ type: string; id: string }> };

export const buildsRoutes: RouteModule = (router, { store }) => {
  store.defineRelationship('buildBetaNotifications', 'build', 'builds', 'one');

  // ---- builds ------------------------------------------------------------------------------
  router.get(
    '/v1/builds',
    (req) => {
      const matching = applyFilters(store.list('builds'), req, {
        'filter[app]': byRelationship('app'),
        'filter[id]': byId,
        'filter[version]': byAttribute('version'),
        'filter[expired]': byAttribute('expired'),
        'filter[usesNonExemptEncryption]': byAttribute('usesNonExemptEncryption'),
        'filter[preReleaseVersion]': byRelationship('preReleaseVersion'),
        'filter[preReleaseVersion.version]': byPreRelease(store, 'version'),
        'filter[preReleaseVersion.platform]': byPreRelease(store, 'platform'),
        'filter[betaGroups]': byRelationship('betaGroups'),
      });
      const visible = matching.filter((b) => readBuild(store, b));
      // A filter on a state reads the state as it is after this read.
      const states = applyFilters(visible, req, {
        'filter[processingState]': byAttribute('processingState'),
      });
      return json(page(sortResources(states, req), req));
    },
    {
      supports: [
        'filter[app]',
        'filter[id]',
        'filter[version]',
        'filter[expired]',
        'filter[processingState]',
        'filter[usesNonExemptEncryption]',
        'filter[preReleaseVersion]',
        'filter[preReleaseVersion.version]',
        'filter[preReleaseVersion.platform]',
        'filter[betaGroups]',
        'sort',
        'limit',
        ...BUILD_QUERY,
      ],
    },
  );

  router.get(
    '/v1/builds/{id}',
    (req) => {
      const build = store.getOrThrow('builds', req.params.id ?? '');
      if (!readBuild(store, build)) throw notFound('builds', build.id);
      return json(resourceDocument(build, req));
    },
    { supports: BUILD_QUERY },
  );

  router.patch('/v1/builds/{id}', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const build = visibleBuild(req);
    const { attributes = {}, relationships } = (
      req.body as {
        data: {
          attributes?: { expired?: boolean | null; usesNonExemptEncryption?: boolean | null };
          relationships?: unknown;
        };
      }
    ).data;
    if (relationships !== undefined) {
      throw apiError(
        501,
        'NOT_IMPLEMENTED',
        'Not implemented by the fake server',
        'The fake App Store Connect server does not simulate appEncryptionDeclaration',
      );
    }
    const detail = detailOf(store, build);
    const uses = attributes.usesNonExemptEncryption;
    if (uses !== undefined && uses !== null) {
      if (build.attributes.processingState !== 'VALID') throw notValid(build);
      const current = build.attributes.usesNonExemptEncryption;
      if (current !== null && current !== undefined && current !== uses) {
        throw apiError(
          409,
          'ENTITY_ERROR.ATTRIBUTE.INVALID',
          'An attribute value is invalid.',
          `Export compliance for build '${build.id}' has already been provided`,
          { pointer: '/data/attributes/usesNonExemptEncryption' },
        );
      }
      build.attributes.usesNonExemptEncryption = uses;
      if (detail?.attributes.externalBuildState === 'MISSING_EXPORT_COMPLIANCE')
        detail.attributes.externalBuildState = 'READY_FOR_BETA_SUBMISSION';
      if (detail?.attributes.internalBuildState === 'MISSING_EXPORT_COMPLIANCE')
        detail.attributes.internalBuildState = 'READY_FOR_BETA_TESTING';
    }
    if (attributes.expired === false && build.attributes.expired === true) {
      throw apiError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID',
        'An attribute value is invalid.',
        'An expired build can not be made available again',
        { pointer: '/data/attributes/expired' },
      );
    }
    if (attributes.expired === true) {
      build.attributes.expired = true;
      if (detail)
        Object.assign(detail.attributes, { externalBuildState: 'EXPIRED', internalBuildState: 'EXPIRED' });
    }
    return json(resourceDocument(build, req));
  });

  function visibleBuild(req: FakeRequest, id = req.params.id ?? ''): Resource {
    const build = store.getOrThrow('builds', id);
    const state = scripts.get(build);
    const hidden = state?.script.invisibleFor ?? 0;
    if (state && hidden > 0 && state.reads <= hidden) throw notFound('builds', build.id);
    return build;
  }

  router.get(
    '/v1/builds/{id}/buildBetaDetail',
    (req) => {
      const build = visibleBuild(req);
      const detail = detailOf(store, build);
      if (!detail) {
        throw apiError(
          404,
          'NOT_FOUND',
          'The specified resource does not exist',
          `There is no buildBetaDetails resource for build '${build.id}'`,
        );
      }
      return json(resourceDocument(detail, req));
    },
    { supports: ['include', 'fields[buildBetaDetails]', 'fields[builds]'] },
  );

  // ---- groups of a build ---------------------------------------------------------------------
  router.post('/v1/builds/{id}/relationships/betaGroups', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const build = visibleBuild(req);
    addToGroups(
      store,
      build,
      (req.body as Identifiers).data.map((d) => d.id),
    );
    return { status: 204 };
  });

  router.delete('/v1/builds/{id}/relationships/betaGroups', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const build = visibleBuild(req);
    store.removeFromRelationship(
      'builds',
      build.id,
      'betaGroups',
      (req.body as Identifiers).data.map((d) => d.id),
    );
    return { status: 204 };
  });

  router.post('/v1/betaGroups/{id}/relationships/builds', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const group = store.getOrThrow('betaGroups', req.params.id ?? '');
    for (const [i, d] of (req.body as Identifiers).data.entries()) {
      const build = store.get('builds', d.id);
      if (!build) throw relationshipInvalid(`There is no build '${d.id}'`, `/data/${i}/id`);
      addToGroups(store, build, [group.id]);
    }
    return { status: 204 };
  });

  router.delete('/v1/betaGroups/{id}/relationships/builds', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const group = store.getOrThrow('betaGroups', req.params.id ?? '');
    store.removeFromRelationship(
      'betaGroups',
      group.id,
      'builds',
      (req.body as Identifiers).data.map((d) => d.id),
    );
    return { status: 204 };
  });

  // ---- preReleaseVersions --------------------------------------------------------------------
  router.get(
    '/v1/preReleaseVersions',
    (req) => {
      const versions = applyFilters(store.list('preReleaseVersions'), req, {
        'filter[app]': byRelationship('app'),
        'filter[platform]': byAttribute('platform'),
        'filter[version]': byAttribute('version'),
        'filter[builds]': byRelationship('builds'),
      });
      return json(page(sortResources(versions, req), req));
    },
    {
      supports: [
        'filter[app]',
        'filter[platform]',
        'filter[version]',
        'filter[builds]',
        'sort',
        'limit',
        'include',
        'fields[preReleaseVersions]',
        'fields[builds]',
        'fields[apps]',
        'limit[builds]',
      ],
    },
  );
  router.get(
    '/v1/preReleaseVersions/{id}',
    (req) => json(resourceDocument(store.getOrThrow('preReleaseVersions', req.params.id ?? ''), req)),
    {
      supports: ['include', 'fields[preReleaseVersions]', 'fields[builds]', 'fields[apps]', 'limit[builds]'],
    },
  );

  // ---- buildBetaDetails ------------------------------------------------------------------------
  router.get(
    '/v1/buildBetaDetails',
    (req) => {
      const details = applyFilters(store.list('buildBetaDetails'), req, {
        'filter[build]': byRelationship('build'),
        'filter[id]': byId,
      });
      return json(page(details, req));
    },
    {
      supports: [
        'filter[build]',
        'filter[id]',
        'limit',
        'include',
        'fields[buildBetaDetails]',
        'fields[builds]',
      ],
    },
  );
  router.get(
    '/v1/buildBetaDetails/{id}',
    (req) => {
      const detail = store.getOrThrow('buildBetaDetails', req.params.id ?? '');
      if (store.ids(detail, 'build').length === 0) throw notFound('buildBetaDetails', detail.id);
      return json(resourceDocument(detail, req));
    },
    { supports: ['include', 'fields[buildBetaDetails]', 'fields[builds]'] },
  );
  router.patch('/v1/buildBetaDetails/{id}', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const detail = store.getOrThrow('buildBetaDetails', req.params.id ?? '');
    const attributes = (req.body as { data: { attributes?: { autoNotifyEnabled?: boolean | null } } }).data
      .attributes;
    if (attributes?.autoNotifyEnabled !== undefined && attributes.autoNotifyEnabled !== null)
      detail.attributes.autoNotifyEnabled = attributes.autoNotifyEnabled;
    return json(resourceDocument(detail, req));
  });

  // ---- What to Test ----------------------------------------------------------------------------
  router.get(
    '/v1/betaBuildLocalizations',
    (req) => {
      const locs = applyFilters(store.list('betaBuildLocalizations'), req, {
        'filter[build]': byRelationship('build'),
        'filter[locale]': byAttribute('locale'),
      });
      return json(page(locs, req));
    },
    {
      supports: [
        'filter[build]',
        'filter[locale]',
        'limit',
        'include',
        'fields[betaBuildLocalizations]',
        'fields[builds]',
      ],
    },
  );
  router.get(
    '/v1/betaBuildLocalizations/{id}',
    (req) => json(resourceDocument(store.getOrThrow('betaBuildLocalizations', req.params.id ?? ''), req)),
    { supports: ['include', 'fields[betaBuildLocalizations]', 'fields[builds]'] },
  );
  router.post('/v1/betaBuildLocalizations', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const { attributes, relationships } = (
      req.body as {
        data: {
          attributes: { locale: string; whatsNew?: string | null };
          relationships: { build: { data: { id: string } } };
        };
      }
    ).data;
    const buildId = relationships.build.data.id;
    const build = store.get('builds', buildId);
    if (!build)
      throw relationshipInvalid(`There is no build '${buildId}'`, '/data/relationships/build/data/id');
    checkWhatsNew(attributes.whatsNew);
    const taken = store
      .related(build, 'betaBuildLocalizations')
      .some((l) => String(l.attributes.locale).toLowerCase() === attributes.locale.toLowerCase());
    if (taken) {
      throw apiError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE',
        'An attribute value is invalid.',
        `A localization for locale '${attributes.locale}' already exists for this build`,
        { pointer: '/data/attributes/locale' },
      );
    }
    const loc = store.create(
      'betaBuildLocalizations',
      { locale: attributes.locale, whatsNew: attributes.whatsNew ?? null },
      { build: build.id },
    );
    return json(resourceDocument(loc, req), 201);
  });
  router.patch('/v1/betaBuildLocalizations/{id}', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const loc = store.getOrThrow('betaBuildLocalizations', req.params.id ?? '');
    const attributes =
      (req.body as { data: { attributes?: { whatsNew?: string | null } } }).data.attributes ?? {};
    if (attributes.whatsNew !== undefined) {
      checkWhatsNew(attributes.whatsNew);
      loc.attributes.whatsNew = attributes.whatsNew;
    }
    return json(resourceDocument(loc, req));
  });
  router.delete('/v1/betaBuildLocalizations/{id}', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const loc = store.getOrThrow('betaBuildLocalizations', req.params.id ?? '');
    store.delete('betaBuildLocalizations', loc.id);
    return { status: 204 };
  });

  // ---- Beta App Review -----------------------------------------------------------------------
  router.get(
    '/v1/betaAppReviewSubmissions',
    (req) => {
      const subs = applyFilters(store.list('betaAppReviewSubmissions'), req, {
        'filter[build]': byRelationship('build'),
        'filter[betaReviewState]': byAttribute('betaReviewState'),
      });
      return json(page(subs, req));
    },
    {
      supports: [
        'filter[build]',
        'filter[betaReviewState]',
        'limit',
        'include',
        'fields[betaAppReviewSubmissions]',
        'fields[builds]',
      ],
    },
  );
  router.get(
    '/v1/betaAppReviewSubmissions/{id}',
    (req) => json(resourceDocument(store.getOrThrow('betaAppReviewSubmissions', req.params.id ?? ''), req)),
    { supports: ['include', 'fields[betaAppReviewSubmissions]', 'fields[builds]'] },
  );
  router.post('/v1/betaAppReviewSubmissions', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const buildId = (req.body as { data: { relationships: { build: { data: { id: string } } } } }).data
      .relationships.build.data.id;
    const build = store.get('builds', buildId);
    if (!build)
      throw relationshipInvalid(`There is no build '${buildId}'`, '/data/relationships/build/data/id');
    if (build.attributes.processingState !== 'VALID') throw notValid(build);
    const stateError = (detail: string) =>
      apiError(409, 'STATE_ERROR.ENTITY_STATE_INVALID', 'The request cannot be fulfilled.', detail);
    if (build.attributes.expired === true) throw stateError(`Build '${build.id}' has expired`);
    if (build.attributes.usesNonExemptEncryption === null) {
      throw stateError(`Build '${build.id}' is missing export compliance information`);
    }
    const existing = store.related(build, 'betaAppReviewSubmission')[0];
    if (existing && existing.attributes.betaReviewState !== 'REJECTED') {
      throw stateError(
        `Build '${build.id}' has already been submitted for review (${String(existing.attributes.betaReviewState)})`,
      );
    }
    const prv = store.ids(build, 'preReleaseVersion')[0];
    const other = store.list('betaAppReviewSubmissions').find((s) => {
      const b = store.related(s, 'build')[0];
      return (
        b !== undefined &&
        b.id !== build.id &&
        store.ids(b, 'preReleaseVersion')[0] === prv &&
        ['WAITING_FOR_REVIEW', 'IN_REVIEW'].includes(String(s.attributes.betaReviewState))
      );
    });
    if (other) {
      throw stateError('Another build of this version is already waiting for or in Beta App Review');
    }
    if (existing) store.delete('betaAppReviewSubmissions', existing.id);
    const submission = store.create(
      'betaAppReviewSubmissions',
      { betaReviewState: 'WAITING_FOR_REVIEW', submittedDate: new Date(req.ctx.now()).toISOString() },
      { build: build.id },
    );
    setReviewState(store, build, submission, 'WAITING_FOR_REVIEW');
    const state = scripts.get(build);
    if (state) state.reviewQueue = [...(state.script.reviewStates ?? [])];
    return json(resourceDocument(submission, req), 201);
  });

  // ---- notifications -------------------------------------------------------------------------
  router.post('/v1/buildBetaNotifications', (req) => {
    requireRole(req.key, 'APP_MANAGER');
    const buildId = (req.body as { data: { relationships: { build: { data: { id: string } } } } }).data
      .relationships.build.data.id;
    const build = store.get('builds', buildId);
    if (!build)
      throw relationshipInvalid(`There is no build '${buildId}'`, '/data/relationships/build/data/id');
    if (build.attributes.processingState !== 'VALID') throw notValid(build);
    if (detailOf(store, build)?.attributes.autoNotifyEnabled === true) {
      throw apiError(
        409,
        'STATE_ERROR.ENTITY_STATE_INVALID',
        'The request cannot be fulfilled.',
        'Testers are notified automatically for this build: auto-notify already enabled',
      );
    }
    const notification = store.create(
      'buildBetaNotifications',
      { createdDate: new Date(req.ctx.now()).toISOString() },
      { build: build.id },
    );
    return json(resourceDocument(notification, req), 201);
  });
};

function checkWhatsNew(whatsNew: string | null | undefined): void {
  if (whatsNew && whatsNew.length > 4000) {
    throw apiError(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID.TOO_LONG',
      'An attribute value is invalid.',
      `What to Test can be at most 4000 characters, not ${whatsNew.length}`,
      { pointer: '/data/attributes/whatsNew' },
    );
  }
}

/** Demo data: TestFlight groups and builds of the Weather app (the build demo steps use them). */
export function seedDemoBuilds(store: Store): void {
  const weather = '1234567890';
  if (store.get('builds', 'demo-build-457')) return;
  const group = (id: string, name: string, internal = false, allBuilds = false) =>
    store.get('betaGroups', id) ??
    createBetaGroup(store, weather, { name, isInternalGroup: internal, hasAccessToAllBuilds: allBuilds }, id);
  group('demo-group-weather-external', 'External Testers');
  group('demo-group-weather-qa', 'Weather QA', true);
  group('demo-group-weather-team', 'Weather Team', true, true);
  const day = (n: number) => new Date(Date.UTC(2025, 5, n, 9)).toISOString();
  createBuild(
    store,
    {
      app: weather,
      version: '2.2',
      buildNumber: '455',
      uploadedDate: day(2),
      review: 'APPROVED',
      externalBuildState: 'IN_BETA_TESTING',
      groups: ['demo-group-weather-external'],
      whatsNew: { 'en-US': 'Hourly forecasts.' },
    },
    'demo-build-455',
  );
  createBuild(
    store,
    { app: weather, version: '2.3', buildNumber: '456', uploadedDate: day(9) },
    'demo-build-456',
  );
  createBuild(
    store,
    {
      app: weather,
      version: '2.3',
      buildNumber: '457',
      uploadedDate: day(10),
      usesNonExemptEncryption: null,
    },
    'demo-build-457',
  );
}
