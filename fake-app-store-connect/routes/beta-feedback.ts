/**
 * TestFlight feedback: GET /v1/apps/{id}/betaFeedbackScreenshotSubmissions and
 * .../betaFeedbackCrashSubmissions (filters build, build.preReleaseVersion, tester, deviceModel,
 * osVersion, appPlatform, devicePlatform; sort by createdDate), one submission by id, its
 * deletion, a crash submission's crashLog and GET /v1/betaCrashLogs/{id}. Attributes as in
 * Apple's schema (createdDate, comment, email, deviceModel, osVersion, locale, timeZone,
 * architecture, connectionType, pairedAppleWatch, appUptimeInMilliseconds, diskBytesAvailable,
 * diskBytesTotal, batteryPercentage, screenWidthInPoints, screenHeightInPoints, appPlatform,
 * devicePlatform, deviceFamily, buildBundleId; screenshots for screenshot submissions); a crash
 * log has only `logText`. Submissions belong to an app through their build.
 */
import { requireRole } from '../errors.js';
import {
  applyFilters,
  byAttribute,
  byRelationship,
  json,
  page,
  resourceDocument,
  sortResources,
} from '../jsonapi.js';
import type { Resource, Store } from '../store.js';
import type { RouteModule } from '../types.js';

export const SCREENSHOTS = 'betaFeedbackScreenshotSubmissions';
export const CRASHES = 'betaFeedbackCrashSubmissions';
export const CRASH_LOGS = 'betaCrashLogs';

/** Apple's attribute names for a submission (both kinds). */
export interface SubmissionAttributes {
  createdDate: string;
  comment?: string | null;
  email?: string | null;
  deviceModel?: string;
  osVersion?: string;
  locale?: string;
  timeZone?: string;
  architecture?: string;
  connectionType?: 'WIFI' | 'MOBILE_DATA' | 'WIRE' | 'UNKNOWN' | 'NONE';
  pairedAppleWatch?: string;
  appUptimeInMilliseconds?: number;
  diskBytesAvailable?: number;
  diskBytesTotal?: number;
  batteryPercentage?: number;
  screenWidthInPoints?: number;
  screenHeightInPoints?: number;
  appPlatform?: 'IOS' | 'MAC_OS' | 'TV_OS' | 'VISION_OS';
  devicePlatform?: 'IOS' | 'MAC_OS' | 'TV_OS' | 'VISION_OS';
  deviceFamily?: 'IPHONE' | 'IPAD' | 'APPLE_TV' | 'APPLE_WATCH' | 'MAC' | 'VISION';
  buildBundleId?: string;
}

export interface ScreenshotImage {
  url: string;
  width?: number;
  height?: number;
  expirationDate?: string;
}

/** Declares the submissions' relationships (none of them has an inverse at Apple). */
export function defineFeedbackRelationships(store: Store): void {
  for (const type of [SCREENSHOTS, CRASHES]) {
    store.defineRelationship(type, 'build', 'builds', 'one');
    store.defineRelationship(type, 'tester', 'betaTesters', 'one');
  }
  store.defineRelationship(CRASHES, 'crashLog', CRASH_LOGS, 'one');
}

/** Seeds a screenshot submission on a build (and, when given, a tester). */
export function seedScreenshotSubmission(
  store: Store,
  id: string,
  seed: SubmissionAttributes & { build: string; tester?: string; screenshots?: ScreenshotImage[] },
): Resource {
  const { build, tester, ...attributes } = seed;
  return store.create(SCREENSHOTS, { screenshots: [], ...attributes }, { build, tester: tester ?? null }, id);
}

/** Seeds a crash submission with its crash log (id `${id}-log`). */
export function seedCrashSubmission(
  store: Store,
  id: string,
  seed: SubmissionAttributes & { build: string; tester?: string; logText: string },
): Resource {
  const { build, tester, logText, ...attributes } = seed;
  const log = store.create(CRASH_LOGS, { logText }, {}, `${id}-log`);
  return store.create(CRASHES, attributes, { build, tester: tester ?? null, crashLog: log.id }, id);
}

const SUPPORTS = (type: string) => [
  'filter[deviceModel]',
  'filter[osVersion]',
  'filter[appPlatform]',
  'filter[devicePlatform]',
  'filter[build]',
  'filter[build.preReleaseVersion]',
  'filter[tester]',
  'sort',
  `fields[${type}]`,
  'fields[builds]',
  'fields[betaTesters]',
  'limit',
  'include',
];

export const betaFeedbackRoutes: RouteModule = (router, { store }) => {
  defineFeedbackRelationships(store);

  const byPreReleaseVersion = (r: Resource, values: string[]): boolean => {
    const build = store.related(r, 'build')[0];
    return build !== undefined && store.ids(build, 'preReleaseVersion').some((id) => values.includes(id));
  };

  for (const [path, type] of [
    ['betaFeedbackScreenshotSubmissions', SCREENSHOTS],
    ['betaFeedbackCrashSubmissions', CRASHES],
  ] as const) {
    router.get(
      `/v1/apps/{id}/${path}`,
      (req) => {
        const app = store.getOrThrow('apps', req.params.id ?? '');
        const ofApp = store.list(type, (s) => {
          const build = store.related(s, 'build')[0];
          return build !== undefined && store.ids(build, 'app').includes(app.id);
        });
        const matching = applyFilters(ofApp, req, {
          'filter[build]': byRelationship('build'),
          'filter[build.preReleaseVersion]': byPreReleaseVersion,
          'filter[tester]': byRelationship('tester'),
          'filter[deviceModel]': byAttribute('deviceModel'),
          'filter[osVersion]': byAttribute('osVersion'),
          'filter[appPlatform]': byAttribute('appPlatform'),
          'filter[devicePlatform]': byAttribute('devicePlatform'),
        });
        return json(page(sortResources(matching, req), req));
      },
      { supports: SUPPORTS(type) },
    );

    router.get(
      `/v1/${path}/{id}`,
      (req) => json(resourceDocument(store.getOrThrow(type, req.params.id ?? ''), req)),
      { supports: [`fields[${type}]`, 'fields[builds]', 'fields[betaTesters]', 'include'] },
    );

    router.delete(`/v1/${path}/{id}`, (req) => {
      requireRole(req.key, 'APP_MANAGER');
      const submission = store.getOrThrow(type, req.params.id ?? '');
      const log = store.ids(submission, 'crashLog')[0];
      store.delete(type, submission.id);
      if (log) store.delete(CRASH_LOGS, log);
      return { status: 204 };
    });
  }

  router.get(
    '/v1/betaFeedbackCrashSubmissions/{id}/crashLog',
    (req) => {
      const submission = store.getOrThrow(CRASHES, req.params.id ?? '');
      const log = store.related(submission, 'crashLog')[0];
      if (!log) return json({ data: null, links: { self: req.url.href } });
      return json(resourceDocument(log, req));
    },
    { supports: ['fields[betaCrashLogs]'] },
  );

  router.get(
    '/v1/betaCrashLogs/{id}',
    (req) => json(resourceDocument(store.getOrThrow(CRASH_LOGS, req.params.id ?? ''), req)),
    { supports: ['fields[betaCrashLogs]'] },
  );
};
