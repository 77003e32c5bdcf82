import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-CT3SYMP3.js";
import {
  isEmail
} from "./chunk-MGD32DN7.js";
import {
  chunk
} from "./chunk-HQRV6QUE.js";
import {
  relatedIds
} from "./chunk-BLPJK66F.js";
import {
  capped,
  facts,
  heading,
  table
} from "./chunk-66LBZBJX.js";
import {
  ApiError,
  Input,
  InputError,
  Output,
  matchChoice,
  quote,
  splitList,
  unreadableFile
} from "./chunk-JDDIJKK4.js";
import {
  __toESM
} from "./chunk-XNDQ27F5.js";

// src/api/users.ts
var USER_ROLES = [
  "ADMIN",
  "FINANCE",
  "ACCOUNT_HOLDER",
  "SALES",
  "MARKETING",
  "APP_MANAGER",
  "DEVELOPER",
  "ACCESS_TO_REPORTS",
  "CUSTOMER_SUPPORT",
  "CREATE_APPS",
  "CLOUD_MANAGED_DEVELOPER_ID",
  "CLOUD_MANAGED_APP_DISTRIBUTION",
  "GENERATE_INDIVIDUAL_KEYS"
];
var USERS_FORBIDDEN_HINT = "Users and Access needs an API key with the Admin role: generate a team key with the Admin role (Users and Access \u2192 Integrations) and use it for this step.";
var FORBIDDEN = { forbiddenHint: USERS_FORBIDDEN_HINT };
var VISIBLE_APPS_INLINE = 50;
var USER_FIELDS = "username,firstName,lastName,roles,allAppsVisible,provisioningAllowed,visibleApps";
var INVITATION_FIELDS = "email,firstName,lastName,expirationDate,roles,allAppsVisible,provisioningAllowed,visibleApps";
var WITH_APPS = {
  include: "visibleApps",
  "limit[visibleApps]": VISIBLE_APPS_INLINE,
  "fields[apps]": "bundleId,name"
};
function isAccountHolder(user) {
  return user.roles.includes("ACCOUNT_HOLDER");
}
async function listUsers(client, options = {}) {
  const users = { fields: USER_FIELDS, emailFilter: "filter[username]", convert: toUser };
  return listPeople(client, "users", users, (u) => u.username, options);
}
async function listInvitations(client, options = {}) {
  const invitations = { fields: INVITATION_FIELDS, emailFilter: "filter[email]", convert: toInvitation };
  return listPeople(client, "userInvitations", invitations, (i) => i.email, options);
}
async function listPeople(client, type, read, emailOf, options) {
  const apps = options.apps ?? /* @__PURE__ */ new Map();
  const all = await getAll(client, `/v1/${type}`, {
    [`fields[${type}]`]: read.fields,
    ...WITH_APPS,
    ...options.email ? { [read.emailFilter]: options.email } : {}
  });
  learnApps(apps, all.included);
  const people = all.data.map((r) => read.convert(r));
  await completeVisibleApps(client, all.data, people, type, apps);
  return options.email ? people.filter((p) => sameEmail(emailOf(p), options.email ?? "")) : people;
}
async function readTeam(client, email) {
  const apps = /* @__PURE__ */ new Map();
  const [users, invitations] = await Promise.all([
    listUsers(client, { email, apps }),
    listInvitations(client, { email, apps })
  ]);
  return { users, invitations, apps };
}
async function inviteUser(client, spec) {
  const body = {
    data: {
      type: "userInvitations",
      attributes: {
        email: spec.email,
        firstName: spec.firstName,
        lastName: spec.lastName,
        roles: spec.roles,
        allAppsVisible: spec.allAppsVisible,
        provisioningAllowed: spec.provisioningAllowed
      },
      ...!spec.allAppsVisible && spec.visibleAppIds.length ? { relationships: { visibleApps: { data: spec.visibleAppIds.map((id) => ({ type: "apps", id })) } } } : {}
    }
  };
  const doc = await client.post("/v1/userInvitations", body, FORBIDDEN);
  const invitation = toInvitation(doc.data);
  if (invitation.visibleAppIds.length === 0 && !spec.allAppsVisible)
    invitation.visibleAppIds = [...spec.visibleAppIds];
  return invitation;
}
async function updateUser(client, id, change) {
  const attributes = {};
  if (change.roles) attributes.roles = change.roles;
  if (change.allAppsVisible !== void 0) attributes.allAppsVisible = change.allAppsVisible;
  if (change.provisioningAllowed !== void 0) attributes.provisioningAllowed = change.provisioningAllowed;
  const body = {
    data: {
      type: "users",
      id,
      ...Object.keys(attributes).length ? { attributes } : {},
      ...change.visibleAppIds ? {
        relationships: {
          visibleApps: { data: change.visibleAppIds.map((appId) => ({ type: "apps", id: appId })) }
        }
      } : {}
    }
  };
  await client.patch(`/v1/users/${encodeURIComponent(id)}`, body, FORBIDDEN);
}
async function removeUser(client, id) {
  await client.delete(`/v1/users/${encodeURIComponent(id)}`, void 0, FORBIDDEN);
}
async function cancelInvitation(client, id) {
  await client.delete(`/v1/userInvitations/${encodeURIComponent(id)}`, void 0, FORBIDDEN);
}
async function findApps(client, refs) {
  const found = /* @__PURE__ */ new Map();
  const ids = [...new Set(refs.filter((r) => /^\d+$/.test(r)))];
  const bundleRefs = refs.filter((r) => !/^\d+$/.test(r));
  const bundleIds = [...new Set(bundleRefs.flatMap((r) => [r, r.toLowerCase()]))];
  const wanted = new Set(bundleRefs.map((r) => r.toLowerCase()));
  const lookups = [];
  for (const part of chunk(bundleIds, 25)) {
    lookups.push(
      client.getAll("/v1/apps", { "filter[bundleId]": part, "fields[apps]": "bundleId,name" }).then((all) => {
        for (const r of all.data) {
          const label = toApp(r);
          const key = label.bundleId?.toLowerCase();
          if (key && wanted.has(key)) found.set(key, label);
        }
      })
    );
  }
  for (const part of chunk(ids, 25)) {
    lookups.push(
      client.getAll("/v1/apps", { "filter[id]": part, "fields[apps]": "bundleId,name" }).then((all) => {
        for (const r of all.data) if (part.includes(r.id)) found.set(r.id, toApp(r));
      })
    );
  }
  await Promise.all(lookups);
  return found;
}
function sameEmail(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
async function getAll(client, path, query) {
  try {
    return await client.getAll(path, query);
  } catch (error) {
    throw withUsersHint(error);
  }
}
function withUsersHint(error) {
  return error instanceof ApiError && error.status === 403 ? error.withHint(USERS_FORBIDDEN_HINT) : error;
}
async function completeVisibleApps(client, resources, people, type, apps) {
  const cut = resources.map((r, i) => ({ r, person: people[i] })).filter(({ r }) => (r.relationships?.visibleApps?.meta?.paging?.total ?? 0) > VISIBLE_APPS_INLINE);
  for (const { r, person } of cut) {
    const all = await getAll(client, `/v1/${type}/${encodeURIComponent(r.id)}/visibleApps`, {
      "fields[apps]": "bundleId,name"
    });
    learnApps(apps, all.data);
    person.visibleAppIds = all.data.map((a) => a.id);
  }
}
function learnApps(apps, resources) {
  for (const r of resources) if (r.type === "apps") apps.set(r.id, toApp(r));
}
function toApp(r) {
  return {
    id: r.id,
    ...r.attributes?.bundleId ? { bundleId: r.attributes.bundleId } : {},
    ...r.attributes?.name ? { name: r.attributes.name } : {}
  };
}
function toUser(r) {
  const a = r.attributes ?? {};
  const user = {
    id: r.id,
    username: a.username ?? "",
    roles: a.roles ?? [],
    allAppsVisible: a.allAppsVisible === true,
    provisioningAllowed: a.provisioningAllowed === true,
    visibleAppIds: relatedIds(r, "visibleApps")
  };
  if (a.firstName) user.firstName = a.firstName;
  if (a.lastName) user.lastName = a.lastName;
  return user;
}
function toInvitation(r) {
  const a = r.attributes ?? {};
  const invitation = {
    id: r.id,
    email: a.email ?? "",
    roles: a.roles ?? [],
    allAppsVisible: a.allAppsVisible === true,
    provisioningAllowed: a.provisioningAllowed === true,
    visibleAppIds: relatedIds(r, "visibleApps")
  };
  if (a.firstName) invitation.firstName = a.firstName;
  if (a.lastName) invitation.lastName = a.lastName;
  if (a.expirationDate) invitation.expirationDate = a.expirationDate;
  return invitation;
}

// src/users/users-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var BUNDLE_OR_ID = /^(\d+|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;
var ASSIGNABLE = USER_ROLES.filter((r) => r !== "ACCOUNT_HOLDER");
function specError(spec, input, message) {
  return spec.where ? new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${spec.where}: ${message}`) : new InputError(input, `Input '${input}' ${message}`);
}
function parseRoles(values, fail, allowAccountHolder = false) {
  const out = /* @__PURE__ */ new Set();
  for (const raw of values) {
    const role = matchChoice(raw.replace(/\s+/g, "_"), USER_ROLES);
    if (role === void 0) {
      throw fail(
        `has an unknown role ${quote(raw)}: expected roles from Apple's list: ${ASSIGNABLE.join(", ")}.`
      );
    }
    if (role === "ACCOUNT_HOLDER" && !allowAccountHolder) {
      throw fail(
        `has the role ACCOUNT_HOLDER, which cannot be given: a team has one Account Holder, changed only in App Store Connect.`
      );
    }
    out.add(role);
  }
  return sortRoles([...out]);
}
function sortRoles(roles) {
  const order = (r) => {
    const i = USER_ROLES.indexOf(r);
    return i < 0 ? USER_ROLES.length : i;
  };
  return [...new Set(roles)].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}
function checkEmail(spec, email) {
  if (!isEmail(email)) {
    throw specError(
      spec,
      Input.Email,
      `has an invalid value ${quote(email)}: expected an email address (the person's Apple ID).`
    );
  }
}
function checkAppRefs(spec, refs) {
  for (const ref of refs) {
    if (!BUNDLE_OR_ID.test(ref)) {
      throw specError(
        spec,
        Input.VisibleApps,
        `has an invalid app ${quote(ref)}: expected bundle ids (com.example.app) or Apple ids (digits).`
      );
    }
  }
}
function checkAppsVisibility(spec) {
  if (spec.visibleApps?.length && spec.allAppsVisible === true) {
    throw specError(
      spec,
      Input.VisibleApps,
      `lists apps (${spec.visibleApps.join(", ")}) while all-apps-visible is true: give visible-apps only when the person should not see all apps (all-apps-visible: false or unset).`
    );
  }
}
function readPersonEmail(inputs, operation) {
  const email = inputs.required(Input.Email, `for ${operation}: the person's Apple ID email`);
  checkEmail({}, email);
  return email;
}
function readPersonInputs(inputs, operation, options = {}) {
  const spec = { email: readPersonEmail(inputs, operation) };
  if (options.names) {
    const firstName = inputs.string(Input.FirstName);
    const lastName = inputs.string(Input.LastName);
    if (firstName !== void 0) spec.firstName = firstName;
    if (lastName !== void 0) spec.lastName = lastName;
  }
  const roles = inputs.list(Input.Roles);
  if (roles.length)
    spec.roles = parseRoles(roles, (m) => new InputError(Input.Roles, `Input '${Input.Roles}' ${m}`));
  const all = inputs.bool(Input.AllAppsVisible);
  if (all !== void 0) spec.allAppsVisible = all;
  const apps = inputs.list(Input.VisibleApps);
  if (apps.length) {
    checkAppRefs(spec, apps);
    spec.visibleApps = apps;
  }
  const provisioning = inputs.bool(Input.ProvisioningAllowed);
  if (provisioning !== void 0) spec.provisioningAllowed = provisioning;
  checkAppsVisibility(spec);
  return spec;
}
function checkInvitationFields(spec) {
  const missing = [
    spec.firstName ? "" : Input.FirstName,
    spec.lastName ? "" : Input.LastName,
    spec.roles?.length ? "" : Input.Roles
  ].filter(Boolean);
  if (missing.length === 0) return;
  const what = `${spec.email} is not on the team, so an invitation is needed, and an invitation needs ${missing.join(", ")}`;
  if (spec.where)
    throw new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${spec.where}: ${what}.`);
  const input = missing[0];
  throw new InputError(input, `Input '${input}' is required for an invitation: ${what}.`);
}
var FILE_FIELDS = {
  email: "email",
  username: "email",
  firstname: "firstName",
  lastname: "lastName",
  roles: "roles",
  allappsvisible: "allAppsVisible",
  visibleapps: "visibleApps",
  provisioningallowed: "provisioningAllowed",
  // Columns list-users writes that describe, not ask for, anything.
  status: "ignored",
  id: "ignored",
  expirationdate: "ignored"
};
var TRUE = /* @__PURE__ */ new Set(["true", "yes", "on", "1"]);
var FALSE = /* @__PURE__ */ new Set(["false", "no", "off", "0"]);
function parseUsersFile(text, file) {
  const fail = (message) => new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${file} ${message}`);
  let doc;
  try {
    doc = (0, import_yaml.parse)(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw fail(`is not valid YAML or JSON: ${error.message.split("\n")[0]}`);
  }
  if (doc && typeof doc === "object" && !Array.isArray(doc) && "users" in doc)
    doc = doc.users;
  if (doc === null || doc === void 0)
    throw fail("lists nobody: expected a list of people, each with an email.");
  if (!Array.isArray(doc))
    throw fail(
      "is not a list of people: expected a list (or users: followed by a list), each with an email."
    );
  const specs = [];
  const seen = /* @__PURE__ */ new Map();
  doc.forEach((item2, index) => {
    const label = `entry ${index + 1}`;
    if (!item2 || typeof item2 !== "object" || Array.isArray(item2)) {
      throw fail(
        `${label} is not a person: expected fields such as email, roles (got ${quote(JSON.stringify(item2) ?? String(item2))}).`
      );
    }
    const record = item2;
    const emailKey = Object.keys(record).find((k) => FILE_FIELDS[normKey(k)] === "email");
    const email = typeof record[emailKey ?? ""] === "string" ? record[emailKey ?? ""].trim() : "";
    const where = `${file} ${label}${email ? ` (${email})` : ""}`;
    const spec = { email, where };
    const bad = (message) => new InputError(Input.UsersFile, `Input '${Input.UsersFile}': ${where}: ${message}`);
    if (!email) throw bad("has no email (the person's Apple ID email).");
    checkEmail(spec, email);
    for (const [key, value] of Object.entries(record)) {
      const field = FILE_FIELDS[normKey(key)];
      if (field === void 0) {
        throw bad(
          `has an unknown field ${quote(key)}: expected email, first-name, last-name, roles, all-apps-visible, visible-apps, provisioning-allowed.`
        );
      }
      if (field === "ignored" || field === "email" || value === null || value === void 0) continue;
      switch (field) {
        case "firstName":
        case "lastName": {
          if (typeof value !== "string" && typeof value !== "number") throw bad(`${key} is not text.`);
          const text2 = String(value).trim();
          if (text2) spec[field] = text2;
          break;
        }
        case "roles": {
          const roles = listOf(value, () => bad(`${key} is not a list of roles.`));
          if (roles.length) spec.roles = parseRoles(roles, (m) => bad(`${key} ${m}`), true);
          break;
        }
        case "visibleApps": {
          const apps = listOf(value, () => bad(`${key} is not a list of apps.`));
          checkAppRefs(spec, apps);
          if (apps.length) spec.visibleApps = apps;
          break;
        }
        case "allAppsVisible":
        case "provisioningAllowed":
          spec[field] = boolOf(
            value,
            () => bad(`${key} has an invalid value ${quote(String(value))}: expected true or false.`)
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
function readUsersFile(path) {
  let content;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw unreadableFile(Input.UsersFile, path, error);
  }
  return parseUsersFile(content, path);
}
function normKey(key) {
  return key.toLowerCase().replace(/[\s_-]/g, "");
}
function listOf(value, fail) {
  if (typeof value === "string") return splitList(value);
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number"))
    return value.map((v) => String(v).trim()).filter((v) => v !== "");
  throw fail();
}
function boolOf(value, fail) {
  if (typeof value === "boolean") return value;
  const text = String(value).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw fail();
}

// src/users/users-plan.ts
async function readState(ctx, specs) {
  const wanted = specs.flatMap((s) => s.visibleApps ?? []);
  const [team, refs] = await Promise.all([
    readTeam(ctx.client),
    wanted.length ? findApps(ctx.client, wanted).catch((e) => Promise.reject(withUsersHint(e))) : /* @__PURE__ */ new Map()
  ]);
  for (const spec of specs) {
    const unknown = (spec.visibleApps ?? []).filter((r) => !refs.has(r.toLowerCase()));
    if (unknown.length) {
      throw specError(
        spec,
        Input.VisibleApps,
        `names ${unknown.length === 1 ? "an app" : "apps"} this API key cannot see: ${unknown.join(", ")} (check the bundle ids or Apple ids, and that the team owns the apps).`
      );
    }
  }
  for (const app of refs.values()) team.apps.set(app.id, app);
  ctx.log.info(
    `Team: ${team.users.length} member${team.users.length === 1 ? "" : "s"}, ${team.invitations.length} pending invitation${team.invitations.length === 1 ? "" : "s"}.`
  );
  return { ...team, refs };
}
function appIdsOf(spec, state) {
  if (!spec.visibleApps) return void 0;
  return [...new Set(spec.visibleApps.map((r) => state.refs.get(r.toLowerCase())?.id ?? r))];
}
function accessOf(a) {
  return {
    roles: sortRoles(a.roles),
    allAppsVisible: a.allAppsVisible,
    provisioningAllowed: a.provisioningAllowed,
    visibleAppIds: [...a.visibleAppIds]
  };
}
function desired(spec, current, appIds) {
  const allAppsVisible = spec.allAppsVisible ?? (appIds ? false : current?.allAppsVisible ?? true);
  return {
    roles: spec.roles ? sortRoles(spec.roles) : sortRoles(current?.roles ?? []),
    allAppsVisible,
    provisioningAllowed: spec.provisioningAllowed ?? current?.provisioningAllowed ?? false,
    visibleAppIds: allAppsVisible ? [] : appIds ?? current?.visibleAppIds ?? []
  };
}
var seesNoApps = (a) => !a.allAppsVisible && a.visibleAppIds.length === 0 ? ["sees no apps: all-apps-visible is false and no visible apps are given"] : [];
function sameSet(a, b) {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
function differences(current, after) {
  const out = [];
  if (!sameSet(current.roles, after.roles)) out.push("roles");
  if (current.allAppsVisible !== after.allAppsVisible) out.push("all-apps-visible");
  if (!after.allAppsVisible && !sameSet(current.visibleAppIds, after.visibleAppIds)) out.push("visible-apps");
  if (current.provisioningAllowed !== after.provisioningAllowed) out.push("provisioning-allowed");
  return out;
}
function item(base) {
  return { changed: [], action: { kind: "none" }, outcome: "unchanged", notes: [], writes: 0, ...base };
}
function personBase(who, email, status) {
  return {
    email,
    ...who.firstName ? { firstName: who.firstName } : {},
    ...who.lastName ? { lastName: who.lastName } : {},
    status,
    id: who.id,
    before: accessOf(who)
  };
}
var memberBase = (user) => personBase(user, user.username, "member");
var invitationBase = (invitation) => personBase(invitation, invitation.email, "invited");
function planPerson(spec, state, mode, now) {
  const user = state.users.find((u) => sameEmail(u.username, spec.email));
  const invitation = state.invitations.find((i) => sameEmail(i.email, spec.email));
  const appIds = appIdsOf(spec, state);
  if (spec.roles?.includes("ACCOUNT_HOLDER") && !(user && isAccountHolder(user))) {
    throw specError(
      spec,
      Input.Roles,
      `gives ${spec.email} the role ACCOUNT_HOLDER, but ${spec.email} is not the team's Account Holder: a team has one, changed only in App Store Connect.`
    );
  }
  if (user) {
    const base2 = memberBase(user);
    if (isAccountHolder(user)) {
      if (mode === "invite")
        return item({ ...base2, outcome: "already a member", notes: ["the Account Holder; not changed"] });
      if (mode === "update")
        return item({
          ...base2,
          outcome: "failed",
          notes: [
            `refused: ${user.username} is the Account Holder, whose access is never changed by this action`
          ]
        });
      return item({
        ...base2,
        outcome: "account holder (not changed)",
        notes: ["the Account Holder is never changed"]
      });
    }
    if (mode === "invite") {
      return item({
        ...base2,
        outcome: "already a member",
        notes: [
          `a member with roles ${base2.before.roles.join(", ") || "none"}; not changed (update-user changes access)`
        ]
      });
    }
    const after2 = desired(spec, user, appIds);
    const changed = differences(base2.before, after2);
    const notes = seesNoApps(after2);
    if (changed.length === 0)
      return item({ ...base2, after: after2, outcome: mode === "sync" ? "already a member" : "unchanged", notes });
    const change = {};
    if (changed.includes("roles")) change.roles = after2.roles;
    if (changed.includes("all-apps-visible")) change.allAppsVisible = after2.allAppsVisible;
    if (changed.includes("provisioning-allowed")) change.provisioningAllowed = after2.provisioningAllowed;
    if (changed.includes("visible-apps")) change.visibleAppIds = after2.visibleAppIds;
    return item({
      ...base2,
      after: after2,
      changed,
      action: { kind: "update", user, change },
      outcome: "would update",
      notes,
      writes: 1
    });
  }
  if (invitation) {
    const base2 = invitationBase(invitation);
    const after2 = desired(spec, invitation, appIds);
    const changed = differences(base2.before, after2);
    const expiry = invitation.expirationDate ? Date.parse(invitation.expirationDate) : NaN;
    const expired = Number.isFinite(expiry) && expiry <= now;
    if (changed.length === 0 && !expired) return item({ ...base2, after: after2, outcome: "already invited" });
    const names = {
      firstName: spec.firstName ?? invitation.firstName,
      lastName: spec.lastName ?? invitation.lastName
    };
    checkInvitationFields({ ...spec, ...names, roles: after2.roles });
    const notes = expired ? [`the invitation expired on ${invitation.expirationDate}; sent again`] : ["invitations cannot be edited: cancelled and sent again"];
    return item({
      ...base2,
      after: after2,
      changed,
      action: {
        kind: "replace",
        old: invitation,
        spec: {
          email: invitation.email,
          firstName: names.firstName ?? "",
          lastName: names.lastName ?? "",
          ...after2
        }
      },
      outcome: "would replace invitation",
      notes,
      writes: 2
    });
  }
  const base = {
    email: spec.email,
    ...spec.firstName ? { firstName: spec.firstName } : {},
    ...spec.lastName ? { lastName: spec.lastName } : {},
    status: "not on the team"
  };
  if (mode === "update") {
    return item({
      ...base,
      outcome: "failed",
      notes: [`${spec.email} is neither a member nor invited: use invite-user`]
    });
  }
  checkInvitationFields(spec);
  const after = desired(spec, void 0, appIds);
  return item({
    notes: seesNoApps(after),
    ...base,
    after,
    action: {
      kind: "invite",
      spec: { email: spec.email, firstName: spec.firstName ?? "", lastName: spec.lastName ?? "", ...after }
    },
    outcome: "would invite",
    writes: 1
  });
}
function planRemoval(email, state, reason) {
  const out = [];
  for (const user of state.users.filter((u) => sameEmail(u.username, email))) {
    const base = memberBase(user);
    if (isAccountHolder(user)) {
      out.push(
        reason ? item({
          ...base,
          outcome: "account holder (not changed)",
          notes: [`${reason}; the Account Holder is never removed`]
        }) : item({
          ...base,
          outcome: "failed",
          notes: [
            `refused: ${user.username} is the Account Holder, who is never removed (the role moves to someone else only in App Store Connect)`
          ]
        })
      );
    } else {
      out.push(
        item({
          ...base,
          action: { kind: "remove", user },
          outcome: "would remove",
          notes: reason ? [reason] : [],
          writes: 1
        })
      );
    }
  }
  for (const invitation of state.invitations.filter((i) => sameEmail(i.email, email))) {
    out.push(
      item({
        ...invitationBase(invitation),
        action: { kind: "cancel", invitation },
        outcome: "would cancel invitation",
        notes: reason ? [reason] : [],
        writes: 1
      })
    );
  }
  if (out.length === 0) out.push(item({ email, status: "not on the team", outcome: "not on the team" }));
  return out;
}

// src/users/users-summary.ts
function appLabel(id, apps) {
  return apps.get(id)?.bundleId ?? id;
}
function accessReport(a, apps) {
  return {
    roles: sortRoles(a.roles),
    allAppsVisible: a.allAppsVisible,
    visibleApps: a.allAppsVisible ? [] : a.visibleAppIds.map((id) => appLabel(id, apps)),
    provisioningAllowed: a.provisioningAllowed
  };
}
function appsText(a) {
  return a.allAppsVisible ? "all apps" : a.visibleApps.length ? a.visibleApps.join(", ") : "none";
}
function personReport(it, apps) {
  const detail = it.notes.filter(Boolean).join("; ");
  return {
    email: it.email,
    ...it.firstName ? { firstName: it.firstName } : {},
    ...it.lastName ? { lastName: it.lastName } : {},
    status: it.status,
    ...it.id ? { id: it.id } : {},
    outcome: it.outcome,
    ...it.changed.length ? { changed: it.changed } : {},
    ...it.before ? { before: accessReport(it.before, apps) } : {},
    ...it.after ? { after: accessReport(it.after, apps) } : {},
    ...detail ? { detail } : {}
  };
}
function arrow(before, after) {
  if (before === void 0) return after ?? "";
  if (after === void 0 || after === before) return before;
  return `${before} \u2192 ${after}`;
}
function peopleTable(reports) {
  const rows = reports.map((r) => [
    r.email,
    [r.firstName, r.lastName].filter(Boolean).join(" "),
    r.status,
    r.outcome,
    arrow(r.before?.roles.join(", ") || (r.before ? "none" : void 0), r.after?.roles.join(", ")),
    arrow(r.before ? appsText(r.before) : void 0, r.after ? appsText(r.after) : void 0),
    arrow(
      r.before ? r.before.provisioningAllowed ? "yes" : "no" : void 0,
      r.after ? r.after.provisioningAllowed ? "yes" : "no" : void 0
    ),
    r.detail
  ]);
  const { rows: shown, note } = capped(rows);
  return table(["Email", "Name", "Was", "Outcome", "Roles", "Apps", "Provisioning", "Detail"], shown, note);
}
async function logPlan(ctx, title, reports) {
  const lines = reports.map((r) => {
    const roles = arrow(r.before?.roles.join(", "), r.after?.roles.join(", "));
    const apps = arrow(r.before ? appsText(r.before) : void 0, r.after ? appsText(r.after) : void 0);
    return `${r.outcome.padEnd(26)} ${r.email}${roles ? `  roles: ${roles}` : ""}${apps ? `  apps: ${apps}` : ""}${r.detail ? `  (${r.detail})` : ""}`;
  });
  if (lines.length === 0) {
    ctx.log.info(`${title}: nobody.`);
    return;
  }
  await ctx.log.group(title, async () => {
    for (const line of lines) ctx.log.info(line);
  });
}
function countOutcomes(reports) {
  const counts = {};
  for (const r of reports) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  return counts;
}
function usersResult(dryRun, items, state, parts, run) {
  const reports = items.map((i) => personReport(i, state.apps));
  const changes = dryRun ? run.planned : items.reduce((n, i) => n + i.writes, 0);
  const counts = countOutcomes(reports);
  const failed = reports.filter((r) => r.outcome === "failed");
  let failure;
  if (failed.length) {
    const first = failed.slice(0, 5).map((r) => `${r.email} (${r.detail ?? "failed"})`).join("; ");
    failure = reports.length === 1 ? `${first}.` : `${failed.length} of ${reports.length} people failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ""}.`;
    if (run.fatal instanceof Error) failure += ` Stopped: ${run.fatal.message}`;
    if (reports.length > 1) failure += " Every person's outcome is in the result output and the job summary.";
  }
  const result = parts.single && reports.length === 1 ? { dryRun, changes, ...parts.result, ...reports[0] } : { dryRun, changes, ...parts.result, counts, people: reports };
  return {
    outputs: { [Output.Changes]: changes },
    result,
    summary: [
      facts([
        ...parts.facts ?? [],
        ...Object.entries(counts).map(([o, n]) => [
          o.charAt(0).toUpperCase() + o.slice(1),
          n
        ]),
        [dryRun ? "Writes planned (dry run, none sent)" : "Writes", changes]
      ]),
      ...reports.length ? [heading(parts.single ? "Person" : "People"), peopleTable(reports)] : []
    ],
    ...failure ? { failure } : {}
  };
}

export {
  readTeam,
  inviteUser,
  updateUser,
  removeUser,
  cancelInvitation,
  sameEmail,
  readPersonEmail,
  readPersonInputs,
  checkInvitationFields,
  readUsersFile,
  readState,
  accessOf,
  differences,
  planPerson,
  planRemoval,
  accessReport,
  appsText,
  personReport,
  logPlan,
  usersResult
};
