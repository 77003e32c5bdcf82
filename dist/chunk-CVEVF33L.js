import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  accessOf,
  cancelInvitation,
  differences,
  inviteUser,
  logPlan,
  personReport,
  readTeam,
  removeUser,
  sameEmail,
  updateUser,
  usersResult
} from "./chunk-U3RHBBXA.js";
import {
  mapLimit
} from "./chunk-HQRV6QUE.js";
import {
  ApiError,
  reasonOf,
  stopsTheRun
} from "./chunk-JDDIJKK4.js";

// src/users/users-apply.ts
var CONCURRENCY = 4;
var DONE = {
  invite: "invited",
  replace: "invitation replaced",
  update: "updated",
  remove: "removed",
  cancel: "invitation cancelled",
  none: "unchanged"
};
var isGone = (error) => error instanceof ApiError && error.status === 404;
async function deleteOnce(it, send) {
  try {
    await send();
    it.writes += 1;
  } catch (error) {
    if (!isGone(error)) throw error;
    it.notes.push("already gone");
  }
}
async function applyPlan(ctx, items) {
  const state = {};
  const work = items.filter((i) => i.action.kind !== "none");
  const results = await mapLimit(work, CONCURRENCY, async (it) => {
    if (state.fatal !== void 0) {
      it.outcome = "failed";
      it.writes = 0;
      it.notes.unshift(`not attempted: ${reasonOf(state.fatal)}`);
      return;
    }
    it.writes = 0;
    try {
      it.outcome = await applyOne(ctx, it) ?? DONE[it.action.kind];
    } catch (error) {
      if (stopsTheRun(error)) state.fatal ??= error;
      it.outcome = "failed";
      it.notes.unshift(reasonOf(error));
    }
  });
  for (const r of results) if ("error" in r) throw r.error;
  return state;
}
async function applyOne(ctx, it) {
  const { client } = ctx;
  const action = it.action;
  switch (action.kind) {
    case "invite":
      return invite(ctx, it, action.spec);
    case "replace":
      try {
        await cancelInvitation(client, action.old.id);
        it.writes += 1;
      } catch (error) {
        if (!isGone(error)) throw error;
      }
      try {
        const outcome = await invite(ctx, it, action.spec);
        return outcome === "already invited" ? "invitation replaced" : outcome;
      } catch (error) {
        it.notes.push("the old invitation was cancelled, the new one was not sent");
        throw error;
      }
    case "update":
      await updateUser(client, action.user.id, action.change);
      it.writes += 1;
      return void 0;
    case "remove":
      await deleteOnce(it, () => removeUser(client, action.user.id));
      return void 0;
    case "cancel":
      await deleteOnce(it, () => cancelInvitation(client, action.invitation.id));
      return void 0;
    case "none":
      return void 0;
  }
}
async function invite(ctx, it, spec) {
  try {
    const created = await inviteUser(ctx.client, spec);
    it.writes += 1;
    it.id = created.id;
    return void 0;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    const team = await readTeam(ctx.client).catch(() => void 0);
    const user = team?.users.find((u) => sameEmail(u.username, spec.email));
    const pending = team?.invitations.find((i) => sameEmail(i.email, spec.email));
    if (!user && !(pending && differences(accessOf(pending), spec).length === 0)) throw error;
    it.id = (user ?? pending)?.id;
    if (!user && error.afterRetry) {
      it.writes += 1;
      it.notes.push("the answer to the invitation was lost and its retry got 409; read back: invited");
      return void 0;
    }
    it.notes.push(
      `App Store Connect answered ${reasonOf(error)}; read back: ${user ? "a member" : "invited"}`
    );
    return user ? "already a member" : "already invited";
  }
}
async function finish(ctx, items, state, parts = {}) {
  const dryRun = ctx.common.dryRun;
  const planned = items.reduce((n, i) => n + i.writes, 0);
  const planReports = items.map((i) => personReport(i, state.apps));
  let fatal;
  if (dryRun) {
    await logPlan(ctx, `Dry run: would change (${planned} write${planned === 1 ? "" : "s"})`, planReports);
  } else {
    const toDo = planReports.filter((r) => r.outcome.startsWith("would ")).map((r) => ({ ...r, outcome: r.outcome.slice("would ".length) }));
    if (toDo.length) await logPlan(ctx, `Changes (${planned} write${planned === 1 ? "" : "s"})`, toDo);
    else ctx.log.info("Nothing to change.");
    ({ fatal } = await applyPlan(ctx, items));
  }
  return usersResult(dryRun, items, state, parts, { planned, fatal });
}

export {
  finish
};
