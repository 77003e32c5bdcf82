import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  finish
} from "./chunk-CVEVF33L.js";
import {
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

// src/operations/update-user.ts
var update_user_default = defineOperation({
  parse(inputs) {
    const spec = readPersonInputs(inputs, "update-user");
    if (!spec.roles && spec.allAppsVisible === void 0 && !spec.visibleApps && spec.provisioningAllowed === void 0) {
      throw new InputError(
        Input.Roles,
        `update-user needs something to change: set '${Input.Roles}', '${Input.AllAppsVisible}', '${Input.VisibleApps}' or '${Input.ProvisioningAllowed}'.`
      );
    }
    return { spec };
  },
  async execute(ctx, { spec }) {
    const state = await readState(ctx, [spec]);
    const plan = planPerson(spec, state, "update", ctx.clock.now());
    return finish(ctx, [plan], state, { single: true });
  }
});
export {
  update_user_default as default
};
