/**
 * TestFlight feedback: the app's screenshot and crash submissions, a crash submission's log,
 * and deleting a submission. Apple has no date filter: lists are read newest first and the
 * caller stops paging once past the date it wants.
 */
import type { AppStoreConnectClient, Query } from './client.js';
import { ApiError } from './errors.js';
import type { Document, Resource } from './types.js';
import { findIncluded, relatedIds } from './types.js';

export type FeedbackKind = 'screenshot' | 'crash';

export const FEEDBACK_TYPES: Record<FeedbackKind, string> = {
  screenshot: 'betaFeedbackScreenshotSubmissions',
  crash: 'betaFeedbackCrashSubmissions',
};

export interface FeedbackScreenshot {
  url: string;
  width?: number;
  height?: number;
  /** Apple's image URLs are signed and stop working at this time. */
  expiresAt?: string;
}

/** One submission as Apple describes it (attributes keep Apple's meaning, names are ours). */
export interface FeedbackSubmission {
  id: string;
  kind: FeedbackKind;
  created: string;
  comment?: string;
  email?: string;
  testerName?: string;
  deviceModel?: string;
  deviceFamily?: string;
  osVersion?: string;
  locale?: string;
  timeZone?: string;
  architecture?: string;
  connectionType?: string;
  batteryPercentage?: number;
  appUptimeMs?: number;
  appPlatform?: string;
  buildId?: string;
  /** The build number (CFBundleVersion), from the included build. */
  buildNumber?: string;
  /** The marketing version (CFBundleShortVersionString), looked up separately. */
  version?: string;
  screenshots: FeedbackScreenshot[];
}

type SubmissionAttributes = {
  createdDate?: string;
  comment?: string | null;
  email?: string | null;
  deviceModel?: string | null;
  deviceFamily?: string | null;
  osVersion?: string | null;
  locale?: string | null;
  timeZone?: string | null;
  architecture?: string | null;
  connectionType?: string | null;
  batteryPercentage?: number | null;
  appUptimeInMilliseconds?: number | null;
  appPlatform?: string | null;
  screenshots?: Array<{ url?: string; width?: number; height?: number; expirationDate?: string }> | null;
};

const FIELDS = [
  'createdDate',
  'comment',
  'email',
  'deviceModel',
  'deviceFamily',
  'osVersion',
  'locale',
  'timeZone',
  'architecture',
  'connectionType',
  'batteryPercentage',
  'appUptimeInMilliseconds',
  'appPlatform',
  'build',
  'tester',
];

const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/**
 * Pages of the app's submissions of one kind, newest first, already read into our shape.
 * `buildIds` narrows to those builds (Apple's filter[build]).
 */
export async function* feedbackPages(
  client: AppStoreConnectClient,
  appId: string,
  kind: FeedbackKind,
  buildIds?: string[],
): AsyncGenerator<FeedbackSubmission[]> {
  const type = FEEDBACK_TYPES[kind];
  const query: Query = {
    sort: '-createdDate',
    include: 'build,tester',
    [`fields[${type}]`]: kind === 'screenshot' ? [...FIELDS, 'screenshots'] : FIELDS,
    'fields[builds]': 'version',
    'fields[betaTesters]': 'firstName,lastName,email',
    limit: 200,
  };
  if (buildIds) query['filter[build]'] = buildIds;
  for await (const page of client.pages<SubmissionAttributes>(`/v1/apps/${appId}/${type}`, query)) {
    yield (page.data as Resource<SubmissionAttributes>[]).map((r) => toSubmission(r, kind, page.included));
  }
}

function toSubmission(
  r: Resource<SubmissionAttributes>,
  kind: FeedbackKind,
  included: Resource[] | undefined,
): FeedbackSubmission {
  const a = r.attributes ?? {};
  const buildId = relatedIds(r, 'build')[0];
  const build = findIncluded<{ version?: string }>(included, 'builds', buildId);
  const tester = findIncluded<{ firstName?: string | null; lastName?: string | null; email?: string | null }>(
    included,
    'betaTesters',
    relatedIds(r, 'tester')[0],
  );
  const name = [tester?.attributes?.firstName, tester?.attributes?.lastName].filter(Boolean).join(' ');
  return {
    id: r.id,
    kind,
    created: a.createdDate ?? '',
    comment: opt(a.comment),
    email: opt(a.email) ?? opt(tester?.attributes?.email),
    testerName: name || undefined,
    deviceModel: opt(a.deviceModel),
    deviceFamily: opt(a.deviceFamily),
    osVersion: opt(a.osVersion),
    locale: opt(a.locale),
    timeZone: opt(a.timeZone),
    architecture: opt(a.architecture),
    connectionType: opt(a.connectionType),
    batteryPercentage: opt(a.batteryPercentage),
    appUptimeMs: opt(a.appUptimeInMilliseconds),
    appPlatform: opt(a.appPlatform),
    buildId,
    buildNumber: build?.attributes?.version,
    screenshots: (a.screenshots ?? [])
      .filter((s) => typeof s.url === 'string')
      .map((s) => ({ url: s.url as string, width: s.width, height: s.height, expiresAt: s.expirationDate })),
  };
}

/** Marketing versions of builds by id (one request per 50 builds). */
export async function buildVersions(
  client: AppStoreConnectClient,
  buildIds: string[],
): Promise<Map<string, { version?: string; buildNumber?: string }>> {
  const out = new Map<string, { version?: string; buildNumber?: string }>();
  for (let i = 0; i < buildIds.length; i += 50) {
    const ids = buildIds.slice(i, i + 50);
    const doc = await client.get<Document<{ version?: string }>>('/v1/builds', {
      'filter[id]': ids,
      include: 'preReleaseVersion',
      'fields[builds]': 'version,preReleaseVersion',
      'fields[preReleaseVersions]': 'version',
      limit: 200,
    });
    for (const b of (doc.data ?? []) as Resource<{ version?: string }>[]) {
      const prv = findIncluded<{ version?: string }>(
        doc.included,
        'preReleaseVersions',
        relatedIds(b, 'preReleaseVersion')[0],
      );
      out.set(b.id, { version: prv?.attributes?.version, buildNumber: b.attributes?.version });
    }
  }
  return out;
}

/** The build ids of the app's builds matching a version and/or build number (all pages). */
export async function matchingBuildIds(
  client: AppStoreConnectClient,
  appId: string,
  platform: string,
  filter: { versions?: string[]; buildNumber?: string },
): Promise<string[]> {
  const query: Query = {
    'filter[app]': appId,
    'filter[preReleaseVersion.platform]': platform,
    'fields[builds]': 'version',
  };
  if (filter.versions) query['filter[preReleaseVersion.version]'] = filter.versions;
  if (filter.buildNumber) query['filter[version]'] = filter.buildNumber;
  const all = await client.getAll('/v1/builds', query);
  return all.data.map((b) => b.id);
}

/** A crash submission's log text; undefined when Apple has none for it. */
export async function getCrashLog(
  client: AppStoreConnectClient,
  submissionId: string,
): Promise<string | undefined> {
  try {
    const doc = await client.get<Document<{ logText?: string }>>(
      `/v1/betaFeedbackCrashSubmissions/${submissionId}/crashLog`,
      { 'fields[betaCrashLogs]': 'logText' },
    );
    const data = doc.data as Resource<{ logText?: string }> | null;
    return data?.attributes?.logText ?? undefined;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** Deletes a submission; one already gone counts as deleted. */
export async function deleteSubmission(
  client: AppStoreConnectClient,
  kind: FeedbackKind,
  id: string,
): Promise<'deleted' | 'gone'> {
  try {
    await client.delete(`/v1/${FEEDBACK_TYPES[kind]}/${id}`, undefined, {
      forbiddenHint: 'Deleting TestFlight feedback needs an API key with the Admin or App Manager role.',
    });
    return 'deleted';
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return 'gone';
    throw error;
  }
}
