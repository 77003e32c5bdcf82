export const id = 279;
export const ids = [279];
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


/***/ })

};
