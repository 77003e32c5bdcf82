import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TesterLedger,
  addWrites,
  carryOutPlans,
  emailKey,
  planAdd,
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
import {
  heading,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  InputError
} from "./chunk-JK5CFF4Y.js";
import "./chunk-XNDQ27F5.js";

// src/operations/sync-testers.ts
var sync_testers_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "sync-testers");
    const groups = inputs.list(Input.Groups);
    if (groups.length === 0) {
      throw new InputError(
        Input.Groups,
        `Input '${Input.Groups}' is required for sync-testers: the beta groups (names or ids) to keep in line with the list.`
      );
    }
    const { testers, duplicates } = readTesterInputs(inputs, "sync-testers");
    const removeMissing = inputs.bool(Input.RemoveMissing, true);
    if (testers.length === 0) {
      throw new InputError(
        Input.Testers,
        `Inputs '${Input.Testers}' and '${Input.TestersFile}' list no tester: sync-testers would ${removeMissing ? "remove every member of the groups" : "do nothing"}. To empty a group, use remove-testers.`
      );
    }
    return { app, groups, testers, duplicates, removeMissing };
  },
  async execute(ctx, { app: ref, groups: groupNames, testers, duplicates, removeMissing }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const { groups, state } = await readTesterState(ctx, app, groupNames);
    const ledger = new TesterLedger();
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
    await carryOutPlans(ctx, app, ledger, planned, add, remove);
    return testerOutcome(ctx, {
      app,
      groups,
      ledger,
      planned,
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
    });
  }
});
export {
  sync_testers_default as default
};
