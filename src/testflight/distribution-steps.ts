/**
 * The writes of a distribution, one function a step: each sends its requests and returns what
 * happened (writes sent, entries done, failures worded), for distribution-apply.ts to combine.
 */
import type { BetaGroup } from '../api/beta-groups.js';
import {
  addBuildToGroups,
  createLocalization,
  expireBuild,
  getReviewSubmission,
  listBuildGroupIds,
  listLocalizations,
  notifyTesters,
  setUsesNonExemptEncryption,
  submitForBetaReview,
  updateLocalization,
  type Build,
  type ReviewSubmission,
} from '../api/builds.js';
import type { AppStoreConnectClient } from '../api/client.js';
import { mapLimit } from '../api/concurrency.js';
import { ApiError, messageOf } from '../api/errors.js';
import { quote } from '../input-reader.js';
import type { Logger } from '../logger.js';
import {
  groupEntry,
  REVIEW_DONE_SUBMISSION,
  type DistributionPlan,
  type GroupEntry,
  type GroupReason,
  type NotificationStep,
  type ReviewStep,
} from './distribution-plan.js';

export interface ExpiredBuild {
  id: string;
  version: string | null;
  buildNumber: string;
}

export const expiredEntry = (b: Build): ExpiredBuild => ({
  id: b.id,
  version: b.version ?? null,
  buildNumber: b.buildNumber,
});

/** A step's writes sent (counted even when the request failed) and its error, if any. */
export interface Sent {
  writes: number;
  error?: unknown;
}
export const none: Sent = { writes: 0 };

export const names = (groups: ReadonlyArray<{ name: string }>) => groups.map((g) => `'${g.name}'`).join(', ');

export async function setCompliance(
  client: AppStoreConnectClient,
  log: Logger,
  build: Build,
  label: string,
  value: boolean,
): Promise<Sent> {
  try {
    await setUsesNonExemptEncryption(client, build.id, value);
    log.info(`Export compliance: set usesNonExemptEncryption ${String(value)} on ${label}.`);
    return { writes: 1 };
  } catch (error) {
    return { writes: 1, error };
  }
}

export async function writeWhatToTest(
  client: AppStoreConnectClient,
  log: Logger,
  build: Build,
  write: NonNullable<DistributionPlan['whatToTestWrite']>,
  locale: string,
): Promise<Sent> {
  let writes = 1;
  try {
    if (write.kind === 'update' && write.localization) {
      await updateLocalization(client, write.localization.id, write.text);
    } else {
      try {
        await createLocalization(client, build.id, locale, write.text);
      } catch (error) {
        // A 409 can be the retry of a create whose answer was lost: read back and update if needed.
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        const found = (await listLocalizations(client, build.id, locale))[0];
        if (!found) throw error;
        if ((found.whatsNew ?? '') !== write.text) {
          writes++;
          await updateLocalization(client, found.id, write.text);
        }
      }
    }
    log.info(
      `What to Test (${locale}) ${write.kind === 'create' ? 'created' : 'updated'}: ${quote(write.text)}.`,
    );
    return { writes };
  } catch (error) {
    return { writes, error };
  }
}

/** Apple refuses some internal groups: "Cannot add internal group to a build." */
function isInternalRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.errors.some((e) => /internal group/i.test(`${e.title ?? ''} ${e.detail ?? ''}`))
  );
}

interface Grouped {
  writes: number;
  added: GroupEntry[];
  skipped: GroupReason[];
  failed: GroupReason[];
  failures: string[];
}

/** Adds the build to the groups in one call; when Apple refuses an internal group, one by one. */
export async function addToGroups(
  client: AppStoreConnectClient,
  log: Logger,
  build: Build,
  label: string,
  toAdd: BetaGroup[],
): Promise<Grouped> {
  const out: Grouped = { writes: 0, added: [], skipped: [], failed: [], failures: [] };
  if (toAdd.length === 0) return out;
  out.writes = 1;
  try {
    await addBuildToGroups(
      client,
      build.id,
      toAdd.map((g) => g.id),
    );
    out.added = toAdd.map(groupEntry);
    log.info(`Added ${label} to ${names(toAdd)}.`);
    return out;
  } catch (error) {
    if (toAdd.length === 1 || !isInternalRefusal(error)) {
      for (const g of toAdd) refused(out, log, label, g, error);
      return out;
    }
    log.info(`App Store Connect refused one of the groups (${messageOf(error)}); adding them one by one.`);
  }
  out.writes += toAdd.length;
  const results = await mapLimit(toAdd, 4, (g) => addBuildToGroups(client, build.id, [g.id]));
  results.forEach((r, i) => {
    const g = toAdd[i] as BetaGroup;
    if ('value' in r) out.added.push(groupEntry(g));
    else refused(out, log, label, g, r.error);
  });
  if (out.added.length) log.info(`Added ${label} to ${names(out.added)}.`);
  return out;
}

/** Files a group Apple refused: skipped (an internal group Apple does not take) or failed. */
function refused(out: Grouped, log: Logger, label: string, g: BetaGroup, error: unknown): void {
  if (g.isInternal && isInternalRefusal(error)) {
    out.skipped.push({
      ...groupEntry(g),
      reason:
        'App Store Connect does not let builds be added to this internal group (Cannot add internal group to a build)',
    });
    log.warning(
      `App Store Connect refused to add ${label} to the internal group '${g.name}' ("Cannot add internal group to a build"); internal testers see builds through groups with access to all builds.`,
    );
    return;
  }
  const reason =
    error instanceof ApiError && error.status === 422
      ? `${messageOf(error)} (the build is not ready for testers yet)`
      : messageOf(error);
  out.failed.push({ ...groupEntry(g), reason });
  out.failures.push(`Could not add ${label} to group '${g.name}': ${reason}`);
}

export async function submitForReview(
  client: AppStoreConnectClient,
  log: Logger,
  build: Build,
  label: string,
): Promise<{ review: ReviewStep; failure?: string }> {
  try {
    const sub = await submitWithReadBack(client, build);
    const review = { status: 'submitted', state: sub.betaReviewState ?? 'WAITING_FOR_REVIEW' };
    log.info(`Beta App Review: submitted ${label} (${review.state}).`);
    return { review };
  } catch (error) {
    return {
      review: { status: 'failed', state: null, reason: messageOf(error) },
      failure: `Could not submit ${label} for Beta App Review: ${messageOf(error)}`,
    };
  }
}

/** Submits for Beta App Review; a 409 can be the retry of a submission whose answer was lost: read back. */
async function submitWithReadBack(client: AppStoreConnectClient, build: Build): Promise<ReviewSubmission> {
  try {
    return await submitForBetaReview(client, build.id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    const found = await getReviewSubmission(client, build.id).catch(() => undefined);
    if (!found?.betaReviewState || !REVIEW_DONE_SUBMISSION.has(found.betaReviewState)) throw error;
    return found;
  }
}

export async function notify(
  client: AppStoreConnectClient,
  log: Logger,
  build: Build,
  label: string,
): Promise<{ notification: NotificationStep; failure?: string }> {
  try {
    const sent = await notifyTesters(client, build.id);
    log.info(`Testers of ${label}: ${sent === 'sent' ? 'notified' : 'auto-notify is already on'}.`);
    return {
      notification:
        sent === 'sent'
          ? { status: 'sent' }
          : {
              status: 'automatic',
              reason: 'auto-notify is already on for this build (App Store Connect notifies testers itself)',
            },
    };
  } catch (error) {
    return {
      notification: { status: 'failed' },
      failure: `Could not notify the testers of ${label}: ${messageOf(error)}`,
    };
  }
}

/** What the build read back does not show of what was written. */
export async function readBackMismatches(
  client: AppStoreConnectClient,
  readBack: Build,
  plan: DistributionPlan,
  added: GroupEntry[],
  written: { compliance: boolean; whatToTest: boolean; locale: string },
): Promise<string[]> {
  const mismatches: string[] = [];
  const nowGroups = readBack.groupIds ?? (await listBuildGroupIds(client, readBack.id));
  for (const g of added) {
    if (!nowGroups.includes(g.id)) mismatches.push(`the build is not in group '${g.name}' after adding it`);
  }
  if (written.whatToTest && plan.whatToTestWrite) {
    const locs = readBack.localizations ?? (await listLocalizations(client, readBack.id));
    const loc = locs.find((l) => l.locale.toLowerCase() === written.locale.toLowerCase());
    if ((loc?.whatsNew ?? null) !== plan.whatToTestWrite.text) {
      mismatches.push(`What to Test (${written.locale}) reads back as ${quote(loc?.whatsNew ?? '(none)')}`);
    }
  }
  const answer = plan.complianceWrite?.usesNonExemptEncryption;
  if (written.compliance && readBack.usesNonExemptEncryption !== answer) {
    mismatches.push(
      `usesNonExemptEncryption reads back as ${String(readBack.usesNonExemptEncryption)}, not ${String(answer)}`,
    );
  }
  return mismatches;
}

export async function expireOlder(
  client: AppStoreConnectClient,
  log: Logger,
  older: Build[],
): Promise<{ expired: ExpiredBuild[]; failures: string[] }> {
  const results = await mapLimit(older, 4, (b) => expireBuild(client, b.id));
  const expired: ExpiredBuild[] = [];
  const failures: string[] = [];
  results.forEach((r, i) => {
    const b = older[i] as Build;
    if ('value' in r) expired.push(expiredEntry(b));
    else failures.push(`Could not expire build ${b.id}: ${messageOf(r.error)}`);
  });
  log.info(
    `Expired ${expired.length} older build${expired.length === 1 ? '' : 's'}: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}.`,
  );
  return { expired, failures };
}
