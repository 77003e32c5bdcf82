import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TESTERS_FORBIDDEN_HINT
} from "./chunk-3JTMJKWW.js";
import {
  describeChanges,
  findGroup,
  groupJson,
  parseGroupSettings,
  settingsChanges
} from "./chunk-GGG44JGY.js";
import {
  appLink,
  groupLink
} from "./chunk-SYYQ6OPN.js";
import {
  createBetaGroup,
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
  ApiError,
  Input,
  InputError,
  Output
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/create-group.ts
var create_group_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "create-group");
    const name = inputs.required(Input.GroupName, "for create-group: the new group's name");
    const internal = inputs.bool(Input.Internal, false);
    const settings = parseGroupSettings(inputs);
    if (internal && settings.publicLinkEnabled) {
      throw new InputError(
        Input.PublicLinkEnabled,
        `Input '${Input.PublicLinkEnabled}' is true, but an internal group (${Input.Internal}: true) cannot have a public link.`
      );
    }
    if (internal && settings.publicLinkLimit !== void 0) {
      throw new InputError(
        Input.PublicLinkLimit,
        `Input '${Input.PublicLinkLimit}' is set, but an internal group (${Input.Internal}: true) has no public link to limit.`
      );
    }
    return { app, name, internal, settings };
  },
  async execute(ctx, { app: ref, name, internal, settings }) {
    const { client, log, common } = ctx;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const options = { forbiddenHint: TESTERS_FORBIDDEN_HINT };
    let group = findGroup(await listBetaGroups(client, app.id), name);
    let action;
    let changes = 0;
    let note;
    if (!group) {
      const attributes = {
        name,
        isInternalGroup: internal
      };
      if (settings.publicLinkEnabled !== void 0) attributes.publicLinkEnabled = settings.publicLinkEnabled;
      if (settings.publicLinkLimit !== void 0) {
        attributes.publicLinkLimit = settings.publicLinkLimit;
        attributes.publicLinkLimitEnabled = true;
      }
      if (settings.feedbackEnabled !== void 0) attributes.feedbackEnabled = settings.feedbackEnabled;
      changes = 1;
      if (common.dryRun) {
        action = "would create";
        log.info(
          `Dry run: would create the ${internal ? "internal" : "external"} group '${name}' (${describeChanges(attributes)}).`
        );
      } else {
        try {
          group = await createBetaGroup(client, app.id, attributes, options);
          action = "created";
          log.info(
            `Created the ${internal ? "internal" : "external"} group '${group.name}' (id ${group.id}).`
          );
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 409)) throw error;
          group = findGroup(await listBetaGroups(client, app.id), name);
          if (!group) throw error;
          action = error.afterRetry ? "created" : "exists";
          changes = error.afterRetry ? 1 : 0;
          note = error.afterRetry ? `the answer to the create was lost and its retry got 409; read back: the group was created (id ${group.id})` : `App Store Connect answered 409; read back: the group exists (id ${group.id})`;
          log.info(`${note}.`);
        }
      }
    } else {
      action = "exists";
      if (group.isInternal !== internal) {
        log.warning(
          `The group '${group.name}' already exists as an ${group.isInternal ? "internal" : "external"} group; ${Input.Internal}: ${internal} was not applied (a group's type cannot change after it is created).`
        );
      }
      if (group.isInternal && settings.publicLinkEnabled) {
        throw new InputError(
          Input.PublicLinkEnabled,
          `Input '${Input.PublicLinkEnabled}' is true, but the existing group '${group.name}' is an internal group, which cannot have a public link.`
        );
      }
      if (group.isInternal && settings.publicLinkLimit !== void 0) {
        throw new InputError(
          Input.PublicLinkLimit,
          `Input '${Input.PublicLinkLimit}' is set, but the existing group '${group.name}' is an internal group, which has no public link to limit.`
        );
      }
      const update = settingsChanges(group, settings);
      if (Object.keys(update).length === 0) {
        log.info(
          `The group '${group.name}' already exists (id ${group.id}) with the settings given: nothing to do.`
        );
      } else {
        changes = 1;
        if (common.dryRun) {
          action = "would update";
          log.info(`Dry run: the group '${group.name}' exists; would update ${describeChanges(update)}.`);
        } else {
          group = await updateBetaGroup(client, group.id, update, options);
          action = "updated";
          log.info(`The group '${group.name}' already existed; updated ${describeChanges(update)}.`);
        }
      }
    }
    return {
      outputs: { [Output.Changes]: changes },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        action,
        dryRun: common.dryRun,
        changes,
        group: group ? groupJson(group) : { name, internal, ...settings },
        ...note ? { note } : {}
      },
      summary: [groupFacts(app, action, group, name, internal, note)]
    };
  }
});
function groupFacts(app, action, group, name, internal, note) {
  const rows = [
    ["App", appLink(app.name || app.bundleId, app.id)],
    ["Group", group ? groupLink(`${group.name} (id ${group.id})`, app.id, group.id) : name],
    ["Outcome", action],
    ["Type", group?.isInternal ?? internal ? "internal" : "external"],
    ["Public link", group ? group.publicLinkEnabled ? group.publicLink ?? "enabled" : "off" : void 0],
    ["Public link limit", group?.publicLinkLimitEnabled ? group.publicLinkLimit : void 0],
    ["Feedback", group ? group.feedbackEnabled ? "on" : "off" : void 0],
    ["Note", note]
  ];
  return facts(rows.filter(([, value]) => value !== void 0));
}
export {
  create_group_default as default
};
