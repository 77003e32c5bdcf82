/** Sends the planned writes, each person ending with one outcome. */
import { mapLimit } from '../api/concurrency.js';
import { ApiError, reasonOf, stopsTheRun } from '../api/errors.js';
import {
  cancelInvitation,
  inviteUser,
  readTeam,
  removeUser,
  sameEmail,
  updateUser,
  type InvitationSpec,
} from '../api/users.js';
import type { OperationContext, OperationResult } from '../operation.js';
import {
  accessOf,
  differences,
  type Action,
  type Outcome,
  type PlanItem,
  type TeamState,
} from './users-plan.js';
import { logPlan, personReport, usersResult, type ResultParts } from './users-summary.js';

/** Writes in flight at once (teams are small; Apple's Users and Access is not a bulk API). */
export const CONCURRENCY = 4;

const DONE: Record<Action['kind'], Outcome> = {
  invite: 'invited',
  replace: 'invitation replaced',
  update: 'updated',
  remove: 'removed',
  cancel: 'invitation cancelled',
  none: 'unchanged',
};

const isGone = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Sends a delete; one already gone (404) is noted, not a failure. */
async function deleteOnce(it: { writes: number; notes: string[] }, send: () => Promise<void>): Promise<void> {
  try {
    await send();
    it.writes += 1;
  } catch (error) {
    if (!isGone(error)) throw error;
    it.notes.push('already gone');
  }
}

/** Sends each planned write (CONCURRENCY at a time); every item ends with an outcome. */
export async function applyPlan(ctx: OperationContext, items: PlanItem[]): Promise<{ fatal?: unknown }> {
  const state: { fatal?: unknown } = {};
  const work = items.filter((i) => i.action.kind !== 'none');
  const results = await mapLimit(work, CONCURRENCY, async (it) => {
    if (state.fatal !== undefined) {
      it.outcome = 'failed';
      it.writes = 0;
      it.notes.unshift(`not attempted: ${reasonOf(state.fatal)}`);
      return;
    }
    it.writes = 0;
    try {
      it.outcome = (await applyOne(ctx, it)) ?? DONE[it.action.kind];
    } catch (error) {
      if (stopsTheRun(error)) state.fatal ??= error;
      it.outcome = 'failed';
      it.notes.unshift(reasonOf(error));
    }
  });
  for (const r of results) if ('error' in r) throw r.error;
  return state;
}

/** Sends one person's writes; returns an outcome other than the usual one when reading back showed it. */
async function applyOne(ctx: OperationContext, it: PlanItem): Promise<Outcome | undefined> {
  const { client } = ctx;
  const action = it.action;
  switch (action.kind) {
    case 'invite':
      return invite(ctx, it, action.spec);
    case 'replace':
      try {
        await cancelInvitation(client, action.old.id);
        it.writes += 1;
      } catch (error) {
        if (!isGone(error)) throw error;
      }
      try {
        const outcome = await invite(ctx, it, action.spec);
        return outcome === 'already invited' ? 'invitation replaced' : outcome;
      } catch (error) {
        it.notes.push('the old invitation was cancelled, the new one was not sent');
        throw error;
      }
    case 'update':
      await updateUser(client, action.user.id, action.change);
      it.writes += 1;
      return undefined;
    case 'remove':
      await deleteOnce(it, () => removeUser(client, action.user.id));
      return undefined;
    case 'cancel':
      await deleteOnce(it, () => cancelInvitation(client, action.invitation.id));
      return undefined;
    case 'none':
      return undefined;
  }
}

/**
 * Sends an invitation. A 409 may mean it is already there (say, the retry of a request whose
 * answer was lost) or the person has just joined: read back, and report what is there.
 */
async function invite(
  ctx: OperationContext,
  it: PlanItem,
  spec: InvitationSpec,
): Promise<Outcome | undefined> {
  try {
    const created = await inviteUser(ctx.client, spec);
    it.writes += 1;
    it.id = created.id;
    return undefined;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    // The whole team: Apple's email filters may compare case, the read-back must not miss.
    const team = await readTeam(ctx.client).catch(() => undefined);
    const user = team?.users.find((u) => sameEmail(u.username, spec.email));
    const pending = team?.invitations.find((i) => sameEmail(i.email, spec.email));
    if (!user && !(pending && differences(accessOf(pending), spec).length === 0)) throw error;
    it.id = (user ?? pending)?.id;
    if (!user && error.afterRetry) {
      // The 409 answers this run's first try, whose answer was lost: this run invited them.
      it.writes += 1;
      it.notes.push('the answer to the invitation was lost and its retry got 409; read back: invited');
      return undefined;
    }
    it.notes.push(
      `App Store Connect answered ${reasonOf(error)}; read back: ${user ? 'a member' : 'invited'}`,
    );
    return user ? 'already a member' : 'already invited';
  }
}

/**
 * Runs a plan (or, under dry-run, only reports it) and builds the outputs: `changes` (writes
 * made, or planned), `result` and the job summary. The step fails when any person failed.
 */
export async function finish(
  ctx: OperationContext,
  items: PlanItem[],
  state: TeamState,
  parts: ResultParts = {},
): Promise<OperationResult> {
  const dryRun = ctx.common.dryRun;
  const planned = items.reduce((n, i) => n + i.writes, 0);
  const planReports = items.map((i) => personReport(i, state.apps));
  let fatal: unknown;
  if (dryRun) {
    await logPlan(ctx, `Dry run: would change (${planned} write${planned === 1 ? '' : 's'})`, planReports);
  } else {
    const toDo = planReports
      .filter((r) => r.outcome.startsWith('would '))
      .map((r) => ({ ...r, outcome: r.outcome.slice('would '.length) as Outcome }));
    if (toDo.length) await logPlan(ctx, `Changes (${planned} write${planned === 1 ? '' : 's'})`, toDo);
    else ctx.log.info('Nothing to change.');
    ({ fatal } = await applyPlan(ctx, items));
  }
  return usersResult(dryRun, items, state, parts, { planned, fatal });
}
