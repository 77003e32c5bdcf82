import { resolveApp } from '../api/apps.js';
import { listBetaGroups, updateBetaGroup } from '../api/beta-groups.js';
import { TESTERS_FORBIDDEN_HINT } from '../api/beta-testers.js';
import { Input, Output } from '../constants.js';
import { InputError, quote } from '../input-reader.js';
import {
  describeChanges,
  findGroup,
  resolveGroupNames,
  groupJson,
  parseGroupSettings,
  settingsChanges,
} from '../testflight/group-settings.js';
import { appLink, groupLink } from '../output/asc-links.js';
import { facts, type Cell } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation, namingInput } from '../operation.js';

/**
 * Changes only the settings given (public link, its limit, feedback) of the group named by
 * `group-name`. To rename, name the group in `groups` and give the new name in `group-name`.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'update-group');
    const name = inputs.required(
      Input.GroupName,
      "for update-group: the group's name (or its new name, with the group in 'groups')",
    );
    const current = inputs.list(Input.Groups);
    if (current.length > 1) {
      throw new InputError(
        Input.Groups,
        `Input '${Input.Groups}' names ${current.length} groups; update-group changes one (give its current name or id to rename it to '${name}').`,
      );
    }
    const settings = parseGroupSettings(inputs);
    const rename = current[0] !== undefined && current[0] !== name ? name : undefined;
    if (rename === undefined && Object.keys(settings).length === 0) {
      throw new InputError(
        Input.GroupName,
        `Nothing to update for ${quote(name)}: give ${Input.PublicLinkEnabled}, ${Input.PublicLinkLimit} or ${Input.FeedbackEnabled}, or the current name in '${Input.Groups}' to rename the group to '${Input.GroupName}'.`,
      );
    }
    return {
      app,
      target: current[0] ?? name,
      targetInput: current[0] ? Input.Groups : Input.GroupName,
      rename,
      settings,
    };
  },

  async execute(ctx, { app: ref, target, targetInput, rename, settings }) {
    const { client, log, common } = ctx;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const groups = await listBetaGroups(client, app.id);
    // A re-run of a rename: the old name is gone and a group has the new one, so it is that group.
    const renamed =
      rename !== undefined && !findGroup(groups, target) ? findGroup(groups, rename) : undefined;
    if (renamed) log.info(`No group '${target}', but '${renamed.name}' exists: already renamed.`);
    const [group] = renamed ? [renamed] : resolveGroupNames([target], groups, targetInput);
    if (!group) throw new Error('unreachable: resolveGroupNames returned nothing');
    if (group.isInternal && settings.publicLinkEnabled) {
      throw new InputError(
        Input.PublicLinkEnabled,
        `Input '${Input.PublicLinkEnabled}' is true, but '${group.name}' is an internal group, which cannot have a public link.`,
      );
    }
    if (group.isInternal && settings.publicLinkLimit !== undefined) {
      throw new InputError(
        Input.PublicLinkLimit,
        `Input '${Input.PublicLinkLimit}' is set, but '${group.name}' is an internal group, which has no public link to limit.`,
      );
    }
    const update = settingsChanges(group, settings);
    if (rename !== undefined && rename !== group.name) {
      const clash = findGroup(groups, rename);
      if (clash && clash.id !== group.id && clash.name.toLowerCase() === rename.toLowerCase()) {
        throw new InputError(
          Input.GroupName,
          `Input '${Input.GroupName}': cannot rename '${group.name}' to ${quote(rename)}: the app already has a group of that name (id ${clash.id}).`,
        );
      }
      update.name = rename;
    }
    let updated = group;
    let action: 'updated' | 'unchanged' | 'would update' = 'unchanged';
    const changes = Object.keys(update).length ? 1 : 0;
    if (!changes) {
      log.info(`The group '${group.name}' already has the settings given: nothing to do.`);
    } else if (common.dryRun) {
      action = 'would update';
      log.info(`Dry run: would update '${group.name}': ${describeChanges(update)}.`);
    } else {
      updated = await updateBetaGroup(client, group.id, update, { forbiddenHint: TESTERS_FORBIDDEN_HINT });
      action = 'updated';
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
        group: groupJson(updated),
      },
      summary: [
        facts(
          [
            ['App', appLink(app.name || app.bundleId, app.id)],
            ['Group', groupLink(`${updated.name} (id ${updated.id})`, app.id, updated.id)],
            ['Outcome', action],
            ['Changed', changes ? describeChanges(update) : 'nothing'],
            ['Public link', updated.publicLinkEnabled ? (updated.publicLink ?? 'enabled') : 'off'],
            ['Public link limit', updated.publicLinkLimitEnabled ? updated.publicLinkLimit : undefined],
            ['Feedback', updated.feedbackEnabled ? 'on' : 'off'],
          ].filter((row): row is [string, Cell] => row[1] !== undefined),
        ),
      ],
    };
  },
});
