import type { AppStoreConnectClient, Query } from './client.js';
import { changeRelationship } from './relationships.js';
import { ApiError } from './errors.js';
import { findIncluded, relatedIds, type Document, type Resource } from './types.js';

/** What a 403 on a TestFlight build call means. */
export const BUILDS_FORBIDDEN_HINT =
  'The API key’s role does not allow TestFlight changes: use a key with the App Manager or Admin role (Users and Access → Integrations).';

/** The build's beta detail: its TestFlight states. */
export interface BetaDetail {
  id: string;
  externalBuildState?: string;
  internalBuildState?: string;
  autoNotifyEnabled: boolean;
}

export interface BetaLocalization {
  id: string;
  locale: string;
  whatsNew: string | null;
}

export interface ReviewSubmission {
  id: string;
  betaReviewState?: string;
  submittedDate?: string;
}

/** A build as the build operations use it, with what `include` brought along. */
export interface Build {
  id: string;
  /** The build number (CFBundleVersion): the API calls it `version`. */
  buildNumber: string;
  /** The marketing version (CFBundleShortVersionString), from the preReleaseVersion. */
  version?: string;
  platform?: string;
  preReleaseVersionId?: string;
  appId?: string;
  uploadedDate?: string;
  expirationDate?: string;
  expired: boolean;
  processingState: string;
  /** Null while export compliance is missing (Apple's schema says otherwise; it is null). */
  usesNonExemptEncryption: boolean | null;
  /** Undefined while App Store Connect has not made it yet (right after processing). */
  betaDetail?: BetaDetail;
  /** Ids of the groups the build is in; undefined when the linkage was not included or was cut. */
  groupIds?: string[];
  localizations?: BetaLocalization[];
  /** Null when the build was never submitted; undefined when not included. */
  reviewSubmission?: ReviewSubmission | null;
}

type BuildAttributes = {
  version?: string;
  uploadedDate?: string;
  expirationDate?: string;
  expired?: boolean | null;
  processingState?: string;
  usesNonExemptEncryption?: boolean | null;
};

/** Everything the build operations need about a build, in one request. */
export const BUILD_INCLUDE: Query = {
  include: 'preReleaseVersion,buildBetaDetail,betaGroups,betaBuildLocalizations,betaAppReviewSubmission',
  'limit[betaGroups]': 50,
  'limit[betaBuildLocalizations]': 50,
};

/** Reads a build resource and the resources included with it. */
export function toBuild(resource: Resource<BuildAttributes>, included: Resource[] = []): Build {
  const a = resource.attributes ?? {};
  const rel = resource.relationships ?? {};
  const prv = findIncluded<{ version?: string; platform?: string }>(
    included,
    'preReleaseVersions',
    relatedIds(resource, 'preReleaseVersion')[0],
  );
  const detailRes = findIncluded<{
    externalBuildState?: string;
    internalBuildState?: string;
    autoNotifyEnabled?: boolean | null;
  }>(included, 'buildBetaDetails', relatedIds(resource, 'buildBetaDetail')[0]);
  const build: Build = {
    id: resource.id,
    buildNumber: a.version ?? '',
    version: prv?.attributes?.version,
    platform: prv?.attributes?.platform,
    preReleaseVersionId: relatedIds(resource, 'preReleaseVersion')[0],
    appId: relatedIds(resource, 'app')[0],
    uploadedDate: a.uploadedDate,
    expirationDate: a.expirationDate,
    expired: a.expired === true,
    processingState: a.processingState ?? 'PROCESSING',
    usesNonExemptEncryption: a.usesNonExemptEncryption ?? null,
  };
  if (detailRes) {
    build.betaDetail = {
      id: detailRes.id,
      externalBuildState: detailRes.attributes?.externalBuildState,
      internalBuildState: detailRes.attributes?.internalBuildState,
      autoNotifyEnabled: detailRes.attributes?.autoNotifyEnabled === true,
    };
  }
  const groups = rel.betaGroups;
  if (groups && Array.isArray(groups.data)) {
    const total = groups.meta?.paging?.total;
    if (total === undefined || total <= groups.data.length) build.groupIds = groups.data.map((d) => d.id);
  }
  const locs = rel.betaBuildLocalizations;
  if (locs && Array.isArray(locs.data)) {
    const total = locs.meta?.paging?.total;
    if (total === undefined || total <= locs.data.length) {
      build.localizations = locs.data
        .map((d) =>
          findIncluded<{ locale?: string; whatsNew?: string | null }>(
            included,
            'betaBuildLocalizations',
            d.id,
          ),
        )
        .filter((r): r is Resource<{ locale?: string; whatsNew?: string | null }> => r !== undefined)
        .map(toLocalization);
    }
  }
  const review = rel.betaAppReviewSubmission;
  if (review && 'data' in review) {
    const id = relatedIds(resource, 'betaAppReviewSubmission')[0];
    const sub = findIncluded<{ betaReviewState?: string; submittedDate?: string }>(
      included,
      'betaAppReviewSubmissions',
      id,
    );
    build.reviewSubmission = id
      ? {
          id,
          betaReviewState: sub?.attributes?.betaReviewState,
          submittedDate: sub?.attributes?.submittedDate,
        }
      : null;
  }
  return build;
}

function toLocalization(r: Resource<{ locale?: string; whatsNew?: string | null }>): BetaLocalization {
  return { id: r.id, locale: r.attributes?.locale ?? '', whatsNew: r.attributes?.whatsNew ?? null };
}

/** Which build is meant: by id, or by marketing version and/or build number; none of them means the newest. */
export interface BuildSelection {
  buildId?: string;
  version?: string;
  buildNumber?: string;
}

/** "2.3", "2.3.0" and "2.3.0.0" are one marketing version: drops trailing ".0" parts after the first. */
export function normalizeVersion(version: string): string {
  const parts = version.trim().split('.');
  while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1] as string)) parts.pop();
  return parts.map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p)).join('.');
}

/** The spellings Apple may have stored for a marketing version (its filter matches exactly). */
export function versionSpellings(version: string): string[] {
  const base = normalizeVersion(version).split('.');
  const out = new Set<string>([version.trim()]);
  for (let n = base.length; n <= 3; n++) {
    out.add([...base, ...Array.from({ length: n - base.length }, () => '0')].join('.'));
  }
  return [...out];
}

export function matchesSelection(build: Build, selection: BuildSelection): boolean {
  if (selection.buildId && build.id !== selection.buildId) return false;
  if (selection.buildNumber && build.buildNumber !== selection.buildNumber) return false;
  if (selection.version) {
    if (!build.version || normalizeVersion(build.version) !== normalizeVersion(selection.version))
      return false;
  }
  return true;
}

/** The app's builds on one platform, newest upload first, matching the selection (one page). */
export async function listBuilds(
  client: AppStoreConnectClient,
  appId: string,
  platform: string,
  selection: BuildSelection = {},
  options: { limit?: number; include?: boolean; expired?: boolean } = {},
): Promise<Build[]> {
  const query: Query = {
    'filter[app]': appId,
    'filter[preReleaseVersion.platform]': platform,
    sort: '-uploadedDate',
    limit: options.limit ?? 10,
    ...(options.include === false ? { include: 'preReleaseVersion' } : BUILD_INCLUDE),
  };
  if (selection.buildNumber) query['filter[version]'] = selection.buildNumber;
  if (selection.version) query['filter[preReleaseVersion.version]'] = versionSpellings(selection.version);
  if (options.expired !== undefined) query['filter[expired]'] = options.expired;
  const doc = await client.get<Document<BuildAttributes>>('/v1/builds', query);
  const data = (doc.data ?? []) as Resource<BuildAttributes>[];
  return data.map((r) => toBuild(r, doc.included)).filter((b) => matchesSelection(b, selection));
}

/** Every not-yet-expired build of the app on one platform, newest upload first (all pages). */
export async function listActiveBuilds(
  client: AppStoreConnectClient,
  appId: string,
  platform: string,
): Promise<Build[]> {
  const all = await client.getAll<BuildAttributes>('/v1/builds', {
    'filter[app]': appId,
    'filter[preReleaseVersion.platform]': platform,
    'filter[expired]': false,
    sort: '-uploadedDate',
    include: 'preReleaseVersion',
  });
  return all.data.map((r) => toBuild(r, all.included)).filter((b) => !b.expired);
}

/** One build with everything `BUILD_INCLUDE` brings; undefined when there is none with this id. */
export async function getBuild(client: AppStoreConnectClient, buildId: string): Promise<Build | undefined> {
  try {
    const doc = await client.get<Document<BuildAttributes>>(
      `/v1/builds/${encodeURIComponent(buildId)}`,
      BUILD_INCLUDE,
    );
    return toBuild(doc.data as Resource<BuildAttributes>, doc.included);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** The ids of every group the build is in (when `include` cut the list short). */
export async function listBuildGroupIds(client: AppStoreConnectClient, buildId: string): Promise<string[]> {
  const all = await client.getAll('/v1/betaGroups', {
    'filter[builds]': buildId,
    'fields[betaGroups]': 'name',
  });
  return all.data.map((g) => g.id);
}

/** The build's What to Test texts (when `include` cut the list short, or after a 409). */
export async function listLocalizations(
  client: AppStoreConnectClient,
  buildId: string,
  locale?: string,
): Promise<BetaLocalization[]> {
  const all = await client.getAll<{ locale?: string; whatsNew?: string | null }>(
    '/v1/betaBuildLocalizations',
    {
      'filter[build]': buildId,
      ...(locale ? { 'filter[locale]': locale } : {}),
    },
  );
  return all.data.map(toLocalization);
}

/** Answers export compliance. */
export async function setUsesNonExemptEncryption(
  client: AppStoreConnectClient,
  buildId: string,
  value: boolean,
): Promise<void> {
  await client.patch(
    `/v1/builds/${encodeURIComponent(buildId)}`,
    { data: { type: 'builds', id: buildId, attributes: { usesNonExemptEncryption: value } } },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT },
  );
}

/** Expires a build: testers can no longer install it. Cannot be undone. */
export async function expireBuild(client: AppStoreConnectClient, buildId: string): Promise<void> {
  await client.patch(
    `/v1/builds/${encodeURIComponent(buildId)}`,
    { data: { type: 'builds', id: buildId, attributes: { expired: true } } },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT },
  );
}

/** Adds the build to all these groups in one call. */
export async function addBuildToGroups(
  client: AppStoreConnectClient,
  buildId: string,
  groupIds: readonly string[],
): Promise<void> {
  await changeRelationship(client, 'add', 'builds', buildId, 'betaGroups', groupIds, BUILDS_FORBIDDEN_HINT);
}

/** Removes the build from all these groups in one call. */
export async function removeBuildFromGroups(
  client: AppStoreConnectClient,
  buildId: string,
  groupIds: readonly string[],
): Promise<void> {
  await changeRelationship(
    client,
    'remove',
    'builds',
    buildId,
    'betaGroups',
    groupIds,
    BUILDS_FORBIDDEN_HINT,
  );
}

export async function createLocalization(
  client: AppStoreConnectClient,
  buildId: string,
  locale: string,
  whatsNew: string,
): Promise<BetaLocalization> {
  const doc = await client.post<Document<{ locale?: string; whatsNew?: string | null }>>(
    '/v1/betaBuildLocalizations',
    {
      data: {
        type: 'betaBuildLocalizations',
        attributes: { locale, whatsNew },
        relationships: { build: { data: { type: 'builds', id: buildId } } },
      },
    },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT },
  );
  return toLocalization(doc.data as Resource<{ locale?: string; whatsNew?: string | null }>);
}

export async function updateLocalization(
  client: AppStoreConnectClient,
  localizationId: string,
  whatsNew: string,
): Promise<void> {
  await client.patch(
    `/v1/betaBuildLocalizations/${encodeURIComponent(localizationId)}`,
    { data: { type: 'betaBuildLocalizations', id: localizationId, attributes: { whatsNew } } },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT },
  );
}

/** Submits the build for Beta App Review; returns the submission. */
export async function submitForBetaReview(
  client: AppStoreConnectClient,
  buildId: string,
): Promise<ReviewSubmission> {
  const doc = await client.post<Document<{ betaReviewState?: string; submittedDate?: string }>>(
    '/v1/betaAppReviewSubmissions',
    {
      data: {
        type: 'betaAppReviewSubmissions',
        relationships: { build: { data: { type: 'builds', id: buildId } } },
      },
    },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT },
  );
  const r = doc.data as Resource<{ betaReviewState?: string; submittedDate?: string }>;
  return {
    id: r.id,
    betaReviewState: r.attributes?.betaReviewState,
    submittedDate: r.attributes?.submittedDate,
  };
}

/** The build's Beta App Review submission, if any (GET needs filter[build]). */
export async function getReviewSubmission(
  client: AppStoreConnectClient,
  buildId: string,
): Promise<ReviewSubmission | undefined> {
  const doc = await client.get<Document<{ betaReviewState?: string; submittedDate?: string }>>(
    '/v1/betaAppReviewSubmissions',
    { 'filter[build]': buildId, limit: 1 },
  );
  const r = (doc.data as Resource<{ betaReviewState?: string; submittedDate?: string }>[])[0];
  return r
    ? { id: r.id, betaReviewState: r.attributes?.betaReviewState, submittedDate: r.attributes?.submittedDate }
    : undefined;
}

/**
 * Tells the build's testers about it. 'auto-notify' when App Store Connect already notifies
 * automatically (its 409 STATE_ERROR): that is success, not failure.
 */
export async function notifyTesters(
  client: AppStoreConnectClient,
  buildId: string,
): Promise<'sent' | 'auto-notify'> {
  try {
    await client.post(
      '/v1/buildBetaNotifications',
      {
        data: {
          type: 'buildBetaNotifications',
          relationships: { build: { data: { type: 'builds', id: buildId } } },
        },
      },
      { forbiddenHint: BUILDS_FORBIDDEN_HINT },
    );
    return 'sent';
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.hasCode('STATE_ERROR'))
      return 'auto-notify';
    throw error;
  }
}
