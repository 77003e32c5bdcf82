import { resolveAppWithGroups } from '../api/apps.js';
import { listBuildGroupIds, listLocalizations } from '../api/builds.js';
import { Input } from '../constants.js';
import { defineOperation, namingInput, type OperationResult } from '../operation.js';
import { requireApp } from '../settings.js';
import { warnIfNotReadyForReview } from '../testflight/beta-app-info-readiness.js';
import { parseBuildSelection, parseWaitSettings, waitForBuild } from '../testflight/build-wait.js';
import { applyDistribution, nothingDone, previewDistribution } from '../testflight/distribution-apply.js';
import { planDistribution } from '../testflight/distribution-plan.js';
import { parseLocale, parseWhatToTest, whatToTestText } from '../testflight/distribution-settings.js';
import { distributionResult, notReadyResult } from '../testflight/distribution-summary.js';
import { resolveGroupNames } from '../testflight/group-settings.js';
import {
  parseAppFileForDistribution,
  uploadBeforeDistribution,
  withUpload,
} from '../uploads/upload-distribution.js';
import { readUpload } from '../uploads/upload-settings.js';

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
    const selection = parseBuildSelection(inputs);
    // With app-file, the upload comes first and the file names the app.
    const upload = parseAppFileForDistribution(inputs, selection);
    return {
      app: upload ? common.app : requireApp(common, 'distribute-build'),
      upload,
      selection,
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
    const { dryRun } = common;

    // Steps before the plan. What to Test from the GitHub context and the app file (read, not
    // sent): settled before any request.
    const { text, source } = await whatToTestText(s.whatToTest, log);
    const upload = s.upload && (await readUpload(s.upload, common, s.wait));
    const platform = upload ? upload.target.platform : common.platform;
    // The app and its groups in one request; every group name resolved before any write.
    const ref = upload ? upload.app : (s.app as NonNullable<typeof s.app>);
    const { app, groups } = await namingInput(Input.App, resolveAppWithGroups(client, ref));
    const wanted = resolveGroupNames(s.groups, groups);
    // With app-file: upload (or find the earlier upload's build), then distribute that build.
    const step = upload && (await uploadBeforeDistribution(ctx, upload, app, s.wait));
    if (step && !step.go) return step.result;
    const uploaded = step ? step.outcome : undefined;
    const selection = step ? step.selection : s.selection;
    const waited = await waitForBuild(ctx, app.id, platform, selection, step ? step.wait : s.wait);
    if (waited.status !== 'ready') return finish(notReadyResult({ app, platform, dryRun }, waited));
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
    if (build.expired) return finish(distributionResult(run, plan, nothingDone(build, plan)));

    // Checks before submitting for review: Beta App Review needs Beta App Information (warns).
    if (plan.submit) await warnIfNotReadyForReview(ctx, app);

    const done = dryRun
      ? await previewDistribution(ctx, app, build, plan, s.expirePrevious)
      : await applyDistribution(ctx, app, build, plan, s.expirePrevious);
    return finish(distributionResult(run, plan, done));

    function finish(result: OperationResult): OperationResult {
      return uploaded ? withUpload(result, uploaded) : result;
    }
  },
});
