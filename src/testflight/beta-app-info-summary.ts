/** The result, outputs and job summary of sync-beta-app-info. */
import type { App } from '../api/apps.js';
import { Output } from '../constants.js';
import type { OperationResult } from '../operation.js';
import { capped, facts, heading, table } from '../output/summary.js';
import type { BetaAppInfoSpec } from './beta-app-info-file.js';
import type { AppliedWrite } from './beta-app-info-apply.js';
import { shown, type BetaInfoWrite } from './beta-app-info-plan.js';

const WHAT: Record<BetaInfoWrite['kind'], string> = {
  'create-localization': 'create localization',
  'update-localization': 'update localization',
  'delete-localization': 'delete localization',
  'update-review': 'update Beta App Review details',
  'update-license': 'update license agreement',
};

function target(w: BetaInfoWrite): string {
  return 'locale' in w ? `${WHAT[w.kind]} ${w.locale}` : WHAT[w.kind];
}

export function betaAppInfoOutcome(parts: {
  app: App;
  spec: BetaAppInfoSpec;
  dryRun: boolean;
  writes: readonly BetaInfoWrite[];
  /** Undefined under dry-run. */
  applied?: readonly AppliedWrite[];
  sent: number;
}): OperationResult {
  const { app, spec, dryRun, writes } = parts;
  const applied: readonly AppliedWrite[] =
    parts.applied ?? writes.map((write) => ({ write, outcome: 'would change' as const }));
  const changes = dryRun ? writes.length : parts.sent;
  const failed = applied.filter((a) => a.outcome === 'failed' || a.outcome === 'not attempted');
  const rows = applied.flatMap((a) =>
    (a.write.fields.length ? a.write.fields : [{ field: target(a.write), old: null, new: null }]).map((f) => [
      f.field,
      f.secret ? (f.old ? 'set' : '–') : shown(f.old),
      f.secret ? 'changed' : a.write.kind === 'delete-localization' ? 'deleted' : shown(f.new),
      a.outcome,
      a.detail,
    ]),
  );
  const { rows: visible, note } = capped(rows);
  return {
    outputs: { [Output.Changes]: changes },
    result: {
      app: { id: app.id, bundleId: app.bundleId, name: app.name },
      file: spec.file,
      dryRun,
      locales: [...spec.localizations.keys()],
      changes,
      writes: applied.map((a) => ({
        action: a.write.kind,
        ...('locale' in a.write ? { locale: a.write.locale } : {}),
        outcome: a.outcome,
        ...(a.detail ? { detail: a.detail } : {}),
        fields: a.write.fields.map((f) =>
          f.secret ? { field: f.field, changed: true } : { field: f.field, old: f.old, new: f.new },
        ),
      })),
    },
    summary: [
      facts([
        ['App', `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
        ['File', spec.file],
        ['Locales in the file', [...spec.localizations.keys()].join(', ') || '–'],
        [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
        ...(failed.length ? [['Failed', failed.length] as [string, number]] : []),
      ]),
      ...(rows.length
        ? [
            heading(dryRun ? 'Would change' : 'Changes'),
            table(['Field', 'Old', 'New', 'Outcome', 'Detail'], visible, note),
          ]
        : []),
    ],
    ...(failed.length
      ? {
          failure: `${failed.length} of ${applied.length} Beta App Information writes failed: ${failed
            .slice(0, 3)
            .map((a) => `${target(a.write)} (${a.detail ?? a.outcome})`)
            .join('; ')}. A re-run sends only what still differs.`,
        }
      : {}),
  };
}
