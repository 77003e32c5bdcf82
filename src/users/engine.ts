/**
 * The engine behind invite-user, update-user, remove-user and sync-users: the people as the
 * user described them (inputs or a users file), checked before any request; a plan per person
 * against the team as App Store Connect has it (members, invitations, visible apps), checked
 * before any write; then the writes, each person ending with one outcome.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { mapLimit } from '../api/concurrency.js';
import { ApiError, reasonOf, stopsTheRun } from '../api/errors.js';
import {
  USER_ROLES,
  cancelInvitation,
  findApps,
  inviteUser,
  isAccountHolder,
  readTeam,
  removeUser,
  sameEmail,
  updateUser,
  withUsersHint,
  type Access,
  type AppLabel,
  type InvitationSpec,
  type Team,
  type TeamUser,
  type UserChange,
  type UserInvitation,
} from '../api/users.js';
import { Input, Output, type InputName } from '../constants.js';
import { InputError, matchChoice, quote, splitList, type InputReader } from '../input-reader.js';
import type { OperationContext, OperationResult } from '../operation.js';
import { capped, facts, heading, table, type SummaryBlock } from '../output/summary.js';
import { isEmail } from '../email.js';

/** Writes in flight at once (teams are small; Apple's Users and Access is not a bulk API). */
export const CONCURRENCY = 4;

/** A person as the user described them; unset fields are left as they are. */
export interface PersonSpec {
  email: string;
  firstName?: string;
  lastName?: string;
  roles?: string[];
  allAppsVisible?: boolean;
  /** Bundle ids or Apple ids, as given. */
  visibleApps?: string[];
  provisioningAllowed?: boolean;
  /** For a users-file entry: "users.yml entry 3 (ada@example.com)". Undefined for inputs. */
  where?: string;
}

export type Outcome =
  | 'invited'
  | 'already invited'
  | 'invitation replaced'
  | 'already a member'
  | 'updated'
  | 'unchanged'
  | 'removed'
  | 'invitation cancelled'
  | 'not on the team'
  | 'not in the file'
  | 'account holder (not changed)'
  | 'failed'
  | 'would invite'
  | 'would replace invitation'
  | 'would update'
  | 'would remove'
  | 'would cancel invitation';

type Status = 'member' | 'invited' | 'not on the team';

type Action =
  | { kind: 'invite'; spec: InvitationSpec }
  | { kind: 'replace'; old: UserInvitation; spec: InvitationSpec }
  | { kind: 'update'; user: TeamUser; change: UserChange }
  | { kind: 'remove'; user: TeamUser }
  | { kind: 'cancel'; invitation: UserInvitation }
  | { kind: 'none' };

/** One person's plan and, once applied, outcome. */
export interface PlanItem {
  email: string;
  firstName?: string;
  lastName?: string;
  status: Status;
  id?: string;
  before?: Access;
  after?: Access;
  changed: string[];
  action: Action;
  outcome: Outcome;
  notes: string[];
  writes: number;
}

/** A person's access as reported: apps by bundle id where known. */
export interface AccessReport {
  roles: string[];
  allAppsVisible: boolean;
  visibleApps: string[];
  provisioningAllowed: boolean;
}

export interface PersonReport {
  email: string;
  firstName?: string;
  lastName?: string;
  /** Before the run. */
  status: Status;
  id?: string;
  outcome: Outcome;
  /** The fields that change (or changed). */
  changed?: string[];
  before?: AccessReport;
  after?: AccessReport;
  detail?: string;
}

// ---------------------------------------------------------------------------------------------
// Reading what the user asked for

const BUNDLE_OR_ID = /^(\d+|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;
const ASSIGNABLE = USER_ROLES.filter((r) => r !== 'ACCOUNT_HOLDER');

/** An error about one person: names the input, or the users-file entry. */
function specError(spec: { where?: string }, input: InputName, message: string): InputError {
  return spec.where
    ? new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${spec.where}: ${message}`)
    : new InputError(input, `Input '${input}' ${message}`);
}

/**
 * Roles from a comma-separated string or a list: case-insensitive, '-' or ' ' for '_', in
 * Apple's order without duplicates. ACCOUNT_HOLDER only where `allowAccountHolder` (a users file
 * may describe the Account Holder; nobody can be given the role).
 */
export function parseRoles(
  values: readonly string[],
  fail: (message: string) => InputError,
  allowAccountHolder = false,
): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    const role = matchChoice(raw.replace(/\s+/g, '_'), USER_ROLES);
    if (role === undefined) {
      throw fail(
        `has an unknown role ${quote(raw)}: expected roles from Apple's list: ${ASSIGNABLE.join(', ')}.`,
      );
    }
    if (role === 'ACCOUNT_HOLDER' && !allowAccountHolder) {
      throw fail(
        `has the role ACCOUNT_HOLDER, which cannot be given: a team has one Account Holder, changed only in App Store Connect.`,
      );
    }
    out.add(role);
  }
  return sortRoles([...out]);
}

export function sortRoles(roles: readonly string[]): string[] {
  const order = (r: string) => {
    const i = (USER_ROLES as readonly string[]).indexOf(r);
    return i < 0 ? USER_ROLES.length : i;
  };
  return [...new Set(roles)].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

function checkEmail(spec: { where?: string }, email: string): void {
  if (!isEmail(email)) {
    throw specError(
      spec,
      Input.Email,
      `has an invalid value ${quote(email)}: expected an email address (the person's Apple ID).`,
    );
  }
}

function checkAppRefs(spec: { where?: string }, refs: readonly string[]): void {
  for (const ref of refs) {
    if (!BUNDLE_OR_ID.test(ref)) {
      throw specError(
        spec,
        Input.VisibleApps,
        `has an invalid app ${quote(ref)}: expected bundle ids (com.example.app) or Apple ids (digits).`,
      );
    }
  }
}

function checkAppsVisibility(spec: PersonSpec): void {
  if (spec.visibleApps?.length && spec.allAppsVisible === true) {
    throw specError(
      spec,
      Input.VisibleApps,
      `lists apps (${spec.visibleApps.join(', ')}) while all-apps-visible is true: give visible-apps only when the person should not see all apps (all-apps-visible: false or unset).`,
    );
  }
}

/** The `email` input, required and checked. */
export function readPersonEmail(inputs: InputReader, operation: string): string {
  const email = inputs.required(Input.Email, `for ${operation}: the person's Apple ID email`);
  checkEmail({}, email);
  return email;
}

/**
 * Reads the person inputs (email, roles, all-apps-visible, visible-apps, provisioning-allowed,
 * and with `names` first-name and last-name). Everything is checked here, before any request.
 */
export function readPersonInputs(
  inputs: InputReader,
  operation: string,
  options: { names?: boolean } = {},
): PersonSpec {
  const spec: PersonSpec = { email: readPersonEmail(inputs, operation) };
  if (options.names) {
    const firstName = inputs.string(Input.FirstName);
    const lastName = inputs.string(Input.LastName);
    if (firstName !== undefined) spec.firstName = firstName;
    if (lastName !== undefined) spec.lastName = lastName;
  }
  const roles = inputs.list(Input.Roles);
  if (roles.length)
    spec.roles = parseRoles(roles, (m) => new InputError(Input.Roles, `Input '${Input.Roles}' ${m}`));
  const all = inputs.bool(Input.AllAppsVisible);
  if (all !== undefined) spec.allAppsVisible = all;
  const apps = inputs.list(Input.VisibleApps);
  if (apps.length) {
    checkAppRefs(spec, apps);
    spec.visibleApps = apps;
  }
  const provisioning = inputs.bool(Input.ProvisioningAllowed);
  if (provisioning !== undefined) spec.provisioningAllowed = provisioning;
  checkAppsVisibility(spec);
  return spec;
}

/** An invitation needs a name and at least one role: checked for inputs and file entries alike. */
export function checkInvitationFields(spec: PersonSpec): void {
  const missing = [
    spec.firstName ? '' : Input.FirstName,
    spec.lastName ? '' : Input.LastName,
    spec.roles?.length ? '' : Input.Roles,
  ].filter(Boolean);
  if (missing.length === 0) return;
  const what = `${spec.email} is not on the team, so an invitation is needed, and an invitation needs ${missing.join(', ')}`;
  if (spec.where)
    throw new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${spec.where}: ${what}.`);
  const input = missing[0] as InputName;
  throw new InputError(input, `Input '${input}' is required for an invitation: ${what}.`);
}

/** Field names of a users-file entry, compared without case, '-', '_' or spaces. */
const FILE_FIELDS: Record<string, keyof PersonSpec | 'ignored'> = {
  email: 'email',
  username: 'email',
  firstname: 'firstName',
  lastname: 'lastName',
  roles: 'roles',
  allappsvisible: 'allAppsVisible',
  visibleapps: 'visibleApps',
  provisioningallowed: 'provisioningAllowed',
  // Columns list-users writes that describe, not ask for, anything.
  status: 'ignored',
  id: 'ignored',
  expirationdate: 'ignored',
};

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

/**
 * Parses a users file: YAML or JSON (JSON is YAML), a list of people or `{users: [...]}`. Each
 * person has `email` and any of `first-name`, `last-name`, `roles` (a list or comma-separated),
 * `all-apps-visible`, `visible-apps` (a list or comma-separated), `provisioning-allowed`; keys
 * may also be written firstName or first_name. Every problem names the entry.
 */
export function parseUsersFile(text: string, file: string): PersonSpec[] {
  const fail = (message: string): InputError =>
    new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${file} ${message}`);
  let doc: unknown;
  try {
    doc = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fail(`is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'users' in doc)
    doc = (doc as { users: unknown }).users;
  if (doc === null || doc === undefined)
    throw fail('lists nobody: expected a list of people, each with an email.');
  if (!Array.isArray(doc))
    throw fail(
      'is not a list of people: expected a list (or users: followed by a list), each with an email.',
    );
  const specs: PersonSpec[] = [];
  const seen = new Map<string, string>();
  doc.forEach((item: unknown, index) => {
    const label = `entry ${index + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw fail(
        `${label} is not a person: expected fields such as email, roles (got ${quote(JSON.stringify(item) ?? String(item))}).`,
      );
    }
    const record = item as Record<string, unknown>;
    const emailKey = Object.keys(record).find((k) => FILE_FIELDS[normKey(k)] === 'email');
    const email = typeof record[emailKey ?? ''] === 'string' ? (record[emailKey ?? ''] as string).trim() : '';
    const where = `${file} ${label}${email ? ` (${email})` : ''}`;
    const spec: PersonSpec = { email, where };
    const bad = (message: string) =>
      new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${where}: ${message}`);
    if (!email) throw bad("has no email (the person's Apple ID email).");
    checkEmail(spec, email);
    for (const [key, value] of Object.entries(record)) {
      const field = FILE_FIELDS[normKey(key)];
      if (field === undefined) {
        throw bad(
          `has an unknown field ${quote(key)}: expected email, first-name, last-name, roles, all-apps-visible, visible-apps, provisioning-allowed.`,
        );
      }
      if (field === 'ignored' || field === 'email' || value === null || value === undefined) continue;
      switch (field) {
        case 'firstName':
        case 'lastName': {
          if (typeof value !== 'string' && typeof value !== 'number') throw bad(`${key} is not text.`);
          const text = String(value).trim();
          if (text) spec[field] = text;
          break;
        }
        case 'roles': {
          const roles = listOf(value, () => bad(`${key} is not a list of roles.`));
          if (roles.length) spec.roles = parseRoles(roles, (m) => bad(`${key} ${m}`), true);
          break;
        }
        case 'visibleApps': {
          const apps = listOf(value, () => bad(`${key} is not a list of apps.`));
          checkAppRefs(spec, apps);
          if (apps.length) spec.visibleApps = apps;
          break;
        }
        case 'allAppsVisible':
        case 'provisioningAllowed':
          spec[field] = boolOf(value, () =>
            bad(`${key} has an invalid value ${quote(String(value))}: expected true or false.`),
          );
          break;
      }
    }
    checkAppsVisibility(spec);
    const previous = seen.get(email.toLowerCase());
    if (previous) throw bad(`repeats ${email}, already listed as ${previous}: list each person once.`);
    seen.set(email.toLowerCase(), label);
    specs.push(spec);
  });
  return specs;
}

/** Reads and parses the users file named by the input (relative to the working directory). */
export function readUsersFile(path: string): PersonSpec[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(
      Input.UsersFile,
      `Input '${Input.UsersFile}': cannot read ${quote(path)} (${
        code === 'ENOENT'
          ? 'no such file; paths are relative to the working directory, usually the repository root'
          : (error as Error).message
      }).`,
    );
  }
  return parseUsersFile(content, path);
}

function normKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, '');
}

function listOf(value: unknown, fail: () => InputError): string[] {
  if (typeof value === 'string') return splitList(value);
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.map((v) => String(v).trim()).filter((v) => v !== '');
  throw fail();
}

function boolOf(value: unknown, fail: () => InputError): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw fail();
}

// ---------------------------------------------------------------------------------------------
// The team as it is, and the plan

/** The team plus the apps the people asked for, resolved. */
export interface TeamState extends Team {
  /** Visible-app references as given (lower-cased) to apps. */
  refs: Map<string, AppLabel>;
}

/**
 * Reads the team and resolves every visible-app reference at the same time. An unknown app
 * fails naming the input (or the entry), before any write. Single-person operations read the
 * whole team too (two requests for up to 200 people): emails are matched here without regard
 * to case, which Apple's `filter[username]` is not documented to do.
 */
export async function readState(ctx: OperationContext, specs: readonly PersonSpec[]): Promise<TeamState> {
  const wanted = specs.flatMap((s) => s.visibleApps ?? []);
  const [team, refs] = await Promise.all([
    readTeam(ctx.client),
    wanted.length
      ? findApps(ctx.client, wanted).catch((e: unknown) => Promise.reject(withUsersHint(e)))
      : new Map<string, AppLabel>(),
  ]);
  for (const spec of specs) {
    const unknown = (spec.visibleApps ?? []).filter((r) => !refs.has(r.toLowerCase()));
    if (unknown.length) {
      throw specError(
        spec,
        Input.VisibleApps,
        `names ${unknown.length === 1 ? 'an app' : 'apps'} this API key cannot see: ${unknown.join(', ')} (check the bundle ids or Apple ids, and that the team owns the apps).`,
      );
    }
  }
  for (const app of refs.values()) team.apps.set(app.id, app);
  ctx.log.info(
    `Team: ${team.users.length} member${team.users.length === 1 ? '' : 's'}, ${team.invitations.length} pending invitation${team.invitations.length === 1 ? '' : 's'}.`,
  );
  return { ...team, refs };
}

function appIdsOf(spec: PersonSpec, state: TeamState): string[] | undefined {
  if (!spec.visibleApps) return undefined;
  return [...new Set(spec.visibleApps.map((r) => state.refs.get(r.toLowerCase())?.id ?? r))];
}

function accessOf(a: Access): Access {
  return {
    roles: sortRoles(a.roles),
    allAppsVisible: a.allAppsVisible,
    provisioningAllowed: a.provisioningAllowed,
    visibleAppIds: [...a.visibleAppIds],
  };
}

/** What the person should have: what is given, and for the rest what they have (or the defaults). */
function desired(spec: PersonSpec, current: Access | undefined, appIds: string[] | undefined): Access {
  const allAppsVisible = spec.allAppsVisible ?? (appIds ? false : (current?.allAppsVisible ?? true));
  return {
    roles: spec.roles ? sortRoles(spec.roles) : sortRoles(current?.roles ?? []),
    allAppsVisible,
    provisioningAllowed: spec.provisioningAllowed ?? current?.provisioningAllowed ?? false,
    visibleAppIds: allAppsVisible ? [] : (appIds ?? current?.visibleAppIds ?? []),
  };
}

const seesNoApps = (a: Access): string[] =>
  !a.allAppsVisible && a.visibleAppIds.length === 0
    ? ['sees no apps: all-apps-visible is false and no visible apps are given']
    : [];

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** The fields that differ, by their input names. */
function differences(current: Access, after: Access): string[] {
  const out: string[] = [];
  if (!sameSet(current.roles, after.roles)) out.push('roles');
  if (current.allAppsVisible !== after.allAppsVisible) out.push('all-apps-visible');
  if (!after.allAppsVisible && !sameSet(current.visibleAppIds, after.visibleAppIds)) out.push('visible-apps');
  if (current.provisioningAllowed !== after.provisioningAllowed) out.push('provisioning-allowed');
  return out;
}

function item(
  base: Omit<PlanItem, 'changed' | 'action' | 'outcome' | 'notes' | 'writes'> & Partial<PlanItem>,
): PlanItem {
  return { changed: [], action: { kind: 'none' }, outcome: 'unchanged', notes: [], writes: 0, ...base };
}

function memberBase(user: TeamUser) {
  return {
    email: user.username,
    ...(user.firstName ? { firstName: user.firstName } : {}),
    ...(user.lastName ? { lastName: user.lastName } : {}),
    status: 'member' as const,
    id: user.id,
    before: accessOf(user),
  };
}

function invitationBase(invitation: UserInvitation) {
  return {
    email: invitation.email,
    ...(invitation.firstName ? { firstName: invitation.firstName } : {}),
    ...(invitation.lastName ? { lastName: invitation.lastName } : {}),
    status: 'invited' as const,
    id: invitation.id,
    before: accessOf(invitation),
  };
}

export type PlanMode = 'invite' | 'update' | 'sync';

/**
 * The plan for one person. `invite`: invite unless a member (reported, unchanged) or invited
 * alike. `update`: change only what is given (an invitation is replaced, since invitations
 * cannot be edited). `sync`: invite or update to match. The Account Holder is never changed.
 * Throws InputError for what the user must fix (a missing name on an invitation).
 */
export function planPerson(spec: PersonSpec, state: TeamState, mode: PlanMode, now: number): PlanItem {
  const user = state.users.find((u) => sameEmail(u.username, spec.email));
  const invitation = state.invitations.find((i) => sameEmail(i.email, spec.email));
  const appIds = appIdsOf(spec, state);
  if (spec.roles?.includes('ACCOUNT_HOLDER') && !(user && isAccountHolder(user))) {
    throw specError(
      spec,
      Input.Roles,
      `gives ${spec.email} the role ACCOUNT_HOLDER, but ${spec.email} is not the team's Account Holder: a team has one, changed only in App Store Connect.`,
    );
  }
  if (user) {
    const base = memberBase(user);
    if (isAccountHolder(user)) {
      if (mode === 'invite')
        return item({ ...base, outcome: 'already a member', notes: ['the Account Holder; not changed'] });
      if (mode === 'update')
        return item({
          ...base,
          outcome: 'failed',
          notes: [
            `refused: ${user.username} is the Account Holder, whose access is never changed by this action`,
          ],
        });
      return item({
        ...base,
        outcome: 'account holder (not changed)',
        notes: ['the Account Holder is never changed'],
      });
    }
    if (mode === 'invite') {
      return item({
        ...base,
        outcome: 'already a member',
        notes: [
          `a member with roles ${base.before.roles.join(', ') || 'none'}; not changed (update-user changes access)`,
        ],
      });
    }
    const after = desired(spec, user, appIds);
    const changed = differences(base.before, after);
    const notes = seesNoApps(after);
    if (changed.length === 0)
      return item({ ...base, after, outcome: mode === 'sync' ? 'already a member' : 'unchanged', notes });
    const change: UserChange = {};
    if (changed.includes('roles')) change.roles = after.roles;
    if (changed.includes('all-apps-visible')) change.allAppsVisible = after.allAppsVisible;
    if (changed.includes('provisioning-allowed')) change.provisioningAllowed = after.provisioningAllowed;
    if (changed.includes('visible-apps')) change.visibleAppIds = after.visibleAppIds;
    return item({
      ...base,
      after,
      changed,
      action: { kind: 'update', user, change },
      outcome: 'would update',
      notes,
      writes: 1,
    });
  }
  if (invitation) {
    const base = invitationBase(invitation);
    const after = desired(spec, invitation, appIds);
    const changed = differences(base.before, after);
    const expiry = invitation.expirationDate ? Date.parse(invitation.expirationDate) : NaN;
    const expired = Number.isFinite(expiry) && expiry <= now;
    if (changed.length === 0 && !expired) return item({ ...base, after, outcome: 'already invited' });
    const names = {
      firstName: spec.firstName ?? invitation.firstName,
      lastName: spec.lastName ?? invitation.lastName,
    };
    checkInvitationFields({ ...spec, ...names, roles: after.roles });
    const notes = expired
      ? [`the invitation expired on ${invitation.expirationDate}; sent again`]
      : ['invitations cannot be edited: cancelled and sent again'];
    return item({
      ...base,
      after,
      changed,
      action: {
        kind: 'replace',
        old: invitation,
        spec: {
          email: invitation.email,
          firstName: names.firstName ?? '',
          lastName: names.lastName ?? '',
          ...after,
        },
      },
      outcome: 'would replace invitation',
      notes,
      writes: 2,
    });
  }
  const base = {
    email: spec.email,
    ...(spec.firstName ? { firstName: spec.firstName } : {}),
    ...(spec.lastName ? { lastName: spec.lastName } : {}),
    status: 'not on the team' as const,
  };
  if (mode === 'update') {
    return item({
      ...base,
      outcome: 'failed',
      notes: [`${spec.email} is neither a member nor invited: use invite-user`],
    });
  }
  checkInvitationFields(spec);
  const after = desired(spec, undefined, appIds);
  return item({
    notes: seesNoApps(after),
    ...base,
    after,
    action: {
      kind: 'invite',
      spec: { email: spec.email, firstName: spec.firstName ?? '', lastName: spec.lastName ?? '', ...after },
    },
    outcome: 'would invite',
    writes: 1,
  });
}

/** Removing a person: the member (never the Account Holder) and any pending invitation. */
export function planRemoval(email: string, state: TeamState, reason?: string): PlanItem[] {
  const out: PlanItem[] = [];
  for (const user of state.users.filter((u) => sameEmail(u.username, email))) {
    const base = memberBase(user);
    if (isAccountHolder(user)) {
      out.push(
        reason
          ? item({
              ...base,
              outcome: 'account holder (not changed)',
              notes: [`${reason}; the Account Holder is never removed`],
            })
          : item({
              ...base,
              outcome: 'failed',
              notes: [
                `refused: ${user.username} is the Account Holder, who is never removed (the role moves to someone else only in App Store Connect)`,
              ],
            }),
      );
    } else {
      out.push(
        item({
          ...base,
          action: { kind: 'remove', user },
          outcome: 'would remove',
          notes: reason ? [reason] : [],
          writes: 1,
        }),
      );
    }
  }
  for (const invitation of state.invitations.filter((i) => sameEmail(i.email, email))) {
    out.push(
      item({
        ...invitationBase(invitation),
        action: { kind: 'cancel', invitation },
        outcome: 'would cancel invitation',
        notes: reason ? [reason] : [],
        writes: 1,
      }),
    );
  }
  if (out.length === 0) out.push(item({ email, status: 'not on the team', outcome: 'not on the team' }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Applying the plan

const DONE: Record<Action['kind'], Outcome> = {
  invite: 'invited',
  replace: 'invitation replaced',
  update: 'updated',
  remove: 'removed',
  cancel: 'invitation cancelled',
  none: 'unchanged',
};

const isGone = (error: unknown) => error instanceof ApiError && error.status === 404;

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
      try {
        await removeUser(client, action.user.id);
        it.writes += 1;
      } catch (error) {
        if (!isGone(error)) throw error;
        it.notes.push('already gone');
      }
      return undefined;
    case 'cancel':
      try {
        await cancelInvitation(client, action.invitation.id);
        it.writes += 1;
      } catch (error) {
        if (!isGone(error)) throw error;
        it.notes.push('already gone');
      }
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

// ---------------------------------------------------------------------------------------------
// Reporting

export function appLabel(id: string, apps: Map<string, AppLabel>): string {
  return apps.get(id)?.bundleId ?? id;
}

export function accessReport(a: Access, apps: Map<string, AppLabel>): AccessReport {
  return {
    roles: sortRoles(a.roles),
    allAppsVisible: a.allAppsVisible,
    visibleApps: a.allAppsVisible ? [] : a.visibleAppIds.map((id) => appLabel(id, apps)),
    provisioningAllowed: a.provisioningAllowed,
  };
}

export function appsText(a: AccessReport): string {
  return a.allAppsVisible ? 'all apps' : a.visibleApps.length ? a.visibleApps.join(', ') : 'none';
}

export function personReport(it: PlanItem, apps: Map<string, AppLabel>): PersonReport {
  const detail = it.notes.filter(Boolean).join('; ');
  return {
    email: it.email,
    ...(it.firstName ? { firstName: it.firstName } : {}),
    ...(it.lastName ? { lastName: it.lastName } : {}),
    status: it.status,
    ...(it.id ? { id: it.id } : {}),
    outcome: it.outcome,
    ...(it.changed.length ? { changed: it.changed } : {}),
    ...(it.before ? { before: accessReport(it.before, apps) } : {}),
    ...(it.after ? { after: accessReport(it.after, apps) } : {}),
    ...(detail ? { detail } : {}),
  };
}

function arrow(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return after ?? '';
  if (after === undefined || after === before) return before;
  return `${before} → ${after}`;
}

/** The table of people: what they had, the outcome, and roles and apps before → after. */
export function peopleTable(reports: readonly PersonReport[]): SummaryBlock {
  const rows = reports.map((r) => [
    r.email,
    [r.firstName, r.lastName].filter(Boolean).join(' '),
    r.status,
    r.outcome,
    arrow(r.before?.roles.join(', ') || (r.before ? 'none' : undefined), r.after?.roles.join(', ')),
    arrow(r.before ? appsText(r.before) : undefined, r.after ? appsText(r.after) : undefined),
    arrow(
      r.before ? (r.before.provisioningAllowed ? 'yes' : 'no') : undefined,
      r.after ? (r.after.provisioningAllowed ? 'yes' : 'no') : undefined,
    ),
    r.detail,
  ]);
  const { rows: shown, note } = capped(rows);
  return table(['Email', 'Name', 'Was', 'Outcome', 'Roles', 'Apps', 'Provisioning', 'Detail'], shown, note);
}

/** Logs each planned change (one line a person), grouped so long lists stay folded. */
export async function logPlan(
  ctx: OperationContext,
  title: string,
  reports: readonly PersonReport[],
): Promise<void> {
  const lines = reports.map((r) => {
    const roles = arrow(r.before?.roles.join(', '), r.after?.roles.join(', '));
    const apps = arrow(r.before ? appsText(r.before) : undefined, r.after ? appsText(r.after) : undefined);
    return `${r.outcome.padEnd(26)} ${r.email}${roles ? `  roles: ${roles}` : ''}${apps ? `  apps: ${apps}` : ''}${r.detail ? `  (${r.detail})` : ''}`;
  });
  if (lines.length === 0) {
    ctx.log.info(`${title}: nobody.`);
    return;
  }
  await ctx.log.group(title, async () => {
    for (const line of lines) ctx.log.info(line);
  });
}

/** Counts by outcome, in the order they first appear. */
export function countOutcomes(reports: readonly PersonReport[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of reports) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}

/**
 * Runs a plan (or, under dry-run, only reports it) and builds the outputs: `changes` (writes
 * made, or planned), `result` and the job summary. The step fails when any person failed.
 */
export async function finish(
  ctx: OperationContext,
  items: PlanItem[],
  state: TeamState,
  parts: {
    facts?: Array<[string, string | number | boolean | null | undefined]>;
    result?: Record<string, unknown>;
    /** Single-person operations put that person's report at the top of the result. */
    single?: boolean;
  } = {},
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
  const reports = items.map((i) => personReport(i, state.apps));
  const changes = dryRun ? planned : items.reduce((n, i) => n + i.writes, 0);
  const counts = countOutcomes(reports);
  const failed = reports.filter((r) => r.outcome === 'failed');
  let failure: string | undefined;
  if (failed.length) {
    const first = failed
      .slice(0, 5)
      .map((r) => `${r.email} (${r.detail ?? 'failed'})`)
      .join('; ');
    failure =
      reports.length === 1
        ? `${first}.`
        : `${failed.length} of ${reports.length} people failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}.`;
    if (fatal instanceof Error) failure += ` Stopped: ${fatal.message}`;
    if (reports.length > 1) failure += " Every person's outcome is in the result output and the job summary.";
  }
  const result =
    parts.single && reports.length === 1
      ? { dryRun, changes, ...parts.result, ...reports[0] }
      : { dryRun, changes, ...parts.result, counts, people: reports };
  return {
    outputs: { [Output.Changes]: changes },
    result,
    summary: [
      facts([
        ...(parts.facts ?? []),
        ...Object.entries(counts).map(([o, n]): [string, number] => [
          o.charAt(0).toUpperCase() + o.slice(1),
          n,
        ]),
        [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
      ]),
      ...(reports.length ? [heading(parts.single ? 'Person' : 'People'), peopleTable(reports)] : []),
    ],
    ...(failure ? { failure } : {}),
  };
}
