/** How a build reads in messages, step outputs, the `result` output and the job summary. */
import type { Build } from '../api/builds.js';
import { Output, type OutputName } from '../constants.js';
import { buildLink } from '../output/asc-links.js';
import type { Cell } from '../output/summary.js';

/** "2.3 (457)" */
export function buildLabel(build: Build): string {
  return `${build.version ?? '?'} (${build.buildNumber})`;
}

/** The build outputs every build operation sets. */
export function buildOutputs(build: Build | undefined): Partial<Record<OutputName, string>> {
  if (!build) return {};
  return {
    [Output.BuildId]: build.id,
    [Output.BuildVersion]: build.version ?? '',
    [Output.BuildNumber]: build.buildNumber,
    [Output.BuildState]: build.processingState,
    [Output.BetaState]: build.betaDetail?.externalBuildState ?? '',
  };
}

/** The build as it appears in `result`. */
export function buildJson(build: Build): Record<string, unknown> {
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
    expired: build.expired,
  };
}

/** Rows for a `facts` block about the build. */
export function buildFacts(build: Build, appId = build.appId): Array<[string, Cell]> {
  const label = `${buildLabel(build)}${build.platform ? ` · ${build.platform}` : ''}`;
  return [
    ['Build', buildLink(label, appId, build.id, build.platform)],
    ['Build id', build.id],
    ['Processing', build.processingState],
    ['TestFlight (external)', build.betaDetail?.externalBuildState],
    ['TestFlight (internal)', build.betaDetail?.internalBuildState],
    ['Uploaded', build.uploadedDate],
    ['Expires', build.expired ? 'expired' : build.expirationDate],
  ];
}
