/**
 * The bulk engine behind add-testers, remove-testers and sync-testers: read the app's testers
 * and the groups' members once, plan the difference, then apply it with few calls: existing
 * testers join or leave a group 100 ids at a time, new testers are created with bounded
 * concurrency. A refused batch is split so each tester gets their own outcome; a 409 is checked
 * by reading the tester back (which can lag one poll). Every tester ends with one outcome.
 */
import type { App } from '../api/apps.js';
import { listBetaGroups, type BetaGroup } from '../api/beta-groups.js';
import { resolveGroupNames } from './group-settings.js';
import {
  addTestersToGroup,
  createTester,
  findTesterByEmail,
  listAppTesters,
  listGroupTesterIds,
  removeTestersFromApp,
  removeTestersFromGroup,
  type BetaTester,
} from '../api/beta-testers.js';
import { chunk, mapLimit } from '../api/concurrency.js';
import { ApiError, reasonOf, stopsTheRun } from '../api/errors.js';
import { Output } from '../constants.js';
import type { OperationContext, OperationResult } from '../operation.js';
import { capped, facts, heading, table, type SummaryBlock } from '../output/summary.js';
import { emailKey, type TesterEntry } from './testers-list.js';

/** Testers per relationship call (join or leave a group, leave the app). */
export const BATCH_SIZE = 100;
/** Calls in flight at once; the client also slows down when the hourly budget runs low. */
export const CONCURRENCY = 8;
/** Below this many requests left this hour, the client paces requests (src/api/rate-limit.ts) and writes go one at a time. */
export const LOW_BUDGET = 100;
/** Wait before reading a tester back a second time (Apple's read can lag one poll). */
export const READ_BACK_DELAY_MS = 3000;

export type TesterOutcome =
  | 'created'
  | 'added'
  | 'already present'
  | 'removed'
  | 'not present'
  | 'failed'
  | 'would create'
  | 'would add'
  | 'would remove';

/** One tester's line in the result and the summary. */
export interface TesterReport {
  email: string;
  firstName?: string;
  lastName?: string;
  id?: string;
  outcome: TesterOutcome;
  /** The groups the outcome is about (or "the app" for removal from the app). */
  groups: string[];
  detail?: string;
}

interface Row {
  email: string;
  firstName?: string;
  lastName?: string;
  id?: string;
  created: boolean;
  addedTo: string[];
  alreadyIn: string[];
  removedFrom: string[];
  notIn: string[];
  planned?: 'create' | 'add' | 'remove';
  plannedGroups: string[];
  failures: string[];
  notes: string[];
}

/** Every tester's progress through a run, and the writes made. */
export class TesterLedger {
  private readonly rows = new Map<string, Row>();
  writes = 0;
  /** A failure that stopped the remaining writes (e.g. 403: the key's role). */
  fatal?: unknown;

  row(who: { email: string; firstName?: string; lastName?: string; id?: string }): Row {
    const key = emailKey(who.email);
    let row = this.rows.get(key);
    if (!row) {
      row = {
        email: who.email,
        created: false,
        addedTo: [],
        alreadyIn: [],
        removedFrom: [],
        notIn: [],
        plannedGroups: [],
        failures: [],
        notes: [],
      };
      this.rows.set(key, row);
    }
    row.firstName ??= who.firstName;
    row.lastName ??= who.lastName;
    row.id ??= who.id;
    return row;
  }

  reports(): TesterReport[] {
    return [...this.rows.values()].map(report);
  }
}

function report(row: Row): TesterReport {
  const base = {
    email: row.email,
    ...(row.firstName ? { firstName: row.firstName } : {}),
    ...(row.lastName ? { lastName: row.lastName } : {}),
    ...(row.id ? { id: row.id } : {}),
  };
  const done = [
    row.created ? `created in ${row.addedTo.join(', ')}` : '',
    !row.created && row.addedTo.length ? `added to ${row.addedTo.join(', ')}` : '',
    row.removedFrom.length ? `removed from ${row.removedFrom.join(', ')}` : '',
  ].filter(Boolean);
  const notes = row.notes.length ? row.notes : [];
  if (row.failures.length) {
    const groups = row.plannedGroups.length ? row.plannedGroups : [...row.addedTo, ...row.removedFrom];
    const already = row.alreadyIn.length ? [`already in ${row.alreadyIn.join(', ')}`] : [];
    return {
      ...base,
      outcome: 'failed',
      groups,
      detail: [...row.failures, ...done, ...already, ...notes].join('; '),
    };
  }
  const detail = (extra: string[]): { detail?: string } => {
    const text = [...extra, ...notes].filter(Boolean).join('; ');
    return text ? { detail: text } : {};
  };
  if (row.planned === 'create')
    return { ...base, outcome: 'would create', groups: row.plannedGroups, ...detail([]) };
  if (row.planned === 'add') {
    return {
      ...base,
      outcome: 'would add',
      groups: row.plannedGroups,
      ...detail(row.alreadyIn.length ? [`already in ${row.alreadyIn.join(', ')}`] : []),
    };
  }
  if (row.planned === 'remove')
    return { ...base, outcome: 'would remove', groups: row.plannedGroups, ...detail([]) };
  if (row.created) return { ...base, outcome: 'created', groups: row.addedTo, ...detail([]) };
  if (row.removedFrom.length) return { ...base, outcome: 'removed', groups: row.removedFrom, ...detail([]) };
  if (row.addedTo.length) {
    return {
      ...base,
      outcome: 'added',
      groups: row.addedTo,
      ...detail(row.alreadyIn.length ? [`already in ${row.alreadyIn.join(', ')}`] : []),
    };
  }
  if (row.alreadyIn.length)
    return { ...base, outcome: 'already present', groups: row.alreadyIn, ...detail([]) };
  return { ...base, outcome: 'not present', groups: row.notIn, ...detail([]) };
}

/** What the app and the groups hold now. */
export interface TesterState {
  /** The app's testers by lower-cased email. */
  byEmail: Map<string, BetaTester>;
  byId: Map<string, BetaTester>;
  /** Tester ids per group id. */
  members: Map<string, Set<string>>;
}

/**
 * Reads, at the same time, the app's testers (every page, once) and the app's groups, then the
 * wanted groups' member ids. Unknown group names fail naming the `groups` input.
 */
export async function readTesterState(
  ctx: OperationContext,
  app: App,
  wantedGroups: readonly string[],
): Promise<{ groups: BetaGroup[]; state: TesterState }> {
  const groupsAndMembers = (async () => {
    if (wantedGroups.length === 0) return { groups: [] as BetaGroup[], lists: [] as string[][] };
    const groups = resolveGroupNames(wantedGroups, await listBetaGroups(ctx.client, app.id));
    const lists = await mapLimit(groups, 4, (g) => listGroupTesterIds(ctx.client, g.id));
    return {
      groups,
      lists: lists.map((r) => {
        if ('error' in r) throw r.error;
        return r.value;
      }),
    };
  })();
  const [testers, { groups, lists }] = await Promise.all([
    listAppTesters(ctx.client, app.id),
    groupsAndMembers,
  ]);
  const members = new Map<string, Set<string>>();
  groups.forEach((g, i) => members.set(g.id, new Set(lists[i])));
  const byEmail = new Map<string, BetaTester>();
  const byId = new Map<string, BetaTester>();
  for (const t of testers) {
    byEmail.set(emailKey(t.email), t);
    byId.set(t.id, t);
  }
  ctx.log.info(
    `Read ${testers.length} tester${testers.length === 1 ? '' : 's'} of ${app.name || app.bundleId}${
      groups.length
        ? `; group members: ${groups.map((g) => `${g.name} ${members.get(g.id)?.size ?? 0}`).join(', ')}`
        : ''
    }.`,
  );
  return { groups, state: { byEmail, byId, members } };
}

/** Existing testers to link per group, and testers to create. */
export interface AddPlan {
  links: Array<{ group: BetaGroup; testers: BetaTester[] }>;
  creates: Array<{ entry: TesterEntry; groups: BetaGroup[] }>;
}

/** Works out who joins which group; records "already present" for the rest. */
export function planAdd(
  wanted: readonly TesterEntry[],
  groups: readonly BetaGroup[],
  state: TesterState,
  ledger: TesterLedger,
): AddPlan {
  const links = new Map<string, BetaTester[]>();
  const creates: AddPlan['creates'] = [];
  for (const entry of wanted) {
    const existing = state.byEmail.get(emailKey(entry.email));
    const row = ledger.row({ ...entry, id: existing?.id });
    if (!existing) {
      creates.push({ entry, groups: [...groups] });
      continue;
    }
    row.firstName ??= existing.firstName;
    row.lastName ??= existing.lastName;
    for (const group of groups) {
      if (state.members.get(group.id)?.has(existing.id)) row.alreadyIn.push(group.name);
      else {
        const list = links.get(group.id) ?? [];
        list.push(existing);
        links.set(group.id, list);
      }
    }
  }
  return {
    links: groups.filter((g) => links.has(g.id)).map((g) => ({ group: g, testers: links.get(g.id) ?? [] })),
    creates,
  };
}

export function addWrites(plan: AddPlan): number {
  return plan.links.reduce((n, l) => n + Math.ceil(l.testers.length / BATCH_SIZE), 0) + plan.creates.length;
}

/** Removals from groups (or, with `group` undefined, from the app). */
export interface RemovePlan {
  fromGroups: Array<{ group: BetaGroup; testers: BetaTester[] }>;
  fromApp: BetaTester[];
}

export function removeWrites(plan: RemovePlan): number {
  return (
    plan.fromGroups.reduce((n, r) => n + Math.ceil(r.testers.length / BATCH_SIZE), 0) +
    Math.ceil(plan.fromApp.length / BATCH_SIZE)
  );
}

/** Records the plan as "would ..." outcomes (dry run). */
export function recordPlan(
  ledger: TesterLedger,
  add: AddPlan | undefined,
  remove: RemovePlan | undefined,
): void {
  for (const { entry, groups } of add?.creates ?? []) {
    const row = ledger.row(entry);
    row.planned = 'create';
    row.plannedGroups = groups.map((g) => g.name);
  }
  for (const { group, testers } of add?.links ?? []) {
    for (const t of testers) {
      const row = ledger.row(t);
      row.planned = 'add';
      row.plannedGroups.push(group.name);
    }
  }
  for (const { group, testers } of remove?.fromGroups ?? []) {
    for (const t of testers) {
      const row = ledger.row(t);
      row.planned = 'remove';
      row.plannedGroups.push(group.name);
    }
  }
  for (const t of remove?.fromApp ?? []) {
    const row = ledger.row(t);
    row.planned = 'remove';
    row.plannedGroups = ['the app'];
  }
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
    for (const batch of chunk(testers, BATCH_SIZE)) tasks.push(() => leaveGroup(ctx, ledger, group, batch));
  }
  for (const batch of chunk(remove?.fromApp ?? [], BATCH_SIZE))
    tasks.push(() => leaveApp(ctx, ledger, app, batch));
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

async function leaveGroup(
  ctx: OperationContext,
  ledger: TesterLedger,
  group: BetaGroup,
  batch: BetaTester[],
): Promise<void> {
  await sendSplitting(
    ledger,
    batch,
    (b) =>
      removeTestersFromGroup(
        ctx.client,
        group.id,
        b.map((t) => t.id),
      ),
    (b) => {
      for (const t of b) ledger.row(t).removedFrom.push(group.name);
    },
    async (refused) => {
      for (const { tester, reason } of refused) ledger.row(tester).failures.push(`${group.name}: ${reason}`);
    },
    (tester, reason) => ledger.row(tester).failures.push(`${group.name}: ${reason}`),
  );
}

async function leaveApp(
  ctx: OperationContext,
  ledger: TesterLedger,
  app: App,
  batch: BetaTester[],
): Promise<void> {
  await sendSplitting(
    ledger,
    batch,
    (b) =>
      removeTestersFromApp(
        ctx.client,
        app.id,
        b.map((t) => t.id),
      ),
    (b) => {
      for (const t of b) ledger.row(t).removedFrom.push('the app');
    },
    async (refused) => {
      for (const { tester, reason } of refused) ledger.row(tester).failures.push(reason);
    },
    (tester, reason) => ledger.row(tester).failures.push(reason),
  );
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
    ledger.writes += 1;
    row.id = tester.id;
    row.created = true;
    row.addedTo.push(...names);
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
        ledger.writes += 1;
        row.created = true;
        row.addedTo.push(...names);
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
      ledger.writes += 1;
      row.id = tester.id;
      row.created = true;
      row.addedTo.push(...rest.map((g) => g.name));
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

/** Counts by outcome. */
export function countOutcomes(reports: readonly TesterReport[]): Record<TesterOutcome, number> {
  const counts: Record<TesterOutcome, number> = {
    created: 0,
    added: 0,
    'already present': 0,
    removed: 0,
    'not present': 0,
    failed: 0,
    'would create': 0,
    'would add': 0,
    'would remove': 0,
  };
  for (const r of reports) counts[r.outcome] += 1;
  return counts;
}

/** The numbers and the per-tester table for the job summary (capped for long lists). */
export function testerSummary(
  head: Array<[string, string | number | boolean | null | undefined]>,
  reports: readonly TesterReport[],
  middle: SummaryBlock[] = [],
): SummaryBlock[] {
  const counts = countOutcomes(reports);
  const shown = (Object.entries(counts) as Array<[TesterOutcome, number]>).filter(([, n]) => n > 0);
  const rows = reports.map((r) => [
    r.email,
    [r.firstName, r.lastName].filter(Boolean).join(' '),
    r.outcome,
    r.groups.join(', '),
    r.detail,
  ]);
  const { rows: visible, note } = capped(rows);
  return [
    facts([...head, ...shown.map(([outcome, n]): [string, number] => [capitalize(outcome), n])]),
    ...middle,
    ...(reports.length
      ? [heading('Testers'), table(['Email', 'Name', 'Outcome', 'Groups', 'Detail'], visible, note)]
      : []),
  ];
}

/** The step's failure message when any tester failed (after all were reported). */
export function failureMessage(ledger: TesterLedger, reports: readonly TesterReport[]): string | undefined {
  const failed = reports.filter((r) => r.outcome === 'failed');
  if (failed.length === 0) return undefined;
  const first = failed
    .slice(0, 5)
    .map((r) => `${r.email} (${r.detail ?? 'failed'})`)
    .join('; ');
  const stop = ledger.fatal !== undefined ? ` Stopped early: ${reasonOf(ledger.fatal)}.` : '';
  return `${failed.length} of ${reports.length} testers failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}.${stop} Every tester's outcome is in the result output and the job summary.`;
}

/** Warns when the plan needs more calls than the hour's budget has left (the client paces). */
export function warnAboutBudget(ctx: OperationContext, writes: number): void {
  const rate = ctx.client.rateLimit;
  if (rate && writes > rate.remaining) {
    ctx.log.warning(
      `The plan needs ${writes} write requests but only ${rate.remaining} of ${rate.limit} App Store Connect requests are left this hour: the action slows down to stay within the limit and may run out of budget; consider splitting the list over several runs.`,
    );
  }
}

export function appFacts(app: App): string {
  return `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The outputs, result and summary every tester operation ends with. */
export function testerOutcome(
  ctx: OperationContext,
  parts: {
    app: App;
    groups: readonly BetaGroup[];
    ledger: TesterLedger;
    /** Write requests the plan needs (reported as `changes` under dry-run). */
    planned: number;
    facts?: Array<[string, string | number | boolean | null | undefined]>;
    result?: Record<string, unknown>;
    /** Blocks between the numbers and the per-tester table. */
    middle?: SummaryBlock[];
  },
): OperationResult {
  const { app, groups, ledger, planned } = parts;
  const dryRun = ctx.common.dryRun;
  const reports = ledger.reports();
  const counts = countOutcomes(reports);
  const changes = dryRun ? planned : ledger.writes;
  const added = dryRun ? counts['would create'] + counts['would add'] : counts.created + counts.added;
  const removed = dryRun ? counts['would remove'] : counts.removed;
  const head: Array<[string, string | number | boolean | null | undefined]> = [
    ['App', appFacts(app)],
    ...(groups.length ? [['Groups', groups.map((g) => g.name).join(', ')] as [string, string]] : []),
    ...(parts.facts ?? []),
    [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
  ];
  return {
    outputs: { [Output.TestersAdded]: added, [Output.TestersRemoved]: removed, [Output.Changes]: changes },
    result: {
      app: { id: app.id, bundleId: app.bundleId, name: app.name },
      groups: groups.map((g) => ({ id: g.id, name: g.name, internal: g.isInternal })),
      dryRun,
      ...parts.result,
      counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
      changes,
      testers: reports,
    },
    summary: testerSummary(head, reports, parts.middle),
    failure: failureMessage(ledger, reports),
  };
}

/** Logs each planned change, grouped so long lists stay folded. */
export async function logPlan(
  ctx: OperationContext,
  title: string,
  add: AddPlan | undefined,
  remove: RemovePlan | undefined,
): Promise<void> {
  const lines = [
    ...(add?.creates ?? []).map(
      (c) => `create ${c.entry.email} in ${c.groups.map((g) => g.name).join(', ')}`,
    ),
    ...(add?.links ?? []).flatMap((l) => l.testers.map((t) => `add ${t.email} to ${l.group.name}`)),
    ...(remove?.fromGroups ?? []).flatMap((r) =>
      r.testers.map((t) => `remove ${t.email} from ${r.group.name}`),
    ),
    ...(remove?.fromApp ?? []).map((t) => `remove ${t.email} from the app`),
  ];
  if (lines.length === 0) {
    ctx.log.info(`${title}: nothing to change.`);
    return;
  }
  await ctx.log.group(title, async () => {
    for (const line of lines) ctx.log.info(line);
  });
}
