import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  finish
} from "./chunk-CVEVF33L.js";
import {
  planPerson,
  planRemoval,
  readState,
  readUsersFile,
  sameEmail
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

// src/operations/sync-users.ts
var sync_users_default = defineOperation({
  parse(inputs) {
    const file = inputs.required(
      Input.UsersFile,
      "for sync-users: a YAML or JSON list of people (email, first-name, last-name, roles, all-apps-visible, visible-apps, provisioning-allowed)"
    );
    const removeMissing = inputs.bool(Input.RemoveMissing, false);
    const specs = readUsersFile(file);
    if (specs.length === 0) {
      throw new InputError(
        Input.UsersFile,
        `Input '${Input.UsersFile}': ${file} lists nobody: sync-users would ${removeMissing ? "remove everyone but the Account Holder" : "do nothing"}. Use remove-user to remove people one by one.`
      );
    }
    return { file, specs, removeMissing };
  },
  async execute(ctx, { file, specs, removeMissing }) {
    const state = await readState(ctx, specs);
    const now = ctx.clock.now();
    const items = specs.map((spec) => planPerson(spec, state, "sync", now));
    const listed = (email) => specs.some((s) => sameEmail(s.email, email));
    const others = [
      ...new Map(
        [...state.users.map((u) => u.username), ...state.invitations.map((i) => i.email)].filter((email) => !listed(email)).map((email) => [email.toLowerCase(), email])
      ).values()
    ];
    for (const email of others) {
      const removal = planRemoval(email, state, "not in the file");
      if (removeMissing) items.push(...removal);
      else {
        for (const it of removal) {
          if (it.outcome === "account holder (not changed)") items.push(it);
          else {
            it.action = { kind: "none" };
            it.writes = 0;
            it.outcome = "not in the file";
            it.notes = ["kept: remove-missing is false"];
            items.push(it);
          }
        }
      }
    }
    const count = (kind) => items.filter((i) => i.action.kind === kind).length;
    ctx.log.info(
      `${specs.length} ${specs.length === 1 ? "person" : "people"} in ${file}. Difference: ${count("invite")} to invite, ${count("update")} to update, ${count("replace")} invitation(s) to replace, ${count("remove")} to remove, ${count("cancel")} invitation(s) to cancel, ${items.filter((i) => i.action.kind === "none").length} without change.`
    );
    return finish(ctx, items, state, {
      facts: [
        ["Users file", file],
        ["People in the file", specs.length],
        ["Remove people not in the file", removeMissing ? "yes" : "no (remove-missing: false)"]
      ],
      result: { file, removeMissing }
    });
  }
});
export {
  sync_users_default as default
};
