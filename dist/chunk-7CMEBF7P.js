import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TESTERS_FORBIDDEN_HINT
} from "./chunk-3JTMJKWW.js";
import {
  describeChanges,
  findGroup,
  groupJson,
  parseGroupSettings,
  resolveGroupNames,
  settingsChanges
} from "./chunk-GGG44JGY.js";
import {
  appLink,
  groupLink
} from "./chunk-SYYQ6OPN.js";
import {
  listBetaGroups,
  resolveApp,
  updateBetaGroup
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
  Input,
  InputError,
  Output,
  quote
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/update-group.ts
var update_group_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "update-group");
    const name = inputs.required(
      Input.GroupName,
      "for update-group: the group's name (or its new name, with the group in 'groups')"
    );
    const current = inputs.list(Input.Groups);
    if (current.length > 1) {
      throw new InputError(
        Input.Groups,
        `Input '${Input.Groups}' names ${current.length} groups; update-group changes one (give its current name or id to rename it to '${name}').`
      );
    }
    const settings = parseGroupSettings(inputs);
    const rename = current[0] !== void 0 && current[0] !== name ? name : void 0;
    if (rename === void 0 && Object.keys(settings).length === 0) {
      throw new InputError(
        Input.GroupName,
        `Nothing to update for ${quote(name)}: give ${Input.PublicLinkEnabled}, ${Input.PublicLinkLimit} or ${Input.FeedbackEnabled}, or the current name in '${Input.Groups}' to rename the group to '${Input.GroupName}'.`
      );
    }
    return {
      app,
      target: current[0] ?? name,
      targetInput: current[0] ? Input.Groups : Input.GroupName,
      rename,
      settings
    };
  },
  async execute(ctx, { app: ref, target, targetInput, rename, settings }) {
    const { client, log, common } = ctx;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const groups = await listBetaGroups(client, app.id);
    const renamed = rename !== void 0 && !findGroup(groups, target) ? findGroup(groups, rename) : void 0;
    if (renamed) log.info(`No group '${target}', but '${renamed.name}' exists: already renamed.`);
    const [group] = renamed ? [renamed] : resolveGroupNames([target], groups, targetInput);
    if (!group) throw new Error("unreachable: resolveGroupNames returned nothing");
    if (group.isInternal && settings.publicLinkEnabled) {
      throw new InputError(
        Input.PublicLinkEnabled,
        `Input '${Input.PublicLinkEnabled}' is true, but '${group.name}' is an internal group, which cannot have a public link.`
      );
    }
    if (group.isInternal && settings.publicLinkLimit !== void 0) {
      throw new InputError(
        Input.PublicLinkLimit,
        `Input '${Input.PublicLinkLimit}' is set, but '${group.name}' is an internal group, which has no public link to limit.`
      );
    }
    const update = settingsChanges(group, settings);
    if (rename !== void 0 && rename !== group.name) {
      const clash = findGroup(groups, rename);
      if (clash && clash.id !== group.id && clash.name.toLowerCase() === rename.toLowerCase()) {
        throw new InputError(
          Input.GroupName,
          `Input '${Input.GroupName}': cannot rename '${group.name}' to ${quote(rename)}: the app already has a group of that name (id ${clash.id}).`
        );
      }
      update.name = rename;
    }
    let updated = group;
    let action = "unchanged";
    const changes = Object.keys(update).length ? 1 : 0;
    if (!changes) {
      log.info(`The group '${group.name}' already has the settings given: nothing to do.`);
    } else if (common.dryRun) {
      action = "would update";
      log.info(`Dry run: would update '${group.name}': ${describeChanges(update)}.`);
    } else {
      updated = await updateBetaGroup(client, group.id, update, { forbiddenHint: TESTERS_FORBIDDEN_HINT });
      action = "updated";
      log.info(`Updated '${group.name}': ${describeChanges(update)}.`);
    }
    return {
      outputs: { [Output.Changes]: changes },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        action,
        dryRun: common.dryRun,
        changes,
        changed: update,
        group: groupJson(updated)
      },
      summary: [
        facts(
          [
            ["App", appLink(app.name || app.bundleId, app.id)],
            ["Group", groupLink(`${updated.name} (id ${updated.id})`, app.id, updated.id)],
            ["Outcome", action],
            ["Changed", changes ? describeChanges(update) : "nothing"],
            ["Public link", updated.publicLinkEnabled ? updated.publicLink ?? "enabled" : "off"],
            ["Public link limit", updated.publicLinkLimitEnabled ? updated.publicLinkLimit : void 0],
            ["Feedback", updated.feedbackEnabled ? "on" : "off"]
          ].filter((row) => row[1] !== void 0)
        )
      ]
    };
  }
});
export {
  update_group_default as default
};
