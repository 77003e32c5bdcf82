/**
 * What Beta App Review needs from the app before it takes a build for external testing: a
 * localization with a description and a feedback email, and a review contact (name, phone,
 * email; a demo account's name when one is required). distribute-build checks it before
 * submitting, and warns, naming sync-beta-app-info.
 */
import {
  getBetaAppReviewDetail,
  listBetaAppLocalizations,
  type BetaAppLocalization,
  type BetaAppReviewDetail,
} from '../api/beta-app-info.js';
import type { App } from '../api/apps.js';
import { reasonOf } from '../api/errors.js';
import type { OperationContext } from '../operation.js';

/** What is missing, in words; empty when the app looks ready. */
export function betaReviewGaps(
  localizations: readonly BetaAppLocalization[],
  review: BetaAppReviewDetail,
): string[] {
  const gaps: string[] = [];
  const filled = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
  if (!localizations.some((l) => filled(l.attributes.description) && filled(l.attributes.feedbackEmail))) {
    gaps.push(
      localizations.length
        ? `no beta app localization has both a description and a feedback email (locales: ${localizations.map((l) => l.locale).join(', ')})`
        : 'no beta app localization (description and feedback email)',
    );
  }
  const a = review.attributes;
  const contact = (
    [
      ['contact-first-name', a.contactFirstName],
      ['contact-last-name', a.contactLastName],
      ['contact-phone', a.contactPhone],
      ['contact-email', a.contactEmail],
    ] as const
  )
    .filter(([, v]) => !filled(v))
    .map(([k]) => k);
  if (contact.length) gaps.push(`the Beta App Review contact lacks ${contact.join(', ')}`);
  if (a.demoAccountRequired === true && !filled(a.demoAccountName))
    gaps.push('a demo account is required but has no name');
  return gaps;
}

/**
 * Reads the app's Beta App Information and warns when Beta App Review would lack something.
 * A failed read (say, a key whose role cannot see it) is logged and does not stop the run.
 */
export async function warnIfNotReadyForReview(ctx: OperationContext, app: App): Promise<string[]> {
  let gaps: string[];
  try {
    const [localizations, review] = await Promise.all([
      listBetaAppLocalizations(ctx.client, app.id),
      getBetaAppReviewDetail(ctx.client, app.id),
    ]);
    gaps = betaReviewGaps(localizations, review);
  } catch (error) {
    ctx.log.debug(`Could not read the Beta App Information to check it before review: ${reasonOf(error)}`);
    return [];
  }
  if (gaps.length) {
    ctx.log.warning(
      `Beta App Review may refuse this build: ${gaps.join('; ')}. Set them in App Store Connect (TestFlight → Test Information) or with the sync-beta-app-info operation.`,
    );
  }
  return gaps;
}
