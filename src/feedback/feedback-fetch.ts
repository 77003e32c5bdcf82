/**
 * Which submissions are meant (since, build, kinds) and reading them from App Store Connect:
 * newest first, stopping once past `since`, with each build's marketing version filled in.
 */
import { resolveApp, type App } from '../api/apps.js';
import {
  buildVersions,
  feedbackPages,
  getCrashLog,
  matchingBuildIds,
  type FeedbackKind,
  type FeedbackSubmission,
} from '../api/beta-feedback.js';
import { versionSpellings, type BuildSelection } from '../api/builds.js';
import type { AppStoreConnectClient } from '../api/client.js';
import { chunk, mapLimit } from '../api/concurrency.js';
import { Input } from '../constants.js';
import { InputError, quote, type InputReader } from '../input-reader.js';
import type { Logger } from '../logger.js';
import { namingInput } from '../operation.js';
import type { AppRef } from '../settings.js';
import { parseBuildSelection } from '../testflight/build-wait.js';

/** How far back to look: a fixed instant, or a span before the run's start. */
export type Since = { kind: 'date'; ms: number; text: string } | { kind: 'span'; ms: number; text: string };

export interface FeedbackSelection {
  app: AppRef;
  platform: string;
  since?: Since;
  build: BuildSelection;
  kinds: FeedbackKind[];
}

/** At most this many submissions of each kind are read in one run (a bound on time and memory). */
export const MAX_SUBMISSIONS = 1000;
/** A crash log longer than this is cut (Apple's are usually well under 1 MB). */
export const MAX_CRASH_LOG_CHARS = 2_000_000;

const KIND_NAMES = ['screenshots', 'crashes'] as const;
const SPAN = /^(\d{1,4})\s*([hdw])$/i;
const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** Reads since, build-id / version / build-number and feedback-kinds. */
export function parseFeedbackSelection(
  inputs: InputReader,
  app: AppRef,
  platform: string,
): FeedbackSelection {
  const kindsText = inputs.list(Input.FeedbackKinds);
  const kinds = new Set<FeedbackKind>();
  for (const k of kindsText) {
    const name = k.toLowerCase();
    if (name === 'screenshots' || name === 'screenshot') kinds.add('screenshot');
    else if (name === 'crashes' || name === 'crash') kinds.add('crash');
    else
      throw new InputError(
        Input.FeedbackKinds,
        `Input '${Input.FeedbackKinds}' has an invalid value ${quote(k)}: expected ${KIND_NAMES.join(' and/or ')}.`,
      );
  }
  return {
    app,
    platform,
    since: parseSince(inputs.string(Input.Since)),
    build: parseBuildSelection(inputs),
    kinds: kinds.size ? [...kinds] : ['screenshot', 'crash'],
  };
}

export function parseSince(value: string | undefined): Since | undefined {
  if (value === undefined) return undefined;
  const span = SPAN.exec(value);
  if (span) {
    const ms = Number(span[1]) * (UNIT_MS[(span[2] as string).toLowerCase()] as number);
    if (ms > 0) return { kind: 'span', ms, text: value };
  }
  const date = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value,
  );
  if (date) {
    const day = date[1] as string;
    const dayValid = new Date(Date.parse(`${day}T00:00:00Z`) || 0).toISOString().slice(0, 10) === day;
    const ms = Date.parse(`${day}T${date[2] ?? '00:00'}${date[3] ?? 'Z'}`);
    if (dayValid && !Number.isNaN(ms)) return { kind: 'date', ms, text: value };
  }
  throw new InputError(
    Input.Since,
    `Input '${Input.Since}' has an invalid value ${quote(value)}: expected a date (2025-03-01 or 2025-03-01T12:00:00Z, UTC unless an offset is given) or a span before now such as 24h, 7d or 2w.`,
  );
}

/** The earliest creation time wanted, in ms since the epoch. */
export function sinceMs(since: Since | undefined, now: number): number | undefined {
  if (!since) return undefined;
  return since.kind === 'span' ? now - since.ms : since.ms;
}

export interface FetchedFeedback {
  app: App;
  submissions: FeedbackSubmission[];
  /** Kinds for which MAX_SUBMISSIONS was reached (older ones were not read). */
  truncated: FeedbackKind[];
  /** The build filter matched no build: nothing was read. */
  noBuild: boolean;
  since?: string;
}

/** Reads the selected submissions, newest first across both kinds. */
export async function fetchFeedback(
  client: AppStoreConnectClient,
  log: Logger,
  selection: FeedbackSelection,
  now: number,
): Promise<FetchedFeedback> {
  const app = await namingInput(Input.App, resolveApp(client, selection.app));
  const from = sinceMs(selection.since, now);
  const since = from === undefined ? undefined : new Date(from).toISOString();
  let buildIds: string[] | undefined;
  const { buildId, version, buildNumber } = selection.build;
  if (buildId) buildIds = [buildId];
  else if (version || buildNumber) {
    buildIds = await matchingBuildIds(client, app.id, selection.platform, {
      versions: version ? versionSpellings(version) : undefined,
      buildNumber,
    });
    if (buildIds.length === 0) return { app, submissions: [], truncated: [], noBuild: true, since };
  }
  const submissions: FeedbackSubmission[] = [];
  const truncated: FeedbackKind[] = [];
  for (const kind of selection.kinds) {
    const chunks = buildIds ? chunk(buildIds, 50) : [undefined];
    let count = 0;
    outer: for (const ids of chunks) {
      for await (const page of feedbackPages(client, app.id, kind, ids)) {
        let older = false;
        for (const s of page) {
          if (from !== undefined && Date.parse(s.created) < from) {
            older = true;
            continue;
          }
          if (count >= MAX_SUBMISSIONS) {
            truncated.push(kind);
            break outer;
          }
          submissions.push(s);
          count += 1;
        }
        // Newest first: a page reaching past `since` is the last one needed.
        if (older) break;
      }
    }
    if (truncated.includes(kind))
      log.warning(
        `Read the newest ${MAX_SUBMISSIONS} ${kind} submissions only; set 'since' to look at fewer.`,
      );
  }
  const ids = [...new Set(submissions.map((s) => s.buildId).filter((id): id is string => !!id))];
  const versions = ids.length ? await buildVersions(client, ids) : new Map();
  for (const s of submissions) {
    const v = s.buildId ? versions.get(s.buildId) : undefined;
    s.version = v?.version;
    s.buildNumber ??= v?.buildNumber;
  }
  submissions.sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
  return { app, submissions, truncated, noBuild: false, since };
}

/** Crash logs of the crash submissions, by submission id (four at a time). */
export async function fetchCrashLogs(
  client: AppStoreConnectClient,
  submissions: FeedbackSubmission[],
): Promise<Map<string, string>> {
  const crashes = submissions.filter((s) => s.kind === 'crash');
  const results = await mapLimit(crashes, 4, (s) => getCrashLog(client, s.id));
  const logs = new Map<string, string>();
  results.forEach((r, i) => {
    if ('error' in r) throw r.error;
    const text = r.value;
    if (text !== undefined) {
      const id = (crashes[i] as FeedbackSubmission).id;
      logs.set(
        id,
        text.length > MAX_CRASH_LOG_CHARS
          ? `${text.slice(0, MAX_CRASH_LOG_CHARS)}\n[cut: the log had ${text.length} characters]`
          : text,
      );
    }
  });
  return logs;
}
