/** How the people read in the log, the `result` output and the job summary. */
import { type Access, type AppLabel } from '../api/users.js';
import { Output } from '../constants.js';
import type { OperationContext, OperationResult } from '../operation.js';
import { capped, facts, heading, table, type SummaryBlock } from '../output/summary.js';
import { sortRoles } from './users-file.js';
import { type Outcome, type PlanItem, type Status, type TeamState } from './users-plan.js';

/** A person's access as reported: apps by bundle id where known. */
export interface AccessReport {
  roles: string[];
  allAppsVisible: boolean;
  visibleApps: string[];
  provisioningAllowed: boolean;
}

export interface PersonReport {
  email: string;
  firstName?: string;
  lastName?: string;
  /** Before the run. */
  status: Status;
  id?: string;
  outcome: Outcome;
  /** The fields that change (or changed). */
  changed?: string[];
  before?: AccessReport;
  after?: AccessReport;
  detail?: string;
}

export function appLabel(id: string, apps: Map<string, AppLabel>): string {
  return apps.get(id)?.bundleId ?? id;
}

export function accessReport(a: Access, apps: Map<string, AppLabel>): AccessReport {
  return {
    roles: sortRoles(a.roles),
    allAppsVisible: a.allAppsVisible,
    visibleApps: a.allAppsVisible ? [] : a.visibleAppIds.map((id) => appLabel(id, apps)),
    provisioningAllowed: a.provisioningAllowed,
  };
}

export function appsText(a: AccessReport): string {
  return a.allAppsVisible ? 'all apps' : a.visibleApps.length ? a.visibleApps.join(', ') : 'none';
}

export function personReport(it: PlanItem, apps: Map<string, AppLabel>): PersonReport {
  const detail = it.notes.filter(Boolean).join('; ');
  return {
    email: it.email,
    ...(it.firstName ? { firstName: it.firstName } : {}),
    ...(it.lastName ? { lastName: it.lastName } : {}),
    status: it.status,
    ...(it.id ? { id: it.id } : {}),
    outcome: it.outcome,
    ...(it.changed.length ? { changed: it.changed } : {}),
    ...(it.before ? { before: accessReport(it.before, apps) } : {}),
    ...(it.after ? { after: accessReport(it.after, apps) } : {}),
    ...(detail ? { detail } : {}),
  };
}

function arrow(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return after ?? '';
  if (after === undefined || after === before) return before;
  return `${before} → ${after}`;
}

/** The table of people: what they had, the outcome, and roles and apps before → after. */
export function peopleTable(reports: readonly PersonReport[]): SummaryBlock {
  const rows = reports.map((r) => [
    r.email,
    [r.firstName, r.lastName].filter(Boolean).join(' '),
    r.status,
    r.outcome,
    arrow(r.before?.roles.join(', ') || (r.before ? 'none' : undefined), r.after?.roles.join(', ')),
    arrow(r.before ? appsText(r.before) : undefined, r.after ? appsText(r.after) : undefined),
    arrow(
      r.before ? (r.before.provisioningAllowed ? 'yes' : 'no') : undefined,
      r.after ? (r.after.provisioningAllowed ? 'yes' : 'no') : undefined,
    ),
    r.detail,
  ]);
  const { rows: shown, note } = capped(rows);
  return table(['Email', 'Name', 'Was', 'Outcome', 'Roles', 'Apps', 'Provisioning', 'Detail'], shown, note);
}

/** Logs each planned change (one line a person), grouped so long lists stay folded. */
export async function logPlan(
  ctx: OperationContext,
  title: string,
  reports: readonly PersonReport[],
): Promise<void> {
  const lines = reports.map((r) => {
    const roles = arrow(r.before?.roles.join(', '), r.after?.roles.join(', '));
    const apps = arrow(r.before ? appsText(r.before) : undefined, r.after ? appsText(r.after) : undefined);
    return `${r.outcome.padEnd(26)} ${r.email}${roles ? `  roles: ${roles}` : ''}${apps ? `  apps: ${apps}` : ''}${r.detail ? `  (${r.detail})` : ''}`;
  });
  if (lines.length === 0) {
    ctx.log.info(`${title}: nobody.`);
    return;
  }
  await ctx.log.group(title, async () => {
    for (const line of lines) ctx.log.info(line);
  });
}

/** Counts by outcome, in the order they first appear. */
export function countOutcomes(reports: readonly PersonReport[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of reports) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

/** What finish() hands the summary besides the plan: the operation's own facts and result fields. */
export interface ResultParts {
  facts?: Array<[string, string | number | boolean | null | undefined]>;
  result?: Record<string, unknown>;
  /** Single-person operations put that person's report at the top of the result. */
  single?: boolean;
}

/** The outputs, `result` and summary once the plan ran (or, in a dry run, was logged). */
export function usersResult(
  dryRun: boolean,
  items: PlanItem[],
  state: TeamState,
  parts: ResultParts,
  run: { planned: number; fatal?: unknown },
): OperationResult {
  const reports = items.map((i) => personReport(i, state.apps));
  const changes = dryRun ? run.planned : items.reduce((n, i) => n + i.writes, 0);
  const counts = countOutcomes(reports);
  const failed = reports.filter((r) => r.outcome === 'failed');
  let failure: string | undefined;
  if (failed.length) {
    const first = failed
      .slice(0, 5)
      .map((r) => `${r.email} (${r.detail ?? 'failed'})`)
      .join('; ');
    failure =
      reports.length === 1
        ? `${first}.`
        : `${failed.length} of ${reports.length} people failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}.`;
    if (run.fatal instanceof Error) failure += ` Stopped: ${run.fatal.message}`;
    if (reports.length > 1) failure += " Every person's outcome is in the result output and the job summary.";
  }
  const result =
    parts.single && reports.length === 1
      ? { dryRun, changes, ...parts.result, ...reports[0] }
      : { dryRun, changes, ...parts.result, counts, people: reports };
  return {
    outputs: { [Output.Changes]: changes },
    result,
    summary: [
      facts([
        ...(parts.facts ?? []),
        ...Object.entries(counts).map(([o, n]): [string, number] => [
          o.charAt(0).toUpperCase() + o.slice(1),
          n,
        ]),
        [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
      ]),
      ...(reports.length ? [heading(parts.single ? 'Person' : 'People'), peopleTable(reports)] : []),
    ],
    ...(failure ? { failure } : {}),
  };
}
