/**
 * Files each submission as one GitHub issue, exactly once. Earlier imports are found by the
 * marker on the first line of issues carrying the first label (open and closed); the rest are
 * created oldest first, one at a time and at least a second apart, each read back before it
 * counts. A rate limit that asks for a long wait ends the run cleanly: a later run fills exactly
 * the gaps. Deleting from App Store Connect happens only for submissions whose issue was read back.
 */
import { deleteSubmission, type FeedbackSubmission } from '../api/beta-feedback.js';
import type { AppStoreConnectClient } from '../api/client.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { fetchCrashLogs } from './feedback-fetch.js';
import { forLog } from './feedback-text.js';
import { GitHubError, GitHubRateLimited, type GitHubIssues, type IssueRef } from './github-issues.js';
import { issueBody, issueTitle, markerKey, readMarker } from './issue-body.js';

/** GitHub's advice for content-creating requests: no faster than one a second. */
export const CREATE_SPACING_MS = 1000;

export interface SyncSettings {
  /** Labels every issue gets; the first one is how earlier imports are found. */
  labels: string[];
  includeTesterEmail: boolean;
  deleteAfterImport: boolean;
  dryRun: boolean;
}

export interface IssueLink {
  submission: string;
  kind: string;
  number: number;
  url: string;
}

export interface SyncOutcome {
  created: IssueLink[];
  existing: IssueLink[];
  /** Dry run: what would be created. */
  planned: Array<{ submission: string; kind: string; title: string }>;
  /** Not filed in this run (rate limit or an error); a later run files them. */
  pending: string[];
  labelsCreated: string[];
  deleted: string[];
  stopped?: string;
  failure?: string;
}

export const KIND_LABEL: Record<string, string> = { crash: 'crash', screenshot: 'feedback' };
const LABEL_COLORS: Record<string, string> = { testflight: '0a84ff', crash: 'd73a4a', feedback: 'a2eeef' };

interface Deps {
  github: GitHubIssues;
  client: AppStoreConnectClient;
  clock: Clock;
  log: Logger;
}

/** Issues filed earlier, by submission (kind:id), read from the markers of issues with `label`. */
export async function findImported(github: GitHubIssues, label: string): Promise<Map<string, IssueRef>> {
  const found = new Map<string, IssueRef>();
  for await (const issue of github.issuesWithLabel(label)) {
    const m = readMarker(issue.body);
    // The oldest issue of a submission wins (the list is newest first).
    if (m) found.set(markerKey(m.kind, m.id), issue);
  }
  return found;
}

export async function syncIssues(
  deps: Deps,
  submissions: FeedbackSubmission[],
  settings: SyncSettings,
): Promise<SyncOutcome> {
  const { github, log } = deps;
  const out: SyncOutcome = {
    created: [],
    existing: [],
    planned: [],
    pending: [],
    labelsCreated: [],
    deleted: [],
  };
  let imported: Map<string, IssueRef>;
  try {
    imported = await findImported(github, settings.labels[0] as string);
  } catch (error) {
    out.pending = submissions.map((s) => s.id);
    return stop(out, error, log);
  }
  const confirmed: FeedbackSubmission[] = [];
  const todo: FeedbackSubmission[] = [];
  for (const s of submissions) {
    const issue = imported.get(markerKey(s.kind, s.id));
    if (issue) {
      out.existing.push(link(s, issue));
      confirmed.push(s);
    } else todo.push(s);
  }
  // Oldest first, so issue numbers follow the order testers wrote in.
  todo.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  log.info(`${out.existing.length} submission(s) already have an issue; ${todo.length} to file.`);

  if (settings.dryRun) {
    for (const s of todo) {
      const title = issueTitle(s);
      out.planned.push({ submission: s.id, kind: s.kind, title });
      log.info(`Would create: ${forLog(title)} (${s.kind} ${forLog(s.id)})`);
    }
    if (settings.deleteAfterImport)
      log.info(
        `Would delete ${confirmed.length + todo.length} submission(s) from App Store Connect once filed.`,
      );
    return out;
  }

  try {
    if (todo.length) {
      await ensureLabels(deps, labelsFor(settings.labels, todo), out);
      const logs = await fetchCrashLogs(deps.client, todo);
      let last = -Infinity;
      for (const [index, s] of todo.entries()) {
        const wait = last + CREATE_SPACING_MS - deps.clock.now();
        if (wait > 0) await deps.clock.sleep(wait);
        try {
          const issue = await createOnce(deps, s, settings, logs.get(s.id));
          last = deps.clock.now();
          out.created.push(link(s, issue));
          confirmed.push(s);
          log.info(`Filed #${issue.number} for ${s.kind} ${forLog(s.id)}.`);
        } catch (error) {
          out.pending = todo.slice(index).map((p) => p.id);
          throw error;
        }
      }
    }
    if (settings.deleteAfterImport) {
      for (const s of confirmed) {
        await deleteSubmission(deps.client, s.kind, s.id);
        out.deleted.push(s.id);
      }
      if (out.deleted.length)
        log.info(`Deleted ${out.deleted.length} filed submission(s) from App Store Connect.`);
    }
  } catch (error) {
    return stop(out, error, log);
  }
  return out;
}

/** Ends the run with what was done: cleanly for a rate limit, as a failure for anything else. */
function stop(out: SyncOutcome, error: unknown, log: Logger): SyncOutcome {
  if (error instanceof GitHubRateLimited) {
    out.stopped = `GitHub's rate limit asks to wait until ${error.resetAt}; stopped after filing ${out.created.length} issue(s). ${out.pending.length} submission(s) wait for the next run.`;
    log.warning(out.stopped);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    out.failure = `${message} (${out.created.length} issue(s) filed before that; the next run continues from there.)`;
  }
  return out;
}

/** The base labels plus each kind's label. */
function labelsFor(base: string[], todo: FeedbackSubmission[]): string[] {
  const kinds = new Set(todo.map((s) => KIND_LABEL[s.kind] as string));
  return [...new Set([...base, ...kinds])];
}

async function ensureLabels(deps: Deps, labels: string[], out: SyncOutcome): Promise<void> {
  for (const name of labels) {
    if (await deps.github.hasLabel(name)) continue;
    await deps.github.createLabel(
      name,
      LABEL_COLORS[name] ?? 'ededed',
      'TestFlight feedback filed by app-store-connect-action',
    );
    out.labelsCreated.push(name);
    deps.log.info(`Created the label '${forLog(name)}'.`);
  }
}

/**
 * Creates the issue and reads it back. When the create's answer is lost (network, 5xx), the
 * newest issues are checked for its marker before one more try, so a lost answer makes no twin.
 */
async function createOnce(
  deps: Deps,
  s: FeedbackSubmission,
  settings: SyncSettings,
  crashLog: string | undefined,
): Promise<IssueRef> {
  const title = issueTitle(s);
  const body = issueBody(s, { includeTesterEmail: settings.includeTesterEmail, crashLog });
  const labels = [...settings.labels, KIND_LABEL[s.kind] as string];
  let created: IssueRef;
  try {
    created = await deps.github.createIssue(title, body, labels);
  } catch (error) {
    if (!(error instanceof GitHubError) || (error.status !== 0 && error.status < 500)) throw error;
    const found = (await findImported(deps.github, settings.labels[0] as string)).get(
      markerKey(s.kind, s.id),
    );
    created = found ?? (await deps.github.createIssue(title, body, labels));
  }
  const back = await deps.github.getIssue(created.number);
  const m = readMarker(back.body);
  if (!m || m.kind !== s.kind || m.id !== s.id) {
    throw new Error(
      `Issue #${created.number} was created but reads back without its marker for ${s.kind} ${s.id}.`,
    );
  }
  return back;
}

function link(s: FeedbackSubmission, issue: IssueRef): IssueLink {
  return { submission: s.id, kind: s.kind, number: issue.number, url: issue.url };
}
