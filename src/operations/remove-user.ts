import { finish } from '../users/users-apply.js';
import { readPersonEmail } from '../users/users-file.js';
import { planRemoval, readState } from '../users/users-plan.js';
import { defineOperation } from '../operation.js';

/**
 * Removes a member from the team, or cancels the pending invitation for that email. Someone
 * not on the team is reported and the step succeeds. The Account Holder is never removed.
 */
export default defineOperation({
  parse(inputs) {
    return { email: readPersonEmail(inputs, 'remove-user') };
  },

  async execute(ctx, { email }) {
    const state = await readState(ctx, []);
    const plan = planRemoval(email, state);
    return finish(ctx, plan, state, { single: plan.length === 1 });
  },
});
