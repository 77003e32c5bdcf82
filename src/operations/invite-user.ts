import { Input } from '../constants.js';
import { InputError } from '../input-reader.js';
import { finish } from '../users/users-apply.js';
import { checkInvitationFields, readPersonInputs } from '../users/users-file.js';
import { planPerson, readState } from '../users/users-plan.js';
import { defineOperation } from '../operation.js';

/**
 * Invites a person to the team. A member is reported with their roles and left alone; an
 * identical pending invitation is a no-op; a different one is replaced (invitations cannot be
 * edited), as is an expired one.
 */
export default defineOperation({
  parse(inputs) {
    const spec = readPersonInputs(inputs, 'invite-user', { names: true });
    if (!spec.roles) {
      throw new InputError(
        Input.Roles,
        `Input '${Input.Roles}' is required for invite-user: comma-separated roles such as DEVELOPER or APP_MANAGER, ACCESS_TO_REPORTS.`,
      );
    }
    checkInvitationFields(spec);
    return { spec };
  },

  async execute(ctx, { spec }) {
    const state = await readState(ctx, [spec]);
    const plan = planPerson(spec, state, 'invite', ctx.clock.now());
    return finish(ctx, [plan], state, { single: true });
  },
});
