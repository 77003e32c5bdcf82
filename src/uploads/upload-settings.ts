/** The upload inputs, shared by upload-build and distribute-build. */
import { Input } from '../constants.js';
import { InputError, quote, type InputReader } from '../input-reader.js';
import type { CommonSettings } from '../settings.js';
import { appFor, readAppFile, settleTarget } from './app-file.js';
import type { UploadPlan } from './upload-run.js';

const DOTTED = /^\d+(\.\d+){0,2}$/;
const BUILD_NUMBER = /^\d+(\.\d+){0,3}$/;

export interface UploadInputs {
  filePath: string;
  version?: string;
  buildNumber?: string;
}

/** Reads the app-file, version and build-number inputs (the file itself is read by `readUpload`). */
export function parseUploadInputs(inputs: InputReader, filePath: string): UploadInputs {
  const version = inputs.string(Input.Version);
  const buildNumber = inputs.string(Input.BuildNumber);
  if (version !== undefined && !DOTTED.test(version)) {
    throw new InputError(
      Input.Version,
      `Input '${Input.Version}' has an invalid value ${quote(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`,
    );
  }
  if (buildNumber !== undefined && !BUILD_NUMBER.test(buildNumber)) {
    throw new InputError(
      Input.BuildNumber,
      `Input '${Input.BuildNumber}' has an invalid value ${quote(buildNumber)}: expected a build number (CFBundleVersion) such as 457 or 2.3.457.`,
    );
  }
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
