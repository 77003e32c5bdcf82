import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addWrites,
  finishTesterRun,
  planAdd,
  requireTesters,
  startTesterRun,
  testersListed
} from "./chunk-UZFCJU2L.js";
import "./chunk-MGD32DN7.js";
import "./chunk-3JTMJKWW.js";
import "./chunk-HQRV6QUE.js";
import {
  requireGroups
} from "./chunk-GGG44JGY.js";
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
import "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/add-testers.ts
var add_testers_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "add-testers");
    const groups = requireGroups(
      inputs,
      "add-testers",
      "the beta groups (names or ids) to add the testers to"
    );
    const { testers, duplicates } = requireTesters(inputs, "add-testers");
    return { app, groups, testers, duplicates };
  },
  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
    const run = await startTesterRun(ctx, ref, groupNames);
    const { groups, state, ledger } = run;
    const plan = planAdd(testers, groups, state, ledger);
    const planned = addWrites(plan);
    const present = testers.length - plan.creates.length - new Set(plan.links.flatMap((l) => l.testers)).size;
    ctx.log.info(
      `${testersListed(testers.length, duplicates)}: ${plan.creates.length} to create, ${plan.links.reduce((n, l) => n + l.testers.length, 0)} group additions for existing testers, ${present} already in every group; ${planned} write request${planned === 1 ? "" : "s"}.`
    );
    const facts = [["Testers listed", testers.length]];
    return finishTesterRun(ctx, run, planned, { add: plan }, { facts });
  }
});
export {
  add_testers_default as default
};
