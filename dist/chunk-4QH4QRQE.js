import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  finish
} from "./chunk-KQZ3KI2A.js";
import {
  planRemoval,
  readPersonEmail,
  readState
} from "./chunk-H2U3TJZB.js";
import "./chunk-CT3SYMP3.js";
import "./chunk-MGD32DN7.js";
import "./chunk-HQRV6QUE.js";
import "./chunk-BLPJK66F.js";
import {
  defineOperation
} from "./chunk-B4X3D3QX.js";
import "./chunk-66LBZBJX.js";
import "./chunk-JK5CFF4Y.js";
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
