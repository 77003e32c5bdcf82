/** The result, outputs and job summary of distribute-build. */
import type { App } from '../api/apps.js';
import type { Build } from '../api/builds.js';
import { Output } from '../constants.js';
import type { OperationResult } from '../operation.js';
import { facts, heading, table } from '../output/summary.js';
import { buildFacts, buildJson, buildOutputs } from './build-summary.js';
import { type WaitOutcome } from './build-wait.js';
import type { DistributionOutcome } from './distribution-apply.js';
import { groupEntry, type DistributionPlan } from './distribution-plan.js';
import { appLink } from '../output/asc-links.js';

interface Run {
  app: App;
  platform: string;
  dryRun: boolean;
  waited: { polls: number; waitedMs: number };
  expirePrevious: boolean;
}

const waitedJson = (w: Run['waited']) => ({ polls: w.polls, seconds: Math.round(w.waitedMs / 1000) });

/** The build did not become ready (not found, still processing, invalid): nothing was planned. */
export function notReadyResult(
  run: Omit<Run, 'expirePrevious' | 'waited'>,
  waited: Exclude<WaitOutcome, { status: 'ready' }>,
): OperationResult {
  return {
    outputs: { ...buildOutputs(waited.build), [Output.Changes]: 0 },
    result: {
      app: run.app,
      platform: run.platform,
      build: waited.build ? buildJson(waited.build) : null,
      status: waited.status,
      waited: waitedJson(waited),
      changes: 0,
      dryRun: run.dryRun,
    },
    summary: [facts([['Outcome', waited.status], ...(waited.build ? buildFacts(waited.build) : [])])],
    failure: waited.message,
  };
}

/** Every step's outcome in the `result` output, a table of steps and one of groups in the summary. */
export function distributionResult(
  run: Run,
  plan: DistributionPlan,
  done: DistributionOutcome,
): OperationResult {
  const { app, dryRun } = run;
  const build: Build = done.build;
  const kind = (internal: boolean) => (internal ? 'internal' : 'external');
  const { alreadyThere, toAdd } = plan.groups;
  const { added, skipped, failed } = done.groups;
  const groupRows = [
    ...(dryRun ? toAdd.map((g) => [g.name, kind(g.isInternal), 'would add']) : []),
    ...added.map((g) => [g.name, kind(g.internal), 'added']),
    ...alreadyThere.map((g) => [g.name, kind(g.internal), 'already there']),
    ...skipped.map((g) => [g.name, kind(g.internal), `skipped: ${g.reason}`]),
    ...failed.map((g) => [g.name, kind(g.internal), `failed: ${g.reason}`]),
  ];
  const groups = {
    added: dryRun ? [] : added,
    wouldAdd: dryRun ? toAdd.map(groupEntry) : [],
    alreadyThere,
    skipped,
    failed,
  };
  const { compliance, whatToTest, review, notification, expired, changes, check } = done;
  const expiredText = run.expirePrevious
    ? `${dryRun ? 'would expire' : 'expired'} ${expired.length}${expired.length ? `: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}` : ''}`
    : 'not requested';
  const failures = [...plan.failures, ...done.failures];
  return {
    outputs: { ...buildOutputs(build), [Output.Changes]: changes },
    result: {
      app,
      platform: run.platform,
      build: buildJson(build),
      waited: waitedJson(run.waited),
      groups,
      compliance,
      whatToTest,
      review,
      notification,
      expiredBuilds: expired,
      verified: check.verified,
      mismatches: check.mismatches,
      changes,
      dryRun,
    },
    summary: [
      facts([['App', appLink(`${app.name} (${app.bundleId})`, app.id)], ...buildFacts(build, app.id)]),
      table(
        ['Step', 'Outcome'],
        [
          [
            'Export compliance',
            `${compliance.status}${compliance.usesNonExemptEncryption !== null ? ` (usesNonExemptEncryption ${String(compliance.usesNonExemptEncryption)})` : ''}`,
          ],
          [
            'What to Test',
            `${whatToTest.status}${whatToTest.text ? ` (${whatToTest.locale}): ${whatToTest.text}` : ''}`,
          ],
          ['Groups', groupRows.length ? groupRows.map((r) => `${r[0]}: ${r[2]}`).join('\n') : 'none given'],
          [
            'Beta App Review',
            `${review.status}${review.state ? ` (${review.state})` : ''}${review.reason ? `: ${review.reason}` : ''}`,
          ],
          [
            'Notify testers',
            `${notification.status}${notification.reason ? `: ${notification.reason}` : ''}`,
          ],
          ['Expire previous builds', expiredText],
          [
            'Read back',
            dryRun
              ? 'dry run'
              : check.verified
                ? 'confirmed'
                : check.mismatches.length
                  ? `mismatch: ${check.mismatches.join('; ')}`
                  : 'nothing written',
          ],
          ['Writes', changes],
        ],
      ),
      ...(groupRows.length ? [heading('Groups'), table(['Group', 'Type', 'Outcome'], groupRows)] : []),
    ],
    failure: failures.length ? failures.join(' ') : undefined,
  };
}
