import { resolveAppWithGroups } from '../api/apps.js';
import { listBuildGroupIds, listLocalizations } from '../api/builds.js';
import { Input } from '../constants.js';
import { defineOperation, namingInput } from '../operation.js';
import { requireApp } from '../settings.js';
import { parseBuildSelection, parseWaitSettings, waitForBuild } from '../testflight/build-wait.js';
import { applyDistribution, nothingDone, previewDistribution } from '../testflight/distribution-apply.js';
import { planDistribution } from '../testflight/distribution-plan.js';
import { parseLocale, parseWhatToTest, whatToTestText } from '../testflight/distribution-settings.js';
import { distributionResult, notReadyResult } from '../testflight/distribution-summary.js';
import { resolveGroupNames } from '../testflight/group-settings.js';

/**
 * The step after an upload: finds the build (waiting for it to appear and process), answers
 * export compliance when the build asks, sets What to Test, adds the build to groups, submits
 * it for Beta App Review, notifies testers and expires older builds, as asked. Writes only what
 * differs, in parallel where the order allows, and reads the build back to confirm.
 *
 * The run: steps before the plan (settle the What to Test text, find the app and its groups,
 * wait for the build, read what it has), the plan (pure), checks before submitting for review,
 * then the writes (or, in a dry run, the preview), then the result.
 */
export default defineOperation({
  parse(inputs, common) {
    return {
      app: requireApp(common, 'distribute-build'),
      selection: parseBuildSelection(inputs),
      wait: parseWaitSettings(inputs),
      groups: inputs.list(Input.Groups),
      usesNonExemptEncryption: inputs.bool(Input.UsesNonExemptEncryption),
      whatToTest: parseWhatToTest(inputs),
      locale: parseLocale(inputs),
      submit: inputs.choice(Input.SubmitForReview, ['auto', 'true', 'false'] as const, 'auto'),
      notify: inputs.bool(Input.NotifyTesters, false),
      expirePrevious: inputs.bool(Input.ExpirePreviousBuilds, false),
    };
  },

  async execute(ctx, s) {
    const { client, common, log } = ctx;
    const { platform, dryRun } = common;

    // Steps before the plan. What to Test from the GitHub context: settled before any request.
    const { text, source } = await whatToTestText(s.whatToTest, log);
    // The app and its groups in one request; every group name resolved before any write.
    const { app, groups } = await namingInput(Input.App, resolveAppWithGroups(client, s.app));
    const wanted = resolveGroupNames(s.groups, groups);
    const waited = await waitForBuild(ctx, app.id, platform, s.selection, s.wait);
    if (waited.status !== 'ready') return notReadyResult({ app, platform, dryRun }, waited);
    const { build } = waited;
    // What is there already (include brought it; read in full only when include cut it short).
    const [groupIds, localizations] = await Promise.all([
      build.groupIds ?? listBuildGroupIds(client, build.id),
      build.localizations ?? listLocalizations(client, build.id),
    ]);

    const request = { ...s, text, textSource: source };
    const plan = planDistribution(build, { groupIds, localizations }, wanted, request, dryRun);
    for (const note of plan.notes) log[note.level](note.text);
    const run = { app, platform, dryRun, waited, expirePrevious: s.expirePrevious };
    if (build.expired) return distributionResult(run, plan, nothingDone(build, plan));

    // Checks before submitting for review go here: they may hold the review back (holdReview).

    const done = dryRun
      ? await previewDistribution(ctx, app, build, plan, s.expirePrevious)
      : await applyDistribution(ctx, app, build, plan, s.expirePrevious);
    return distributionResult(run, plan, done);
  },
});
