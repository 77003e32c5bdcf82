/** prune-testers' output file, its counts table, and the refusal of a plan over max-removals. */
import type { App } from '../api/apps.js';
import { Output } from '../constants.js';
import type { OperationResult } from '../operation.js';
import { writeListFile, type ListCell } from '../output/list-file.js';
import { facts, heading, table, type SummaryBlock } from '../output/summary.js';
import type { PrunePlan } from './prune-plan.js';
import type { PruneSettings } from './prune-settings.js';
import type { TesterReport } from './testers-plan.js';
import { appFacts } from './testers-summary.js';

export const PRUNE_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'state',
  'sessions',
  'crashes',
  'feedback',
  'removed_from',
  'outcome',
];

/** Writes the removed (or, under dry-run, to-be-removed) testers with their state and usage (writeListFile keeps CSV cells from reading as formulas). */
export async function writePruneFile(
  settings: PruneSettings,
  plan: PrunePlan,
  reports: readonly TesterReport[],
): Promise<void> {
  if (!settings.outputFile) return;
  const byEmail = new Map(reports.map((r) => [r.email.toLowerCase(), r]));
  const rows: Array<Record<string, ListCell>> = plan.candidates.map((c) => {
    const report = byEmail.get(c.tester.email.toLowerCase());
    return {
      email: c.tester.email,
      first_name: c.tester.firstName,
      last_name: c.tester.lastName,
      state: c.tester.state ?? null,
      sessions: c.usage.sessions,
      crashes: c.usage.crashes,
      feedback: c.usage.feedback,
      removed_from: (report?.groups ?? []).join('; '),
      outcome: report?.outcome ?? null,
    };
  });
  await writeListFile(settings.outputFile, settings.format, PRUNE_COLUMNS, rows);
}

/** The counts table: who was considered, who stays and why, who goes. */
export function pruneCounts(settings: PruneSettings, plan: PrunePlan): SummaryBlock[] {
  return [
    heading('Candidates'),
    table(
      ['Testers', 'Count'],
      [
        ['Considered', plan.considered],
        [`Active (a session in ${settings.period})`, plan.kept.active],
        [`Not in ${settings.states.join(', ')}`, plan.kept.state],
        ['On the keep list', plan.kept['keep list']],
        ['In an internal group (include-internal is false)', plan.kept['internal group']],
        ['Inactive: to remove', plan.candidates.length],
      ],
    ),
  ];
}

/** The step's answer when the plan is larger than max-removals: nothing is written. */
export function overMaxRemovals(
  app: App,
  settings: PruneSettings,
  plan: PrunePlan,
  dryRun: boolean,
): OperationResult {
  const n = plan.candidates.length;
  const message = `prune-testers would remove ${n} testers, more than max-removals (${settings.maxRemovals}); nothing was removed. Check inactive-days and tester-states, or raise max-removals.`;
  return {
    outputs: { [Output.TestersRemoved]: 0, [Output.Changes]: 0 },
    result: {
      app: { id: app.id, bundleId: app.bundleId, name: app.name },
      dryRun,
      period: settings.period,
      candidates: n,
      maxRemovals: settings.maxRemovals,
      changes: 0,
      testers: [],
    },
    summary: [
      facts([
        ['App', appFacts(app)],
        ['Candidates', n],
        ['max-removals', settings.maxRemovals],
      ]),
      ...pruneCounts(settings, plan),
    ],
    failure: message,
  };
}
