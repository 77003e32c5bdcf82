/** The upload as step outputs, `result` and job summary blocks. */
import { Output, type OutputName } from '../constants.js';
import { facts, table, type SummaryBlock } from '../output/summary.js';
import { buildFacts, buildJson, buildOutputs } from '../testflight/build-summary.js';
import type { UploadOutcome } from './upload-run.js';
import { describeDetails } from './upload-watch.js';

export function uploadOutputs(outcome: UploadOutcome): Partial<Record<OutputName, string | number>> {
  return {
    ...buildOutputs(outcome.build),
    [Output.BuildVersion]: outcome.build?.version ?? outcome.target.version,
    [Output.BuildNumber]: outcome.build?.buildNumber ?? outcome.target.buildNumber,
    [Output.BuildUploadId]: outcome.upload?.id ?? '',
    [Output.UploadState]: outcome.upload?.state ?? (outcome.build ? 'COMPLETE' : ''),
    [Output.Changes]: outcome.changes,
  };
}

export function uploadJson(outcome: UploadOutcome): Record<string, unknown> {
  const { file } = outcome.target;
  const p = outcome.parts;
  return {
    status: outcome.status,
    app: outcome.app,
    file: {
      path: file.path,
      name: file.fileName,
      kind: file.kind,
      bytes: file.size,
      bundleId: file.bundleId ?? null,
      version: file.version ?? null,
      buildNumber: file.buildNumber ?? null,
      platform: file.platform ?? null,
      source: file.source,
    },
    version: outcome.target.version,
    buildNumber: outcome.target.buildNumber,
    platform: outcome.target.platform,
    transfer: p
      ? {
          bytes: p.bytes,
          parts: p.parts,
          concurrency: p.concurrency,
          retries: p.retries,
          seconds: Math.round(p.ms / 100) / 10,
          mbPerSecond: Math.round((p.bytes / 1e6 / Math.max(p.ms / 1000, 0.001)) * 10) / 10,
          sha256: p.sha256,
        }
      : null,
    buildUpload: outcome.upload
      ? {
          id: outcome.upload.id,
          state: outcome.upload.state,
          errors: outcome.upload.errors,
          warnings: outcome.upload.warnings,
          infos: outcome.upload.infos,
        }
      : null,
    build: outcome.build ? buildJson(outcome.build) : null,
    notes: outcome.notes,
    changes: outcome.changes,
  };
}

export function uploadSummary(outcome: UploadOutcome): SummaryBlock[] {
  const { file } = outcome.target;
  const p = outcome.parts;
  const blocks: SummaryBlock[] = [
    facts([
      ['App', `${outcome.app.name} (${outcome.app.bundleId})`],
      ['File', `${file.fileName} · ${(file.size / 1e6).toFixed(1)} MB`],
      ['Build', `${outcome.target.version} (${outcome.target.buildNumber}) · ${outcome.target.platform}`],
      ['Outcome', outcome.status],
      ['Build upload', outcome.upload ? `${outcome.upload.id} · ${outcome.upload.state}` : undefined],
      [
        'Transfer',
        p
          ? `${p.parts} parts, ${(p.ms / 1000).toFixed(1)} s, ${(p.bytes / 1e6 / Math.max(p.ms / 1000, 0.001)).toFixed(1)} MB/s${p.retries ? `, ${p.retries} retried` : ''}`
          : undefined,
      ],
      ['SHA-256', p?.sha256],
      ...outcome.notes.map((n) => ['Note', n] as [string, string]),
      ...(outcome.build ? buildFacts(outcome.build) : []),
    ]),
  ];
  const u = outcome.upload;
  const details = u
    ? [
        ...describeDetails(u.errors).map((d) => ['error', d]),
        ...describeDetails(u.warnings).map((d) => ['warning', d]),
        ...describeDetails(u.infos).map((d) => ['info', d]),
      ]
    : [];
  if (details.length > 0) blocks.push(table(['Kind', 'App Store Connect says'], details));
  return blocks;
}
