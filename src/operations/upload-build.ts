import { Input } from '../constants.js';
import { parseWaitSettings } from '../testflight/build-wait.js';
import { parseUploadInputs, readUpload } from '../uploads/upload-settings.js';
import { runUpload } from '../uploads/upload-run.js';
import { uploadJson, uploadOutputs, uploadSummary } from '../uploads/upload-summary.js';
import { defineOperation } from '../operation.js';

/**
 * Uploads an .ipa or .pkg through the build upload API and waits until App Store Connect has
 * made a build of it. A build or upload of the same number is reused, never sent twice.
 */
export default defineOperation({
  parse(inputs) {
    const filePath = inputs.required(
      Input.AppFile,
      'for upload-build: the path of the .ipa or .pkg to upload',
    );
    return { upload: parseUploadInputs(inputs, filePath), wait: parseWaitSettings(inputs) };
  },

  async execute(ctx, { upload, wait }) {
    const plan = await readUpload(upload, ctx.common, wait);
    const outcome = await ctx.log.group('Upload', () => runUpload(ctx, plan));
    return {
      outputs: uploadOutputs(outcome),
      result: uploadJson(outcome),
      summary: uploadSummary(outcome),
      failure: outcome.message,
    };
  },
});
