import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildLink
} from "./chunk-SYYQ6OPN.js";
import {
  getBuild,
  listBuilds,
  matchesSelection
} from "./chunk-XSH6A373.js";
import {
  pollLabel
} from "./chunk-GCXLEBFL.js";
import {
  Input,
  InputError,
  Output,
  quote
} from "./chunk-JDDIJKK4.js";

// src/testflight/build-summary.ts
function buildLabel(build) {
  return `${build.version ?? "?"} (${build.buildNumber})`;
}
function buildOutputs(build) {
  if (!build) return {};
  return {
    [Output.BuildId]: build.id,
    [Output.BuildVersion]: build.version ?? "",
    [Output.BuildNumber]: build.buildNumber,
    [Output.BuildState]: build.processingState,
    [Output.BetaState]: build.betaDetail?.externalBuildState ?? ""
  };
}
function buildJson(build) {
  return {
    id: build.id,
    version: build.version ?? null,
    buildNumber: build.buildNumber,
    platform: build.platform ?? null,
    processingState: build.processingState,
    externalBuildState: build.betaDetail?.externalBuildState ?? null,
    internalBuildState: build.betaDetail?.internalBuildState ?? null,
    usesNonExemptEncryption: build.usesNonExemptEncryption,
    uploadedDate: build.uploadedDate ?? null,
    expirationDate: build.expirationDate ?? null,
    expired: build.expired
  };
}
function buildFacts(build, appId = build.appId) {
  const label = `${buildLabel(build)}${build.platform ? ` \xB7 ${build.platform}` : ""}`;
  return [
    ["Build", buildLink(label, appId, build.id, build.platform)],
    ["Build id", build.id],
    ["Processing", build.processingState],
    ["TestFlight (external)", build.betaDetail?.externalBuildState],
    ["TestFlight (internal)", build.betaDetail?.internalBuildState],
    ["Uploaded", build.uploadedDate],
    ["Expires", build.expired ? "expired" : build.expirationDate]
  ];
}

// src/testflight/build-wait.ts
var BUILD_ID = /^[A-Za-z0-9-]{1,100}$/;
var VERSION = /^\d+(\.\d+){0,2}$/;
var BUILD_NUMBER = /^\d+(\.\d+){0,2}$/;
function parseVersionInputs(inputs, buildNumberPattern = BUILD_NUMBER) {
  const version = inputs.string(Input.Version);
  const buildNumber = inputs.string(Input.BuildNumber);
  if (version !== void 0 && !VERSION.test(version)) {
    throw new InputError(
      Input.Version,
      `Input '${Input.Version}' has an invalid value ${quote(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`
    );
  }
  if (buildNumber !== void 0 && !buildNumberPattern.test(buildNumber)) {
    throw new InputError(
      Input.BuildNumber,
      `Input '${Input.BuildNumber}' has an invalid value ${quote(buildNumber)}: expected a build number (CFBundleVersion) such as 457 or 2.3.457.`
    );
  }
  return { version, buildNumber };
}
function parseBuildSelection(inputs) {
  const buildId = inputs.string(Input.BuildId);
  if (buildId !== void 0 && !BUILD_ID.test(buildId)) {
    throw new InputError(
      Input.BuildId,
      `Input '${Input.BuildId}' has an invalid value ${quote(buildId)}: expected a build's API id (letters, digits and '-'), such as the build-id output of an earlier step.`
    );
  }
  const { version, buildNumber } = parseVersionInputs(inputs);
  if (buildId !== void 0 && (version !== void 0 || buildNumber !== void 0)) {
    throw new InputError(
      Input.BuildId,
      `Input '${Input.BuildId}' is set together with '${version !== void 0 ? Input.Version : Input.BuildNumber}': give either the build's id or its version and build number, not both.`
    );
  }
  return { buildId, version, buildNumber };
}
function parseWaitSettings(inputs) {
  const minutes = inputs.int(Input.WaitTimeout, { min: 0, max: 720, fallback: 30 });
  const seconds = inputs.int(Input.PollInterval, { min: 1, max: 3600, fallback: 30 });
  return { timeoutMs: minutes * 6e4, intervalMs: seconds * 1e3 };
}
function describeSelection(selection, platform) {
  if (selection.buildId) return `build ${selection.buildId}`;
  if (selection.version && selection.buildNumber)
    return `build ${selection.version} (${selection.buildNumber})`;
  if (selection.version) return `the newest build of version ${selection.version}`;
  if (selection.buildNumber) return `build number ${selection.buildNumber}`;
  return `the newest ${platform} build`;
}
async function lookupBuild(client, appId, platform, selection) {
  if (selection.buildId) {
    const build = await getBuild(client, selection.buildId);
    return build && (!build.appId || build.appId === appId) ? build : void 0;
  }
  const builds = await listBuilds(client, appId, platform, selection);
  return builds.find((b) => matchesSelection(b, selection));
}
async function newestBuilds(client, appId, platform) {
  return listBuilds(client, appId, platform, {}, { limit: 5, include: false });
}
function describeNewest(builds, platform) {
  return builds.length === 0 ? `The app has no ${platform} builds at all.` : `The newest ${platform} builds are: ${builds.map(
    (b) => `${buildLabel(b)} ${b.processingState.toLowerCase()}${b.expired ? ", expired" : ""}, id ${b.id}`
  ).join("; ")}.`;
}
function isReady(build) {
  const detail = build.betaDetail;
  return build.processingState === "VALID" && detail !== void 0 && detail.externalBuildState !== "PROCESSING" && detail.internalBuildState !== "PROCESSING";
}
function finalProblem(build) {
  if (build.processingState === "FAILED" || build.processingState === "INVALID") {
    return `Build ${buildLabel(build)} (id ${build.id}) is ${build.processingState}: App Store Connect could not process it (Apple emails the reason to the uploader; the build's page in App Store Connect shows it too). Fix the problem and upload a new build.`;
  }
  if (build.betaDetail?.externalBuildState === "PROCESSING_EXCEPTION") {
    return `Build ${buildLabel(build)} (id ${build.id}) hit a processing exception in TestFlight (PROCESSING_EXCEPTION). Upload a new build.`;
  }
  return void 0;
}
function formatDuration(ms) {
  const s = Math.round(ms / 1e3);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}
function stateLine(build) {
  const detail = build.betaDetail;
  const beta = detail ? detail.externalBuildState ?? detail.internalBuildState ?? "unknown" : "not there yet";
  return `build ${buildLabel(build)} is ${build.processingState}, TestFlight state ${beta}`;
}
async function waitForBuild(ctx, appId, platform, selection, wait) {
  const { client, log, clock } = ctx;
  const started = clock.now();
  const deadline = started + wait.timeoutMs;
  const what = describeSelection(selection, platform);
  let pinned = selection;
  let last;
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
        return { status: "failed", build, polls: poll, waitedMs, message: problem };
      }
      if (isReady(build)) {
        log.info(`${at}: ${stateLine(build)}; ready.`);
        return { status: "ready", build, polls: poll, waitedMs };
      }
    }
    const remaining = deadline - clock.now();
    const state = build ? stateLine(build) : last ? `build ${buildLabel(last)} (id ${last.id}) is not listed any more` : `${what} is not listed yet`;
    if (remaining <= 0) {
      log.info(`${at}: ${state}; no time left.`);
      const limit = wait.timeoutMs === 0 ? `${Input.WaitTimeout} is 0` : `waited ${formatDuration(waitedMs)}`;
      if (!build && !last) {
        const newest = await newestBuilds(client, appId, platform);
        return {
          status: "not-found",
          polls: poll,
          waitedMs,
          message: `No ${platform} build matches ${what} (${limit}). ${describeNewest(newest, platform)}`
        };
      }
      const b = build ?? last;
      return {
        status: "timeout",
        build: b,
        polls: poll,
        waitedMs,
        message: `Build ${buildLabel(b)} (id ${b.id}) is not ready for TestFlight (${limit}): ${stateLine(b)}. Raise ${Input.WaitTimeout} (minutes) or run the step again later.`
      };
    }
    const pause = Math.min(wait.intervalMs, remaining);
    log.info(`${at}: ${state}; next poll in ${formatDuration(pause)}.`);
    await clock.sleep(pause);
  }
}

export {
  buildLabel,
  buildOutputs,
  buildJson,
  buildFacts,
  parseVersionInputs,
  parseBuildSelection,
  parseWaitSettings,
  describeSelection,
  lookupBuild,
  newestBuilds,
  describeNewest,
  waitForBuild
};
