/**
 * Applies a tester plan with few calls: existing testers join or leave a group 100 ids at a
 * time, new testers are created with bounded concurrency. A refused batch is split so each
 * tester gets their own outcome; a 409 is checked by reading the tester back (which can lag one
 * poll). Every tester ends with one outcome in the ledger.
 */
import type { App } from '../api/apps.js';
import { type BetaGroup } from '../api/beta-groups.js';
import {
  addTestersToGroup,
  createTester,
  findTesterByEmail,
  removeTestersFromApp,
  removeTestersFromGroup,
  type BetaTester,
} from '../api/beta-testers.js';
import { chunk, mapLimit } from '../api/concurrency.js';
import { ApiError, reasonOf, stopsTheRun } from '../api/errors.js';
import type { OperationContext, OperationResult } from '../operation.js';
import type { TesterEntry } from './testers-list.js';
import { BATCH_SIZE, TesterLedger, recordPlan, type AddPlan, type RemovePlan } from './testers-plan.js';
import { logPlan, testerOutcome, warnAboutBudget } from './testers-summary.js';

/** Calls in flight at once; the client also slows down when the hourly budget runs low. */
export const CONCURRENCY = 8;
/** Below this many requests left this hour, the client paces requests (src/api/rate-limit.ts) and writes go one at a time. */
export const LOW_BUDGET = 100;
/** Wait before reading a tester back a second time (Apple's read can lag one poll). */
export const READ_BACK_DELAY_MS = 3000;
/**
 * Logs the plans under a title, then on a dry run records them as what would change; otherwise
 * warns when the hour's budget is short and applies them.
 */
export async function carryOutPlans(
  ctx: OperationContext,
  app: App,
  ledger: TesterLedger,
  planned: number,
  add: AddPlan | undefined,
  remove: RemovePlan | undefined,
  titles: { dryRun: string; live: string } = { dryRun: 'Dry run: would change', live: 'Changes' },
): Promise<void> {
  if (ctx.common.dryRun) {
    await logPlan(ctx, titles.dryRun, add, remove);
    recordPlan(ledger, add, remove);
    return;
  }
  await logPlan(ctx, titles.live, add, remove);
  warnAboutBudget(ctx, planned);
  await applyPlans(ctx, app, ledger, add, remove);
}

/**
 * How a tester operation ends: carries out its plans (see carryOutPlans) and describes the run
 * (testerOutcome) with the operation's own facts, result fields and summary blocks.
 */
export async function finishTesterRun(
  ctx: OperationContext,
  run: { app: App; groups: BetaGroup[]; ledger: TesterLedger },
  planned: number,
  plans: { add?: AddPlan; remove?: RemovePlan },
  own: Pick<Parameters<typeof testerOutcome>[1], 'facts' | 'result' | 'middle'>,
): Promise<OperationResult> {
  const { app, groups, ledger } = run;
  await carryOutPlans(ctx, app, ledger, planned, plans.add, plans.remove);
  return testerOutcome(ctx, { app, groups, ledger, planned, ...own });
}

/** Applies the plans: every batch and every create in one pool of CONCURRENCY calls. */
export async function applyPlans(
  ctx: OperationContext,
  app: App,
  ledger: TesterLedger,
  add: AddPlan | undefined,
  remove: RemovePlan | undefined,
): Promise<void> {
  const tasks: Array<() => Promise<void>> = [];
  for (const { group, testers } of remove?.fromGroups ?? []) {
    for (const batch of chunk(testers, BATCH_SIZE))
      tasks.push(() =>
        leave(ledger, batch, { label: group.name, prefix: `${group.name}: ` }, (ids) =>
          removeTestersFromGroup(ctx.client, group.id, ids),
        ),
      );
  }
  for (const batch of chunk(remove?.fromApp ?? [], BATCH_SIZE))
    tasks.push(() =>
      leave(ledger, batch, { label: 'the app', prefix: '' }, (ids) =>
        removeTestersFromApp(ctx.client, app.id, ids),
      ),
    );
  for (const { group, testers } of add?.links ?? []) {
    for (const batch of chunk(testers, BATCH_SIZE)) tasks.push(() => joinGroup(ctx, ledger, group, batch));
  }
  for (const { entry, groups } of add?.creates ?? []) tasks.push(() => create(ctx, ledger, entry, groups));
  // The groups each tester is meant to join or leave, for failure reports.
  for (const { group, testers } of [...(add?.links ?? []), ...(remove?.fromGroups ?? [])]) {
    for (const t of testers) ledger.row(t).plannedGroups.push(group.name);
  }
  for (const t of remove?.fromApp ?? []) ledger.row(t).plannedGroups = ['the app'];
  for (const { entry, groups } of add?.creates ?? [])
    ledger.row(entry).plannedGroups = groups.map((g) => g.name);
  // When the hour's budget runs low the client paces each request; calls in parallel would
  // defeat that, so from then on the tasks run one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = (task: () => Promise<void>): Promise<void> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const lowBudget = (): boolean => {
    const rate = ctx.client.rateLimit;
    return rate !== undefined && rate.remaining < LOW_BUDGET;
  };
  const outcomes = await mapLimit(tasks, CONCURRENCY, (task) => (lowBudget() ? oneAtATime(task) : task()));
  // Tasks settle their own testers; anything that escaped is a bug worth surfacing.
  for (const o of outcomes) if ('error' in o) throw o.error;
}

/** 409 and 422 concern the testers in the call; other failures concern the whole run. */
function perTester(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 409 || error.status === 422);
}

/** Indexes named by `source.pointer` `/data/<n>` when every error names one. */
function pointedIndexes(error: ApiError, size: number): Map<number, string> | undefined {
  const out = new Map<number, string>();
  for (const e of error.errors) {
    const n = /^\/data\/(\d+)$/.exec(e.source?.pointer ?? '')?.[1];
    if (n === undefined || Number(n) >= size) return undefined;
    out.set(Number(n), e.detail ?? e.title ?? `${error.status}`);
  }
  return out.size ? out : undefined;
}

/** A tester App Store Connect refused in a batch, with the error and Apple's reason. */
interface Refusal {
  tester: BetaTester;
  error: ApiError;
  reason: string;
}

/**
 * Sends a batch; when App Store Connect refuses it for some testers (409/422), settles the
 * refused ones together (`settle`) and sends the others again. The refused testers are found
 * from the errors' `/data/<n>` pointers when Apple gives them, else by halving the batch.
 */
async function sendSplitting(
  ledger: TesterLedger,
  batch: BetaTester[],
  send: (batch: BetaTester[]) => Promise<void>,
  ok: (batch: BetaTester[]) => void,
  settle: (refused: Refusal[]) => Promise<void>,
  fail: (tester: BetaTester, reason: string) => void,
): Promise<void> {
  if (ledger.fatal !== undefined) {
    for (const t of batch) fail(t, `not attempted: ${reasonOf(ledger.fatal)}`);
    return;
  }
  try {
    await send(batch);
    ledger.writes += 1;
    ok(batch);
    return;
  } catch (error) {
    if (!perTester(error)) {
      if (stopsTheRun(error)) ledger.fatal ??= error;
      for (const t of batch) fail(t, reasonOf(error));
      return;
    }
    if (batch.length === 1) {
      await settle([{ tester: batch[0] as BetaTester, error, reason: reasonOf(error) }]);
      return;
    }
    const pointed = pointedIndexes(error, batch.length);
    if (pointed) {
      const rest = batch.filter((_, i) => !pointed.has(i));
      await settle(
        [...pointed].map(([i, detail]) => ({
          tester: batch[i] as BetaTester,
          error,
          reason: `${error.status}: ${detail}`,
        })),
      );
      if (rest.length) await sendSplitting(ledger, rest, send, ok, settle, fail);
      return;
    }
    const half = Math.ceil(batch.length / 2);
    await sendSplitting(ledger, batch.slice(0, half), send, ok, settle, fail);
    await sendSplitting(ledger, batch.slice(half), send, ok, settle, fail);
  }
}

/** What reading a tester back found. */
export interface ReadBack {
  tester?: BetaTester;
  confirmed: boolean;
  error?: unknown;
}

/**
 * Reads a tester back by email and checks they are in every group; a miss is read again once
 * after READ_BACK_DELAY_MS, since Apple's read can lag one poll behind a write.
 */
export async function readBack(
  ctx: OperationContext,
  email: string,
  groupIds: readonly string[],
): Promise<ReadBack> {
  return (await readBackAll(ctx, [email], groupIds))[0] as ReadBack;
}

/**
 * Reads several testers back (as `readBack`), waiting READ_BACK_DELAY_MS once for all the misses
 * rather than once per tester: a batch with many refusals (say, outsiders for an internal group)
 * costs one wait, not one each.
 */
export async function readBackAll(
  ctx: OperationContext,
  emails: readonly string[],
  groupIds: readonly string[],
): Promise<ReadBack[]> {
  const results: ReadBack[] = emails.map(() => ({ confirmed: false }));
  let pending = emails.map((_, i) => i);
  for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
    if (attempt > 1) await ctx.clock.sleep(READ_BACK_DELAY_MS);
    const missed: number[] = [];
    for (const i of pending) {
      const email = emails[i] as string;
      let tester: BetaTester | undefined;
      try {
        tester = await findTesterByEmail(ctx.client, email);
      } catch (error) {
        results[i] = { confirmed: false, error };
        continue;
      }
      if (tester && groupIds.every((id) => tester?.groupIds?.includes(id))) {
        results[i] = { tester, confirmed: true };
        continue;
      }
      results[i] = { tester, confirmed: false };
      missed.push(i);
      ctx.log.debug(
        `Read-back of ${email}: ${tester ? 'not yet in every group' : 'not found'} (read ${attempt}).`,
      );
    }
    pending = missed;
  }
  return results;
}

async function joinGroup(
  ctx: OperationContext,
  ledger: TesterLedger,
  group: BetaGroup,
  batch: BetaTester[],
): Promise<void> {
  await sendSplitting(
    ledger,
    batch,
    (b) =>
      addTestersToGroup(
        ctx.client,
        group.id,
        b.map((t) => t.id),
      ),
    (b) => {
      for (const t of b) ledger.row(t).addedTo.push(group.name);
    },
    async (refused) => {
      const backs = await readBackAll(
        ctx,
        refused.map((r) => r.tester.email),
        [group.id],
      );
      refused.forEach(({ tester, error, reason }, i) => {
        const back = backs[i] as ReadBack;
        const row = ledger.row(tester);
        if (back.confirmed) {
          row.alreadyIn.push(group.name);
          row.notes.push(
            `App Store Connect answered ${error.status} for ${group.name}; read back: in the group`,
          );
        } else {
          row.failures.push(`${group.name}: ${reason}`);
          if (back.error) row.notes.push(`read-back failed: ${reasonOf(back.error)}`);
        }
      });
    },
    (tester, reason) => ledger.row(tester).failures.push(`${group.name}: ${reason}`),
  );
}

/**
 * Removes a batch from a group or from the whole app. `place` is what the ledger records it left;
 * a failure is prefixed with it for a group (for the app the reason stands alone).
 */
async function leave(
  ledger: TesterLedger,
  batch: BetaTester[],
  place: { label: string; prefix: string },
  remove: (testerIds: string[]) => Promise<void>,
): Promise<void> {
  const fail = (tester: BetaTester, reason: string) =>
    ledger.row(tester).failures.push(place.prefix + reason);
  await sendSplitting(
    ledger,
    batch,
    (b) => remove(b.map((t) => t.id)),
    (b) => {
      for (const t of b) ledger.row(t).removedFrom.push(place.label);
    },
    async (refused) => {
      for (const { tester, reason } of refused) fail(tester, reason);
    },
    fail,
  );
}

/** This run created the tester (id `id`) in the groups `names`: one write. */
function created(
  ledger: TesterLedger,
  row: ReturnType<TesterLedger['row']>,
  id: string,
  names: string[],
): void {
  ledger.writes += 1;
  row.id = id;
  row.created = true;
  row.addedTo.push(...names);
}

async function create(
  ctx: OperationContext,
  ledger: TesterLedger,
  entry: TesterEntry,
  groups: BetaGroup[],
): Promise<void> {
  const row = ledger.row(entry);
  const names = groups.map((g) => g.name);
  if (ledger.fatal !== undefined) {
    row.failures.push(`not attempted: ${reasonOf(ledger.fatal)}`);
    return;
  }
  try {
    const tester = await createTester(
      ctx.client,
      entry,
      groups.map((g) => g.id),
    );
    created(ledger, row, tester.id, names);
    return;
  } catch (error) {
    if (!perTester(error)) {
      if (stopsTheRun(error)) ledger.fatal ??= error;
      row.failures.push(reasonOf(error));
      return;
    }
    // A 409 can mean the tester is already there (say, a retry of a create whose answer was
    // lost): read back, then join whatever groups are still missing.
    const back = await readBack(
      ctx,
      entry.email,
      groups.map((g) => g.id),
    );
    if (back.confirmed && back.tester) {
      row.id = back.tester.id;
      if (error.afterRetry) {
        // The 409 answers this run's first try, whose answer was lost: this run created them.
        created(ledger, row, back.tester.id, names);
        row.notes.push('the answer to the create was lost and its retry got 409; read back: created');
      } else {
        row.alreadyIn.push(...names);
        row.notes.push(`App Store Connect answered ${error.status} to the create; read back: present`);
      }
      return;
    }
    if (back.tester) {
      const tester = back.tester;
      row.id = tester.id;
      const missing = groups.filter((g) => !tester.groupIds?.includes(g.id));
      row.alreadyIn.push(...groups.filter((g) => !missing.includes(g)).map((g) => g.name));
      for (const group of missing) await joinGroup(ctx, ledger, group, [tester]);
      return;
    }
    if (back.error) row.notes.push(`read-back failed: ${reasonOf(back.error)}`);
    // Not there: App Store Connect refused some of the groups (a tester outside the team cannot
    // join an internal group). Create the tester in the others, so only the refused ones fail.
    const refused = refusedGroups(error, groups);
    const rest = groups.filter((g) => !refused.has(g));
    if (refused.size === 0 || rest.length === 0) {
      row.failures.push(reasonOf(error));
      return;
    }
    for (const [group, reason] of refused) row.failures.push(`${group.name}: ${reason}`);
    try {
      const tester = await createTester(
        ctx.client,
        entry,
        rest.map((g) => g.id),
      );
      created(
        ledger,
        row,
        tester.id,
        rest.map((g) => g.name),
      );
    } catch (second) {
      if (stopsTheRun(second)) ledger.fatal ??= second;
      row.failures.push(`${rest.map((g) => g.name).join(', ')}: ${reasonOf(second)}`);
    }
  }
}

/**
 * The groups a refused create names, with Apple's reason: from the errors' pointers
 * (`/data/relationships/betaGroups/data/<n>`), or else, when internal and external groups were
 * asked for together, the internal ones (the usual cause).
 */
function refusedGroups(error: ApiError, groups: readonly BetaGroup[]): Map<BetaGroup, string> {
  const refused = new Map<BetaGroup, string>();
  for (const e of error.errors) {
    const n = /^\/data\/relationships\/betaGroups\/data\/(\d+)$/.exec(e.source?.pointer ?? '')?.[1];
    const group = n === undefined ? undefined : groups[Number(n)];
    if (group) refused.set(group, `${error.status}: ${e.detail ?? e.title ?? 'refused'}`);
  }
  if (refused.size > 0) return refused;
  const internal = groups.filter((g) => g.isInternal);
  if (internal.length > 0 && internal.length < groups.length) {
    for (const g of internal) refused.set(g, reasonOf(error));
  }
  return refused;
}
