import { resolveAppWithGroups } from '../api/apps.js';
import type { BetaGroup } from '../api/beta-groups.js';
import {
  addBuildToGroups,
  createLocalization,
  expireBuild,
  getBuild,
  getReviewSubmission,
  listActiveBuilds,
  listBuildGroupIds,
  listLocalizations,
  notifyTesters,
  setUsesNonExemptEncryption,
  submitForBetaReview,
  updateLocalization,
  type BetaLocalization,
  type Build,
} from '../api/builds.js';
import { mapLimit } from '../api/concurrency.js';
import { ApiError, messageOf } from '../api/errors.js';
import { resolveGroupNames } from '../testflight/group-settings.js';
import {
  buildFacts,
  buildJson,
  buildLabel,
  buildOutputs,
  parseBuildSelection,
  parseWaitSettings,
  waitForBuild,
} from '../testflight/builds.js';
import { Input, Output } from '../constants.js';
import { InputError, quote } from '../input-reader.js';
import { facts, heading, table } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation, namingInput, type OperationContext } from '../operation.js';

/** Apple's limit for What to Test. */
const WHATS_NEW_MAX = 4000;
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** The build's review is under way or done: it is not submitted again. */
const REVIEW_DONE_SUBMISSION = new Set(['WAITING_FOR_REVIEW', 'IN_REVIEW', 'APPROVED']);
const REVIEW_DONE_EXTERNAL = new Set([
  'WAITING_FOR_BETA_REVIEW',
  'IN_BETA_REVIEW',
  'BETA_APPROVED',
  'READY_FOR_BETA_TESTING',
  'IN_BETA_TESTING',
]);

type WhatToTest = { kind: 'text'; text: string } | { kind: 'auto' };

interface GroupEntry {
  id: string;
  name: string;
  internal: boolean;
}
interface GroupReason extends GroupEntry {
  reason: string;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

async function attempt(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    await fn();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
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

const entry = (g: BetaGroup): GroupEntry => ({ id: g.id, name: g.name, internal: g.isInternal });

/**
 * The step after an upload: finds the build (waiting for it to appear and process), answers
 * export compliance when the build asks, sets What to Test, adds the build to groups, submits
 * it for Beta App Review, notifies testers and expires older builds, as asked. Writes only what
 * differs, in parallel where the order allows, and reads the build back to confirm.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'distribute-build');
    const selection = parseBuildSelection(inputs);
    const wait = parseWaitSettings(inputs);
    const groups = inputs.list(Input.Groups);
    const usesNonExemptEncryption = inputs.bool(Input.UsesNonExemptEncryption);
    const raw = inputs.string(Input.WhatToTest);
    let whatToTest: WhatToTest | undefined;
    if (raw !== undefined) {
      if (raw.toLowerCase() === 'auto') whatToTest = { kind: 'auto' };
      else if (raw.length > WHATS_NEW_MAX) {
        throw new InputError(
          Input.WhatToTest,
          `Input '${Input.WhatToTest}' is ${raw.length} characters long; App Store Connect takes at most ${WHATS_NEW_MAX}.`,
        );
      } else whatToTest = { kind: 'text', text: raw };
    }
    const locale = inputs.string(Input.WhatToTestLocale) ?? 'en-US';
    if (!LOCALE.test(locale)) {
      throw new InputError(
        Input.WhatToTestLocale,
        `Input '${Input.WhatToTestLocale}' has an invalid value ${quote(locale)}: expected a locale such as en-US or de-DE.`,
      );
    }
    const submit = inputs.choice(Input.SubmitForReview, ['auto', 'true', 'false'] as const, 'auto');
    const notify = inputs.bool(Input.NotifyTesters, false);
    const expirePrevious = inputs.bool(Input.ExpirePreviousBuilds, false);
    return {
      app,
      selection,
      wait,
      groups,
      usesNonExemptEncryption,
      whatToTest,
      locale,
      submit,
      notify,
      expirePrevious,
    };
  },

  async execute(ctx, settings) {
    return distribute(ctx, settings);
  },
});

type Settings = {
  app: ReturnType<typeof requireApp>;
  selection: ReturnType<typeof parseBuildSelection>;
  wait: ReturnType<typeof parseWaitSettings>;
  groups: string[];
  usesNonExemptEncryption?: boolean;
  whatToTest?: WhatToTest;
  locale: string;
  submit: 'auto' | 'true' | 'false';
  notify: boolean;
  expirePrevious: boolean;
};

async function distribute(ctx: OperationContext, s: Settings) {
  const { client, common, log } = ctx;
  const { platform, dryRun } = common;

  // What to Test from the GitHub context: settled before any request.
  let text: string | undefined;
  let textSource: string | undefined;
  if (s.whatToTest?.kind === 'auto') {
    const { whatToTestFromContext } = await import('../testflight/github-context.js');
    const found = await whatToTestFromContext();
    if (!found) {
      throw new InputError(
        Input.WhatToTest,
        `Input '${Input.WhatToTest}' is 'auto', but this run's GitHub context has no commit message or pull request title (event ${quote(process.env.GITHUB_EVENT_NAME ?? 'unknown')}); give the text instead.`,
      );
    }
    text = found.text.length > WHATS_NEW_MAX ? `${found.text.slice(0, WHATS_NEW_MAX - 1)}…` : found.text;
    textSource = found.source;
    log.info(`What to Test from the ${found.source}: ${quote(text)}.`);
  } else if (s.whatToTest) {
    text = s.whatToTest.text;
  }

  // The app and its groups in one request; every group name resolved before any write.
  const { app, groups: appGroups } = await namingInput(Input.App, resolveAppWithGroups(client, s.app));
  const wanted = resolveGroupNames(s.groups, appGroups);

  const waited = await waitForBuild(ctx, app.id, platform, s.selection, s.wait);
  if (waited.status !== 'ready') {
    return {
      outputs: { ...buildOutputs(waited.build), [Output.Changes]: 0 },
      result: {
        app,
        platform,
        build: waited.build ? buildJson(waited.build) : null,
        status: waited.status,
        waited: { polls: waited.polls, seconds: Math.round(waited.waitedMs / 1000) },
        changes: 0,
        dryRun,
      },
      summary: [facts([['Outcome', waited.status], ...(waited.build ? buildFacts(waited.build) : [])])],
      failure: waited.message,
    };
  }
  let build = waited.build;
  const label = `build ${buildLabel(build)}`;
  const failures: string[] = [];
  if (build.expired) {
    failures.push(
      `Build ${buildLabel(build)} (id ${build.id}) has expired; testers cannot get it. Upload a new build.`,
    );
  }

  // What is there already (include brought it; read in full only when include cut it short).
  const [currentGroups, localizations] = await Promise.all([
    build.groupIds ?? listBuildGroupIds(client, build.id),
    build.localizations ?? listLocalizations(client, build.id),
  ]);
  const detail = build.betaDetail;
  const external = detail?.externalBuildState;

  // --- Plan -------------------------------------------------------------------------------
  const complianceMissing =
    build.usesNonExemptEncryption === null || external === 'MISSING_EXPORT_COMPLIANCE';
  let compliance: { status: string; usesNonExemptEncryption: boolean | null; note?: string };
  const setCompliance = complianceMissing && s.usesNonExemptEncryption !== undefined;
  if (setCompliance) {
    compliance = {
      status: dryRun ? 'would set' : 'set',
      usesNonExemptEncryption: s.usesNonExemptEncryption ?? null,
    };
  } else if (complianceMissing) {
    compliance = { status: 'missing', usesNonExemptEncryption: null };
    log.warning(
      `Build ${buildLabel(build)} is missing export compliance: testers cannot install it until it is answered. Set ${Input.UsesNonExemptEncryption} (true or false).`,
    );
  } else {
    compliance = { status: 'already answered', usesNonExemptEncryption: build.usesNonExemptEncryption };
    if (
      s.usesNonExemptEncryption !== undefined &&
      s.usesNonExemptEncryption !== build.usesNonExemptEncryption
    ) {
      compliance.note = `answered earlier as ${String(build.usesNonExemptEncryption)}; not changed`;
      log.warning(
        `Build ${buildLabel(build)} already answers export compliance with usesNonExemptEncryption ${String(build.usesNonExemptEncryption)}; ${Input.UsesNonExemptEncryption} ${String(s.usesNonExemptEncryption)} is not applied.`,
      );
    }
  }

  let existing: BetaLocalization | undefined = localizations.find(
    (l) => l.locale.toLowerCase() === s.locale.toLowerCase(),
  );
  let whatToTest: { status: string; locale: string; text: string | null; source?: string };
  let wttWrite: 'create' | 'update' | undefined;
  if (text === undefined) {
    whatToTest = { status: 'not given', locale: s.locale, text: existing?.whatsNew ?? null };
  } else if (existing && (existing.whatsNew ?? '') === text) {
    whatToTest = { status: 'unchanged', locale: existing.locale, text };
  } else {
    wttWrite = existing ? 'update' : 'create';
    whatToTest = {
      status: dryRun ? `would ${wttWrite}` : wttWrite === 'create' ? 'created' : 'updated',
      locale: existing?.locale ?? s.locale,
      text,
    };
  }
  if (textSource) whatToTest.source = textSource;

  const alreadyThere: GroupEntry[] = [];
  const added: GroupEntry[] = [];
  const toAdd: BetaGroup[] = [];
  const skipped: GroupReason[] = [];
  const failedGroups: GroupReason[] = [];
  for (const g of wanted) {
    if (currentGroups.includes(g.id)) alreadyThere.push(entry(g));
    else if (g.isInternal && g.hasAccessToAllBuilds) {
      skipped.push({
        ...entry(g),
        reason: 'internal group with access to all builds: it gets every build by itself',
      });
    } else toAdd.push(g);
  }

  const reviewWanted = s.submit === 'true' || (s.submit === 'auto' && wanted.some((g) => !g.isInternal));
  const submission = build.reviewSubmission?.betaReviewState;
  let review: { status: string; state: string | null; reason?: string };
  let submitNow = false;
  if (!reviewWanted) {
    review = {
      status: 'not requested',
      state: submission ?? null,
      reason: s.submit === 'false' ? `${Input.SubmitForReview} is false` : 'no external group given',
    };
  } else if (
    (submission && REVIEW_DONE_SUBMISSION.has(submission)) ||
    (external && REVIEW_DONE_EXTERNAL.has(external))
  ) {
    review = { status: 'already submitted', state: submission ?? external ?? null };
    log.info(`Beta App Review: ${label} is ${submission ?? external}; not submitted again.`);
  } else if (submission === 'REJECTED' || external === 'BETA_REJECTED') {
    review = { status: 'rejected', state: submission ?? external ?? null };
    failures.push(
      `Beta App Review rejected ${label}; it cannot go to external testers. See the reason in App Store Connect (TestFlight → the build) and upload a new build.`,
    );
  } else if (complianceMissing && !setCompliance) {
    review = { status: 'blocked', state: null, reason: 'export compliance is missing' };
    failures.push(
      `Cannot submit ${label} for Beta App Review while export compliance is missing: set ${Input.UsesNonExemptEncryption} (true or false).`,
    );
  } else if (build.expired) {
    review = { status: 'blocked', state: null, reason: 'the build has expired' };
  } else {
    submitNow = true;
    review = { status: dryRun ? 'would submit' : 'submitted', state: null };
  }

  const notifyNow = s.notify && !detail?.autoNotifyEnabled && toAdd.length > 0;
  const notification: { status: string; reason?: string } = !s.notify
    ? { status: 'not requested' }
    : detail?.autoNotifyEnabled
      ? { status: 'automatic', reason: 'App Store Connect notifies testers automatically for this build' }
      : toAdd.length === 0
        ? {
            status: 'skipped',
            reason: 'the build was added to no group in this run (testers were notified when it was)',
          }
        : { status: dryRun ? 'would send' : 'sent' };

  const expired: Array<{ id: string; version: string | null; buildNumber: string }> = [];
  const expireFailed: Array<{ id: string; reason: string }> = [];
  const olderThan = (b: Build) =>
    b.id !== build.id &&
    !b.expired &&
    build.uploadedDate !== undefined &&
    b.uploadedDate !== undefined &&
    // Apple writes the offset (-07:00, -08:00): compare instants, not strings.
    Date.parse(b.uploadedDate) < Date.parse(build.uploadedDate);

  if (build.expired) {
    return report();
  }

  // --- Dry run: the plan, no write ------------------------------------------------------------
  if (dryRun) {
    let changes = 0;
    if (setCompliance) {
      changes++;
      log.info(
        `Dry run: would set usesNonExemptEncryption ${String(s.usesNonExemptEncryption)} on ${label}.`,
      );
    }
    if (wttWrite) {
      changes++;
      log.info(`Dry run: would ${wttWrite} What to Test (${whatToTest.locale}): ${quote(text ?? '')}.`);
    }
    if (toAdd.length) {
      changes++;
      log.info(`Dry run: would add ${label} to ${toAdd.map((g) => `'${g.name}'`).join(', ')}.`);
    }
    if (submitNow) {
      changes++;
      log.info(`Dry run: would submit ${label} for Beta App Review.`);
    }
    if (notifyNow) {
      changes++;
      log.info(`Dry run: would notify the testers of ${label}.`);
    }
    if (s.expirePrevious) {
      const older = (await listActiveBuilds(client, app.id, platform)).filter(olderThan);
      for (const b of older) {
        changes++;
        expired.push({ id: b.id, version: b.version ?? null, buildNumber: b.buildNumber });
      }
      log.info(
        older.length
          ? `Dry run: would expire ${older.length} older build${older.length === 1 ? '' : 's'}: ${older.map(buildLabel).join(', ')}.`
          : 'Dry run: no older build to expire.',
      );
    }
    return report(changes);
  }

  // --- Writes -----------------------------------------------------------------------------------
  let changes = 0;
  // Export compliance and What to Test first (review needs both), with the list of older builds.
  const [complianceDone, wttDone, active] = await Promise.all([
    setCompliance
      ? attempt(async () => {
          changes++;
          await setUsesNonExemptEncryption(client, build.id, s.usesNonExemptEncryption as boolean);
          log.info(
            `Export compliance: set usesNonExemptEncryption ${String(s.usesNonExemptEncryption)} on ${label}.`,
          );
        })
      : Promise.resolve<Outcome>({ ok: true }),
    wttWrite ? attempt(() => writeWhatToTest()) : Promise.resolve<Outcome>({ ok: true }),
    s.expirePrevious
      ? listActiveBuilds(client, app.id, platform).catch((error: unknown) => error)
      : undefined,
  ]);
  if (!complianceDone.ok) {
    compliance.status = 'failed';
    failures.push(`Could not set export compliance on ${label}: ${messageOf(complianceDone.error)}`);
    if (submitNow) {
      submitNow = false;
      review = { status: 'blocked', state: null, reason: 'export compliance could not be set' };
    }
  }
  if (!wttDone.ok) {
    whatToTest.status = 'failed';
    failures.push(`Could not set What to Test on ${label}: ${messageOf(wttDone.error)}`);
  }

  // Groups (one call for all) and the review submission, side by side.
  await Promise.all([
    toAdd.length ? addGroups() : undefined,
    submitNow
      ? (async () => {
          try {
            changes++;
            const sub = await submitWithReadBack();
            review = { status: 'submitted', state: sub.betaReviewState ?? 'WAITING_FOR_REVIEW' };
            log.info(`Beta App Review: submitted ${label} (${review.state}).`);
          } catch (error) {
            review = { status: 'failed', state: null, reason: messageOf(error) };
            failures.push(`Could not submit ${label} for Beta App Review: ${messageOf(error)}`);
          }
        })()
      : undefined,
  ]);

  // Read back and notify side by side; then expire the older builds, once all went through.
  const wrote = changes > 0;
  const older = Array.isArray(active) ? active.filter(olderThan) : [];
  if (s.expirePrevious && !Array.isArray(active)) {
    failures.push(`Could not list the older builds to expire: ${messageOf(active)}`);
  }
  const [readBack] = await Promise.all([
    wrote ? getBuild(client, build.id) : undefined,
    notifyNow && added.length > 0
      ? (async () => {
          try {
            changes++;
            const sent = await notifyTesters(client, build.id);
            notification.status = sent === 'sent' ? 'sent' : 'automatic';
            if (sent !== 'sent')
              notification.reason =
                'auto-notify is already on for this build (App Store Connect notifies testers itself)';
            log.info(`Testers of ${label}: ${sent === 'sent' ? 'notified' : 'auto-notify is already on'}.`);
          } catch (error) {
            notification.status = 'failed';
            failures.push(`Could not notify the testers of ${label}: ${messageOf(error)}`);
          }
        })()
      : undefined,
  ]);
  if (notifyNow && added.length === 0) {
    notification.status = 'skipped';
    notification.reason = 'the build was added to no group';
  }

  // Confirm that what was written landed.
  const mismatches: string[] = [];
  if (wrote && !readBack) mismatches.push('the build could not be read back');
  if (readBack) {
    build = readBack;
    const nowGroups = readBack.groupIds ?? (await listBuildGroupIds(client, readBack.id));
    for (const g of added) {
      if (!nowGroups.includes(g.id)) mismatches.push(`the build is not in group '${g.name}' after adding it`);
    }
    if (wttWrite && wttDone.ok) {
      const locs = readBack.localizations ?? (await listLocalizations(client, readBack.id));
      const loc = locs.find((l) => l.locale.toLowerCase() === whatToTest.locale.toLowerCase());
      if ((loc?.whatsNew ?? null) !== text) {
        mismatches.push(
          `What to Test (${whatToTest.locale}) reads back as ${quote(loc?.whatsNew ?? '(none)')}`,
        );
      }
    }
    if (
      setCompliance &&
      complianceDone.ok &&
      readBack.usesNonExemptEncryption !== s.usesNonExemptEncryption
    ) {
      mismatches.push(
        `usesNonExemptEncryption reads back as ${String(readBack.usesNonExemptEncryption)}, not ${String(s.usesNonExemptEncryption)}`,
      );
    }
    if (review.status === 'submitted' && readBack.reviewSubmission?.betaReviewState) {
      review.state = readBack.reviewSubmission.betaReviewState;
    }
  }
  if (mismatches.length) {
    failures.push(`Read back after writing, ${label} does not show what was set: ${mismatches.join('; ')}.`);
  }

  if (older.length && failures.length === 0) {
    await mapLimit(older, 4, async (b) => {
      changes++;
      try {
        await expireBuild(client, b.id);
        expired.push({ id: b.id, version: b.version ?? null, buildNumber: b.buildNumber });
      } catch (error) {
        expireFailed.push({ id: b.id, reason: messageOf(error) });
      }
    });
    log.info(
      `Expired ${expired.length} older build${expired.length === 1 ? '' : 's'}: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}.`,
    );
    for (const f of expireFailed) failures.push(`Could not expire build ${f.id}: ${f.reason}`);
  } else if (older.length) {
    log.info(`Older builds were not expired: distributing ${label} did not fully succeed.`);
  }
  return report(changes, { verified: readBack !== undefined && mismatches.length === 0, mismatches });

  async function writeWhatToTest(): Promise<void> {
    changes++;
    if (wttWrite === 'update' && existing) {
      await updateLocalization(client, existing.id, text as string);
    } else {
      try {
        existing = await createLocalization(client, build.id, s.locale, text as string);
      } catch (error) {
        // A 409 can be the retry of a create whose answer was lost: read back and update if needed.
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        const found = (await listLocalizations(client, build.id, s.locale))[0];
        if (!found) throw error;
        existing = found;
        if ((found.whatsNew ?? '') !== text) {
          changes++;
          await updateLocalization(client, found.id, text as string);
        }
      }
    }
    log.info(
      `What to Test (${whatToTest.locale}) ${wttWrite === 'create' ? 'created' : 'updated'}: ${quote(text as string)}.`,
    );
  }

  /** Submits for Beta App Review; a 409 can be the retry of a submission whose answer was lost: read back. */
  async function submitWithReadBack() {
    try {
      return await submitForBetaReview(client, build.id);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      const found = await getReviewSubmission(client, build.id).catch(() => undefined);
      if (!found?.betaReviewState || !REVIEW_DONE_SUBMISSION.has(found.betaReviewState)) throw error;
      return found;
    }
  }

  async function addGroups(): Promise<void> {
    changes++;
    try {
      await addBuildToGroups(
        client,
        build.id,
        toAdd.map((g) => g.id),
      );
      added.push(...toAdd.map(entry));
      log.info(`Added ${label} to ${toAdd.map((g) => `'${g.name}'`).join(', ')}.`);
      return;
    } catch (error) {
      if (toAdd.length === 1 || !isInternalRefusal(error)) {
        for (const g of toAdd) classifyGroupError(g, error);
        return;
      }
      log.info(`App Store Connect refused one of the groups (${messageOf(error)}); adding them one by one.`);
    }
    const results = await mapLimit(toAdd, 4, async (g) => {
      changes++;
      await addBuildToGroups(client, build.id, [g.id]);
      return g;
    });
    results.forEach((r, i) => {
      const g = toAdd[i] as BetaGroup;
      if ('value' in r) added.push(entry(g));
      else classifyGroupError(g, r.error);
    });
    if (added.length) log.info(`Added ${label} to ${added.map((g) => `'${g.name}'`).join(', ')}.`);
  }

  function classifyGroupError(g: BetaGroup, error: unknown): void {
    if (g.isInternal && isInternalRefusal(error)) {
      skipped.push({
        ...entry(g),
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
    failedGroups.push({ ...entry(g), reason });
    failures.push(`Could not add ${label} to group '${g.name}': ${reason}`);
  }

  function report(
    changes = 0,
    check: { verified: boolean; mismatches: string[] } = { verified: false, mismatches: [] },
  ) {
    const groupRows = [
      ...(dryRun ? toAdd.map((g) => [g.name, g.isInternal ? 'internal' : 'external', 'would add']) : []),
      ...added.map((g) => [g.name, g.internal ? 'internal' : 'external', 'added']),
      ...alreadyThere.map((g) => [g.name, g.internal ? 'internal' : 'external', 'already there']),
      ...skipped.map((g) => [g.name, g.internal ? 'internal' : 'external', `skipped: ${g.reason}`]),
      ...failedGroups.map((g) => [g.name, g.internal ? 'internal' : 'external', `failed: ${g.reason}`]),
    ];
    const groupsResult = {
      added: dryRun ? [] : added,
      wouldAdd: dryRun ? toAdd.map(entry) : [],
      alreadyThere,
      skipped,
      failed: failedGroups,
    };
    const expiredText = s.expirePrevious
      ? `${dryRun ? 'would expire' : 'expired'} ${expired.length}${expired.length ? `: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}` : ''}`
      : 'not requested';
    return {
      outputs: { ...buildOutputs(build), [Output.Changes]: changes },
      result: {
        app,
        platform,
        build: buildJson(build),
        waited: { polls: waited.polls, seconds: Math.round(waited.waitedMs / 1000) },
        groups: groupsResult,
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
        facts([['App', `${app.name} (${app.bundleId})`], ...buildFacts(build)]),
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
}
