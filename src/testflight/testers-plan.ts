/**
 * The bulk tester engine behind add-testers, remove-testers and sync-testers, first half: read
 * the app's testers and the groups' members once, plan the difference, and keep every tester's
 * progress in one ledger (testers-apply.ts sends the writes, testers-summary.ts reports).
 */
import { resolveApp, type App, type AppRef } from '../api/apps.js';
import { listBetaGroups, type BetaGroup } from '../api/beta-groups.js';
import { resolveGroupNames } from './group-settings.js';
import { listAppTesters, listGroupTesterIds, type BetaTester } from '../api/beta-testers.js';
import { mapLimit } from '../api/concurrency.js';
import { Input } from '../constants.js';
import { namingInput, type OperationContext } from '../operation.js';
import { emailKey, type TesterEntry } from './testers-list.js';

/** Testers per relationship call (join or leave a group, leave the app). */
export const BATCH_SIZE = 100;

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

/** Where every tester operation starts: the app, the named groups with their members, an empty ledger. */
export async function startTesterRun(
  ctx: OperationContext,
  appRef: AppRef,
  wantedGroups: readonly string[],
): Promise<{ app: App; groups: BetaGroup[]; state: TesterState; ledger: TesterLedger }> {
  const app = await namingInput(Input.App, resolveApp(ctx.client, appRef));
  const { groups, state } = await readTesterState(ctx, app, wantedGroups);
  return { app, groups, state, ledger: new TesterLedger() };
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
