import { resolveApp } from '../api/apps.js';
import { Input } from '../constants.js';
import { InputError } from '../input-reader.js';
import { requireApp } from '../settings.js';
import { readTesterInputs } from '../testflight/testers-list.js';
import { carryOutPlans } from '../testflight/testers-apply.js';
import { TesterLedger, addWrites, planAdd, readTesterState } from '../testflight/testers-plan.js';
import { testerOutcome, testersListed } from '../testflight/testers-summary.js';
import { defineOperation, namingInput } from '../operation.js';

/**
 * Adds testers to beta groups in bulk: existing testers of the app join with one call per 100,
 * new ones are created into the groups (bounded concurrency). Testers already there are left
 * alone, so a second run makes no write.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'add-testers');
    const groups = inputs.list(Input.Groups);
    if (groups.length === 0) {
      throw new InputError(
        Input.Groups,
        `Input '${Input.Groups}' is required for add-testers: the beta groups (names or ids) to add the testers to.`,
      );
    }
    const { testers, duplicates } = readTesterInputs(inputs, 'add-testers');
    if (testers.length === 0) {
      throw new InputError(
        Input.Testers,
        `Inputs '${Input.Testers}' and '${Input.TestersFile}' list no tester for add-testers.`,
      );
    }
    return { app, groups, testers, duplicates };
  },

  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const { groups, state } = await readTesterState(ctx, app, groupNames);
    const ledger = new TesterLedger();
    const plan = planAdd(testers, groups, state, ledger);
    const planned = addWrites(plan);
    const present = testers.length - plan.creates.length - new Set(plan.links.flatMap((l) => l.testers)).size;
    ctx.log.info(
      `${testersListed(testers.length, duplicates)}: ` +
        `${plan.creates.length} to create, ${plan.links.reduce((n, l) => n + l.testers.length, 0)} group additions for existing testers, ${present} already in every group; ${planned} write request${planned === 1 ? '' : 's'}.`,
    );
    await carryOutPlans(ctx, app, ledger, planned, plan, undefined);
    return testerOutcome(ctx, {
      app,
      groups,
      ledger,
      planned,
      facts: [['Testers listed', testers.length]],
    });
  },
});
