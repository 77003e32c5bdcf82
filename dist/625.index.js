export const id = 625;
export const ids = [625];
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

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _api_beta_groups_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8045);
/* harmony import */ var _testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(815);
/* harmony import */ var _api_beta_testers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7069);
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(531);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _output_list_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(340);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6547);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6910);










/** Columns of the output file; email, first_name and last_name read back as a testers-file. */
const COLUMNS = ['email', 'first_name', 'last_name', 'groups', 'state', 'invite_type', 'id'];
/** Lists the app's testers (or the given groups' testers) with their groups and state. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_5__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .requireApp */ .J)(common, 'list-testers');
        const groups = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Groups);
        const outputFile = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.OutputFile);
        const format = inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Format, ['csv', 'json'], 'csv');
        return { app, groups, outputFile, format };
    },
    async execute(ctx, { app: ref, groups: groupNames, outputFile, format }) {
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_5__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(ctx.client, ref));
        let groups = [];
        let testers;
        if (groupNames.length > 0) {
            groups = (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveGroupNames */ .OF)(groupNames, await (0,_api_beta_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .listBetaGroups */ .h$)(ctx.client, app.id));
            const lists = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_7__/* .mapLimit */ .s)(groups, 4, (g) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_8__/* .listGroupTesters */ .aC)(ctx.client, g.id));
            const byId = new Map();
            lists.forEach((r, i) => {
                if ('error' in r)
                    throw r.error;
                for (const t of r.value) {
                    const seen = byId.get(t.id) ?? { ...t, groups: [] };
                    seen.groups.push(groups[i].name);
                    byId.set(t.id, seen);
                }
            });
            testers = [...byId.values()];
        }
        else {
            const [all, appGroups] = await Promise.all([
                (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_8__/* .listAppTesters */ .Qz)(ctx.client, app.id, { withGroups: true }),
                (0,_api_beta_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .listBetaGroups */ .h$)(ctx.client, app.id),
            ]);
            const names = new Map(appGroups.map((g) => [g.id, g.name]));
            testers = all.map((t) => ({
                ...t,
                groups: (t.groupIds ?? []).map((id) => names.get(id)).filter((n) => n !== undefined),
            }));
        }
        testers.sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
        ctx.log.info(`${testers.length} tester${testers.length === 1 ? '' : 's'} in ${groups.length ? groups.map((g) => g.name).join(', ') : app.name || app.bundleId}.`);
        if (outputFile) {
            await (0,_output_list_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeListFile */ .o)(outputFile, format, COLUMNS, testers.map((t) => ({
                email: t.email,
                first_name: t.firstName,
                last_name: t.lastName,
                groups: t.groups.join('; '),
                state: t.state,
                invite_type: t.inviteType,
                id: t.id,
            })));
            ctx.log.info(`Wrote ${testers.length} testers to ${outputFile} (${format}).`);
        }
        const rows = testers.map((t) => [
            t.email,
            [t.firstName, t.lastName].filter(Boolean).join(' '),
            t.groups.join(', '),
            t.state,
        ]);
        const { rows: shown, note } = (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .capped */ .uo)(rows);
        return {
            outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.Changes]: 0 },
            result: {
                app: { id: app.id, bundleId: app.bundleId, name: app.name },
                ...(groups.length ? { groups: groups.map((g) => ({ id: g.id, name: g.name })) } : {}),
                count: testers.length,
                ...(outputFile ? { file: outputFile, format } : {}),
                testers: testers.map((t) => ({
                    id: t.id,
                    email: t.email,
                    firstName: t.firstName ?? null,
                    lastName: t.lastName ?? null,
                    state: t.state ?? null,
                    inviteType: t.inviteType ?? null,
                    groups: t.groups,
                })),
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .facts */ .Ix)([
                    ['App', `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
                    ['Groups', groups.length ? groups.map((g) => g.name).join(', ') : 'all'],
                    ['Testers', testers.length],
                    ...(outputFile ? [['File', `${outputFile} (${format})`]] : []),
                ]),
                ...(testers.length ? [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(['Email', 'Name', 'Groups', 'State'], shown, note)] : []),
            ],
        };
    },
}));


/***/ }),

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ writeListFile),
/* harmony export */   r: () => (/* binding */ csvCell)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Writes a list for a later step: CSV (header row, RFC 4180 quoting, CRLF line ends) or JSON
 * (an array of objects with the given columns). The folder is created; the file is written to a
 * temporary name beside it and renamed, so a reader never sees half a file.
 */
async function writeListFile(path, format, columns, rows) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const content = format === 'json'
        ? `${JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))), null, 2)}\n`
        : [columns.map(csvCell), ...rows.map((row) => columns.map((c) => csvCell(row[c])))]
            .map((cells) => cells.join(','))
            .join('\r\n') + '\r\n';
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, content, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        throw error;
    }
}
/** One CSV field: quoted when it holds a comma, a quote, or a line break; quotes doubled. */
function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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


/***/ })

};
