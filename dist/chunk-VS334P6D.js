import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  listAppTesters,
  listGroupTesters
} from "./chunk-3JTMJKWW.js";
import {
  mapLimit
} from "./chunk-HQRV6QUE.js";
import {
  resolveGroupNames
} from "./chunk-GGG44JGY.js";
import {
  writeListOutput
} from "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import {
  listBetaGroups,
  resolveApp
} from "./chunk-4F67JWNM.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import {
  requireApp
} from "./chunk-5QWUD2AG.js";
import "./chunk-62X67HRV.js";
import {
  defineOperation,
  namingInput
} from "./chunk-E2H3K5KP.js";
import {
  capped,
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  Output
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/list-testers.ts
var COLUMNS = ["email", "first_name", "last_name", "groups", "state", "invite_type", "id"];
var list_testers_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "list-testers");
    const groups = inputs.list(Input.Groups);
    const outputFile = inputs.string(Input.OutputFile);
    const format = inputs.choice(Input.Format, ["csv", "json"], "csv");
    return { app, groups, outputFile, format };
  },
  async execute(ctx, { app: ref, groups: groupNames, outputFile, format }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    let groups = [];
    let testers;
    if (groupNames.length > 0) {
      groups = resolveGroupNames(groupNames, await listBetaGroups(ctx.client, app.id));
      const lists = await mapLimit(groups, 4, (g) => listGroupTesters(ctx.client, g.id));
      const byId = /* @__PURE__ */ new Map();
      lists.forEach((r, i) => {
        if ("error" in r) throw r.error;
        for (const t of r.value) {
          const seen = byId.get(t.id) ?? { ...t, groups: [] };
          seen.groups.push(groups[i].name);
          byId.set(t.id, seen);
        }
      });
      testers = [...byId.values()];
    } else {
      const [all, appGroups] = await Promise.all([
        listAppTesters(ctx.client, app.id, { withGroups: true }),
        listBetaGroups(ctx.client, app.id)
      ]);
      const names = new Map(appGroups.map((g) => [g.id, g.name]));
      testers = all.map((t) => ({
        ...t,
        groups: (t.groupIds ?? []).map((id) => names.get(id)).filter((n) => n !== void 0)
      }));
    }
    testers.sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
    ctx.log.info(
      `${testers.length} tester${testers.length === 1 ? "" : "s"} in ${groups.length ? groups.map((g) => g.name).join(", ") : app.name || app.bundleId}.`
    );
    await writeListOutput(
      ctx.log,
      { outputFile, format },
      COLUMNS,
      "testers",
      () => testers.map((t) => ({
        email: t.email,
        first_name: t.firstName,
        last_name: t.lastName,
        groups: t.groups.join("; "),
        state: t.state,
        invite_type: t.inviteType,
        id: t.id
      }))
    );
    const rows = testers.map((t) => [
      t.email,
      [t.firstName, t.lastName].filter(Boolean).join(" "),
      t.groups.join(", "),
      t.state
    ]);
    const { rows: shown, note } = capped(rows);
    return {
      outputs: { [Output.Changes]: 0 },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        ...groups.length ? { groups: groups.map((g) => ({ id: g.id, name: g.name })) } : {},
        count: testers.length,
        ...outputFile ? { file: outputFile, format } : {},
        testers: testers.map((t) => ({
          id: t.id,
          email: t.email,
          firstName: t.firstName ?? null,
          lastName: t.lastName ?? null,
          state: t.state ?? null,
          inviteType: t.inviteType ?? null,
          groups: t.groups
        }))
      },
      summary: [
        facts([
          ["App", `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
          ["Groups", groups.length ? groups.map((g) => g.name).join(", ") : "all"],
          ["Testers", testers.length],
          ...outputFile ? [["File", `${outputFile} (${format})`]] : []
        ]),
        ...testers.length ? [table(["Email", "Name", "Groups", "State"], shown, note)] : []
      ]
    };
  }
});
export {
  list_testers_default as default
};
