/**
 * Carries out a distribution plan: each step (distribution-steps.ts) sends its writes and returns
 * what happened; nothing changes the plan or shared state. The run then reads the build back,
 * and expires older builds only when everything went through.
 */
import type { App } from '../api/apps.js';
import { getBuild, listActiveBuilds, type Build } from '../api/builds.js';
import { messageOf } from '../api/errors.js';
import { quote } from '../input-reader.js';
import type { OperationContext } from '../operation.js';
import { buildLabel } from './build-summary.js';
import {
  olderBuilds,
  type ComplianceStep,
  type DistributionPlan,
  type GroupEntry,
  type GroupReason,
  type NotificationStep,
  type ReviewStep,
  type WhatToTestStep,
} from './distribution-plan.js';
import {
  addToGroups,
  expiredEntry,
  expireOlder,
  names,
  none,
  notify,
  readBackMismatches,
  setCompliance,
  submitForReview,
  writeWhatToTest,
  type ExpiredBuild,
} from './distribution-steps.js';

export type { ExpiredBuild } from './distribution-steps.js';

/** What a distribution did (or, in a dry run, would do). */
export interface DistributionOutcome {
  /** The build as read back after the writes (else as found). */
  build: Build;
  compliance: ComplianceStep;
  whatToTest: WhatToTestStep;
  groups: { added: GroupEntry[]; skipped: GroupReason[]; failed: GroupReason[] };
  review: ReviewStep;
  notification: NotificationStep;
  expired: ExpiredBuild[];
  /** What failed in the writes, read-back and expiry (the plan's own failures come first). */
  failures: string[];
  /** Writes sent (in a dry run: writes planned). */
  changes: number;
  check: { verified: boolean; mismatches: string[] };
}

/** The plan's steps as they stand, nothing written: for an expired build. */
export function nothingDone(build: Build, plan: DistributionPlan): DistributionOutcome {
  return {
    build,
    compliance: plan.compliance,
    whatToTest: plan.whatToTest,
    groups: { added: [], skipped: plan.groups.skipped, failed: [] },
    review: plan.review,
    notification: plan.notification,
    expired: [],
    failures: [],
    changes: 0,
    check: { verified: false, mismatches: [] },
  };
}

/** Dry run: logs each planned write and counts it; lists the older builds it would expire. */
export async function previewDistribution(
  { client, common, log }: OperationContext,
  app: App,
  build: Build,
  plan: DistributionPlan,
  expirePrevious: boolean,
): Promise<DistributionOutcome> {
  const { label } = plan;
  let changes = 0;
  if (plan.complianceWrite) {
    changes++;
    log.info(
      `Dry run: would set usesNonExemptEncryption ${String(plan.complianceWrite.usesNonExemptEncryption)} on ${label}.`,
    );
  }
  if (plan.whatToTestWrite) {
    changes++;
    log.info(
      `Dry run: would ${plan.whatToTestWrite.kind} What to Test (${plan.whatToTest.locale}): ${quote(plan.whatToTestWrite.text)}.`,
    );
  }
  if (plan.groups.toAdd.length) {
    changes++;
    log.info(`Dry run: would add ${label} to ${names(plan.groups.toAdd)}.`);
  }
  if (plan.submit) {
    changes++;
    log.info(`Dry run: would submit ${label} for Beta App Review.`);
  }
  if (plan.notify) {
    changes++;
    log.info(`Dry run: would notify the testers of ${label}.`);
  }
  let expired: ExpiredBuild[] = [];
  if (expirePrevious) {
    const older = olderBuilds(build, await listActiveBuilds(client, app.id, common.platform));
    changes += older.length;
    expired = older.map(expiredEntry);
    log.info(
      older.length
        ? `Dry run: would expire ${older.length} older build${older.length === 1 ? '' : 's'}: ${older.map(buildLabel).join(', ')}.`
        : 'Dry run: no older build to expire.',
    );
  }
  return { ...nothingDone(build, plan), expired, changes };
}

/** Sends the plan's writes in the order Apple needs, reads the build back, then expires older builds. */
export async function applyDistribution(
  ctx: OperationContext,
  app: App,
  build: Build,
  plan: DistributionPlan,
  expirePrevious: boolean,
): Promise<DistributionOutcome> {
  const { client, common, log } = ctx;
  const { label } = plan;
  const failures: string[] = [];
  const compliance = { ...plan.compliance };
  const whatToTest = { ...plan.whatToTest };
  let review = plan.review;
  let submit = plan.submit;

  // Export compliance and What to Test first (review needs both), with the list of older builds.
  const [complianceDone, whatToTestDone, active] = await Promise.all([
    plan.complianceWrite
      ? setCompliance(client, log, build, label, plan.complianceWrite.usesNonExemptEncryption)
      : none,
    plan.whatToTestWrite
      ? writeWhatToTest(client, log, build, plan.whatToTestWrite, whatToTest.locale)
      : none,
    expirePrevious
      ? listActiveBuilds(client, app.id, common.platform).catch((error: unknown) => ({ error }))
      : undefined,
  ]);
  if (complianceDone.error !== undefined) {
    compliance.status = 'failed';
    failures.push(`Could not set export compliance on ${label}: ${messageOf(complianceDone.error)}`);
    if (submit) {
      submit = false;
      review = { status: 'blocked', state: null, reason: 'export compliance could not be set' };
    }
  }
  if (whatToTestDone.error !== undefined) {
    whatToTest.status = 'failed';
    failures.push(`Could not set What to Test on ${label}: ${messageOf(whatToTestDone.error)}`);
  }

  // Groups (one call for all) and the review submission, side by side.
  const [grouped, submitted] = await Promise.all([
    addToGroups(client, log, build, label, plan.groups.toAdd),
    submit ? submitForReview(client, log, build, label) : undefined,
  ]);
  failures.push(...grouped.failures);
  if (submitted) {
    review = submitted.review;
    if (submitted.failure) failures.push(submitted.failure);
  }
  const wrote = complianceDone.writes + whatToTestDone.writes + grouped.writes + (submitted ? 1 : 0) > 0;

  // Read back and notify side by side; then expire the older builds, once all went through.
  const older = Array.isArray(active) ? olderBuilds(build, active) : [];
  if (active !== undefined && !Array.isArray(active)) {
    failures.push(`Could not list the older builds to expire: ${messageOf(active.error)}`);
  }
  const notifyNow = plan.notify && grouped.added.length > 0;
  const [readBack, notified] = await Promise.all([
    wrote ? getBuild(client, build.id) : undefined,
    notifyNow ? notify(client, log, build, label) : undefined,
  ]);
  let notification = plan.notification;
  if (notified) {
    notification = notified.notification;
    if (notified.failure) failures.push(notified.failure);
  } else if (plan.notify) {
    notification = { status: 'skipped', reason: 'the build was added to no group' };
  }

  const mismatches = wrote && !readBack ? ['the build could not be read back'] : [];
  if (readBack) {
    mismatches.push(
      ...(await readBackMismatches(client, readBack, plan, grouped.added, {
        compliance: plan.complianceWrite !== undefined && complianceDone.error === undefined,
        whatToTest: plan.whatToTestWrite !== undefined && whatToTestDone.error === undefined,
        locale: whatToTest.locale,
      })),
    );
    if (review.status === 'submitted' && readBack.reviewSubmission?.betaReviewState) {
      review = { ...review, state: readBack.reviewSubmission.betaReviewState };
    }
  }
  if (mismatches.length) {
    failures.push(`Read back after writing, ${label} does not show what was set: ${mismatches.join('; ')}.`);
  }

  let expired: ExpiredBuild[] = [];
  let expireWrites = 0;
  if (older.length && plan.failures.length === 0 && failures.length === 0) {
    const expiry = await expireOlder(client, log, older);
    expired = expiry.expired;
    expireWrites = older.length;
    failures.push(...expiry.failures);
  } else if (older.length) {
    log.info(`Older builds were not expired: distributing ${label} did not fully succeed.`);
  }

  return {
    build: readBack ?? build,
    compliance,
    whatToTest,
    groups: {
      added: grouped.added,
      skipped: [...plan.groups.skipped, ...grouped.skipped],
      failed: grouped.failed,
    },
    review,
    notification,
    expired,
    failures,
    changes:
      complianceDone.writes +
      whatToTestDone.writes +
      grouped.writes +
      (submitted ? 1 : 0) +
      (notified ? 1 : 0) +
      expireWrites,
    check: { verified: readBack !== undefined && mismatches.length === 0, mismatches },
  };
}
