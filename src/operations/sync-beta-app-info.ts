import { resolveApp } from '../api/apps.js';
import {
  getBetaAppReviewDetail,
  getBetaLicenseAgreement,
  listBetaAppLocalizations,
} from '../api/beta-app-info.js';
import { Input } from '../constants.js';
import { requireApp } from '../settings.js';
import { applyBetaAppInfo } from '../testflight/beta-app-info-apply.js';
import { readBetaAppInfoFile } from '../testflight/beta-app-info-file.js';
import { diffLines, planBetaAppInfo } from '../testflight/beta-app-info-plan.js';
import { betaAppInfoOutcome } from '../testflight/beta-app-info-summary.js';
import { defineOperation, namingInput } from '../operation.js';

/**
 * Makes the app's Beta App Information (localizations, Beta App Review details, license
 * agreement) match a file under review: writes only what differs, reads every write back.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'sync-beta-app-info');
    const path = inputs.required(
      Input.BetaAppInfoFile,
      'for sync-beta-app-info: the Beta App Information file',
    );
    const password = inputs.string(Input.DemoAccountPassword);
    const removeUnlistedLocales = inputs.bool(Input.RemoveUnlistedLocales, false);
    const spec = readBetaAppInfoFile(path, { password });
    return { app, spec, password, removeUnlistedLocales };
  },

  async execute(ctx, { app: ref, spec, password, removeUnlistedLocales }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const [localizations, review, license] = await Promise.all([
      listBetaAppLocalizations(ctx.client, app.id),
      getBetaAppReviewDetail(ctx.client, app.id),
      getBetaLicenseAgreement(ctx.client, app.id),
    ]);
    ctx.log.info(
      `${app.name || app.bundleId} has ${localizations.length} beta localization${localizations.length === 1 ? '' : 's'}` +
        `${localizations.length ? ` (${localizations.map((l) => l.locale).join(', ')})` : ''}; the file lists ${spec.localizations.size}.`,
    );
    const writes = planBetaAppInfo(
      spec,
      { localizations, review, license },
      { password, removeUnlistedLocales },
    );
    const lines = diffLines(writes);
    if (lines.length === 0) ctx.log.info('Beta App Information already matches the file: nothing to change.');
    else {
      await ctx.log.group(ctx.common.dryRun ? 'Dry run: would change' : 'Changes', async () => {
        for (const line of lines) ctx.log.info(line);
      });
    }
    const unlisted = localizations.filter((l) => !spec.localizations.has(l.locale)).map((l) => l.locale);
    if (unlisted.length && !removeUnlistedLocales && spec.localizations.size) {
      ctx.log.info(
        `Left alone (not in the file): ${unlisted.join(', ')}. Set remove-unlisted-locales: true to delete them.`,
      );
    }
    if (ctx.common.dryRun) return betaAppInfoOutcome({ app, spec, dryRun: true, writes, sent: 0 });
    const { applied, sent } = await applyBetaAppInfo(ctx, app, writes);
    return betaAppInfoOutcome({ app, spec, dryRun: false, writes, applied, sent });
  },
});
