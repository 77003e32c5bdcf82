export const id = 191;
export const ids = [191];
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

/***/ 6191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _api_beta_groups_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8045);
/* harmony import */ var _api_beta_testers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7069);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/* harmony import */ var _testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(815);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6547);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6910);









/**
 * Changes only the settings given (public link, its limit, feedback) of the group named by
 * `group-name`. To rename, name the group in `groups` and give the new name in `group-name`.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_5__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .requireApp */ .J)(common, 'update-group');
        const name = inputs.required(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.GroupName, "for update-group: the group's name (or its new name, with the group in 'groups')");
        const current = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups);
        if (current.length > 1) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups}' names ${current.length} groups; update-group changes one (give its current name or id to rename it to '${name}').`);
        }
        const settings = (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .parseGroupSettings */ .MW)(inputs);
        const rename = current[0] !== undefined && current[0] !== name ? name : undefined;
        if (rename === undefined && Object.keys(settings).length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.GroupName, `Nothing to update for ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(name)}: give ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PublicLinkEnabled}, ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PublicLinkLimit} or ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.FeedbackEnabled}, or the current name in '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups}' to rename the group to '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.GroupName}'.`);
        }
        return {
            app,
            target: current[0] ?? name,
            targetInput: current[0] ? _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups : _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.GroupName,
            rename,
            settings,
        };
    },
    async execute(ctx, { app: ref, target, targetInput, rename, settings }) {
        const { client, log, common } = ctx;
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_5__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(client, ref));
        const groups = await (0,_api_beta_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .listBetaGroups */ .h$)(client, app.id);
        // A re-run of a rename: the old name is gone and a group has the new one, so it is that group.
        const renamed = rename !== undefined && !(0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .findGroup */ .$B)(groups, target) ? (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .findGroup */ .$B)(groups, rename) : undefined;
        if (renamed)
            log.info(`No group '${target}', but '${renamed.name}' exists: already renamed.`);
        const [group] = renamed ? [renamed] : (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveGroupNames */ .OF)([target], groups, targetInput);
        if (!group)
            throw new Error('unreachable: resolveGroupNames returned nothing');
        if (group.isInternal && settings.publicLinkEnabled) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PublicLinkEnabled, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PublicLinkEnabled}' is true, but '${group.name}' is an internal group, which cannot have a public link.`);
        }
        if (group.isInternal && settings.publicLinkLimit !== undefined) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PublicLinkLimit, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PublicLinkLimit}' is set, but '${group.name}' is an internal group, which has no public link to limit.`);
        }
        const update = (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsChanges */ .fH)(group, settings);
        if (rename !== undefined && rename !== group.name) {
            const clash = (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .findGroup */ .$B)(groups, rename);
            if (clash && clash.id !== group.id && clash.name.toLowerCase() === rename.toLowerCase()) {
                throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.GroupName, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.GroupName}': cannot rename '${group.name}' to ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(rename)}: the app already has a group of that name (id ${clash.id}).`);
            }
            update.name = rename;
        }
        let updated = group;
        let action = 'unchanged';
        const changes = Object.keys(update).length ? 1 : 0;
        if (!changes) {
            log.info(`The group '${group.name}' already has the settings given: nothing to do.`);
        }
        else if (common.dryRun) {
            action = 'would update';
            log.info(`Dry run: would update '${group.name}': ${(0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .describeChanges */ .DT)(update)}.`);
        }
        else {
            updated = await (0,_api_beta_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .updateBetaGroup */ .R)(client, group.id, update, { forbiddenHint: _api_beta_testers_js__WEBPACK_IMPORTED_MODULE_7__/* .TESTERS_FORBIDDEN_HINT */ .bA });
            action = 'updated';
            log.info(`Updated '${group.name}': ${(0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .describeChanges */ .DT)(update)}.`);
        }
        return {
            outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Changes]: changes },
            result: {
                app: { id: app.id, bundleId: app.bundleId, name: app.name },
                action,
                dryRun: common.dryRun,
                changes,
                changed: update,
                group: (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .groupJson */ .kO)(updated),
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .facts */ .Ix)([
                    ['App', app.name || app.bundleId],
                    ['Group', `${updated.name} (id ${updated.id})`],
                    ['Outcome', action],
                    ['Changed', changes ? (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .describeChanges */ .DT)(update) : 'nothing'],
                    ['Public link', updated.publicLinkEnabled ? (updated.publicLink ?? 'enabled') : 'off'],
                    ['Public link limit', updated.publicLinkLimitEnabled ? updated.publicLinkLimit : undefined],
                    ['Feedback', updated.feedbackEnabled ? 'on' : 'off'],
                ].filter((row) => row[1] !== undefined)),
            ],
        };
    },
}));


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
