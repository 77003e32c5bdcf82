import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TESTERS_FORBIDDEN_HINT,
  countGroupTesters
} from "./chunk-3JTMJKWW.js";
import {
  findGroup,
  groupJson
} from "./chunk-GGG44JGY.js";
import {
  appLink,
  groupLink
} from "./chunk-SYYQ6OPN.js";
import {
  deleteBetaGroup,
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
  facts
} from "./chunk-66LBZBJX.js";
import {
  ApiError,
  Input,
  Output
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/delete-group.ts
var delete_group_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "delete-group");
    const name = inputs.required(Input.GroupName, "for delete-group: the group's name or id");
    return { app, name };
  },
  async execute(ctx, { app: ref, name }) {
    const { client, log, common } = ctx;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const groups = await listBetaGroups(client, app.id);
    const group = findGroup(groups, name);
    const appJson = { id: app.id, bundleId: app.bundleId, name: app.name };
    if (!group) {
      log.info(`No beta group named '${name}' in ${app.name || app.bundleId}: nothing to delete.`);
      return {
        outputs: { [Output.Changes]: 0 },
        result: { app: appJson, action: "not found", dryRun: common.dryRun, changes: 0, name },
        summary: [
          facts([
            ["App", appLink(app.name || app.bundleId, app.id)],
            ["Group", name],
            ["Outcome", "not found: nothing to delete"],
            ["Groups of the app", groups.map((g) => g.name).join(", ") || "none"]
          ])
        ]
      };
    }
    const testers = await countGroupTesters(client, group.id);
    let action;
    if (common.dryRun) {
      action = "would delete";
      log.info(`Dry run: would delete the group '${group.name}' (id ${group.id}, ${testers} testers).`);
    } else {
      try {
        await deleteBetaGroup(client, group.id, { forbiddenHint: TESTERS_FORBIDDEN_HINT });
        action = "deleted";
        log.info(
          `Deleted the group '${group.name}' (id ${group.id}); its ${testers} testers stay testers of the app.`
        );
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
        action = "already gone";
        log.info(`The group '${group.name}' was already deleted.`);
      }
    }
    const changes = action === "already gone" ? 0 : 1;
    return {
      outputs: { [Output.Changes]: changes },
      result: {
        app: appJson,
        action,
        dryRun: common.dryRun,
        changes,
        group: { ...groupJson(group), testers }
      },
      summary: [
        facts([
          ["App", appLink(app.name || app.bundleId, app.id)],
          // A deleted group has no page left; the app's TestFlight page lists the groups it has.
          [
            "Group",
            groupLink(
              `${group.name} (id ${group.id}, ${group.isInternal ? "internal" : "external"})`,
              app.id,
              action === "would delete" ? group.id : void 0
            )
          ],
          ["Outcome", action],
          ["Testers in it", `${testers} (they stay testers of the app)`]
        ])
      ]
    };
  }
});
export {
  delete_group_default as default
};
