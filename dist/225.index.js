export const id = 225;
export const ids = [225];
export const modules = {

/***/ 531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ chunk),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Runs `fn` over `items` with at most `limit` calls in flight; results keep the items' order.
 * Every item runs even when some fail; failures come back as `{ error }`.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { value: await fn(items[index], index) };
            }
            catch (error) {
                results[index] = { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** Splits `items` into chunks of at most `size`. */
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ findIncluded),
/* harmony export */   q: () => (/* binding */ relatedIds)
/* harmony export */ });
/** The ids a relationship of `resource` points at. */
function relatedIds(resource, name) {
    const data = resource?.relationships?.[name]?.data;
    if (!data)
        return [];
    return Array.isArray(data) ? data.map((d) => d.id) : [data.id];
}
/** Finds an included resource by type and id. */
function findIncluded(included, type, id) {
    if (!id)
        return undefined;
    return included?.find((r) => r.type === type && r.id === id);
}


/***/ }),

/***/ 6184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ readTeam),
/* harmony export */   Il: () => (/* binding */ cancelInvitation),
/* harmony export */   Jb: () => (/* binding */ inviteUser),
/* harmony export */   PZ: () => (/* binding */ sameEmail),
/* harmony export */   SL: () => (/* binding */ findApps),
/* harmony export */   Sf: () => (/* binding */ withUsersHint),
/* harmony export */   TK: () => (/* binding */ updateUser),
/* harmony export */   a1: () => (/* binding */ removeUser),
/* harmony export */   iK: () => (/* binding */ USER_ROLES),
/* harmony export */   s6: () => (/* binding */ isAccountHolder)
/* harmony export */ });
/* unused harmony exports USERS_FORBIDDEN_HINT, listUsers, listInvitations */
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(705);



/** Apple's roles (UserRole in the OpenAPI description), in Apple's order. */
const USER_ROLES = [
    'ADMIN',
    'FINANCE',
    'ACCOUNT_HOLDER',
    'SALES',
    'MARKETING',
    'APP_MANAGER',
    'DEVELOPER',
    'ACCESS_TO_REPORTS',
    'CUSTOMER_SUPPORT',
    'CREATE_APPS',
    'CLOUD_MANAGED_DEVELOPER_ID',
    'CLOUD_MANAGED_APP_DISTRIBUTION',
    'GENERATE_INDIVIDUAL_KEYS',
];
/** What a 403 means for every Users and Access call. */
const USERS_FORBIDDEN_HINT = 'Users and Access needs an API key with the Admin role: generate a team key with the Admin role (Users and Access → Integrations) and use it for this step.';
const FORBIDDEN = { forbiddenHint: USERS_FORBIDDEN_HINT };
/** Visible apps carried inline per person; a person with more is read in full from the relationship. */
const VISIBLE_APPS_INLINE = 50;
const USER_FIELDS = 'username,firstName,lastName,roles,allAppsVisible,provisioningAllowed,visibleApps';
const INVITATION_FIELDS = 'email,firstName,lastName,expirationDate,roles,allAppsVisible,provisioningAllowed,visibleApps';
const WITH_APPS = {
    include: 'visibleApps',
    'limit[visibleApps]': VISIBLE_APPS_INLINE,
    'fields[apps]': 'bundleId,name',
};
/** True when the person is the team's Account Holder (who cannot be changed or removed). */
function isAccountHolder(user) {
    return user.roles.includes('ACCOUNT_HOLDER');
}
/** Every member of the team (all pages), or those with the given email. */
async function listUsers(client, options = {}) {
    const apps = options.apps ?? new Map();
    const all = await getAll(client, '/v1/users', {
        'fields[users]': USER_FIELDS,
        ...WITH_APPS,
        ...(options.email ? { 'filter[username]': options.email } : {}),
    });
    learnApps(apps, all.included);
    const users = all.data.map((r) => toUser(r));
    await completeVisibleApps(client, all.data, users, 'users', apps);
    return options.email ? users.filter((u) => sameEmail(u.username, options.email ?? '')) : users;
}
/** Every pending invitation (all pages), or those for the given email. */
async function listInvitations(client, options = {}) {
    const apps = options.apps ?? new Map();
    const all = await getAll(client, '/v1/userInvitations', {
        'fields[userInvitations]': INVITATION_FIELDS,
        ...WITH_APPS,
        ...(options.email ? { 'filter[email]': options.email } : {}),
    });
    learnApps(apps, all.included);
    const invitations = all.data.map((r) => toInvitation(r));
    await completeVisibleApps(client, all.data, invitations, 'userInvitations', apps);
    return options.email ? invitations.filter((i) => sameEmail(i.email, options.email ?? '')) : invitations;
}
/** Members and invitations, read at the same time. With `email`, only that person's. */
async function readTeam(client, email) {
    const apps = new Map();
    const [users, invitations] = await Promise.all([
        listUsers(client, { email, apps }),
        listInvitations(client, { email, apps }),
    ]);
    return { users, invitations, apps };
}
/** Sends an invitation (POST /v1/userInvitations). Visible apps go along only when not all apps. */
async function inviteUser(client, spec) {
    const body = {
        data: {
            type: 'userInvitations',
            attributes: {
                email: spec.email,
                firstName: spec.firstName,
                lastName: spec.lastName,
                roles: spec.roles,
                allAppsVisible: spec.allAppsVisible,
                provisioningAllowed: spec.provisioningAllowed,
            },
            ...(!spec.allAppsVisible && spec.visibleAppIds.length
                ? { relationships: { visibleApps: { data: spec.visibleAppIds.map((id) => ({ type: 'apps', id })) } } }
                : {}),
        },
    };
    const doc = await client.post('/v1/userInvitations', body, FORBIDDEN);
    const invitation = toInvitation(doc.data);
    // The answer may not carry the linkage; the request is what was asked for.
    if (invitation.visibleAppIds.length === 0 && !spec.allAppsVisible)
        invitation.visibleAppIds = [...spec.visibleAppIds];
    return invitation;
}
/** Changes a member's roles, settings and visible apps in one PATCH /v1/users/{id}. */
async function updateUser(client, id, change) {
    const attributes = {};
    if (change.roles)
        attributes.roles = change.roles;
    if (change.allAppsVisible !== undefined)
        attributes.allAppsVisible = change.allAppsVisible;
    if (change.provisioningAllowed !== undefined)
        attributes.provisioningAllowed = change.provisioningAllowed;
    const body = {
        data: {
            type: 'users',
            id,
            ...(Object.keys(attributes).length ? { attributes } : {}),
            ...(change.visibleAppIds
                ? {
                    relationships: {
                        visibleApps: { data: change.visibleAppIds.map((appId) => ({ type: 'apps', id: appId })) },
                    },
                }
                : {}),
        },
    };
    await client.patch(`/v1/users/${encodeURIComponent(id)}`, body, FORBIDDEN);
}
/** Removes a member from the team. */
async function removeUser(client, id) {
    await client.delete(`/v1/users/${encodeURIComponent(id)}`, undefined, FORBIDDEN);
}
/** Cancels a pending invitation. */
async function cancelInvitation(client, id) {
    await client.delete(`/v1/userInvitations/${encodeURIComponent(id)}`, undefined, FORBIDDEN);
}
/**
 * Looks apps up by bundle id and by Apple id (a few requests for any number), for visible apps.
 * Bundle ids match exactly but case-insensitively (Apple's filter also matches longer ids).
 * Returns the apps found, keyed by the reference as given (lower-cased).
 */
async function findApps(client, refs) {
    const found = new Map();
    const ids = [...new Set(refs.filter((r) => /^\d+$/.test(r)))];
    // Apple's filter compares bundle ids as written (so does the fake): ask for each one as given
    // and in lower case, and match the answers without regard to case.
    const bundleRefs = refs.filter((r) => !/^\d+$/.test(r));
    const bundleIds = [...new Set(bundleRefs.flatMap((r) => [r, r.toLowerCase()]))];
    const wanted = new Set(bundleRefs.map((r) => r.toLowerCase()));
    const lookups = [];
    for (const part of (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .chunk */ .i)(bundleIds, 25)) {
        lookups.push(client
            .getAll('/v1/apps', { 'filter[bundleId]': part, 'fields[apps]': 'bundleId,name' })
            .then((all) => {
            for (const r of all.data) {
                const label = toApp(r);
                const key = label.bundleId?.toLowerCase();
                if (key && wanted.has(key))
                    found.set(key, label);
            }
        }));
    }
    for (const part of (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .chunk */ .i)(ids, 25)) {
        lookups.push(client
            .getAll('/v1/apps', { 'filter[id]': part, 'fields[apps]': 'bundleId,name' })
            .then((all) => {
            for (const r of all.data)
                if (part.includes(r.id))
                    found.set(r.id, toApp(r));
        }));
    }
    await Promise.all(lookups);
    return found;
}
/** Emails compare without regard to case or surrounding spaces. */
function sameEmail(a, b) {
    return a.trim().toLowerCase() === b.trim().toLowerCase();
}
async function getAll(client, path, query) {
    // client.getAll has no per-call options; a 403 is re-worded here.
    try {
        return await client.getAll(path, query);
    }
    catch (error) {
        throw withUsersHint(error);
    }
}
/** A 403 from a Users and Access call, re-worded to say the key needs the Admin role. */
function withUsersHint(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 403 ? error.withHint(USERS_FORBIDDEN_HINT) : error;
}
/**
 * Reads the full visible-apps list of anyone whose inline linkage was cut at
 * VISIBLE_APPS_INLINE (the relationship's `meta.paging.total` says how many there are).
 */
async function completeVisibleApps(client, resources, people, type, apps) {
    const cut = resources
        .map((r, i) => ({ r, person: people[i] }))
        .filter(({ r }) => (r.relationships?.visibleApps?.meta?.paging?.total ?? 0) > VISIBLE_APPS_INLINE);
    for (const { r, person } of cut) {
        const all = await getAll(client, `/v1/${type}/${encodeURIComponent(r.id)}/visibleApps`, {
            'fields[apps]': 'bundleId,name',
        });
        learnApps(apps, all.data);
        person.visibleAppIds = all.data.map((a) => a.id);
    }
}
function learnApps(apps, resources) {
    for (const r of resources)
        if (r.type === 'apps')
            apps.set(r.id, toApp(r));
}
function toApp(r) {
    return {
        id: r.id,
        ...(r.attributes?.bundleId ? { bundleId: r.attributes.bundleId } : {}),
        ...(r.attributes?.name ? { name: r.attributes.name } : {}),
    };
}
function toUser(r) {
    const a = r.attributes ?? {};
    const user = {
        id: r.id,
        username: a.username ?? '',
        roles: a.roles ?? [],
        allAppsVisible: a.allAppsVisible === true,
        provisioningAllowed: a.provisioningAllowed === true,
        visibleAppIds: (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .relatedIds */ .q)(r, 'visibleApps'),
    };
    if (a.firstName)
        user.firstName = a.firstName;
    if (a.lastName)
        user.lastName = a.lastName;
    return user;
}
function toInvitation(r) {
    const a = r.attributes ?? {};
    const invitation = {
        id: r.id,
        email: a.email ?? '',
        roles: a.roles ?? [],
        allAppsVisible: a.allAppsVisible === true,
        provisioningAllowed: a.provisioningAllowed === true,
        visibleAppIds: (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .relatedIds */ .q)(r, 'visibleApps'),
    };
    if (a.firstName)
        invitation.firstName = a.firstName;
    if (a.lastName)
        invitation.lastName = a.lastName;
    if (a.expirationDate)
        invitation.expirationDate = a.expirationDate;
    return invitation;
}


/***/ }),

/***/ 8935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ isEmail)
/* harmony export */ });
/**
 * Email addresses as the action accepts them, for testers (testflight/) and users (users/) alike:
 * one local part without spaces or brackets, an `@`, and a domain of dotted labels.
 */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** True when `value` is an address App Store Connect would take. */
function isEmail(value) {
    return EMAIL.test(value) && !value.startsWith('.') && !value.includes('..');
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation),
/* harmony export */   n: () => (/* binding */ namingInput)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);


/** Ties an operation's settings parser to its executor with one settings type. */
function defineOperation(definition) {
    return {
        prepare(inputs, common) {
            const settings = definition.parse(inputs, common);
            return (ctx) => definition.execute(ctx, settings);
        },
    };
}
/**
 * Runs a look-up of a value the operation took from `input`; when the API layer finds nothing
 * (NotFoundError), the error names the input, as every bad-input error does.
 */
async function namingInput(input, lookUp) {
    try {
        return await lookUp;
    }
    catch (error) {
        if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_)
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input '${input}': ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 8544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ planRemoval),
/* harmony export */   DZ: () => (/* binding */ readPersonInputs),
/* harmony export */   O9: () => (/* binding */ finish),
/* harmony export */   Qm: () => (/* binding */ appsText),
/* harmony export */   hC: () => (/* binding */ checkInvitationFields),
/* harmony export */   hX: () => (/* binding */ planPerson),
/* harmony export */   tU: () => (/* binding */ readUsersFile),
/* harmony export */   ts: () => (/* binding */ accessReport),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   wR: () => (/* binding */ readPersonEmail)
/* harmony export */ });
/* unused harmony exports CONCURRENCY, parseRoles, sortRoles, parseUsersFile, applyPlan, appLabel, personReport, peopleTable, logPlan, countOutcomes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(531);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3249);
/* harmony import */ var _api_users_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6184);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8915);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1213);
/* harmony import */ var _email_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8935);
/**
 * The engine behind invite-user, update-user, remove-user and sync-users: the people as the
 * user described them (inputs or a users file), checked before any request; a plan per person
 * against the team as App Store Connect has it (members, invitations, visible apps), checked
 * before any write; then the writes, each person ending with one outcome.
 */









/** Writes in flight at once (teams are small; Apple's Users and Access is not a bulk API). */
const CONCURRENCY = 4;
// ---------------------------------------------------------------------------------------------
// Reading what the user asked for
const BUNDLE_OR_ID = /^(\d+|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;
const ASSIGNABLE = _api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_ROLES */ .iK.filter((r) => r !== 'ACCOUNT_HOLDER');
/** An error about one person: names the input, or the users-file entry. */
function specError(spec, input, message) {
    return spec.where
        ? new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile}': ${spec.where}: ${message}`)
        : new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `Input '${input}' ${message}`);
}
/**
 * Roles from a comma-separated string or a list: case-insensitive, '-' or ' ' for '_', in
 * Apple's order without duplicates. ACCOUNT_HOLDER only where `allowAccountHolder` (a users file
 * may describe the Account Holder; nobody can be given the role).
 */
function parseRoles(values, fail, allowAccountHolder = false) {
    const out = new Set();
    for (const raw of values) {
        const role = (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .matchChoice */ .$h)(raw.replace(/\s+/g, '_'), _api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_ROLES */ .iK);
        if (role === undefined) {
            throw fail(`has an unknown role ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(raw)}: expected roles from Apple's list: ${ASSIGNABLE.join(', ')}.`);
        }
        if (role === 'ACCOUNT_HOLDER' && !allowAccountHolder) {
            throw fail(`has the role ACCOUNT_HOLDER, which cannot be given: a team has one Account Holder, changed only in App Store Connect.`);
        }
        out.add(role);
    }
    return sortRoles([...out]);
}
function sortRoles(roles) {
    const order = (r) => {
        const i = _api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_ROLES */ .iK.indexOf(r);
        return i < 0 ? _api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_ROLES */ .iK.length : i;
    };
    return [...new Set(roles)].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}
function checkEmail(spec, email) {
    if (!(0,_email_js__WEBPACK_IMPORTED_MODULE_6__/* .isEmail */ .x)(email)) {
        throw specError(spec, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Email, `has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(email)}: expected an email address (the person's Apple ID).`);
    }
}
function checkAppRefs(spec, refs) {
    for (const ref of refs) {
        if (!BUNDLE_OR_ID.test(ref)) {
            throw specError(spec, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.VisibleApps, `has an invalid app ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(ref)}: expected bundle ids (com.example.app) or Apple ids (digits).`);
        }
    }
}
function checkAppsVisibility(spec) {
    if (spec.visibleApps?.length && spec.allAppsVisible === true) {
        throw specError(spec, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.VisibleApps, `lists apps (${spec.visibleApps.join(', ')}) while all-apps-visible is true: give visible-apps only when the person should not see all apps (all-apps-visible: false or unset).`);
    }
}
/** The `email` input, required and checked. */
function readPersonEmail(inputs, operation) {
    const email = inputs.required(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Email, `for ${operation}: the person's Apple ID email`);
    checkEmail({}, email);
    return email;
}
/**
 * Reads the person inputs (email, roles, all-apps-visible, visible-apps, provisioning-allowed,
 * and with `names` first-name and last-name). Everything is checked here, before any request.
 */
function readPersonInputs(inputs, operation, options = {}) {
    const spec = { email: readPersonEmail(inputs, operation) };
    if (options.names) {
        const firstName = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.FirstName);
        const lastName = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.LastName);
        if (firstName !== undefined)
            spec.firstName = firstName;
        if (lastName !== undefined)
            spec.lastName = lastName;
    }
    const roles = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Roles);
    if (roles.length)
        spec.roles = parseRoles(roles, (m) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Roles, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Roles}' ${m}`));
    const all = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.AllAppsVisible);
    if (all !== undefined)
        spec.allAppsVisible = all;
    const apps = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.VisibleApps);
    if (apps.length) {
        checkAppRefs(spec, apps);
        spec.visibleApps = apps;
    }
    const provisioning = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.ProvisioningAllowed);
    if (provisioning !== undefined)
        spec.provisioningAllowed = provisioning;
    checkAppsVisibility(spec);
    return spec;
}
/** An invitation needs a name and at least one role: checked for inputs and file entries alike. */
function checkInvitationFields(spec) {
    const missing = [
        spec.firstName ? '' : _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.FirstName,
        spec.lastName ? '' : _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.LastName,
        spec.roles?.length ? '' : _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Roles,
    ].filter(Boolean);
    if (missing.length === 0)
        return;
    const what = `${spec.email} is not on the team, so an invitation is needed, and an invitation needs ${missing.join(', ')}`;
    if (spec.where)
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile}': ${spec.where}: ${what}.`);
    const input = missing[0];
    throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(input, `Input '${input}' is required for an invitation: ${what}.`);
}
/** Field names of a users-file entry, compared without case, '-', '_' or spaces. */
const FILE_FIELDS = {
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
function parseUsersFile(text, file) {
    const fail = (message) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile}': ${file} ${message}`);
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw fail(`is not valid YAML or JSON: ${error.message.split('\n')[0]}`);
    }
    if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'users' in doc)
        doc = doc.users;
    if (doc === null || doc === undefined)
        throw fail('lists nobody: expected a list of people, each with an email.');
    if (!Array.isArray(doc))
        throw fail('is not a list of people: expected a list (or users: followed by a list), each with an email.');
    const specs = [];
    const seen = new Map();
    doc.forEach((item, index) => {
        const label = `entry ${index + 1}`;
        if (!item || typeof item !== 'object' || Array.isArray(item)) {
            throw fail(`${label} is not a person: expected fields such as email, roles (got ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(JSON.stringify(item) ?? String(item))}).`);
        }
        const record = item;
        const emailKey = Object.keys(record).find((k) => FILE_FIELDS[normKey(k)] === 'email');
        const email = typeof record[emailKey ?? ''] === 'string' ? record[emailKey ?? ''].trim() : '';
        const where = `${file} ${label}${email ? ` (${email})` : ''}`;
        const spec = { email, where };
        const bad = (message) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile}': ${where}: ${message}`);
        if (!email)
            throw bad("has no email (the person's Apple ID email).");
        checkEmail(spec, email);
        for (const [key, value] of Object.entries(record)) {
            const field = FILE_FIELDS[normKey(key)];
            if (field === undefined) {
                throw bad(`has an unknown field ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(key)}: expected email, first-name, last-name, roles, all-apps-visible, visible-apps, provisioning-allowed.`);
            }
            if (field === 'ignored' || field === 'email' || value === null || value === undefined)
                continue;
            switch (field) {
                case 'firstName':
                case 'lastName': {
                    if (typeof value !== 'string' && typeof value !== 'number')
                        throw bad(`${key} is not text.`);
                    const text = String(value).trim();
                    if (text)
                        spec[field] = text;
                    break;
                }
                case 'roles': {
                    const roles = listOf(value, () => bad(`${key} is not a list of roles.`));
                    if (roles.length)
                        spec.roles = parseRoles(roles, (m) => bad(`${key} ${m}`), true);
                    break;
                }
                case 'visibleApps': {
                    const apps = listOf(value, () => bad(`${key} is not a list of apps.`));
                    checkAppRefs(spec, apps);
                    if (apps.length)
                        spec.visibleApps = apps;
                    break;
                }
                case 'allAppsVisible':
                case 'provisioningAllowed':
                    spec[field] = boolOf(value, () => bad(`${key} has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(String(value))}: expected true or false.`));
                    break;
            }
        }
        checkAppsVisibility(spec);
        const previous = seen.get(email.toLowerCase());
        if (previous)
            throw bad(`repeats ${email}, already listed as ${previous}: list each person once.`);
        seen.set(email.toLowerCase(), label);
        specs.push(spec);
    });
    return specs;
}
/** Reads and parses the users file named by the input (relative to the working directory). */
function readUsersFile(path) {
    let content;
    try {
        content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.UsersFile}': cannot read ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(path)} (${code === 'ENOENT'
            ? 'no such file; paths are relative to the working directory, usually the repository root'
            : error.message}).`);
    }
    return parseUsersFile(content, path);
}
function normKey(key) {
    return key.toLowerCase().replace(/[\s_-]/g, '');
}
function listOf(value, fail) {
    if (typeof value === 'string')
        return (0,_input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .splitList */ .ry)(value);
    if (typeof value === 'number')
        return [String(value)];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
        return value.map((v) => String(v).trim()).filter((v) => v !== '');
    throw fail();
}
function boolOf(value, fail) {
    if (typeof value === 'boolean')
        return value;
    const text = String(value).trim().toLowerCase();
    if (TRUE.has(text))
        return true;
    if (FALSE.has(text))
        return false;
    throw fail();
}
/**
 * Reads the team and resolves every visible-app reference at the same time. An unknown app
 * fails naming the input (or the entry), before any write. Single-person operations read the
 * whole team too (two requests for up to 200 people): emails are matched here without regard
 * to case, which Apple's `filter[username]` is not documented to do.
 */
async function readState(ctx, specs) {
    const wanted = specs.flatMap((s) => s.visibleApps ?? []);
    const [team, refs] = await Promise.all([
        (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .readTeam */ .EH)(ctx.client),
        wanted.length
            ? (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .findApps */ .SL)(ctx.client, wanted).catch((e) => Promise.reject((0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .withUsersHint */ .Sf)(e)))
            : new Map(),
    ]);
    for (const spec of specs) {
        const unknown = (spec.visibleApps ?? []).filter((r) => !refs.has(r.toLowerCase()));
        if (unknown.length) {
            throw specError(spec, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.VisibleApps, `names ${unknown.length === 1 ? 'an app' : 'apps'} this API key cannot see: ${unknown.join(', ')} (check the bundle ids or Apple ids, and that the team owns the apps).`);
        }
    }
    for (const app of refs.values())
        team.apps.set(app.id, app);
    ctx.log.info(`Team: ${team.users.length} member${team.users.length === 1 ? '' : 's'}, ${team.invitations.length} pending invitation${team.invitations.length === 1 ? '' : 's'}.`);
    return { ...team, refs };
}
function appIdsOf(spec, state) {
    if (!spec.visibleApps)
        return undefined;
    return [...new Set(spec.visibleApps.map((r) => state.refs.get(r.toLowerCase())?.id ?? r))];
}
function accessOf(a) {
    return {
        roles: sortRoles(a.roles),
        allAppsVisible: a.allAppsVisible,
        provisioningAllowed: a.provisioningAllowed,
        visibleAppIds: [...a.visibleAppIds],
    };
}
/** What the person should have: what is given, and for the rest what they have (or the defaults). */
function desired(spec, current, appIds) {
    const allAppsVisible = spec.allAppsVisible ?? (appIds ? false : (current?.allAppsVisible ?? true));
    return {
        roles: spec.roles ? sortRoles(spec.roles) : sortRoles(current?.roles ?? []),
        allAppsVisible,
        provisioningAllowed: spec.provisioningAllowed ?? current?.provisioningAllowed ?? false,
        visibleAppIds: allAppsVisible ? [] : (appIds ?? current?.visibleAppIds ?? []),
    };
}
const seesNoApps = (a) => !a.allAppsVisible && a.visibleAppIds.length === 0
    ? ['sees no apps: all-apps-visible is false and no visible apps are given']
    : [];
function sameSet(a, b) {
    const x = new Set(a);
    const y = new Set(b);
    return x.size === y.size && [...x].every((v) => y.has(v));
}
/** The fields that differ, by their input names. */
function differences(current, after) {
    const out = [];
    if (!sameSet(current.roles, after.roles))
        out.push('roles');
    if (current.allAppsVisible !== after.allAppsVisible)
        out.push('all-apps-visible');
    if (!after.allAppsVisible && !sameSet(current.visibleAppIds, after.visibleAppIds))
        out.push('visible-apps');
    if (current.provisioningAllowed !== after.provisioningAllowed)
        out.push('provisioning-allowed');
    return out;
}
function item(base) {
    return { changed: [], action: { kind: 'none' }, outcome: 'unchanged', notes: [], writes: 0, ...base };
}
function memberBase(user) {
    return {
        email: user.username,
        ...(user.firstName ? { firstName: user.firstName } : {}),
        ...(user.lastName ? { lastName: user.lastName } : {}),
        status: 'member',
        id: user.id,
        before: accessOf(user),
    };
}
function invitationBase(invitation) {
    return {
        email: invitation.email,
        ...(invitation.firstName ? { firstName: invitation.firstName } : {}),
        ...(invitation.lastName ? { lastName: invitation.lastName } : {}),
        status: 'invited',
        id: invitation.id,
        before: accessOf(invitation),
    };
}
/**
 * The plan for one person. `invite`: invite unless a member (reported, unchanged) or invited
 * alike. `update`: change only what is given (an invitation is replaced, since invitations
 * cannot be edited). `sync`: invite or update to match. The Account Holder is never changed.
 * Throws InputError for what the user must fix (a missing name on an invitation).
 */
function planPerson(spec, state, mode, now) {
    const user = state.users.find((u) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEmail */ .PZ)(u.username, spec.email));
    const invitation = state.invitations.find((i) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEmail */ .PZ)(i.email, spec.email));
    const appIds = appIdsOf(spec, state);
    if (spec.roles?.includes('ACCOUNT_HOLDER') && !(user && (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .isAccountHolder */ .s6)(user))) {
        throw specError(spec, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Roles, `gives ${spec.email} the role ACCOUNT_HOLDER, but ${spec.email} is not the team's Account Holder: a team has one, changed only in App Store Connect.`);
    }
    if (user) {
        const base = memberBase(user);
        if ((0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .isAccountHolder */ .s6)(user)) {
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
        const change = {};
        if (changed.includes('roles'))
            change.roles = after.roles;
        if (changed.includes('all-apps-visible'))
            change.allAppsVisible = after.allAppsVisible;
        if (changed.includes('provisioning-allowed'))
            change.provisioningAllowed = after.provisioningAllowed;
        if (changed.includes('visible-apps'))
            change.visibleAppIds = after.visibleAppIds;
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
        if (changed.length === 0 && !expired)
            return item({ ...base, after, outcome: 'already invited' });
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
        status: 'not on the team',
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
function planRemoval(email, state, reason) {
    const out = [];
    for (const user of state.users.filter((u) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEmail */ .PZ)(u.username, email))) {
        const base = memberBase(user);
        if ((0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .isAccountHolder */ .s6)(user)) {
            out.push(reason
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
                }));
        }
        else {
            out.push(item({
                ...base,
                action: { kind: 'remove', user },
                outcome: 'would remove',
                notes: reason ? [reason] : [],
                writes: 1,
            }));
        }
    }
    for (const invitation of state.invitations.filter((i) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEmail */ .PZ)(i.email, email))) {
        out.push(item({
            ...invitationBase(invitation),
            action: { kind: 'cancel', invitation },
            outcome: 'would cancel invitation',
            notes: reason ? [reason] : [],
            writes: 1,
        }));
    }
    if (out.length === 0)
        out.push(item({ email, status: 'not on the team', outcome: 'not on the team' }));
    return out;
}
// ---------------------------------------------------------------------------------------------
// Applying the plan
const DONE = {
    invite: 'invited',
    replace: 'invitation replaced',
    update: 'updated',
    remove: 'removed',
    cancel: 'invitation cancelled',
    none: 'unchanged',
};
const isGone = (error) => error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD && error.status === 404;
/** Sends each planned write (CONCURRENCY at a time); every item ends with an outcome. */
async function applyPlan(ctx, items) {
    const state = {};
    const work = items.filter((i) => i.action.kind !== 'none');
    const results = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_7__/* .mapLimit */ .s)(work, CONCURRENCY, async (it) => {
        if (state.fatal !== undefined) {
            it.outcome = 'failed';
            it.writes = 0;
            it.notes.unshift(`not attempted: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .reasonOf */ .A3)(state.fatal)}`);
            return;
        }
        it.writes = 0;
        try {
            it.outcome = (await applyOne(ctx, it)) ?? DONE[it.action.kind];
        }
        catch (error) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stopsTheRun */ .Ek)(error))
                state.fatal ??= error;
            it.outcome = 'failed';
            it.notes.unshift((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .reasonOf */ .A3)(error));
        }
    });
    for (const r of results)
        if ('error' in r)
            throw r.error;
    return state;
}
/** Sends one person's writes; returns an outcome other than the usual one when reading back showed it. */
async function applyOne(ctx, it) {
    const { client } = ctx;
    const action = it.action;
    switch (action.kind) {
        case 'invite':
            return invite(ctx, it, action.spec);
        case 'replace':
            try {
                await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelInvitation */ .Il)(client, action.old.id);
                it.writes += 1;
            }
            catch (error) {
                if (!isGone(error))
                    throw error;
            }
            try {
                const outcome = await invite(ctx, it, action.spec);
                return outcome === 'already invited' ? 'invitation replaced' : outcome;
            }
            catch (error) {
                it.notes.push('the old invitation was cancelled, the new one was not sent');
                throw error;
            }
        case 'update':
            await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .updateUser */ .TK)(client, action.user.id, action.change);
            it.writes += 1;
            return undefined;
        case 'remove':
            try {
                await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .removeUser */ .a1)(client, action.user.id);
                it.writes += 1;
            }
            catch (error) {
                if (!isGone(error))
                    throw error;
                it.notes.push('already gone');
            }
            return undefined;
        case 'cancel':
            try {
                await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelInvitation */ .Il)(client, action.invitation.id);
                it.writes += 1;
            }
            catch (error) {
                if (!isGone(error))
                    throw error;
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
async function invite(ctx, it, spec) {
    try {
        const created = await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .inviteUser */ .Jb)(ctx.client, spec);
        it.writes += 1;
        it.id = created.id;
        return undefined;
    }
    catch (error) {
        if (!(error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD && error.status === 409))
            throw error;
        // The whole team: Apple's email filters may compare case, the read-back must not miss.
        const team = await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .readTeam */ .EH)(ctx.client).catch(() => undefined);
        const user = team?.users.find((u) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEmail */ .PZ)(u.username, spec.email));
        const pending = team?.invitations.find((i) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_3__/* .sameEmail */ .PZ)(i.email, spec.email));
        if (!user && !(pending && differences(accessOf(pending), spec).length === 0))
            throw error;
        it.id = (user ?? pending)?.id;
        if (!user && error.afterRetry) {
            // The 409 answers this run's first try, whose answer was lost: this run invited them.
            it.writes += 1;
            it.notes.push('the answer to the invitation was lost and its retry got 409; read back: invited');
            return undefined;
        }
        it.notes.push(`App Store Connect answered ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .reasonOf */ .A3)(error)}; read back: ${user ? 'a member' : 'invited'}`);
        return user ? 'already a member' : 'already invited';
    }
}
// ---------------------------------------------------------------------------------------------
// Reporting
function appLabel(id, apps) {
    return apps.get(id)?.bundleId ?? id;
}
function accessReport(a, apps) {
    return {
        roles: sortRoles(a.roles),
        allAppsVisible: a.allAppsVisible,
        visibleApps: a.allAppsVisible ? [] : a.visibleAppIds.map((id) => appLabel(id, apps)),
        provisioningAllowed: a.provisioningAllowed,
    };
}
function appsText(a) {
    return a.allAppsVisible ? 'all apps' : a.visibleApps.length ? a.visibleApps.join(', ') : 'none';
}
function personReport(it, apps) {
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
function arrow(before, after) {
    if (before === undefined)
        return after ?? '';
    if (after === undefined || after === before)
        return before;
    return `${before} → ${after}`;
}
/** The table of people: what they had, the outcome, and roles and apps before → after. */
function peopleTable(reports) {
    const rows = reports.map((r) => [
        r.email,
        [r.firstName, r.lastName].filter(Boolean).join(' '),
        r.status,
        r.outcome,
        arrow(r.before?.roles.join(', ') || (r.before ? 'none' : undefined), r.after?.roles.join(', ')),
        arrow(r.before ? appsText(r.before) : undefined, r.after ? appsText(r.after) : undefined),
        arrow(r.before ? (r.before.provisioningAllowed ? 'yes' : 'no') : undefined, r.after ? (r.after.provisioningAllowed ? 'yes' : 'no') : undefined),
        r.detail,
    ]);
    const { rows: shown, note } = (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .capped */ .uo)(rows);
    return (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .table */ .tp)(['Email', 'Name', 'Was', 'Outcome', 'Roles', 'Apps', 'Provisioning', 'Detail'], shown, note);
}
/** Logs each planned change (one line a person), grouped so long lists stay folded. */
async function logPlan(ctx, title, reports) {
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
        for (const line of lines)
            ctx.log.info(line);
    });
}
/** Counts by outcome, in the order they first appear. */
function countOutcomes(reports) {
    const counts = {};
    for (const r of reports)
        counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
    return counts;
}
/**
 * Runs a plan (or, under dry-run, only reports it) and builds the outputs: `changes` (writes
 * made, or planned), `result` and the job summary. The step fails when any person failed.
 */
async function finish(ctx, items, state, parts = {}) {
    const dryRun = ctx.common.dryRun;
    const planned = items.reduce((n, i) => n + i.writes, 0);
    const planReports = items.map((i) => personReport(i, state.apps));
    let fatal;
    if (dryRun) {
        await logPlan(ctx, `Dry run: would change (${planned} write${planned === 1 ? '' : 's'})`, planReports);
    }
    else {
        const toDo = planReports
            .filter((r) => r.outcome.startsWith('would '))
            .map((r) => ({ ...r, outcome: r.outcome.slice('would '.length) }));
        if (toDo.length)
            await logPlan(ctx, `Changes (${planned} write${planned === 1 ? '' : 's'})`, toDo);
        else
            ctx.log.info('Nothing to change.');
        ({ fatal } = await applyPlan(ctx, items));
    }
    const reports = items.map((i) => personReport(i, state.apps));
    const changes = dryRun ? planned : items.reduce((n, i) => n + i.writes, 0);
    const counts = countOutcomes(reports);
    const failed = reports.filter((r) => r.outcome === 'failed');
    let failure;
    if (failed.length) {
        const first = failed
            .slice(0, 5)
            .map((r) => `${r.email} (${r.detail ?? 'failed'})`)
            .join('; ');
        failure =
            reports.length === 1
                ? `${first}.`
                : `${failed.length} of ${reports.length} people failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}.`;
        if (fatal instanceof Error)
            failure += ` Stopped: ${fatal.message}`;
        if (reports.length > 1)
            failure += " Every person's outcome is in the result output and the job summary.";
    }
    const result = parts.single && reports.length === 1
        ? { dryRun, changes, ...parts.result, ...reports[0] }
        : { dryRun, changes, ...parts.result, counts, people: reports };
    return {
        outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Output */ .k7.Changes]: changes },
        result,
        summary: [
            (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .facts */ .Ix)([
                ...(parts.facts ?? []),
                ...Object.entries(counts).map(([o, n]) => [
                    o.charAt(0).toUpperCase() + o.slice(1),
                    n,
                ]),
                [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
            ]),
            ...(reports.length ? [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .heading */ .R_)(parts.single ? 'Person' : 'People'), peopleTable(reports)] : []),
        ],
        ...(failure ? { failure } : {}),
    };
}


/***/ })

};
