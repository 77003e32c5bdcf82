import * as core from '@actions/core';
import { rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Output } from '../constants.js';
import { redactSecrets } from '../safe-text.js';
import { trackTempFile, untrackTempFile } from '../temp-files.js';

/** GitHub takes at most 1 MB per step output; a little is kept for the runner's own framing. */
export const MAX_RESULT_BYTES = 1_000_000;

/**
 * Sets the `result` output. Over `MAX_RESULT_BYTES`, the JSON goes to a file in RUNNER_TEMP named
 * by the `result-file` output, and `result` says where it is and why.
 */
export async function setResultOutput(
  operation: string,
  result: unknown,
  max = MAX_RESULT_BYTES,
): Promise<void> {
  const json = redactSecrets(JSON.stringify(result) ?? 'null');
  const bytes = Buffer.byteLength(json);
  if (bytes <= max) {
    core.setOutput(Output.Result, json);
    return;
  }
  const folder = process.env.RUNNER_TEMP || tmpdir();
  const file = join(folder, `app-store-connect-${operation || 'result'}-${process.pid}-${Date.now()}.json`);
  const temp = `${file}.tmp`;
  trackTempFile(temp);
  try {
    await writeFile(temp, json, 'utf8');
    await rename(temp, file);
  } finally {
    untrackTempFile(temp);
  }
  core.setOutput(Output.ResultFile, file);
  core.setOutput(
    Output.Result,
    JSON.stringify({
      resultFile: file,
      bytes,
      message: `The result is ${bytes} bytes, over GitHub's 1 MB limit for an output: it is in the file named by the result-file output.`,
    }),
  );
}
