import { requireApp } from '../settings.js';
import { requireGroups } from '../testflight/group-settings.js';
import { requireTesters } from '../testflight/testers-list.js';
import { finishTesterRun } from '../testflight/testers-apply.js';
import { addWrites, planAdd, startTesterRun } from '../testflight/testers-plan.js';
import { testersListed } from '../testflight/testers-summary.js';
import { defineOperation } from '../operation.js';

/**
 * Adds testers to beta groups in bulk: existing testers of the app join with one call per 100,
 * new ones are created into the groups (bounded concurrency). Testers already there are left
 * alone, so a second run makes no write.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'add-testers');
    const groups = requireGroups(
      inputs,
      'add-testers',
      'the beta groups (names or ids) to add the testers to',
    );
    const { testers, duplicates } = requireTesters(inputs, 'add-testers');
    return { app, groups, testers, duplicates };
  },

  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
    const run = await startTesterRun(ctx, ref, groupNames);
    const { groups, state, ledger } = run;
    const plan = planAdd(testers, groups, state, ledger);
    const planned = addWrites(plan);
    const present = testers.length - plan.creates.length - new Set(plan.links.flatMap((l) => l.testers)).size;
    ctx.log.info(
      `${testersListed(testers.length, duplicates)}: ` +
        `${plan.creates.length} to create, ${plan.links.reduce((n, l) => n + l.testers.length, 0)} group additions for existing testers, ${present} already in every group; ${planned} write request${planned === 1 ? '' : 's'}.`,
    );
    const facts: Array<[string, number]> = [['Testers listed', testers.length]];
    return finishTesterRun(ctx, run, planned, { add: plan }, { facts });
  },
});
