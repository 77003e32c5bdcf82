/**
 * What distribute-build will do to a build, decided from what is there already and what was
 * asked, before any write. Pure: no request, no log (the notes are logged by the caller).
 */
import type { BetaGroup } from '../api/beta-groups.js';
import type { BetaLocalization, Build } from '../api/builds.js';
import { Input } from '../constants.js';
import { buildLabel } from './build-summary.js';

/** The build's review is under way or done: it is not submitted again. */
export const REVIEW_DONE_SUBMISSION = new Set(['WAITING_FOR_REVIEW', 'IN_REVIEW', 'APPROVED']);
const REVIEW_DONE_EXTERNAL = new Set([
  'WAITING_FOR_BETA_REVIEW',
  'IN_BETA_REVIEW',
  'BETA_APPROVED',
  'READY_FOR_BETA_TESTING',
  'IN_BETA_TESTING',
]);

/** What was asked, with the What to Test text already settled. */
export interface DistributionRequest {
  usesNonExemptEncryption?: boolean;
  text?: string;
  /** Where an 'auto' text came from ('commit message', 'pull request title'). */
  textSource?: string;
  locale: string;
  submit: 'auto' | 'true' | 'false';
  notify: boolean;
}

export interface GroupEntry {
  id: string;
  name: string;
  internal: boolean;
}
export interface GroupReason extends GroupEntry {
  reason: string;
}
export interface ComplianceStep {
  status: string;
  usesNonExemptEncryption: boolean | null;
  note?: string;
}
export interface WhatToTestStep {
  status: string;
  locale: string;
  text: string | null;
  source?: string;
}
export interface ReviewStep {
  status: string;
  state: string | null;
  reason?: string;
}
export interface NotificationStep {
  status: string;
  reason?: string;
}

export interface DistributionPlan {
  /** "build 2.3 (457)", for messages. */
  label: string;
  compliance: ComplianceStep;
  /** The export compliance answer to send, when the build asks and one was given. */
  complianceWrite?: { usesNonExemptEncryption: boolean };
  whatToTest: WhatToTestStep;
  /** The What to Test write: a new localization, or an update of `localization`. */
  whatToTestWrite?: { kind: 'create' | 'update'; text: string; localization?: BetaLocalization };
  groups: { alreadyThere: GroupEntry[]; toAdd: BetaGroup[]; skipped: GroupReason[] };
  review: ReviewStep;
  /** Submit for Beta App Review in this run. */
  submit: boolean;
  notification: NotificationStep;
  /** Notify the testers, once the build is in a group. */
  notify: boolean;
  /** What already fails the run (an expired or rejected build, a blocked review). */
  failures: string[];
  /** What to log, in order. */
  notes: Array<{ level: 'info' | 'warning'; text: string }>;
}

export const groupEntry = (g: BetaGroup): GroupEntry => ({ id: g.id, name: g.name, internal: g.isInternal });

/**
 * The plan for `build`: which of export compliance, What to Test, groups, review and notification
 * need a write, and how each step reads in the result when it does not.
 */
export function planDistribution(
  build: Build,
  current: { groupIds: string[]; localizations: BetaLocalization[] },
  wanted: readonly BetaGroup[],
  request: DistributionRequest,
  dryRun: boolean,
): DistributionPlan {
  const label = `build ${buildLabel(build)}`;
  const failures: string[] = [];
  const notes: DistributionPlan['notes'] = [];
  if (build.expired) {
    failures.push(
      `Build ${buildLabel(build)} (id ${build.id}) has expired; testers cannot get it. Upload a new build.`,
    );
  }
  const external = build.betaDetail?.externalBuildState;

  // Export compliance.
  const complianceMissing =
    build.usesNonExemptEncryption === null || external === 'MISSING_EXPORT_COMPLIANCE';
  const answer = request.usesNonExemptEncryption;
  let compliance: ComplianceStep;
  let complianceWrite: DistributionPlan['complianceWrite'];
  if (complianceMissing && answer !== undefined) {
    complianceWrite = { usesNonExemptEncryption: answer };
    compliance = { status: dryRun ? 'would set' : 'set', usesNonExemptEncryption: answer };
  } else if (complianceMissing) {
    compliance = { status: 'missing', usesNonExemptEncryption: null };
    notes.push({
      level: 'warning',
      text: `Build ${buildLabel(build)} is missing export compliance: testers cannot install it until it is answered. Set ${Input.UsesNonExemptEncryption} (true or false).`,
    });
  } else {
    compliance = { status: 'already answered', usesNonExemptEncryption: build.usesNonExemptEncryption };
    if (answer !== undefined && answer !== build.usesNonExemptEncryption) {
      compliance.note = `answered earlier as ${String(build.usesNonExemptEncryption)}; not changed`;
      notes.push({
        level: 'warning',
        text: `Build ${buildLabel(build)} already answers export compliance with usesNonExemptEncryption ${String(build.usesNonExemptEncryption)}; ${Input.UsesNonExemptEncryption} ${String(answer)} is not applied.`,
      });
    }
  }

  // What to Test.
  const { text, locale } = request;
  const existing = current.localizations.find((l) => l.locale.toLowerCase() === locale.toLowerCase());
  let whatToTest: WhatToTestStep;
  let whatToTestWrite: DistributionPlan['whatToTestWrite'];
  if (text === undefined) {
    whatToTest = { status: 'not given', locale, text: existing?.whatsNew ?? null };
  } else if (existing && (existing.whatsNew ?? '') === text) {
    whatToTest = { status: 'unchanged', locale: existing.locale, text };
  } else {
    const kind = existing ? 'update' : 'create';
    whatToTestWrite = { kind, text, localization: existing };
    whatToTest = {
      status: dryRun ? `would ${kind}` : kind === 'create' ? 'created' : 'updated',
      locale: existing?.locale ?? locale,
      text,
    };
  }
  if (request.textSource) whatToTest.source = request.textSource;

  // Groups.
  const groups: DistributionPlan['groups'] = { alreadyThere: [], toAdd: [], skipped: [] };
  for (const g of wanted) {
    if (current.groupIds.includes(g.id)) groups.alreadyThere.push(groupEntry(g));
    else if (g.isInternal && g.hasAccessToAllBuilds) {
      groups.skipped.push({
        ...groupEntry(g),
        reason: 'internal group with access to all builds: it gets every build by itself',
      });
    } else groups.toAdd.push(g);
  }

  // Beta App Review.
  const reviewWanted =
    request.submit === 'true' || (request.submit === 'auto' && wanted.some((g) => !g.isInternal));
  const submission = build.reviewSubmission?.betaReviewState;
  let review: ReviewStep;
  let submit = false;
  if (!reviewWanted) {
    review = {
      status: 'not requested',
      state: submission ?? null,
      reason: request.submit === 'false' ? `${Input.SubmitForReview} is false` : 'no external group given',
    };
  } else if (
    (submission && REVIEW_DONE_SUBMISSION.has(submission)) ||
    (external && REVIEW_DONE_EXTERNAL.has(external))
  ) {
    review = { status: 'already submitted', state: submission ?? external ?? null };
    notes.push({
      level: 'info',
      text: `Beta App Review: ${label} is ${submission ?? external}; not submitted again.`,
    });
  } else if (submission === 'REJECTED' || external === 'BETA_REJECTED') {
    review = { status: 'rejected', state: submission ?? external ?? null };
    failures.push(
      `Beta App Review rejected ${label}; it cannot go to external testers. See the reason in App Store Connect (TestFlight → the build) and upload a new build.`,
    );
  } else if (complianceMissing && !complianceWrite) {
    review = { status: 'blocked', state: null, reason: 'export compliance is missing' };
    failures.push(
      `Cannot submit ${label} for Beta App Review while export compliance is missing: set ${Input.UsesNonExemptEncryption} (true or false).`,
    );
  } else if (build.expired) {
    review = { status: 'blocked', state: null, reason: 'the build has expired' };
  } else {
    submit = true;
    review = { status: dryRun ? 'would submit' : 'submitted', state: null };
  }

  // Notification.
  const autoNotify = build.betaDetail?.autoNotifyEnabled;
  const notify = request.notify && !autoNotify && groups.toAdd.length > 0;
  const notification: NotificationStep = !request.notify
    ? { status: 'not requested' }
    : autoNotify
      ? { status: 'automatic', reason: 'App Store Connect notifies testers automatically for this build' }
      : groups.toAdd.length === 0
        ? {
            status: 'skipped',
            reason: 'the build was added to no group in this run (testers were notified when it was)',
          }
        : { status: dryRun ? 'would send' : 'sent' };

  return {
    label,
    compliance,
    complianceWrite,
    whatToTest,
    whatToTestWrite,
    groups,
    review,
    submit,
    notification,
    notify,
    failures,
    notes,
  };
}

/**
 * Holds the review back: a check before submitting (a step of its own, run between the plan and
 * the writes) found the build not ready. The rest of the plan still runs.
 */
export function holdReview(plan: DistributionPlan, reason: string): DistributionPlan {
  return plan.submit ? { ...plan, submit: false, review: { status: 'blocked', state: null, reason } } : plan;
}

/** Builds of the app uploaded before `build` and not yet expired: what expire-previous-builds expires. */
export function olderBuilds(build: Build, active: readonly Build[]): Build[] {
  return active.filter(
    (b) =>
      b.id !== build.id &&
      !b.expired &&
      build.uploadedDate !== undefined &&
      b.uploadedDate !== undefined &&
      // Apple writes the offset (-07:00, -08:00): compare instants, not strings.
      Date.parse(b.uploadedDate) < Date.parse(build.uploadedDate),
  );
}
