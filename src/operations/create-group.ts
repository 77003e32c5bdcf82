import { resolveApp } from '../api/apps.js';
import {
  createBetaGroup,
  listBetaGroups,
  updateBetaGroup,
  type BetaGroup,
  type BetaGroupWrite,
} from '../api/beta-groups.js';
import { TESTERS_FORBIDDEN_HINT } from '../api/beta-testers.js';
import { ApiError } from '../api/errors.js';
import { Input, Output } from '../constants.js';
import { InputError } from '../input-reader.js';
import {
  describeChanges,
  findGroup,
  groupJson,
  parseGroupSettings,
  settingsChanges,
} from '../testflight/group-settings.js';
import { appLink, groupLink } from '../output/asc-links.js';
import { facts, type Cell } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation, namingInput } from '../operation.js';

/**
 * Creates a beta group unless one of that name exists. An existing group is left as it is,
 * except for settings given that differ, which are updated; so a second run changes nothing.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'create-group');
    const name = inputs.required(Input.GroupName, "for create-group: the new group's name");
    const internal = inputs.bool(Input.Internal, false);
    const settings = parseGroupSettings(inputs);
    if (internal && settings.publicLinkEnabled) {
      throw new InputError(
        Input.PublicLinkEnabled,
        `Input '${Input.PublicLinkEnabled}' is true, but an internal group (${Input.Internal}: true) cannot have a public link.`,
      );
    }
    if (internal && settings.publicLinkLimit !== undefined) {
      throw new InputError(
        Input.PublicLinkLimit,
        `Input '${Input.PublicLinkLimit}' is set, but an internal group (${Input.Internal}: true) has no public link to limit.`,
      );
    }
    return { app, name, internal, settings };
  },

  async execute(ctx, { app: ref, name, internal, settings }) {
    const { client, log, common } = ctx;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const options = { forbiddenHint: TESTERS_FORBIDDEN_HINT };
    let group = findGroup(await listBetaGroups(client, app.id), name);
    let action: 'created' | 'exists' | 'updated' | 'would create' | 'would update';
    let changes = 0;
    let note: string | undefined;
    if (!group) {
      const attributes: BetaGroupWrite & { name: string; isInternalGroup: boolean } = {
        name,
        isInternalGroup: internal,
      };
      if (settings.publicLinkEnabled !== undefined) attributes.publicLinkEnabled = settings.publicLinkEnabled;
      if (settings.publicLinkLimit !== undefined) {
        attributes.publicLinkLimit = settings.publicLinkLimit;
        attributes.publicLinkLimitEnabled = true;
      }
      if (settings.feedbackEnabled !== undefined) attributes.feedbackEnabled = settings.feedbackEnabled;
      changes = 1;
      if (common.dryRun) {
        action = 'would create';
        log.info(
          `Dry run: would create the ${internal ? 'internal' : 'external'} group '${name}' (${describeChanges(attributes)}).`,
        );
      } else {
        try {
          group = await createBetaGroup(client, app.id, attributes, options);
          action = 'created';
          log.info(
            `Created the ${internal ? 'internal' : 'external'} group '${group.name}' (id ${group.id}).`,
          );
        } catch (error) {
          // A 409 may be a retry of a create whose answer was lost: look again.
          if (!(error instanceof ApiError && error.status === 409)) throw error;
          group = findGroup(await listBetaGroups(client, app.id), name);
          if (!group) throw error;
          // After a failed first try, the 409 answers that try: this run created the group.
          action = error.afterRetry ? 'created' : 'exists';
          changes = error.afterRetry ? 1 : 0;
          note = error.afterRetry
            ? `the answer to the create was lost and its retry got 409; read back: the group was created (id ${group.id})`
            : `App Store Connect answered 409; read back: the group exists (id ${group.id})`;
          log.info(`${note}.`);
        }
      }
    } else {
      action = 'exists';
      if (group.isInternal !== internal) {
        log.warning(
          `The group '${group.name}' already exists as an ${group.isInternal ? 'internal' : 'external'} group; ${Input.Internal}: ${internal} was not applied (a group's type cannot change after it is created).`,
        );
      }
      if (group.isInternal && settings.publicLinkEnabled) {
        throw new InputError(
          Input.PublicLinkEnabled,
          `Input '${Input.PublicLinkEnabled}' is true, but the existing group '${group.name}' is an internal group, which cannot have a public link.`,
        );
      }
      if (group.isInternal && settings.publicLinkLimit !== undefined) {
        throw new InputError(
          Input.PublicLinkLimit,
          `Input '${Input.PublicLinkLimit}' is set, but the existing group '${group.name}' is an internal group, which has no public link to limit.`,
        );
      }
      const update = settingsChanges(group, settings);
      if (Object.keys(update).length === 0) {
        log.info(
          `The group '${group.name}' already exists (id ${group.id}) with the settings given: nothing to do.`,
        );
      } else {
        changes = 1;
        if (common.dryRun) {
          action = 'would update';
          log.info(`Dry run: the group '${group.name}' exists; would update ${describeChanges(update)}.`);
        } else {
          group = await updateBetaGroup(client, group.id, update, options);
          action = 'updated';
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
        ...(note ? { note } : {}),
      },
      summary: [groupFacts(app, action, group, name, internal, note)],
    };
  },
});

function groupFacts(
  app: { id: string; name?: string; bundleId: string },
  action: string,
  group: BetaGroup | undefined,
  name: string,
  internal: boolean,
  note?: string,
) {
  const rows: Array<[string, Cell]> = [
    ['App', appLink(app.name || app.bundleId, app.id)],
    ['Group', group ? groupLink(`${group.name} (id ${group.id})`, app.id, group.id) : name],
    ['Outcome', action],
    ['Type', (group?.isInternal ?? internal) ? 'internal' : 'external'],
    ['Public link', group ? (group.publicLinkEnabled ? (group.publicLink ?? 'enabled') : 'off') : undefined],
    ['Public link limit', group?.publicLinkLimitEnabled ? group.publicLinkLimit : undefined],
    ['Feedback', group ? (group.feedbackEnabled ? 'on' : 'off') : undefined],
    ['Note', note],
  ];
  return facts(rows.filter(([, value]) => value !== undefined));
}
