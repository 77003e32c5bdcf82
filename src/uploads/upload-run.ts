/**
 * From the file to a build: look first (a build or upload of this number may exist), then
 * reserve, send the parts, commit with read-back, and watch until App Store Connect has made
 * the build. Re-runs resume or watch instead of sending the file again.
 */
import { resolveApp, type App } from '../api/apps.js';
import {
  commitUploadFile,
  createBuildUpload,
  createUploadFile,
  deleteBuildUpload,
  getBuildUpload,
  getUploadFile,
  listBuildUploads,
  listUploadFiles,
  type BuildUpload,
  type BuildUploadFile,
} from '../api/build-uploads.js';
import { getBuild, listBuilds, normalizeVersion, versionSpellings, type Build } from '../api/builds.js';
import type { AppStoreConnectClient } from '../api/client.js';
import { ApiError, NetworkError } from '../api/errors.js';
import type { Clock } from '../clock.js';
import { Input } from '../constants.js';
import { InputError, quote } from '../input-reader.js';
import type { Logger } from '../logger.js';
import type { UploadTarget } from './app-file.js';
import type { AppRef } from '../settings.js';
import { namingInput } from '../operation.js';
import { surveyBuildNumbers } from './build-number.js';
import { sendParts, type PartsOutcome } from './upload-parts.js';
import { watchUpload } from './upload-watch.js';

export interface UploadContext {
  client: AppStoreConnectClient;
  log: Logger;
  clock: Clock;
}

export interface UploadPlan {
  target: UploadTarget;
  app: AppRef;
  dryRun: boolean;
  wait: { timeoutMs: number; intervalMs: number };
  concurrency?: number;
}

export type UploadStatus = 'uploaded' | 'resumed' | 'watched' | 'exists' | 'planned' | 'failed' | 'timeout';

export interface UploadOutcome {
  status: UploadStatus;
  app: App;
  target: UploadTarget;
  upload?: BuildUpload;
  build?: Build;
  parts?: PartsOutcome;
  /** Writes made (or planned, in a dry run). */
  changes: number;
  /** What happened to an earlier upload of this number, for the summary. */
  notes: string[];
  message?: string;
}

/** Apple picks the part size; about this much has been seen. */
const TYPICAL_PART_BYTES = 5 * 1024 * 1024;

/** Uploads as planned; `resolved` is the app when the caller has already looked it up. */
export async function runUpload(
  ctx: UploadContext,
  plan: UploadPlan,
  resolved?: App,
): Promise<UploadOutcome> {
  const { client, log } = ctx;
  const { target } = plan;
  const { file } = target;
  const app = resolved ?? (await namingInput(Input.App, resolveApp(client, plan.app)));
  if (file.bundleId && app.bundleId && file.bundleId.toLowerCase() !== app.bundleId.toLowerCase()) {
    throw new InputError(
      Input.App,
      `Input '${Input.App}' names ${app.name} (${quote(app.bundleId)}) but ${file.fileName} is ${quote(file.bundleId)} (${file.source}): upload it to the app with that bundle id.`,
    );
  }
  const base = { app, target, notes: [] as string[] };
  const label = `${target.version} (${target.buildNumber})`;

  // A build already there: nothing to send.
  const existing = (
    await listBuilds(
      client,
      app.id,
      target.platform,
      { version: target.version, buildNumber: target.buildNumber },
      { include: false },
    )
  )[0];
  if (existing) {
    log.info(`Build ${label} is already in App Store Connect (id ${existing.id}): nothing to upload.`);
    return {
      ...base,
      status: 'exists',
      build: (await getBuild(client, existing.id)) ?? existing,
      changes: 0,
    };
  }

  const uploads = (
    await listBuildUploads(client, app.id, {
      platform: target.platform,
      version: versionSpellings(target.version),
      buildNumber: target.buildNumber,
    })
  )
    .filter(
      (u) =>
        u.buildNumber === target.buildNumber &&
        normalizeVersion(u.version) === normalizeVersion(target.version),
    )
    .sort((a, b) => (b.createdDate ?? '').localeCompare(a.createdDate ?? ''));
  const done = uploads.find((u) => u.state === 'COMPLETE' && u.buildId);
  if (done?.buildId) {
    const build = await getBuild(client, done.buildId);
    if (build) {
      log.info(`Build upload ${done.id} of ${label} is COMPLETE (build ${build.id}): nothing to upload.`);
      return { ...base, status: 'exists', upload: done, build, changes: 0 };
    }
  }
  const moving = uploads.find((u) => u.state === 'PROCESSING' || u.state === 'COMPLETE');
  if (moving) {
    log.info(
      `Build upload ${moving.id} of ${label} is ${moving.state}: watching it instead of sending the file again.`,
    );
    if (plan.dryRun)
      return {
        ...base,
        status: 'planned',
        upload: moving,
        changes: 0,
        notes: [`watch build upload ${moving.id} (${moving.state})`],
      };
    return finish(
      ctx,
      plan,
      {
        ...base,
        upload: moving,
        changes: 0,
        notes: [`watched build upload ${moving.id}, already ${moving.state}`],
      },
      'watched',
    );
  }
  const failed = uploads.find((u) => u.state === 'FAILED');
  if (failed) {
    const survey = await surveyBuildNumbers(client, app.id, target.platform, target.version);
    return {
      ...base,
      status: 'failed',
      upload: failed,
      changes: 0,
      message: `Build number ${target.buildNumber} of version ${target.version} was already used by build upload ${failed.id}, which FAILED; App Store Connect refuses the number again. Build with number ${survey.next} (the next free one; the next-build-number operation gives it).`,
    };
  }

  const waiting = uploads.find((u) => u.state === 'AWAITING_UPLOAD');
  const partsGuess = Math.max(1, Math.ceil(file.size / TYPICAL_PART_BYTES));
  if (plan.dryRun) {
    const step = waiting
      ? `resume build upload ${waiting.id} (AWAITING_UPLOAD)`
      : `create a build upload of ${label} for ${target.platform}`;
    log.info(
      `Dry run: would ${step}, send ${file.size} bytes of ${file.fileName} in about ${partsGuess} parts, commit and watch.`,
    );
    return { ...base, status: 'planned', upload: waiting, changes: 1, notes: [step] };
  }

  let upload: BuildUpload | undefined;
  let uploadFile: BuildUploadFile | undefined;
  const notes: string[] = [];
  if (waiting) {
    // An interrupted run: send the parts again to the same file while its URLs hold, else start over.
    const files = await listUploadFiles(client, waiting.id);
    const asset = files.find(
      (f) => (f.assetType ?? 'ASSET') === 'ASSET' && f.fileName === file.fileName && f.fileSize === file.size,
    );
    const fresh = asset?.uploadOperations.some(
      (o) => !o.expiration || Date.parse(o.expiration) > ctx.clock.now() + 60_000,
    );
    if (asset && fresh && files.length === 1) {
      upload = waiting;
      uploadFile = asset;
      notes.push(`resumed build upload ${waiting.id} left AWAITING_UPLOAD by an earlier run`);
      log.info(`Build upload ${waiting.id} of ${label} was left AWAITING_UPLOAD: sending its parts again.`);
    } else if (files.length === 0) {
      upload = waiting;
      notes.push(`resumed build upload ${waiting.id}, which had no file yet`);
    } else {
      log.info(
        `Build upload ${waiting.id} of ${label} was left AWAITING_UPLOAD with ${asset ? 'expired URLs' : 'another file'}: deleting it and starting again.`,
      );
      await deleteBuildUpload(client, waiting.id);
      notes.push(`replaced build upload ${waiting.id} left AWAITING_UPLOAD by an earlier run`);
    }
  }
  upload ??= await reserve(ctx, app, target);
  uploadFile ??= await createUploadFile(client, upload.id, {
    fileName: file.fileName,
    fileSize: file.size,
    uti: file.uti,
  });
  const fileId = uploadFile.id;
  log.info(`Sending ${file.fileName}: ${file.size} bytes in ${uploadFile.uploadOperations.length} parts.`);
  const parts = await sendParts(file.path, file.size, uploadFile.uploadOperations, {
    clock: ctx.clock,
    log,
    concurrency: plan.concurrency,
    refresh: async () => (await getUploadFile(client, fileId)).uploadOperations,
  });
  await commit(ctx, fileId, upload.id, parts.sha256);
  log.info(`Committed ${file.fileName} (SHA-256 ${parts.sha256}).`);
  return finish(
    ctx,
    plan,
    { ...base, upload, parts, changes: 1, notes },
    waiting && upload.id === waiting.id ? 'resumed' : 'uploaded',
  );
}

/** Creates the build upload; a 409 for a lost answer's retry reads back this run's upload. */
async function reserve(ctx: UploadContext, app: App, target: UploadTarget): Promise<BuildUpload> {
  try {
    return await createBuildUpload(ctx.client, app.id, target);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    const again = (
      await listBuildUploads(ctx.client, app.id, {
        platform: target.platform,
        version: versionSpellings(target.version),
        buildNumber: target.buildNumber,
      })
    ).find((u) => u.state === 'AWAITING_UPLOAD' && u.buildNumber === target.buildNumber);
    if (again) return again;
    throw error;
  }
}

/** Commits; when the answer is lost, reads the file's state back before trying again. */
async function commit(ctx: UploadContext, fileId: string, uploadId: string, sha256: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await commitUploadFile(ctx.client, fileId, sha256);
      return;
    } catch (error) {
      const lost = error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
      if (!lost) throw error;
      lastError = error;
      ctx.log.info(
        `The commit's answer was lost (${(error as Error).message}); reading the file's state back.`,
      );
      const file = await getUploadFile(ctx.client, fileId);
      if (file.deliveryState && file.deliveryState !== 'AWAITING_UPLOAD') return;
      const upload = await getBuildUpload(ctx.client, uploadId);
      if (upload.state !== 'AWAITING_UPLOAD') return;
      await ctx.clock.sleep(1000 * attempt);
    }
  }
  throw lastError;
}

async function finish(
  ctx: UploadContext,
  plan: UploadPlan,
  partial: Omit<UploadOutcome, 'status'>,
  status: UploadStatus,
): Promise<UploadOutcome> {
  const upload = partial.upload as BuildUpload;
  const watched = await watchUpload(ctx, upload.id, plan.wait);
  if (watched.status !== 'complete') {
    return { ...partial, status: watched.status, upload: watched.upload, message: watched.message };
  }
  const build = watched.upload.buildId ? await getBuild(ctx.client, watched.upload.buildId) : undefined;
  return { ...partial, status, upload: watched.upload, build };
}
