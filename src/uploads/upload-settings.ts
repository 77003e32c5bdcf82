/** The upload inputs, shared by upload-build and distribute-build. */
import type { InputReader } from '../input-reader.js';
import type { CommonSettings } from '../settings.js';
import { parseVersionInputs } from '../testflight/build-wait.js';
import { appFor, readAppFile, settleTarget } from './app-file.js';
import type { UploadPlan } from './upload-run.js';

/** An uploaded file's build number may have four parts (checked again against the file). */
const BUILD_NUMBER = /^\d+(\.\d+){0,3}$/;

export interface UploadInputs {
  filePath: string;
  version?: string;
  buildNumber?: string;
}

/** Reads the app-file, version and build-number inputs (the file itself is read by `readUpload`). */
export function parseUploadInputs(inputs: InputReader, filePath: string): UploadInputs {
  const { version, buildNumber } = parseVersionInputs(inputs, BUILD_NUMBER);
  return { filePath, version, buildNumber };
}

/** Reads the file and settles what it will upload; still before any request. */
export async function readUpload(
  given: UploadInputs,
  common: CommonSettings,
  wait: UploadPlan['wait'],
): Promise<UploadPlan> {
  const file = await readAppFile(given.filePath);
  const target = settleTarget(file, {
    app: common.app,
    platform: common.platformGiven,
    version: given.version,
    buildNumber: given.buildNumber,
  });
  const concurrency = Number(process.env.ASC_UPLOAD_CONCURRENCY) || undefined;
  return { target, app: appFor(file, common.app), dryRun: common.dryRun, wait, concurrency };
}
