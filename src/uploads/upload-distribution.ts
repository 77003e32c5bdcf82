/**
 * distribute-build with app-file: the upload runs first (as upload-build), then the distribution
 * works on that very build. Here: reading the upload inputs, the step before the plan, and the
 * upload's part of the outputs, result and summary.
 */
import type { App } from '../api/apps.js';
import type { BuildSelection } from '../api/builds.js';
import { Input, Output } from '../constants.js';
import { InputError, type InputReader } from '../input-reader.js';
import type { OperationContext, OperationResult } from '../operation.js';
import { heading } from '../output/summary.js';
import type { WaitSettings } from '../testflight/build-wait.js';
import { runUpload, type UploadOutcome, type UploadPlan } from './upload-run.js';
import { parseUploadInputs, type UploadInputs } from './upload-settings.js';
import { uploadJson, uploadOutputs, uploadSummary } from './upload-summary.js';

/** The app-file input of distribute-build, undefined when it is empty. */
export function parseAppFileForDistribution(
  inputs: InputReader,
  selection: BuildSelection,
): UploadInputs | undefined {
  const filePath = inputs.string(Input.AppFile);
  if (filePath === undefined) return undefined;
  if (selection.buildId !== undefined) {
    throw new InputError(
      Input.BuildId,
      `Input '${Input.BuildId}' is set together with '${Input.AppFile}': with an app file, the build is the one it makes.`,
    );
  }
  return parseUploadInputs(inputs, filePath);
}

export type UploadStep =
  | { go: false; result: OperationResult }
  | { go: true; outcome: UploadOutcome; selection: BuildSelection; wait: WaitSettings };

/**
 * Uploads, then says how the distribution goes on: with the new build's id and what is left of
 * wait-timeout; or stops (the upload failed, timed out, or this is a dry run whose build does
 * not exist yet).
 */
export async function uploadBeforeDistribution(
  ctx: OperationContext,
  plan: UploadPlan,
  app: App,
  wait: WaitSettings,
): Promise<UploadStep> {
  const started = ctx.clock.now();
  const outcome = await ctx.log.group('Upload', () => runUpload(ctx, plan, app));
  const build = outcome.build;
  if (!build || outcome.status === 'failed' || outcome.status === 'timeout' || outcome.status === 'planned') {
    const then =
      outcome.status === 'planned'
        ? 'Dry run: the build does not exist yet, so the distribution is not planned; a real run uploads it, then distributes it.'
        : undefined;
    if (then) ctx.log.info(then);
    return {
      go: false,
      result: {
        outputs: uploadOutputs(outcome),
        result: { upload: uploadJson(outcome), distribution: null, changes: outcome.changes },
        summary: [heading('Upload'), ...uploadSummary(outcome)],
        failure: outcome.message,
      },
    };
  }
  const left = Math.max(0, wait.timeoutMs - (ctx.clock.now() - started));
  return { go: true, outcome, selection: { buildId: build.id }, wait: { ...wait, timeoutMs: left } };
}

/** The distribution's result with the upload's added: outputs, result, summary and changes. */
export function withUpload(distribution: OperationResult, outcome: UploadOutcome): OperationResult {
  const distChanges = Number(distribution.outputs?.[Output.Changes] ?? 0);
  const changes = distChanges + outcome.changes;
  const up = uploadOutputs(outcome);
  return {
    ...distribution,
    outputs: {
      ...distribution.outputs,
      [Output.BuildUploadId]: up[Output.BuildUploadId] ?? '',
      [Output.UploadState]: up[Output.UploadState] ?? '',
      [Output.Changes]: changes,
    },
    result: { ...(distribution.result as Record<string, unknown>), upload: uploadJson(outcome), changes },
    summary: [heading('Upload'), ...uploadSummary(outcome), heading('Distribution'), ...distribution.summary],
  };
}
