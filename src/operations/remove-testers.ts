import type { BetaTester } from '../api/beta-testers.js';
import { Input } from '../constants.js';
import { requireApp } from '../settings.js';
import { emailKey, requireTesters } from '../testflight/testers-list.js';
import { finishTesterRun } from '../testflight/testers-apply.js';
import { startTesterRun, removeWrites, type RemovePlan } from '../testflight/testers-plan.js';
import { testersListed } from '../testflight/testers-summary.js';
import { defineOperation } from '../operation.js';

/**
 * Removes testers from the given groups (they stay testers of the app), or, without `groups`,
 * from the app entirely. Testers who are not there are reported as such; no write for them.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'remove-testers');
    const groups = inputs.list(Input.Groups);
    const { testers, duplicates } = requireTesters(inputs, 'remove-testers');
    return { app, groups, testers, duplicates };
  },

  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
    const run = await startTesterRun(ctx, ref, groupNames);
    const { groups, state, ledger } = run;
    const plan: RemovePlan = { fromGroups: [], fromApp: [] };
    const perGroup = new Map<string, BetaTester[]>();
    for (const entry of testers) {
      const tester = state.byEmail.get(emailKey(entry.email));
      const row = ledger.row({ ...entry, id: tester?.id });
      if (!tester) {
        row.notIn.push(...(groups.length ? groups.map((g) => g.name) : ['the app']));
        row.notes.push('not a tester of the app');
        continue;
      }
      row.firstName ??= tester.firstName;
      row.lastName ??= tester.lastName;
      if (groups.length === 0) {
        plan.fromApp.push(tester);
        continue;
      }
      for (const group of groups) {
        if (state.members.get(group.id)?.has(tester.id)) {
          perGroup.set(group.id, [...(perGroup.get(group.id) ?? []), tester]);
        } else row.notIn.push(group.name);
      }
    }
    plan.fromGroups = groups
      .filter((g) => perGroup.has(g.id))
      .map((g) => ({ group: g, testers: perGroup.get(g.id) ?? [] }));
    const planned = removeWrites(plan);
    const removals = plan.fromApp.length + plan.fromGroups.reduce((n, r) => n + r.testers.length, 0);
    ctx.log.info(
      `${testersListed(testers.length, duplicates)}: ` +
        `${removals} removal${removals === 1 ? '' : 's'} from ${groups.length ? 'groups' : 'the app'}; ${planned} write request${planned === 1 ? '' : 's'}.`,
    );
    const from = groups.length ? 'the groups above (testers stay in the app)' : 'the app (every group)';
    const facts: Array<[string, string | number]> = [
      ['Testers listed', testers.length],
      ['Removing from', from],
    ];
    return finishTesterRun(ctx, run, planned, { remove: plan }, { facts });
  },
});
