import type { BetaTester } from '../api/beta-testers.js';
import { Input } from '../constants.js';
import { requireApp } from '../settings.js';
import { emailKey, requireTesters } from '../testflight/testers-list.js';
import { carryOutPlans } from '../testflight/testers-apply.js';
import { startTesterRun, removeWrites, type RemovePlan } from '../testflight/testers-plan.js';
import { testerOutcome, testersListed } from '../testflight/testers-summary.js';
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
    const { app, groups, state, ledger } = await startTesterRun(ctx, ref, groupNames);
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
    await carryOutPlans(ctx, app, ledger, planned, undefined, plan);
    return testerOutcome(ctx, {
      app,
      groups,
      ledger,
      planned,
      facts: [
        ['Testers listed', testers.length],
        [
          'Removing from',
          groups.length ? 'the groups above (testers stay in the app)' : 'the app (every group)',
        ],
      ],
    });
  },
});
