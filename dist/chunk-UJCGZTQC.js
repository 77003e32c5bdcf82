import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TesterLedger,
  carryOutPlans,
  emailKey,
  readTesterInputs,
  readTesterState,
  removeWrites,
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

// src/operations/remove-testers.ts
var remove_testers_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "remove-testers");
    const groups = inputs.list(Input.Groups);
    const { testers, duplicates } = readTesterInputs(inputs, "remove-testers");
    if (testers.length === 0) {
      throw new InputError(
        Input.Testers,
        `Inputs '${Input.Testers}' and '${Input.TestersFile}' list no tester for remove-testers.`
      );
    }
    return { app, groups, testers, duplicates };
  },
  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const { groups, state } = await readTesterState(ctx, app, groupNames);
    const ledger = new TesterLedger();
    const plan = { fromGroups: [], fromApp: [] };
    const perGroup = /* @__PURE__ */ new Map();
    for (const entry of testers) {
      const tester = state.byEmail.get(emailKey(entry.email));
      const row = ledger.row({ ...entry, id: tester?.id });
      if (!tester) {
        row.notIn.push(...groups.length ? groups.map((g) => g.name) : ["the app"]);
        row.notes.push("not a tester of the app");
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
          perGroup.set(group.id, [...perGroup.get(group.id) ?? [], tester]);
        } else row.notIn.push(group.name);
      }
    }
    plan.fromGroups = groups.filter((g) => perGroup.has(g.id)).map((g) => ({ group: g, testers: perGroup.get(g.id) ?? [] }));
    const planned = removeWrites(plan);
    const removals = plan.fromApp.length + plan.fromGroups.reduce((n, r) => n + r.testers.length, 0);
    ctx.log.info(
      `${testersListed(testers.length, duplicates)}: ${removals} removal${removals === 1 ? "" : "s"} from ${groups.length ? "groups" : "the app"}; ${planned} write request${planned === 1 ? "" : "s"}.`
    );
    await carryOutPlans(ctx, app, ledger, planned, void 0, plan);
    return testerOutcome(ctx, {
      app,
      groups,
      ledger,
      planned,
      facts: [
        ["Testers listed", testers.length],
        [
          "Removing from",
          groups.length ? "the groups above (testers stay in the app)" : "the app (every group)"
        ]
      ]
    });
  }
});
export {
  remove_testers_default as default
};
