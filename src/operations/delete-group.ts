import { resolveApp } from '../api/apps.js';
import { deleteBetaGroup, listBetaGroups } from '../api/beta-groups.js';
import { TESTERS_FORBIDDEN_HINT, countGroupTesters } from '../api/beta-testers.js';
import { ApiError } from '../api/errors.js';
import { Input, Output } from '../constants.js';
import { findGroup, groupJson } from '../testflight/group-settings.js';
import { appLink, groupLink } from '../output/asc-links.js';
import { facts } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation, namingInput } from '../operation.js';

/** Deletes a beta group by name (or id); a group that is not there is reported, not an error. */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'delete-group');
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
        result: { app: appJson, action: 'not found', dryRun: common.dryRun, changes: 0, name },
        summary: [
          facts([
            ['App', appLink(app.name || app.bundleId, app.id)],
            ['Group', name],
            ['Outcome', 'not found: nothing to delete'],
            ['Groups of the app', groups.map((g) => g.name).join(', ') || 'none'],
          ]),
        ],
      };
    }
    const testers = await countGroupTesters(client, group.id);
    let action: 'deleted' | 'would delete' | 'already gone';
    if (common.dryRun) {
      action = 'would delete';
      log.info(`Dry run: would delete the group '${group.name}' (id ${group.id}, ${testers} testers).`);
    } else {
      try {
        await deleteBetaGroup(client, group.id, { forbiddenHint: TESTERS_FORBIDDEN_HINT });
        action = 'deleted';
        log.info(
          `Deleted the group '${group.name}' (id ${group.id}); its ${testers} testers stay testers of the app.`,
        );
      } catch (error) {
        // Gone between the read and the delete (or a retry of a delete whose answer was lost).
        if (!(error instanceof ApiError && error.status === 404)) throw error;
        action = 'already gone';
        log.info(`The group '${group.name}' was already deleted.`);
      }
    }
    const changes = action === 'already gone' ? 0 : 1;
    return {
      outputs: { [Output.Changes]: changes },
      result: {
        app: appJson,
        action,
        dryRun: common.dryRun,
        changes,
        group: { ...groupJson(group), testers },
      },
      summary: [
        facts([
          ['App', appLink(app.name || app.bundleId, app.id)],
          // A deleted group has no page left; the app's TestFlight page lists the groups it has.
          [
            'Group',
            groupLink(
              `${group.name} (id ${group.id}, ${group.isInternal ? 'internal' : 'external'})`,
              app.id,
              action === 'would delete' ? group.id : undefined,
            ),
          ],
          ['Outcome', action],
          ['Testers in it', `${testers} (they stay testers of the app)`],
        ]),
      ],
    };
  },
});
