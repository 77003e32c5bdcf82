import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  finish
} from "./chunk-CVEVF33L.js";
import {
  planRemoval,
  readPersonEmail,
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
import "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/remove-user.ts
var remove_user_default = defineOperation({
  parse(inputs) {
    return { email: readPersonEmail(inputs, "remove-user") };
  },
  async execute(ctx, { email }) {
    const state = await readState(ctx, []);
    const plan = planRemoval(email, state);
    return finish(ctx, plan, state, { single: plan.length === 1 });
  }
});
export {
  remove_user_default as default
};
