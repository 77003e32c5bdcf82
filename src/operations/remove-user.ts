import { finish, planRemoval, readPersonEmail, readState } from '../users/engine.js';
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
