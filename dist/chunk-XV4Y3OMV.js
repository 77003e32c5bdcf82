import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  finish
} from "./chunk-CVEVF33L.js";
import {
  checkInvitationFields,
  planPerson,
  readPersonInputs,
  readState
} from "./chunk-U3RHBBXA.js";
import "./chunk-CT3SYMP3.js";
import "./chunk-MGD32DN7.js";
import "./chunk-HQRV6QUE.js";
import "./chunk-BLPJK66F.js";
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import "./chunk-66LBZBJX.js";
import {
  Input,
  InputError
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/invite-user.ts
var invite_user_default = defineOperation({
  parse(inputs) {
    const spec = readPersonInputs(inputs, "invite-user", { names: true });
    if (!spec.roles) {
      throw new InputError(
        Input.Roles,
        `Input '${Input.Roles}' is required for invite-user: comma-separated roles such as DEVELOPER or APP_MANAGER, ACCESS_TO_REPORTS.`
      );
    }
    checkInvitationFields(spec);
    return { spec };
  },
  async execute(ctx, { spec }) {
    const state = await readState(ctx, [spec]);
    const plan = planPerson(spec, state, "invite", ctx.clock.now());
    return finish(ctx, [plan], state, { single: true });
  }
});
export {
  invite_user_default as default
};
