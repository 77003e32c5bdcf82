import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TesterLedger,
  addWrites,
  carryOutPlans,
  planAdd,
  readTesterInputs,
  readTesterState,
  testerOutcome,
  testersListed
} from "./chunk-QFQ66Z3O.js";
import "./chunk-MGD32DN7.js";
import "./chunk-YORBGTDY.js";
import "./chunk-VKSAJ3Z7.js";
import "./chunk-HQRV6QUE.js";
import {
  resolveApp
} from "./chunk-TDHORHTR.js";
import "./chunk-BLPJK66F.js";
import {
  requireApp
} from "./chunk-6FQDDOER.js";
import {
  defineOperation,
  namingInput
} from "./chunk-B4X3D3QX.js";
import "./chunk-66LBZBJX.js";
import {
  Input,
  InputError
} from "./chunk-JK5CFF4Y.js";
import "./chunk-XNDQ27F5.js";

// src/operations/add-testers.ts
var add_testers_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "add-testers");
    const groups = inputs.list(Input.Groups);
    if (groups.length === 0) {
      throw new InputError(
        Input.Groups,
        `Input '${Input.Groups}' is required for add-testers: the beta groups (names or ids) to add the testers to.`
      );
    }
    const { testers, duplicates } = readTesterInputs(inputs, "add-testers");
    if (testers.length === 0) {
      throw new InputError(
        Input.Testers,
        `Inputs '${Input.Testers}' and '${Input.TestersFile}' list no tester for add-testers.`
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
      `${testersListed(testers.length, duplicates)}: ${plan.creates.length} to create, ${plan.links.reduce((n, l) => n + l.testers.length, 0)} group additions for existing testers, ${present} already in every group; ${planned} write request${planned === 1 ? "" : "s"}.`
    );
    await carryOutPlans(ctx, app, ledger, planned, plan, void 0);
    return testerOutcome(ctx, {
      app,
      groups,
      ledger,
      planned,
      facts: [["Testers listed", testers.length]]
    });
  }
});
export {
  add_testers_default as default
};
