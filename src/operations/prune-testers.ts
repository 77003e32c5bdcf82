import { resolveApp } from '../api/apps.js';
import { listBetaGroups } from '../api/beta-groups.js';
import { listTesterUsages } from '../api/beta-tester-usages.js';
import { listAppTesters } from '../api/beta-testers.js';
import { Input } from '../constants.js';
import { defineOperation, namingInput } from '../operation.js';
import { requireApp } from '../settings.js';
import { resolveGroupNames } from '../testflight/group-settings.js';
import { planPrune } from '../testflight/prune-plan.js';
import { overMaxRemovals, pruneCounts, writePruneFile } from '../testflight/prune-report.js';
import { parsePruneSettings } from '../testflight/prune-settings.js';
import { carryOutPlans } from '../testflight/testers-apply.js';
import { TesterLedger, removeWrites } from '../testflight/testers-plan.js';
import { testerOutcome } from '../testflight/testers-summary.js';

/**
 * Removes testers who stopped testing: no session in `inactive-days` (from Apple's tester usage
 * metrics), in one of `tester-states`, not kept by name or by an internal group; from the app
 * or only from `groups`. A plan over `max-removals` fails before any write.
 */
export default defineOperation({
  parse(inputs, common) {
    return { app: requireApp(common, 'prune-testers'), settings: parsePruneSettings(inputs) };
  },

  async execute(ctx, { app: ref, settings }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const [appGroups, testers, usage] = await Promise.all([
      listBetaGroups(ctx.client, app.id),
      listAppTesters(ctx.client, app.id, { withGroups: true }),
      listTesterUsages(ctx.client, app.id, settings.period),
    ]);
    const targetGroups = settings.groups.length ? resolveGroupNames(settings.groups, appGroups) : [];
    const plan = planPrune({ testers, appGroups, targetGroups, usage, settings });
    ctx.log.info(
      `${plan.considered} tester${plan.considered === 1 ? '' : 's'} of ${targetGroups.length ? targetGroups.map((g) => g.name).join(', ') : app.name || app.bundleId}; ` +
        `${usage.size} with usage in ${settings.period} (inactive-days ${settings.inactiveDays}); ${plan.candidates.length} inactive in ${settings.states.join(', ')} to remove.`,
    );
    const recent = settings.states.filter((s) => s === 'INVITED' || s === 'ACCEPTED');
    if (recent.length && plan.candidates.some((c) => recent.includes(c.tester.state as 'INVITED'))) {
      ctx.log.warning(
        `tester-states includes ${recent.join(' and ')}: App Store Connect does not say when a tester was invited, so testers invited recently (who had no time to test) are among the candidates.`,
      );
    }
    if (plan.candidates.length > settings.maxRemovals)
      return overMaxRemovals(app, settings, plan, ctx.common.dryRun);
    const ledger = new TesterLedger();
    const planned = removeWrites(plan.remove);
    await carryOutPlans(ctx, app, ledger, planned, undefined, plan.remove, {
      dryRun: 'Dry run: would remove',
      live: 'Removing',
    });
    for (const c of plan.candidates) {
      ledger
        .row(c.tester)
        .notes.push(`${c.tester.state ?? 'no state'}; ${c.usage.sessions} sessions in ${settings.period}`);
    }
    const outcome = testerOutcome(ctx, {
      app,
      groups: targetGroups,
      ledger,
      planned,
      facts: [
        ['Inactive for', `${settings.inactiveDays} days (usage over ${settings.period})`],
        [
          'Removing from',
          settings.removeFrom === 'groups' ? 'the groups above (testers stay in the app)' : 'the app',
        ],
      ],
      result: {
        period: settings.period,
        inactiveDays: settings.inactiveDays,
        states: settings.states,
        kept: plan.kept,
      },
      middle: pruneCounts(settings, plan),
    });
    await writePruneFile(settings, plan, ledger.reports());
    if (settings.outputFile)
      ctx.log.info(`Wrote ${plan.candidates.length} testers to ${settings.outputFile}.`);
    return outcome;
  },
});
