/**
 * A plan per person against the team as App Store Connect has it (members, invitations,
 * visible apps), checked before any write. Pure once the team is read.
 */
import {
  findApps,
  isAccountHolder,
  readTeam,
  sameEmail,
  withUsersHint,
  type Access,
  type AppLabel,
  type InvitationSpec,
  type Team,
  type TeamUser,
  type UserChange,
  type UserInvitation,
} from '../api/users.js';
import { Input } from '../constants.js';
import type { OperationContext } from '../operation.js';
import { checkInvitationFields, sortRoles, specError, type PersonSpec } from './users-file.js';

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

export type Status = 'member' | 'invited' | 'not on the team';

export type Action =
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

export function accessOf(a: Access): Access {
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
export function differences(current: Access, after: Access): string[] {
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

/** What a plan item starts from: the person as the team has them (a member or an invitation). */
function personBase(
  who: Access & { id: string; firstName?: string; lastName?: string },
  email: string,
  status: 'member' | 'invited',
) {
  return {
    email,
    ...(who.firstName ? { firstName: who.firstName } : {}),
    ...(who.lastName ? { lastName: who.lastName } : {}),
    status,
    id: who.id,
    before: accessOf(who),
  };
}

const memberBase = (user: TeamUser) => personBase(user, user.username, 'member');
const invitationBase = (invitation: UserInvitation) => personBase(invitation, invitation.email, 'invited');

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
