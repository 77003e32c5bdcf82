import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addWrites,
  emailKey,
  finishTesterRun,
  noTesters,
  planAdd,
  readTesterInputs,
  removeWrites,
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
import {
  heading,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/sync-testers.ts
var sync_testers_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "sync-testers");
    const groups = requireGroups(
      inputs,
      "sync-testers",
      "the beta groups (names or ids) to keep in line with the list"
    );
    const { testers, duplicates } = readTesterInputs(inputs, "sync-testers");
    const removeMissing = inputs.bool(Input.RemoveMissing, true);
    if (testers.length === 0) {
      const would = removeMissing ? "remove every member of the groups" : "do nothing";
      throw noTesters(`: sync-testers would ${would}. To empty a group, use remove-testers.`);
    }
    return { app, groups, testers, duplicates, removeMissing };
  },
  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates, removeMissing }) {
    const run = await startTesterRun(ctx, ref, groupNames);
    const { groups, state, ledger } = run;
    const add = planAdd(testers, groups, state, ledger);
    const wanted = new Set(testers.map((t) => emailKey(t.email)));
    const remove = { fromGroups: [], fromApp: [] };
    const difference = groups.map((group) => {
      const members = [...state.members.get(group.id) ?? []].map(
        (id) => state.byId.get(id) ?? { id, email: `(tester id ${id})` }
      );
      const extra = members.filter((m) => !wanted.has(emailKey(m.email)));
      if (removeMissing && extra.length) remove.fromGroups.push({ group, testers: extra });
      const toLink = add.links.find((l) => l.group.id === group.id)?.testers.length ?? 0;
      const toCreate = add.creates.length;
      return {
        group: group.name,
        id: group.id,
        members: members.length,
        toAdd: toLink + toCreate,
        newTesters: toCreate,
        toRemove: removeMissing ? extra.length : 0,
        notInList: extra.length,
        unchanged: members.length - extra.length
      };
    });
    const planned = addWrites(add) + removeWrites(remove);
    ctx.log.info(
      `${testersListed(testers.length, duplicates)}; ${planned} write request${planned === 1 ? "" : "s"} needed.`
    );
    for (const d of difference) {
      ctx.log.info(
        `${d.group}: ${d.toAdd} to add (${d.newTesters} new), ${d.toRemove} to remove${!removeMissing && d.notInList ? ` (${d.notInList} not in the list kept: remove-missing is false)` : ""}, ${d.unchanged} unchanged.`
      );
    }
    return finishTesterRun(
      ctx,
      run,
      planned,
      { add, remove },
      {
        facts: [
          ["Testers listed", testers.length],
          ["Remove members not listed", removeMissing ? "yes" : "no (remove-missing: false)"]
        ],
        result: { removeMissing, difference },
        middle: [
          heading("Difference"),
          table(
            ["Group", "Members before", "To add", "Of them new", "To remove", "Unchanged"],
            difference.map((d) => [
              d.group,
              d.members,
              d.toAdd,
              d.newTesters,
              removeMissing ? d.toRemove : `0 (${d.notInList} kept)`,
              d.unchanged
            ])
          )
        ]
      }
    );
  }
});
export {
  sync_testers_default as default
};
