/**
 * What the build operations share: reading which build is meant, finding it, and waiting for it
 * to appear and finish processing (build-summary.ts describes it in outputs and the summary).
 */
import { getBuild, listBuilds, matchesSelection, type Build, type BuildSelection } from '../api/builds.js';
import type { AppStoreConnectClient } from '../api/client.js';
import { pollLabel } from '../clock.js';
import type { Clock } from '../clock.js';
import { Input } from '../constants.js';
import { InputError, quote, type InputReader } from '../input-reader.js';
import type { Logger } from '../logger.js';
import { buildLabel } from './build-summary.js';

const BUILD_ID = /^[A-Za-z0-9-]{1,100}$/;
const VERSION = /^\d+(\.\d+){0,2}$/;
const BUILD_NUMBER = /^\d+(\.\d+){0,2}$/;

/**
 * Reads version and build-number, each checked against its pattern; `buildNumberPattern` lets an
 * upload accept the longer build numbers a file may carry.
 */
export function parseVersionInputs(
  inputs: InputReader,
  buildNumberPattern: RegExp = BUILD_NUMBER,
): { version?: string; buildNumber?: string } {
  const version = inputs.string(Input.Version);
  const buildNumber = inputs.string(Input.BuildNumber);
  if (version !== undefined && !VERSION.test(version)) {
    throw new InputError(
      Input.Version,
      `Input '${Input.Version}' has an invalid value ${quote(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`,
    );
  }
  if (buildNumber !== undefined && !buildNumberPattern.test(buildNumber)) {
    throw new InputError(
      Input.BuildNumber,
      `Input '${Input.BuildNumber}' has an invalid value ${quote(buildNumber)}: expected a build number (CFBundleVersion) such as 457 or 2.3.457.`,
    );
  }
  return { version, buildNumber };
}

/** Reads build-id, version and build-number. */
export function parseBuildSelection(inputs: InputReader): BuildSelection {
  const buildId = inputs.string(Input.BuildId);
  if (buildId !== undefined && !BUILD_ID.test(buildId)) {
    throw new InputError(
      Input.BuildId,
      `Input '${Input.BuildId}' has an invalid value ${quote(buildId)}: expected a build's API id (letters, digits and '-'), such as the build-id output of an earlier step.`,
    );
  }
  const { version, buildNumber } = parseVersionInputs(inputs);
  if (buildId !== undefined && (version !== undefined || buildNumber !== undefined)) {
    throw new InputError(
      Input.BuildId,
      `Input '${Input.BuildId}' is set together with '${version !== undefined ? Input.Version : Input.BuildNumber}': give either the build's id or its version and build number, not both.`,
    );
  }
  return { buildId, version, buildNumber };
}

export interface WaitSettings {
  timeoutMs: number;
  intervalMs: number;
}

/** Reads wait-timeout (minutes) and poll-interval (seconds). */
export function parseWaitSettings(inputs: InputReader): WaitSettings {
  const minutes = inputs.int(Input.WaitTimeout, { min: 0, max: 720, fallback: 30 });
  const seconds = inputs.int(Input.PollInterval, { min: 1, max: 3600, fallback: 30 });
  return { timeoutMs: minutes * 60_000, intervalMs: seconds * 1000 };
}

/** "build 2.3 (457)", "build 457", "build abc-123" or "the newest build", for messages. */
export function describeSelection(selection: BuildSelection, platform: string): string {
  if (selection.buildId) return `build ${selection.buildId}`;
  if (selection.version && selection.buildNumber)
    return `build ${selection.version} (${selection.buildNumber})`;
  if (selection.version) return `the newest build of version ${selection.version}`;
  if (selection.buildNumber) return `build number ${selection.buildNumber}`;
  return `the newest ${platform} build`;
}

/** The build, looked up once: by id, or the newest upload matching the selection. */
export async function lookupBuild(
  client: AppStoreConnectClient,
  appId: string,
  platform: string,
  selection: BuildSelection,
): Promise<Build | undefined> {
  if (selection.buildId) {
    const build = await getBuild(client, selection.buildId);
    return build && (!build.appId || build.appId === appId) ? build : undefined;
  }
  const builds = await listBuilds(client, appId, platform, selection);
  return builds.find((b) => matchesSelection(b, selection));
}

/** The newest builds of the app, for a "nothing matched" message. */
export async function newestBuilds(
  client: AppStoreConnectClient,
  appId: string,
  platform: string,
): Promise<Build[]> {
  return listBuilds(client, appId, platform, {}, { limit: 5, include: false });
}

export function describeNewest(builds: Build[], platform: string): string {
  return builds.length === 0
    ? `The app has no ${platform} builds at all.`
    : `The newest ${platform} builds are: ${builds
        .map(
          (b) =>
            `${buildLabel(b)} ${b.processingState.toLowerCase()}${b.expired ? ', expired' : ''}, id ${b.id}`,
        )
        .join('; ')}.`;
}

/** True once the build has processed and its TestFlight detail is there and out of processing. */
export function isReady(build: Build): boolean {
  const detail = build.betaDetail;
  return (
    build.processingState === 'VALID' &&
    detail !== undefined &&
    detail.externalBuildState !== 'PROCESSING' &&
    detail.internalBuildState !== 'PROCESSING'
  );
}

/** A state that no wait will change. */
export function finalProblem(build: Build): string | undefined {
  if (build.processingState === 'FAILED' || build.processingState === 'INVALID') {
    return `Build ${buildLabel(build)} (id ${build.id}) is ${build.processingState}: App Store Connect could not process it (Apple emails the reason to the uploader; the build's page in App Store Connect shows it too). Fix the problem and upload a new build.`;
  }
  if (build.betaDetail?.externalBuildState === 'PROCESSING_EXCEPTION') {
    return `Build ${buildLabel(build)} (id ${build.id}) hit a processing exception in TestFlight (PROCESSING_EXCEPTION). Upload a new build.`;
  }
  return undefined;
}

export type WaitOutcome =
  | { status: 'ready'; build: Build; polls: number; waitedMs: number }
  | {
      status: 'failed' | 'timeout' | 'not-found';
      build?: Build;
      polls: number;
      waitedMs: number;
      message: string;
    };

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}

function stateLine(build: Build): string {
  const detail = build.betaDetail;
  const beta = detail
    ? (detail.externalBuildState ?? detail.internalBuildState ?? 'unknown')
    : 'not there yet';
  return `build ${buildLabel(build)} is ${build.processingState}, TestFlight state ${beta}`;
}

/**
 * Finds the build and waits, within `timeoutMs`, first for it to appear (right after an upload
 * it can be missing from the list for minutes) and then for processing to finish and its beta
 * detail to be ready. FAILED and INVALID end the wait at once. Polls every `intervalMs` through
 * the injected clock, logs one line per poll, and pins the build's id once seen.
 */
export async function waitForBuild(
  ctx: { client: AppStoreConnectClient; log: Logger; clock: Clock },
  appId: string,
  platform: string,
  selection: BuildSelection,
  wait: WaitSettings,
): Promise<WaitOutcome> {
  const { client, log, clock } = ctx;
  const started = clock.now();
  const deadline = started + wait.timeoutMs;
  const what = describeSelection(selection, platform);
  let pinned: BuildSelection = selection;
  let last: Build | undefined;
  for (let poll = 1; ; poll++) {
    const build = await lookupBuild(client, appId, platform, pinned);
    const waitedMs = clock.now() - started;
    const at = pollLabel(poll, waitedMs, wait.timeoutMs);
    if (build) {
      last = build;
      if (!pinned.buildId) pinned = { buildId: build.id };
      const problem = finalProblem(build);
      if (problem) {
        log.info(`${at}: ${stateLine(build)}; that is final.`);
        return { status: 'failed', build, polls: poll, waitedMs, message: problem };
      }
      if (isReady(build)) {
        log.info(`${at}: ${stateLine(build)}; ready.`);
        return { status: 'ready', build, polls: poll, waitedMs };
      }
    }
    const remaining = deadline - clock.now();
    const state = build
      ? stateLine(build)
      : last
        ? `build ${buildLabel(last)} (id ${last.id}) is not listed any more`
        : `${what} is not listed yet`;
    if (remaining <= 0) {
      log.info(`${at}: ${state}; no time left.`);
      const limit = wait.timeoutMs === 0 ? `${Input.WaitTimeout} is 0` : `waited ${formatDuration(waitedMs)}`;
      if (!build && !last) {
        const newest = await newestBuilds(client, appId, platform);
        return {
          status: 'not-found',
          polls: poll,
          waitedMs,
          message: `No ${platform} build matches ${what} (${limit}). ${describeNewest(newest, platform)}`,
        };
      }
      const b = (build ?? last) as Build;
      return {
        status: 'timeout',
        build: b,
        polls: poll,
        waitedMs,
        message: `Build ${buildLabel(b)} (id ${b.id}) is not ready for TestFlight (${limit}): ${stateLine(b)}. Raise ${Input.WaitTimeout} (minutes) or run the step again later.`,
      };
    }
    const pause = Math.min(wait.intervalMs, remaining);
    log.info(`${at}: ${state}; next poll in ${formatDuration(pause)}.`);
    await clock.sleep(pause);
  }
}
