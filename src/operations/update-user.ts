import { Input } from '../constants.js';
import { InputError } from '../input-reader.js';
import { finish } from '../users/users-apply.js';
import { readPersonInputs } from '../users/users-file.js';
import { planPerson, readState } from '../users/users-plan.js';
import { defineOperation } from '../operation.js';

/**
 * Changes only the given parts of a member's access: roles, all-apps-visible, visible-apps (bundle
 * ids resolved to app ids first), provisioning-allowed. A pending invitation is replaced with
 * one that has the change (invitations cannot be edited). The Account Holder is refused.
 */
export default defineOperation({
  parse(inputs) {
    const spec = readPersonInputs(inputs, 'update-user');
    if (
      !spec.roles &&
      spec.allAppsVisible === undefined &&
      !spec.visibleApps &&
      spec.provisioningAllowed === undefined
    ) {
      throw new InputError(
        Input.Roles,
        `update-user needs something to change: set '${Input.Roles}', '${Input.AllAppsVisible}', '${Input.VisibleApps}' or '${Input.ProvisioningAllowed}'.`,
      );
    }
    return { spec };
  },

  async execute(ctx, { spec }) {
    const state = await readState(ctx, [spec]);
    const plan = planPerson(spec, state, 'update', ctx.clock.now());
    return finish(ctx, [plan], state, { single: true });
  },
});
