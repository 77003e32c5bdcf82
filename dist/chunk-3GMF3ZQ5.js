import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countGroupTesters
} from "./chunk-3JTMJKWW.js";
import {
  mapLimit
} from "./chunk-HQRV6QUE.js";
import {
  writeListOutput
} from "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import {
  appLink,
  groupLink
} from "./chunk-SYYQ6OPN.js";
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

// src/operations/list-groups.ts
var COLUMNS = [
  "name",
  "id",
  "type",
  "testers",
  "public_link_enabled",
  "public_link",
  "public_link_limit",
  "feedback_enabled"
];
var list_groups_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "list-groups");
    const outputFile = inputs.string(Input.OutputFile);
    const format = inputs.choice(Input.Format, ["csv", "json"], "csv");
    return { app, outputFile, format };
  },
  async execute(ctx, { app: ref, outputFile, format }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const groups = await listBetaGroups(ctx.client, app.id);
    const counts = await mapLimit(groups, 4, (g) => countGroupTesters(ctx.client, g.id));
    const list = groups.map((g, i) => {
      const count = counts[i];
      if (count && "error" in count) throw count.error;
      return {
        id: g.id,
        name: g.name,
        internal: g.isInternal,
        testers: count?.value ?? 0,
        hasAccessToAllBuilds: g.hasAccessToAllBuilds,
        publicLinkEnabled: g.publicLinkEnabled,
        publicLink: g.publicLink ?? null,
        publicLinkLimit: g.publicLinkLimitEnabled ? g.publicLinkLimit ?? null : null,
        feedbackEnabled: g.feedbackEnabled
      };
    });
    ctx.log.info(`${list.length} beta group${list.length === 1 ? "" : "s"} in ${app.name || app.bundleId}.`);
    await writeListOutput(
      ctx.log,
      { outputFile, format },
      COLUMNS,
      "groups",
      () => list.map((g) => ({
        name: g.name,
        id: g.id,
        type: g.internal ? "internal" : "external",
        testers: g.testers,
        public_link_enabled: g.publicLinkEnabled,
        public_link: g.publicLink,
        public_link_limit: g.publicLinkLimit,
        feedback_enabled: g.feedbackEnabled
      }))
    );
    const { rows, note } = capped(
      list.map((g) => [
        groupLink(g.name, app.id, g.id),
        g.internal ? "internal" : "external",
        g.testers,
        g.publicLinkEnabled ? g.publicLink ?? "yes" : "no",
        g.publicLinkLimit,
        g.feedbackEnabled ? "yes" : "no",
        g.id
      ])
    );
    return {
      outputs: { [Output.Changes]: 0 },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        count: list.length,
        ...outputFile ? { file: outputFile, format } : {},
        groups: list
      },
      summary: [
        facts([
          ["App", appLink(`${app.name || app.bundleId} (${app.bundleId}, ${app.id})`, app.id)],
          ["Groups", list.length],
          ...outputFile ? [["File", `${outputFile} (${format})`]] : []
        ]),
        ...list.length ? [table(["Group", "Type", "Testers", "Public link", "Link limit", "Feedback", "Id"], rows, note)] : []
      ]
    };
  }
});
export {
  list_groups_default as default
};
