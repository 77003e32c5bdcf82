import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  emailKey,
  finishTesterRun,
  removeWrites,
  requireTesters,
  startTesterRun,
  testersListed
} from "./chunk-UZFCJU2L.js";
import "./chunk-MGD32DN7.js";
import "./chunk-3JTMJKWW.js";
import "./chunk-HQRV6QUE.js";
import "./chunk-GGG44JGY.js";
import "./chunk-4F67JWNM.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import {
  requireApp
} from "./chunk-5QWUD2AG.js";
import "./chunk-62X67HRV.js";
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import "./chunk-66LBZBJX.js";
import {
  Input
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/remove-testers.ts
var remove_testers_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "remove-testers");
    const groups = inputs.list(Input.Groups);
    const { testers, duplicates } = requireTesters(inputs, "remove-testers");
    return { app, groups, testers, duplicates };
  },
  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
    const run = await startTesterRun(ctx, ref, groupNames);
    const { groups, state, ledger } = run;
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
    const from = groups.length ? "the groups above (testers stay in the app)" : "the app (every group)";
    const facts = [
      ["Testers listed", testers.length],
      ["Removing from", from]
    ];
    return finishTesterRun(ctx, run, planned, { remove: plan }, { facts });
  }
});
export {
  remove_testers_default as default
};
