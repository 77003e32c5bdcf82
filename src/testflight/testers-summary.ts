/** The outputs, result, log lines and job summary every tester operation ends with. */
import type { App } from '../api/apps.js';
import { type BetaGroup } from '../api/beta-groups.js';
import { reasonOf } from '../api/errors.js';
import { Output } from '../constants.js';
import type { OperationContext, OperationResult } from '../operation.js';
import { capped, facts, heading, table, type SummaryBlock } from '../output/summary.js';
import {
  type AddPlan,
  type RemovePlan,
  TesterLedger,
  type TesterOutcome,
  type TesterReport,
} from './testers-plan.js';

/** Counts by outcome. */
export function countOutcomes(reports: readonly TesterReport[]): Record<TesterOutcome, number> {
  const counts: Record<TesterOutcome, number> = {
    created: 0,
    added: 0,
    'already present': 0,
    removed: 0,
    'not present': 0,
    failed: 0,
    'would create': 0,
    'would add': 0,
    'would remove': 0,
  };
  for (const r of reports) counts[r.outcome] += 1;
  return counts;
}

/** The numbers and the per-tester table for the job summary (capped for long lists). */
export function testerSummary(
  head: Array<[string, string | number | boolean | null | undefined]>,
  reports: readonly TesterReport[],
  middle: SummaryBlock[] = [],
): SummaryBlock[] {
  const counts = countOutcomes(reports);
  const shown = (Object.entries(counts) as Array<[TesterOutcome, number]>).filter(([, n]) => n > 0);
  const rows = reports.map((r) => [
    r.email,
    [r.firstName, r.lastName].filter(Boolean).join(' '),
    r.outcome,
    r.groups.join(', '),
    r.detail,
  ]);
  const { rows: visible, note } = capped(rows);
  return [
    facts([...head, ...shown.map(([outcome, n]): [string, number] => [capitalize(outcome), n])]),
    ...middle,
    ...(reports.length
      ? [heading('Testers'), table(['Email', 'Name', 'Outcome', 'Groups', 'Detail'], visible, note)]
      : []),
  ];
}

/** The step's failure message when any tester failed (after all were reported). */
export function failureMessage(ledger: TesterLedger, reports: readonly TesterReport[]): string | undefined {
  const failed = reports.filter((r) => r.outcome === 'failed');
  if (failed.length === 0) return undefined;
  const first = failed
    .slice(0, 5)
    .map((r) => `${r.email} (${r.detail ?? 'failed'})`)
    .join('; ');
  const stop = ledger.fatal !== undefined ? ` Stopped early: ${reasonOf(ledger.fatal)}.` : '';
  return `${failed.length} of ${reports.length} testers failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}.${stop} Every tester's outcome is in the result output and the job summary.`;
}

/** "3 testers listed (1 duplicate collapsed)": how the tester operations open their plan line. */
export function testersListed(count: number, duplicates: number): string {
  const collapsed = duplicates ? ` (${duplicates} duplicate${duplicates === 1 ? '' : 's'} collapsed)` : '';
  return `${count} tester${count === 1 ? '' : 's'} listed${collapsed}`;
}

/** Warns when the plan needs more calls than the hour's budget has left (the client paces). */
export function warnAboutBudget(ctx: OperationContext, writes: number): void {
  const rate = ctx.client.rateLimit;
  if (rate && writes > rate.remaining) {
    ctx.log.warning(
      `The plan needs ${writes} write requests but only ${rate.remaining} of ${rate.limit} App Store Connect requests are left this hour: the action slows down to stay within the limit and may run out of budget; consider splitting the list over several runs.`,
    );
  }
}

export function appFacts(app: App): string {
  return `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The outputs, result and summary every tester operation ends with. */
export function testerOutcome(
  ctx: OperationContext,
  parts: {
    app: App;
    groups: readonly BetaGroup[];
    ledger: TesterLedger;
    /** Write requests the plan needs (reported as `changes` under dry-run). */
    planned: number;
    facts?: Array<[string, string | number | boolean | null | undefined]>;
    result?: Record<string, unknown>;
    /** Blocks between the numbers and the per-tester table. */
    middle?: SummaryBlock[];
  },
): OperationResult {
  const { app, groups, ledger, planned } = parts;
  const dryRun = ctx.common.dryRun;
  const reports = ledger.reports();
  const counts = countOutcomes(reports);
  const changes = dryRun ? planned : ledger.writes;
  const added = dryRun ? counts['would create'] + counts['would add'] : counts.created + counts.added;
  const removed = dryRun ? counts['would remove'] : counts.removed;
  const head: Array<[string, string | number | boolean | null | undefined]> = [
    ['App', appFacts(app)],
    ...(groups.length ? [['Groups', groups.map((g) => g.name).join(', ')] as [string, string]] : []),
    ...(parts.facts ?? []),
    [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
  ];
  return {
    outputs: { [Output.TestersAdded]: added, [Output.TestersRemoved]: removed, [Output.Changes]: changes },
    result: {
      app: { id: app.id, bundleId: app.bundleId, name: app.name },
      groups: groups.map((g) => ({ id: g.id, name: g.name, internal: g.isInternal })),
      dryRun,
      ...parts.result,
      counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
      changes,
      testers: reports,
    },
    summary: testerSummary(head, reports, parts.middle),
    failure: failureMessage(ledger, reports),
  };
}

/** Logs each planned change, grouped so long lists stay folded. */
export async function logPlan(
  ctx: OperationContext,
  title: string,
  add: AddPlan | undefined,
  remove: RemovePlan | undefined,
): Promise<void> {
  const lines = [
    ...(add?.creates ?? []).map(
      (c) => `create ${c.entry.email} in ${c.groups.map((g) => g.name).join(', ')}`,
    ),
    ...(add?.links ?? []).flatMap((l) => l.testers.map((t) => `add ${t.email} to ${l.group.name}`)),
    ...(remove?.fromGroups ?? []).flatMap((r) =>
      r.testers.map((t) => `remove ${t.email} from ${r.group.name}`),
    ),
    ...(remove?.fromApp ?? []).map((t) => `remove ${t.email} from the app`),
  ];
  if (lines.length === 0) {
    ctx.log.info(`${title}: nothing to change.`);
    return;
  }
  await ctx.log.group(title, async () => {
    for (const line of lines) ctx.log.info(line);
  });
}
