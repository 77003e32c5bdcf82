/**
 * The people as the user described them, for invite-user, update-user, remove-user and
 * sync-users: the person inputs or a users file (YAML or JSON), checked before any request.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { USER_ROLES } from '../api/users.js';
import { Input, type InputName } from '../constants.js';
import {
  InputError,
  matchChoice,
  quote,
  splitList,
  unreadableFile,
  type InputReader,
} from '../input-reader.js';
import { isEmail } from '../email.js';

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

const BUNDLE_OR_ID = /^(\d+|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;
const ASSIGNABLE = USER_ROLES.filter((r) => r !== 'ACCOUNT_HOLDER');

/** An error about one person: names the input, or the users-file entry. */
export function specError(spec: { where?: string }, input: InputName, message: string): InputError {
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
    throw unreadableFile(Input.UsersFile, path, error);
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
