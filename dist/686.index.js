export const id = 686;
export const ids = [686];
export const modules = {

/***/ 3406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveApp),
/* harmony export */   C: () => (/* binding */ resolveAppWithGroups)
/* harmony export */ });
/* harmony import */ var _beta_groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8045);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(705);



/**
 * Looks the app up by Apple id or bundle id; a NotFoundError ('app') when the key sees no such
 * app. `query` adds fields and includes to the one request.
 */
async function findApp(client, ref, query, options = {}) {
    if (ref.kind === 'id') {
        try {
            const doc = await client.get(`/v1/apps/${encodeURIComponent(ref.id)}`, query, options);
            return { resource: doc.data, included: doc.included ?? [] };
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_('app', `no app with Apple id '${ref.id}' is visible to this API key.`);
            }
            throw error;
        }
    }
    const doc = await client.get('/v1/apps', { 'filter[bundleId]': ref.bundleId, limit: 10, ...query }, options);
    // filter[bundleId] also matches longer ids with the same prefix on Apple's side: pick the exact one.
    const match = doc.data.find((a) => a.attributes?.bundleId?.toLowerCase() === ref.bundleId.toLowerCase());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_('app', `no app with bundle id '${ref.bundleId}' is visible to this API key (check the bundle id, and that the key's team owns the app).`);
    }
    return { resource: match, included: doc.included ?? [] };
}
/** The app by Apple id or bundle id; a NotFoundError ('app') when the key sees none. */
async function resolveApp(client, ref) {
    return toApp((await findApp(client, ref, { 'fields[apps]': 'bundleId,name' })).resource);
}
/**
 * The app and its beta groups in one request (`include=betaGroups`); the groups are read again
 * in full only when the app has more than 50. A NotFoundError ('app') when there is no such app.
 */
async function resolveAppWithGroups(client, ref, options = {}) {
    const { resource, included } = await findApp(client, ref, { 'fields[apps]': 'bundleId,name,betaGroups', include: 'betaGroups', 'limit[betaGroups]': 50 }, options);
    const app = toApp(resource);
    const linkage = resource.relationships?.betaGroups;
    const ids = Array.isArray(linkage?.data) ? linkage.data.map((d) => d.id) : undefined;
    const total = linkage?.meta?.paging?.total;
    if (ids && (total === undefined || total <= ids.length)) {
        const groups = ids
            .map((id) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .findIncluded */ .o)(included, 'betaGroups', id))
            .filter((g) => g !== undefined)
            .map(_beta_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .toBetaGroup */ .vP);
        if (groups.length === ids.length)
            return { app, groups };
    }
    return { app, groups: await (0,_beta_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .listBetaGroups */ .h$)(client, app.id) };
}
function toApp(resource) {
    return {
        id: resource.id,
        bundleId: resource.attributes?.bundleId ?? '',
        name: resource.attributes?.name ?? '',
    };
}


/***/ }),

/***/ 8045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ updateBetaGroup),
/* harmony export */   gk: () => (/* binding */ createBetaGroup),
/* harmony export */   h$: () => (/* binding */ listBetaGroups),
/* harmony export */   ng: () => (/* binding */ deleteBetaGroup),
/* harmony export */   vP: () => (/* binding */ toBetaGroup)
/* harmony export */ });
function toBetaGroup(resource) {
    const a = resource.attributes ?? {};
    return {
        id: resource.id,
        name: a.name ?? '',
        isInternal: a.isInternalGroup === true,
        hasAccessToAllBuilds: a.hasAccessToAllBuilds === true,
        publicLinkEnabled: a.publicLinkEnabled === true,
        publicLinkLimit: a.publicLinkLimit ?? undefined,
        publicLinkLimitEnabled: a.publicLinkLimitEnabled === true,
        feedbackEnabled: a.feedbackEnabled !== false,
        publicLink: a.publicLink ?? undefined,
    };
}
/** Every beta group of the app (one request for up to 200 groups). */
async function listBetaGroups(client, appId) {
    const all = await client.getAll('/v1/betaGroups', {
        'filter[app]': appId,
        sort: 'name',
    });
    return all.data.map(toBetaGroup);
}
/** Creates a beta group of the app. `isInternalGroup` cannot change later. */
async function createBetaGroup(client, appId, attributes, options = {}) {
    const doc = await client.post('/v1/betaGroups', {
        data: {
            type: 'betaGroups',
            attributes,
            relationships: { app: { data: { type: 'apps', id: appId } } },
        },
    }, options);
    return toBetaGroup(doc.data);
}
/** Changes the given attributes of a group. */
async function updateBetaGroup(client, groupId, attributes, options = {}) {
    const doc = await client.patch(`/v1/betaGroups/${encodeURIComponent(groupId)}`, { data: { type: 'betaGroups', id: groupId, attributes } }, options);
    return toBetaGroup(doc.data);
}
/** Deletes a group; its testers stay testers of the app. */
async function deleteBetaGroup(client, groupId, options = {}) {
    await client.delete(`/v1/betaGroups/${encodeURIComponent(groupId)}`, undefined, options);
}


/***/ }),

/***/ 7069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ listGroupTesterIds),
/* harmony export */   GP: () => (/* binding */ removeTestersFromGroup),
/* harmony export */   Qz: () => (/* binding */ listAppTesters),
/* harmony export */   UY: () => (/* binding */ createTester),
/* harmony export */   Ur: () => (/* binding */ addTestersToGroup),
/* harmony export */   aC: () => (/* binding */ listGroupTesters),
/* harmony export */   bA: () => (/* binding */ TESTERS_FORBIDDEN_HINT),
/* harmony export */   k7: () => (/* binding */ findTesterByEmail),
/* harmony export */   wE: () => (/* binding */ removeTestersFromApp),
/* harmony export */   zR: () => (/* binding */ countGroupTesters)
/* harmony export */ });
/* unused harmony export toBetaTester */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(705);

/** What a 403 means for tester and group calls. */
const TESTERS_FORBIDDEN_HINT = 'The API key’s role does not allow managing TestFlight testers and groups: use a key with the App Manager or Admin role (Users and Access → Integrations).';
const TESTER_FIELDS = 'email,firstName,lastName,state,inviteType';
function toBetaTester(resource, withGroups = false) {
    const a = resource.attributes ?? {};
    const tester = { id: resource.id, email: a.email ?? '' };
    if (a.firstName)
        tester.firstName = a.firstName;
    if (a.lastName)
        tester.lastName = a.lastName;
    if (a.state)
        tester.state = a.state;
    if (a.inviteType)
        tester.inviteType = a.inviteType;
    if (withGroups)
        tester.groupIds = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .relatedIds */ .q)(resource, 'betaGroups');
    return tester;
}
/**
 * Every tester of the app, read once over all pages (200 a page). With `withGroups`, each
 * tester's groups come along (`include=betaGroups`, at most 50 groups a tester).
 */
async function listAppTesters(client, appId, options = {}) {
    const all = await client.getAll('/v1/betaTesters', {
        'filter[apps]': appId,
        'fields[betaTesters]': options.withGroups ? `${TESTER_FIELDS},betaGroups` : TESTER_FIELDS,
        ...(options.withGroups
            ? { include: 'betaGroups', 'fields[betaGroups]': 'name', 'limit[betaGroups]': 50 }
            : {}),
    });
    return all.data.map((r) => toBetaTester(r, options.withGroups));
}
/** The ids of a group's testers (linkage only: the cheapest read of a group's members). */
async function listGroupTesterIds(client, groupId) {
    const all = await client.getAll(`/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`);
    return all.data.map((r) => r.id);
}
/** A group's testers with their details. */
async function listGroupTesters(client, groupId) {
    const all = await client.getAll(`/v1/betaGroups/${encodeURIComponent(groupId)}/betaTesters`, { 'fields[betaTesters]': TESTER_FIELDS });
    return all.data.map((r) => toBetaTester(r));
}
/** How many testers a group has, from one small page's `meta.paging.total`. */
async function countGroupTesters(client, groupId) {
    const doc = await client.get(`/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`, { limit: 1 });
    const total = doc.meta?.paging?.total;
    if (typeof total === 'number')
        return total;
    // No total given: count every page.
    return (await listGroupTesterIds(client, groupId)).length;
}
/** The team's tester with this email (any app), with their groups; undefined when none. */
async function findTesterByEmail(client, email) {
    const doc = await client.get('/v1/betaTesters', {
        'filter[email]': email,
        'fields[betaTesters]': `${TESTER_FIELDS},betaGroups`,
        include: 'betaGroups',
        'fields[betaGroups]': 'name',
        'limit[betaGroups]': 50,
        limit: 10,
    });
    const items = (Array.isArray(doc.data) ? doc.data : []);
    const match = items.find((r) => (r.attributes?.email ?? '').toLowerCase() === email.toLowerCase());
    return match ? toBetaTester(match, true) : undefined;
}
/** Creates (invites) a tester straight into the given groups. */
async function createTester(client, tester, groupIds) {
    const attributes = { email: tester.email };
    if (tester.firstName)
        attributes.firstName = tester.firstName;
    if (tester.lastName)
        attributes.lastName = tester.lastName;
    const doc = await client.post('/v1/betaTesters', {
        data: {
            type: 'betaTesters',
            attributes,
            relationships: { betaGroups: { data: groupIds.map((id) => ({ type: 'betaGroups', id })) } },
        },
    }, { forbiddenHint: TESTERS_FORBIDDEN_HINT });
    return toBetaTester(doc.data);
}
const linkage = (ids) => ({
    data: ids.map((id) => ({ type: 'betaTesters', id })),
});
/** Adds existing testers to a group, many in one call. */
async function addTestersToGroup(client, groupId, testerIds) {
    await client.post(`/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`, linkage(testerIds), {
        forbiddenHint: TESTERS_FORBIDDEN_HINT,
    });
}
/** Removes testers from a group (they stay testers of the app). */
async function removeTestersFromGroup(client, groupId, testerIds) {
    await client.delete(`/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`, linkage(testerIds), {
        forbiddenHint: TESTERS_FORBIDDEN_HINT,
    });
}
/** Removes testers from the app entirely (every group of it). Apple answers 202 or 204. */
async function removeTestersFromApp(client, appId, testerIds) {
    await client.delete(`/v1/apps/${encodeURIComponent(appId)}/relationships/betaTesters`, linkage(testerIds), {
        forbiddenHint: TESTERS_FORBIDDEN_HINT,
    });
}


/***/ }),

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

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ findGroup),
/* harmony export */   DT: () => (/* binding */ describeChanges),
/* harmony export */   MW: () => (/* binding */ parseGroupSettings),
/* harmony export */   OF: () => (/* binding */ resolveGroupNames),
/* harmony export */   fH: () => (/* binding */ settingsChanges),
/* harmony export */   kO: () => (/* binding */ groupJson)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);


/** Reads `public-link-enabled`, `public-link-limit` (1-10,000) and `feedback-enabled`; unset stays unset. */
function parseGroupSettings(inputs) {
    const settings = {};
    const publicLinkEnabled = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.PublicLinkEnabled);
    const publicLinkLimit = inputs.int(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.PublicLinkLimit, { min: 1, max: 10_000 });
    const feedbackEnabled = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.FeedbackEnabled);
    if (publicLinkEnabled !== undefined)
        settings.publicLinkEnabled = publicLinkEnabled;
    if (publicLinkLimit !== undefined)
        settings.publicLinkLimit = publicLinkLimit;
    if (feedbackEnabled !== undefined)
        settings.feedbackEnabled = feedbackEnabled;
    return settings;
}
/** Only the attributes whose given value differs from the group's. */
function settingsChanges(group, settings) {
    const changes = {};
    if (settings.publicLinkEnabled !== undefined && settings.publicLinkEnabled !== group.publicLinkEnabled) {
        changes.publicLinkEnabled = settings.publicLinkEnabled;
    }
    if (settings.publicLinkLimit !== undefined) {
        if (settings.publicLinkLimit !== group.publicLinkLimit)
            changes.publicLinkLimit = settings.publicLinkLimit;
        if (!group.publicLinkLimitEnabled)
            changes.publicLinkLimitEnabled = true;
    }
    if (settings.feedbackEnabled !== undefined && settings.feedbackEnabled !== group.feedbackEnabled) {
        changes.feedbackEnabled = settings.feedbackEnabled;
    }
    return changes;
}
/** "publicLinkEnabled: true, feedbackEnabled: false" */
function describeChanges(changes) {
    return Object.entries(changes)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join(', ');
}
/** Finds a group by id, exact name, then name without regard to case. */
function findGroup(groups, nameOrId) {
    return (groups.find((g) => g.id === nameOrId) ??
        groups.find((g) => g.name === nameOrId) ??
        groups.find((g) => g.name.toLowerCase() === nameOrId.toLowerCase()));
}
/**
 * Resolves group names or ids (as given in the `groups` input) against the app's groups, all of
 * them before any write. Names match case-insensitively; an unknown one fails listing the
 * app's groups. The result keeps the order given, without duplicates.
 */
function resolveGroupNames(wanted, groups, input = _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Groups) {
    const out = new Map();
    const unknown = [];
    for (const name of wanted) {
        const match = findGroup(groups, name);
        if (match)
            out.set(match.id, match);
        else
            unknown.push(name);
    }
    if (unknown.length > 0) {
        const known = groups.length
            ? groups.map((g) => `'${g.name}' (${g.isInternal ? 'internal' : 'external'}, id ${g.id})`).join(', ')
            : 'none';
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input '${input}': no beta group named ${unknown.map((u) => `'${u}'`).join(', ')} in this app. The app's groups are: ${known}.`);
    }
    return [...out.values()];
}
function groupJson(group) {
    return {
        id: group.id,
        name: group.name,
        internal: group.isInternal,
        publicLinkEnabled: group.publicLinkEnabled,
        publicLink: group.publicLink ?? null,
        publicLinkLimit: group.publicLinkLimitEnabled ? (group.publicLinkLimit ?? null) : null,
        feedbackEnabled: group.feedbackEnabled,
    };
}


/***/ }),

/***/ 8307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ readTesterInputs),
/* harmony export */   c8: () => (/* binding */ emailKey)
/* harmony export */ });
/* unused harmony exports parseTesterLines, parseTestersCsv, parseCsv, mergeTesters */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _email_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8935);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/**
 * The tester list an operation works on: the `testers` input (one tester per line) and the
 * `testers-file` CSV, combined. Emails are trimmed, checked, and compared case-insensitively;
 * duplicates collapse into one entry. Every problem is an InputError naming the input and line.
 */




/** The key testers are compared by. */
function emailKey(email) {
    return email.trim().toLowerCase();
}
/**
 * Parses the `testers` input: one tester per line, as `email`, `email,First,Last` or
 * `First Last <email>`. Blank lines and lines starting with `#` are skipped.
 */
function parseTesterLines(text, input = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${input} line ${index + 1}`;
        const bad = (why) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `Input '${input}' line ${index + 1}: ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(line)} ${why} (expected one tester per line: email, email,First,Last, or First Last <email>).`);
        const angle = /^(.*?)\s*<([^<>]*)>$/.exec(line);
        if (angle) {
            const email = (angle[2] ?? '').trim();
            if (!(0,_email_js__WEBPACK_IMPORTED_MODULE_3__/* .isEmail */ .x)(email))
                throw bad(`has an invalid email address ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(email)}`);
            const words = (angle[1] ?? '')
                .replace(/^"(.*)"$/, '$1')
                .trim()
                .split(/\s+/)
                .filter(Boolean);
            out.push(named(email, words[0], words.slice(1).join(' '), where));
            return;
        }
        const fields = line.split(',').map((f) => f.trim());
        if (fields.length > 3)
            throw bad('has more than three comma-separated fields');
        const email = fields[0] ?? '';
        if (!(0,_email_js__WEBPACK_IMPORTED_MODULE_3__/* .isEmail */ .x)(email)) {
            throw bad(email.includes(' ') && !email.includes('<')
                ? 'is not an email address (write a name as First Last <email>)'
                : 'is not a valid email address');
        }
        out.push(named(email, fields[1], fields[2], where));
    });
    return out;
}
/** Column names accepted in a testers CSV header, compared without case, spaces, '_' or '-'. */
const COLUMNS = {
    email: 'email',
    emailaddress: 'email',
    firstname: 'firstName',
    givenname: 'firstName',
    lastname: 'lastName',
    surname: 'lastName',
    familyname: 'lastName',
};
/**
 * Parses a testers CSV: a header row naming `email` and optionally `first_name` and
 * `last_name` (also `First Name`, `firstName`, ...; other columns are ignored), RFC 4180
 * quoting, CRLF or LF line ends, an optional byte order mark. A header without commas but with
 * semicolons switches to `;` (spreadsheets in some locales save that way).
 */
function parseTestersCsv(text, file, input = _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile) {
    const body = text.replace(/^\uFEFF/, '');
    const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
    const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
    const records = parseCsv(body, separator);
    const fail = (message) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `Input '${input}': ${file} ${message}`);
    const header = records.find((r) => r.fields.some((f) => f.trim() !== ''));
    if (!header)
        return [];
    const columns = header.fields.map((name) => COLUMNS[name.toLowerCase().replace(/[\s_-]/g, '')]);
    const col = (name) => columns.indexOf(name);
    if (col('email') < 0) {
        throw fail(`has no email column: its header row is ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(header.fields.join(separator))} (expected a header row such as email,first_name,last_name).`);
    }
    const out = [];
    for (const record of records.slice(records.indexOf(header) + 1)) {
        if (record.fields.every((f) => f.trim() === ''))
            continue;
        const cell = (name) => {
            const index = col(name);
            return index < 0 ? undefined : record.fields[index]?.trim();
        };
        const email = cell('email') ?? '';
        if (!(0,_email_js__WEBPACK_IMPORTED_MODULE_3__/* .isEmail */ .x)(email)) {
            throw fail(`line ${record.line}: ${email === '' ? 'has no email address' : `${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(email)} is not a valid email address`}.`);
        }
        out.push(named(email, cell('firstName'), cell('lastName'), `${file} line ${record.line}`));
    }
    return out;
}
/** RFC 4180: fields in double quotes may hold separators, line breaks and doubled quotes. */
function parseCsv(text, separator = ',') {
    const records = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let start = 1;
    let i = 0;
    const endField = () => {
        fields.push(field);
        field = '';
    };
    const endRecord = () => {
        endField();
        records.push({ fields, line: start });
        fields = [];
    };
    while (i < text.length) {
        const c = text[i];
        if (quoted) {
            if (c === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
            }
            else {
                if (c === '\n')
                    line += 1;
                field += c;
            }
            i += 1;
            continue;
        }
        if (c === '"' && field.trim() === '') {
            quoted = true;
            field = '';
        }
        else if (c === separator) {
            endField();
        }
        else if (c === '\r' && text[i + 1] === '\n') {
            // the \n ends the record
        }
        else if (c === '\n') {
            endRecord();
            line += 1;
            start = line;
        }
        else {
            field += c;
        }
        i += 1;
    }
    if (field !== '' || fields.length > 0)
        endRecord();
    return records;
}
/** Combines lists: the first mention of an email wins, later ones fill in missing names. */
function mergeTesters(...lists) {
    const byKey = new Map();
    let duplicates = 0;
    for (const entry of lists.flat()) {
        const key = emailKey(entry.email);
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, { ...entry });
            continue;
        }
        duplicates += 1;
        seen.firstName ??= entry.firstName;
        seen.lastName ??= entry.lastName;
    }
    return { testers: [...byKey.values()], duplicates };
}
/**
 * Reads `testers` and `testers-file` (either or both). With `required`, at least one of them
 * must be set. The file is read here, so a missing file fails before any request.
 */
function readTesterInputs(inputs, operation, required = true) {
    const text = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers);
    const file = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile);
    if (required && text === undefined && file === undefined) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers}' or '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile}' is required for ${operation}: one tester per line (email, email,First,Last, or First Last <email>), or a CSV file with an email column.`);
    }
    const fromText = text === undefined ? [] : parseTesterLines(text);
    let fromFile = [];
    if (file !== undefined) {
        let content;
        try {
            content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        catch (error) {
            const code = error.code;
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile}': cannot read ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(file)} (${code === 'ENOENT' ? 'no such file; paths are relative to the working directory, usually the repository root' : (error.message ?? code)}).`);
        }
        fromFile = parseTestersCsv(content, file);
    }
    return { ...mergeTesters(fromText, fromFile), given: text !== undefined || file !== undefined };
}
function named(email, first, last, where) {
    const entry = { email, where };
    if (first)
        entry.firstName = first;
    if (last)
        entry.lastName = last;
    return entry;
}


/***/ }),

/***/ 7006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ removeWrites),
/* harmony export */   BJ: () => (/* binding */ recordPlan),
/* harmony export */   F1: () => (/* binding */ TesterLedger),
/* harmony export */   GP: () => (/* binding */ testerOutcome),
/* harmony export */   HN: () => (/* binding */ planAdd),
/* harmony export */   JI: () => (/* binding */ applyPlans),
/* harmony export */   PC: () => (/* binding */ warnAboutBudget),
/* harmony export */   fk: () => (/* binding */ readTesterState),
/* harmony export */   kX: () => (/* binding */ addWrites),
/* harmony export */   uH: () => (/* binding */ logPlan)
/* harmony export */ });
/* unused harmony exports BATCH_SIZE, CONCURRENCY, LOW_BUDGET, READ_BACK_DELAY_MS, readBack, readBackAll, countOutcomes, testerSummary, failureMessage, appFacts */
/* harmony import */ var _api_beta_groups_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8045);
/* harmony import */ var _group_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(815);
/* harmony import */ var _api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7069);
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(531);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3249);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1213);
/* harmony import */ var _testers_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8307);








/** Testers per relationship call (join or leave a group, leave the app). */
const BATCH_SIZE = 100;
/** Calls in flight at once; the client also slows down when the hourly budget runs low. */
const CONCURRENCY = 8;
/** Below this many requests left this hour, the client paces requests (src/api/rate-limit.ts) and writes go one at a time. */
const LOW_BUDGET = 100;
/** Wait before reading a tester back a second time (Apple's read can lag one poll). */
const READ_BACK_DELAY_MS = 3000;
/** Every tester's progress through a run, and the writes made. */
class TesterLedger {
    rows = new Map();
    writes = 0;
    /** A failure that stopped the remaining writes (e.g. 403: the key's role). */
    fatal;
    row(who) {
        const key = (0,_testers_list_js__WEBPACK_IMPORTED_MODULE_3__/* .emailKey */ .c8)(who.email);
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
    reports() {
        return [...this.rows.values()].map(report);
    }
}
function report(row) {
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
    const detail = (extra) => {
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
    if (row.created)
        return { ...base, outcome: 'created', groups: row.addedTo, ...detail([]) };
    if (row.removedFrom.length)
        return { ...base, outcome: 'removed', groups: row.removedFrom, ...detail([]) };
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
/**
 * Reads, at the same time, the app's testers (every page, once) and the app's groups, then the
 * wanted groups' member ids. Unknown group names fail naming the `groups` input.
 */
async function readTesterState(ctx, app, wantedGroups) {
    const groupsAndMembers = (async () => {
        if (wantedGroups.length === 0)
            return { groups: [], lists: [] };
        const groups = (0,_group_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGroupNames */ .OF)(wantedGroups, await (0,_api_beta_groups_js__WEBPACK_IMPORTED_MODULE_4__/* .listBetaGroups */ .h$)(ctx.client, app.id));
        const lists = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .s)(groups, 4, (g) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .listGroupTesterIds */ .$e)(ctx.client, g.id));
        return {
            groups,
            lists: lists.map((r) => {
                if ('error' in r)
                    throw r.error;
                return r.value;
            }),
        };
    })();
    const [testers, { groups, lists }] = await Promise.all([
        (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .listAppTesters */ .Qz)(ctx.client, app.id),
        groupsAndMembers,
    ]);
    const members = new Map();
    groups.forEach((g, i) => members.set(g.id, new Set(lists[i])));
    const byEmail = new Map();
    const byId = new Map();
    for (const t of testers) {
        byEmail.set((0,_testers_list_js__WEBPACK_IMPORTED_MODULE_3__/* .emailKey */ .c8)(t.email), t);
        byId.set(t.id, t);
    }
    ctx.log.info(`Read ${testers.length} tester${testers.length === 1 ? '' : 's'} of ${app.name || app.bundleId}${groups.length
        ? `; group members: ${groups.map((g) => `${g.name} ${members.get(g.id)?.size ?? 0}`).join(', ')}`
        : ''}.`);
    return { groups, state: { byEmail, byId, members } };
}
/** Works out who joins which group; records "already present" for the rest. */
function planAdd(wanted, groups, state, ledger) {
    const links = new Map();
    const creates = [];
    for (const entry of wanted) {
        const existing = state.byEmail.get((0,_testers_list_js__WEBPACK_IMPORTED_MODULE_3__/* .emailKey */ .c8)(entry.email));
        const row = ledger.row({ ...entry, id: existing?.id });
        if (!existing) {
            creates.push({ entry, groups: [...groups] });
            continue;
        }
        row.firstName ??= existing.firstName;
        row.lastName ??= existing.lastName;
        for (const group of groups) {
            if (state.members.get(group.id)?.has(existing.id))
                row.alreadyIn.push(group.name);
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
function addWrites(plan) {
    return plan.links.reduce((n, l) => n + Math.ceil(l.testers.length / BATCH_SIZE), 0) + plan.creates.length;
}
function removeWrites(plan) {
    return (plan.fromGroups.reduce((n, r) => n + Math.ceil(r.testers.length / BATCH_SIZE), 0) +
        Math.ceil(plan.fromApp.length / BATCH_SIZE));
}
/** Records the plan as "would ..." outcomes (dry run). */
function recordPlan(ledger, add, remove) {
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
async function applyPlans(ctx, app, ledger, add, remove) {
    const tasks = [];
    for (const { group, testers } of remove?.fromGroups ?? []) {
        for (const batch of (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .chunk */ .i)(testers, BATCH_SIZE))
            tasks.push(() => leaveGroup(ctx, ledger, group, batch));
    }
    for (const batch of (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .chunk */ .i)(remove?.fromApp ?? [], BATCH_SIZE))
        tasks.push(() => leaveApp(ctx, ledger, app, batch));
    for (const { group, testers } of add?.links ?? []) {
        for (const batch of (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .chunk */ .i)(testers, BATCH_SIZE))
            tasks.push(() => joinGroup(ctx, ledger, group, batch));
    }
    for (const { entry, groups } of add?.creates ?? [])
        tasks.push(() => create(ctx, ledger, entry, groups));
    // The groups each tester is meant to join or leave, for failure reports.
    for (const { group, testers } of [...(add?.links ?? []), ...(remove?.fromGroups ?? [])]) {
        for (const t of testers)
            ledger.row(t).plannedGroups.push(group.name);
    }
    for (const t of remove?.fromApp ?? [])
        ledger.row(t).plannedGroups = ['the app'];
    for (const { entry, groups } of add?.creates ?? [])
        ledger.row(entry).plannedGroups = groups.map((g) => g.name);
    // When the hour's budget runs low the client paces each request; calls in parallel would
    // defeat that, so from then on the tasks run one at a time.
    let queue = Promise.resolve();
    const oneAtATime = (task) => {
        const run = queue.then(task, task);
        queue = run.catch(() => undefined);
        return run;
    };
    const lowBudget = () => {
        const rate = ctx.client.rateLimit;
        return rate !== undefined && rate.remaining < LOW_BUDGET;
    };
    const outcomes = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapLimit */ .s)(tasks, CONCURRENCY, (task) => (lowBudget() ? oneAtATime(task) : task()));
    // Tasks settle their own testers; anything that escaped is a bug worth surfacing.
    for (const o of outcomes)
        if ('error' in o)
            throw o.error;
}
/** 409 and 422 concern the testers in the call; other failures concern the whole run. */
function perTester(error) {
    return error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && (error.status === 409 || error.status === 422);
}
/** Indexes named by `source.pointer` `/data/<n>` when every error names one. */
function pointedIndexes(error, size) {
    const out = new Map();
    for (const e of error.errors) {
        const n = /^\/data\/(\d+)$/.exec(e.source?.pointer ?? '')?.[1];
        if (n === undefined || Number(n) >= size)
            return undefined;
        out.set(Number(n), e.detail ?? e.title ?? `${error.status}`);
    }
    return out.size ? out : undefined;
}
/**
 * Sends a batch; when App Store Connect refuses it for some testers (409/422), settles the
 * refused ones together (`settle`) and sends the others again. The refused testers are found
 * from the errors' `/data/<n>` pointers when Apple gives them, else by halving the batch.
 */
async function sendSplitting(ledger, batch, send, ok, settle, fail) {
    if (ledger.fatal !== undefined) {
        for (const t of batch)
            fail(t, `not attempted: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(ledger.fatal)}`);
        return;
    }
    try {
        await send(batch);
        ledger.writes += 1;
        ok(batch);
        return;
    }
    catch (error) {
        if (!perTester(error)) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stopsTheRun */ .Ek)(error))
                ledger.fatal ??= error;
            for (const t of batch)
                fail(t, (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(error));
            return;
        }
        if (batch.length === 1) {
            await settle([{ tester: batch[0], error, reason: (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(error) }]);
            return;
        }
        const pointed = pointedIndexes(error, batch.length);
        if (pointed) {
            const rest = batch.filter((_, i) => !pointed.has(i));
            await settle([...pointed].map(([i, detail]) => ({
                tester: batch[i],
                error,
                reason: `${error.status}: ${detail}`,
            })));
            if (rest.length)
                await sendSplitting(ledger, rest, send, ok, settle, fail);
            return;
        }
        const half = Math.ceil(batch.length / 2);
        await sendSplitting(ledger, batch.slice(0, half), send, ok, settle, fail);
        await sendSplitting(ledger, batch.slice(half), send, ok, settle, fail);
    }
}
/**
 * Reads a tester back by email and checks they are in every group; a miss is read again once
 * after READ_BACK_DELAY_MS, since Apple's read can lag one poll behind a write.
 */
async function readBack(ctx, email, groupIds) {
    return (await readBackAll(ctx, [email], groupIds))[0];
}
/**
 * Reads several testers back (as `readBack`), waiting READ_BACK_DELAY_MS once for all the misses
 * rather than once per tester: a batch with many refusals (say, outsiders for an internal group)
 * costs one wait, not one each.
 */
async function readBackAll(ctx, emails, groupIds) {
    const results = emails.map(() => ({ confirmed: false }));
    let pending = emails.map((_, i) => i);
    for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
        if (attempt > 1)
            await ctx.clock.sleep(READ_BACK_DELAY_MS);
        const missed = [];
        for (const i of pending) {
            const email = emails[i];
            let tester;
            try {
                tester = await (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .findTesterByEmail */ .k7)(ctx.client, email);
            }
            catch (error) {
                results[i] = { confirmed: false, error };
                continue;
            }
            if (tester && groupIds.every((id) => tester?.groupIds?.includes(id))) {
                results[i] = { tester, confirmed: true };
                continue;
            }
            results[i] = { tester, confirmed: false };
            missed.push(i);
            ctx.log.debug(`Read-back of ${email}: ${tester ? 'not yet in every group' : 'not found'} (read ${attempt}).`);
        }
        pending = missed;
    }
    return results;
}
async function joinGroup(ctx, ledger, group, batch) {
    await sendSplitting(ledger, batch, (b) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .addTestersToGroup */ .Ur)(ctx.client, group.id, b.map((t) => t.id)), (b) => {
        for (const t of b)
            ledger.row(t).addedTo.push(group.name);
    }, async (refused) => {
        const backs = await readBackAll(ctx, refused.map((r) => r.tester.email), [group.id]);
        refused.forEach(({ tester, error, reason }, i) => {
            const back = backs[i];
            const row = ledger.row(tester);
            if (back.confirmed) {
                row.alreadyIn.push(group.name);
                row.notes.push(`App Store Connect answered ${error.status} for ${group.name}; read back: in the group`);
            }
            else {
                row.failures.push(`${group.name}: ${reason}`);
                if (back.error)
                    row.notes.push(`read-back failed: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(back.error)}`);
            }
        });
    }, (tester, reason) => ledger.row(tester).failures.push(`${group.name}: ${reason}`));
}
async function leaveGroup(ctx, ledger, group, batch) {
    await sendSplitting(ledger, batch, (b) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .removeTestersFromGroup */ .GP)(ctx.client, group.id, b.map((t) => t.id)), (b) => {
        for (const t of b)
            ledger.row(t).removedFrom.push(group.name);
    }, async (refused) => {
        for (const { tester, reason } of refused)
            ledger.row(tester).failures.push(`${group.name}: ${reason}`);
    }, (tester, reason) => ledger.row(tester).failures.push(`${group.name}: ${reason}`));
}
async function leaveApp(ctx, ledger, app, batch) {
    await sendSplitting(ledger, batch, (b) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .removeTestersFromApp */ .wE)(ctx.client, app.id, b.map((t) => t.id)), (b) => {
        for (const t of b)
            ledger.row(t).removedFrom.push('the app');
    }, async (refused) => {
        for (const { tester, reason } of refused)
            ledger.row(tester).failures.push(reason);
    }, (tester, reason) => ledger.row(tester).failures.push(reason));
}
async function create(ctx, ledger, entry, groups) {
    const row = ledger.row(entry);
    const names = groups.map((g) => g.name);
    if (ledger.fatal !== undefined) {
        row.failures.push(`not attempted: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(ledger.fatal)}`);
        return;
    }
    try {
        const tester = await (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .createTester */ .UY)(ctx.client, entry, groups.map((g) => g.id));
        ledger.writes += 1;
        row.id = tester.id;
        row.created = true;
        row.addedTo.push(...names);
        return;
    }
    catch (error) {
        if (!perTester(error)) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stopsTheRun */ .Ek)(error))
                ledger.fatal ??= error;
            row.failures.push((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(error));
            return;
        }
        // A 409 can mean the tester is already there (say, a retry of a create whose answer was
        // lost): read back, then join whatever groups are still missing.
        const back = await readBack(ctx, entry.email, groups.map((g) => g.id));
        if (back.confirmed && back.tester) {
            row.id = back.tester.id;
            if (error.afterRetry) {
                // The 409 answers this run's first try, whose answer was lost: this run created them.
                ledger.writes += 1;
                row.created = true;
                row.addedTo.push(...names);
                row.notes.push('the answer to the create was lost and its retry got 409; read back: created');
            }
            else {
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
            for (const group of missing)
                await joinGroup(ctx, ledger, group, [tester]);
            return;
        }
        if (back.error)
            row.notes.push(`read-back failed: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(back.error)}`);
        // Not there: App Store Connect refused some of the groups (a tester outside the team cannot
        // join an internal group). Create the tester in the others, so only the refused ones fail.
        const refused = refusedGroups(error, groups);
        const rest = groups.filter((g) => !refused.has(g));
        if (refused.size === 0 || rest.length === 0) {
            row.failures.push((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(error));
            return;
        }
        for (const [group, reason] of refused)
            row.failures.push(`${group.name}: ${reason}`);
        try {
            const tester = await (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_6__/* .createTester */ .UY)(ctx.client, entry, rest.map((g) => g.id));
            ledger.writes += 1;
            row.id = tester.id;
            row.created = true;
            row.addedTo.push(...rest.map((g) => g.name));
        }
        catch (second) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .stopsTheRun */ .Ek)(second))
                ledger.fatal ??= second;
            row.failures.push(`${rest.map((g) => g.name).join(', ')}: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(second)}`);
        }
    }
}
/**
 * The groups a refused create names, with Apple's reason: from the errors' pointers
 * (`/data/relationships/betaGroups/data/<n>`), or else, when internal and external groups were
 * asked for together, the internal ones (the usual cause).
 */
function refusedGroups(error, groups) {
    const refused = new Map();
    for (const e of error.errors) {
        const n = /^\/data\/relationships\/betaGroups\/data\/(\d+)$/.exec(e.source?.pointer ?? '')?.[1];
        const group = n === undefined ? undefined : groups[Number(n)];
        if (group)
            refused.set(group, `${error.status}: ${e.detail ?? e.title ?? 'refused'}`);
    }
    if (refused.size > 0)
        return refused;
    const internal = groups.filter((g) => g.isInternal);
    if (internal.length > 0 && internal.length < groups.length) {
        for (const g of internal)
            refused.set(g, (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(error));
    }
    return refused;
}
/** Counts by outcome. */
function countOutcomes(reports) {
    const counts = {
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
    for (const r of reports)
        counts[r.outcome] += 1;
    return counts;
}
/** The numbers and the per-tester table for the job summary (capped for long lists). */
function testerSummary(head, reports, middle = []) {
    const counts = countOutcomes(reports);
    const shown = Object.entries(counts).filter(([, n]) => n > 0);
    const rows = reports.map((r) => [
        r.email,
        [r.firstName, r.lastName].filter(Boolean).join(' '),
        r.outcome,
        r.groups.join(', '),
        r.detail,
    ]);
    const { rows: visible, note } = (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .capped */ .uo)(rows);
    return [
        (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .facts */ .Ix)([...head, ...shown.map(([outcome, n]) => [capitalize(outcome), n])]),
        ...middle,
        ...(reports.length
            ? [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .heading */ .R_)('Testers'), (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(['Email', 'Name', 'Outcome', 'Groups', 'Detail'], visible, note)]
            : []),
    ];
}
/** The step's failure message when any tester failed (after all were reported). */
function failureMessage(ledger, reports) {
    const failed = reports.filter((r) => r.outcome === 'failed');
    if (failed.length === 0)
        return undefined;
    const first = failed
        .slice(0, 5)
        .map((r) => `${r.email} (${r.detail ?? 'failed'})`)
        .join('; ');
    const stop = ledger.fatal !== undefined ? ` Stopped early: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonOf */ .A3)(ledger.fatal)}.` : '';
    return `${failed.length} of ${reports.length} testers failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}.${stop} Every tester's outcome is in the result output and the job summary.`;
}
/** Warns when the plan needs more calls than the hour's budget has left (the client paces). */
function warnAboutBudget(ctx, writes) {
    const rate = ctx.client.rateLimit;
    if (rate && writes > rate.remaining) {
        ctx.log.warning(`The plan needs ${writes} write requests but only ${rate.remaining} of ${rate.limit} App Store Connect requests are left this hour: the action slows down to stay within the limit and may run out of budget; consider splitting the list over several runs.`);
    }
}
function appFacts(app) {
    return `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** The outputs, result and summary every tester operation ends with. */
function testerOutcome(ctx, parts) {
    const { app, groups, ledger, planned } = parts;
    const dryRun = ctx.common.dryRun;
    const reports = ledger.reports();
    const counts = countOutcomes(reports);
    const changes = dryRun ? planned : ledger.writes;
    const added = dryRun ? counts['would create'] + counts['would add'] : counts.created + counts.added;
    const removed = dryRun ? counts['would remove'] : counts.removed;
    const head = [
        ['App', appFacts(app)],
        ...(groups.length ? [['Groups', groups.map((g) => g.name).join(', ')]] : []),
        ...(parts.facts ?? []),
        [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
    ];
    return {
        outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.TestersAdded]: added, [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.TestersRemoved]: removed, [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.Changes]: changes },
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
async function logPlan(ctx, title, add, remove) {
    const lines = [
        ...(add?.creates ?? []).map((c) => `create ${c.entry.email} in ${c.groups.map((g) => g.name).join(', ')}`),
        ...(add?.links ?? []).flatMap((l) => l.testers.map((t) => `add ${t.email} to ${l.group.name}`)),
        ...(remove?.fromGroups ?? []).flatMap((r) => r.testers.map((t) => `remove ${t.email} from ${r.group.name}`)),
        ...(remove?.fromApp ?? []).map((t) => `remove ${t.email} from the app`),
    ];
    if (lines.length === 0) {
        ctx.log.info(`${title}: nothing to change.`);
        return;
    }
    await ctx.log.group(title, async () => {
        for (const line of lines)
            ctx.log.info(line);
    });
}


/***/ })

};
