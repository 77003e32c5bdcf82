/** list-feedback's file, crash log files, result and job summary. */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { FeedbackSubmission } from '../api/beta-feedback.js';
import { writeListFile, writeWhole, type ListCell } from '../output/list-file.js';
import { capped, table, type SummaryBlock } from '../output/summary.js';
import { clean, codeSpan, firstLine } from './feedback-text.js';

export const FEEDBACK_COLUMNS = [
  'id',
  'kind',
  'created',
  'comment',
  'tester',
  'tester_email',
  'device_model',
  'device_family',
  'os_version',
  'build_version',
  'build_number',
  'locale',
  'time_zone',
  'connection',
  'battery',
  'app_uptime_ms',
  'screenshot_urls',
  'screenshots_expire',
  'crash_log_file',
];

/** "2.3 (457)", or what is known of it. */
export function buildText(s: FeedbackSubmission): string {
  if (s.version && s.buildNumber) return `${s.version} (${s.buildNumber})`;
  return s.version ?? (s.buildNumber ? `build ${s.buildNumber}` : 'unknown build');
}

/** The earliest expiry of a submission's screenshot URLs. */
export function screenshotsExpire(s: FeedbackSubmission): string | undefined {
  return s.screenshots
    .map((i) => i.expiresAt)
    .filter((d): d is string => !!d)
    .sort()[0];
}

/** One row; text cells that would read as a formula are quoted by writeListFile's CSV cells. */
function row(s: FeedbackSubmission, crashLogFile: string | undefined): Record<string, ListCell> {
  const text = (v: string | undefined) => (v === undefined ? undefined : clean(v));
  return {
    id: s.id,
    kind: s.kind,
    created: s.created,
    comment: text(s.comment),
    tester: text(s.testerName),
    tester_email: text(s.email),
    device_model: text(s.deviceModel),
    device_family: s.deviceFamily,
    os_version: text(s.osVersion),
    build_version: s.version,
    build_number: s.buildNumber,
    locale: text(s.locale),
    time_zone: text(s.timeZone),
    connection: s.connectionType,
    battery: s.batteryPercentage,
    app_uptime_ms: s.appUptimeMs,
    screenshot_urls: s.screenshots.map((i) => i.url).join(' '),
    screenshots_expire: screenshotsExpire(s),
    crash_log_file: crashLogFile,
  };
}

/** A file name for a crash log: the submission id with anything unusual replaced. */
export function crashLogName(outputFile: string, id: string): string {
  const base = basename(outputFile, extname(outputFile));
  return `${base}-crash-${id.replace(/[^A-Za-z0-9._-]/g, '_')}.log`;
}

/**
 * Writes the list and, beside it, one text file per crash log. Returns the crash log paths by
 * submission id.
 */
export async function writeFeedbackFiles(
  outputFile: string,
  format: 'csv' | 'json',
  submissions: FeedbackSubmission[],
  crashLogs: Map<string, string>,
): Promise<Map<string, string>> {
  const folder = dirname(resolve(outputFile));
  await mkdir(folder, { recursive: true });
  const written = new Map<string, string>();
  for (const [id, text] of crashLogs) {
    const path = join(dirname(outputFile), crashLogName(outputFile, id));
    await writeWhole(path, text);
    written.set(id, path);
  }
  await writeListFile(
    outputFile,
    format,
    FEEDBACK_COLUMNS,
    submissions.map((s) => row(s, written.get(s.id))),
  );
  return written;
}

/** The `result` entry of one submission. */
export function submissionJson(s: FeedbackSubmission, crashLogFile?: string): Record<string, unknown> {
  return {
    id: s.id,
    kind: s.kind,
    created: s.created,
    comment: s.comment ?? null,
    tester: s.testerName ?? null,
    deviceModel: s.deviceModel ?? null,
    osVersion: s.osVersion ?? null,
    build: { id: s.buildId ?? null, version: s.version ?? null, number: s.buildNumber ?? null },
    locale: s.locale ?? null,
    connection: s.connectionType ?? null,
    battery: s.batteryPercentage ?? null,
    screenshots: s.screenshots.map((i) => ({ url: i.url, expires: i.expiresAt ?? null })),
    ...(crashLogFile ? { crashLogFile } : {}),
  };
}

/** The summary table: when, kind, build, device and the comment's first line as plain text. */
export function feedbackTable(submissions: FeedbackSubmission[]): SummaryBlock {
  const rows = submissions.map((s) => [
    s.created.slice(0, 16).replace('T', ' '),
    s.kind,
    buildText(s),
    [s.deviceModel, s.osVersion].filter(Boolean).join(', '),
    codeSpan(firstLine(s.comment, 80)),
  ]);
  const { rows: shown, note } = capped(rows);
  return table(['Created (UTC)', 'Kind', 'Build', 'Device', 'Comment'], shown, note);
}
