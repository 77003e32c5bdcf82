export const id = 689;
export const ids = [689];
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

/***/ 6815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ notifyTesters),
/* harmony export */   Ag: () => (/* binding */ expireBuild),
/* harmony export */   FN: () => (/* binding */ getReviewSubmission),
/* harmony export */   OA: () => (/* binding */ setUsesNonExemptEncryption),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Qw: () => (/* binding */ submitForBetaReview),
/* harmony export */   YF: () => (/* binding */ listBuilds),
/* harmony export */   Z_: () => (/* binding */ listLocalizations),
/* harmony export */   Zk: () => (/* binding */ addBuildToGroups),
/* harmony export */   _w: () => (/* binding */ matchesSelection),
/* harmony export */   eZ: () => (/* binding */ versionSpellings),
/* harmony export */   ls: () => (/* binding */ getBuild),
/* harmony export */   n7: () => (/* binding */ updateLocalization),
/* harmony export */   o$: () => (/* binding */ createLocalization),
/* harmony export */   oQ: () => (/* binding */ listActiveBuilds),
/* harmony export */   op: () => (/* binding */ listBuildGroupIds),
/* harmony export */   rw: () => (/* binding */ removeBuildFromGroups)
/* harmony export */ });
/* unused harmony exports BUILDS_FORBIDDEN_HINT, BUILD_INCLUDE, toBuild */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(705);


/** What a 403 on a TestFlight build call means. */
const BUILDS_FORBIDDEN_HINT = 'The API key’s role does not allow TestFlight changes: use a key with the App Manager or Admin role (Users and Access → Integrations).';
/** Everything the build operations need about a build, in one request. */
const BUILD_INCLUDE = {
    include: 'preReleaseVersion,buildBetaDetail,betaGroups,betaBuildLocalizations,betaAppReviewSubmission',
    'limit[betaGroups]': 50,
    'limit[betaBuildLocalizations]': 50,
};
/** Reads a build resource and the resources included with it. */
function toBuild(resource, included = []) {
    const a = resource.attributes ?? {};
    const rel = resource.relationships ?? {};
    const prv = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .findIncluded */ .o)(included, 'preReleaseVersions', (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .relatedIds */ .q)(resource, 'preReleaseVersion')[0]);
    const detailRes = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .findIncluded */ .o)(included, 'buildBetaDetails', (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .relatedIds */ .q)(resource, 'buildBetaDetail')[0]);
    const build = {
        id: resource.id,
        buildNumber: a.version ?? '',
        version: prv?.attributes?.version,
        platform: prv?.attributes?.platform,
        preReleaseVersionId: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .relatedIds */ .q)(resource, 'preReleaseVersion')[0],
        appId: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .relatedIds */ .q)(resource, 'app')[0],
        uploadedDate: a.uploadedDate,
        expirationDate: a.expirationDate,
        expired: a.expired === true,
        processingState: a.processingState ?? 'PROCESSING',
        usesNonExemptEncryption: a.usesNonExemptEncryption ?? null,
    };
    if (detailRes) {
        build.betaDetail = {
            id: detailRes.id,
            externalBuildState: detailRes.attributes?.externalBuildState,
            internalBuildState: detailRes.attributes?.internalBuildState,
            autoNotifyEnabled: detailRes.attributes?.autoNotifyEnabled === true,
        };
    }
    const groups = rel.betaGroups;
    if (groups && Array.isArray(groups.data)) {
        const total = groups.meta?.paging?.total;
        if (total === undefined || total <= groups.data.length)
            build.groupIds = groups.data.map((d) => d.id);
    }
    const locs = rel.betaBuildLocalizations;
    if (locs && Array.isArray(locs.data)) {
        const total = locs.meta?.paging?.total;
        if (total === undefined || total <= locs.data.length) {
            build.localizations = locs.data
                .map((d) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .findIncluded */ .o)(included, 'betaBuildLocalizations', d.id))
                .filter((r) => r !== undefined)
                .map(toLocalization);
        }
    }
    const review = rel.betaAppReviewSubmission;
    if (review && 'data' in review) {
        const id = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .relatedIds */ .q)(resource, 'betaAppReviewSubmission')[0];
        const sub = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .findIncluded */ .o)(included, 'betaAppReviewSubmissions', id);
        build.reviewSubmission = id
            ? {
                id,
                betaReviewState: sub?.attributes?.betaReviewState,
                submittedDate: sub?.attributes?.submittedDate,
            }
            : null;
    }
    return build;
}
function toLocalization(r) {
    return { id: r.id, locale: r.attributes?.locale ?? '', whatsNew: r.attributes?.whatsNew ?? null };
}
/** "2.3", "2.3.0" and "2.3.0.0" are one marketing version: drops trailing ".0" parts after the first. */
function normalizeVersion(version) {
    const parts = version.trim().split('.');
    while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1]))
        parts.pop();
    return parts.map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p)).join('.');
}
/** The spellings Apple may have stored for a marketing version (its filter matches exactly). */
function versionSpellings(version) {
    const base = normalizeVersion(version).split('.');
    const out = new Set([version.trim()]);
    for (let n = base.length; n <= 3; n++) {
        out.add([...base, ...Array.from({ length: n - base.length }, () => '0')].join('.'));
    }
    return [...out];
}
function matchesSelection(build, selection) {
    if (selection.buildId && build.id !== selection.buildId)
        return false;
    if (selection.buildNumber && build.buildNumber !== selection.buildNumber)
        return false;
    if (selection.version) {
        if (!build.version || normalizeVersion(build.version) !== normalizeVersion(selection.version))
            return false;
    }
    return true;
}
/** The app's builds on one platform, newest upload first, matching the selection (one page). */
async function listBuilds(client, appId, platform, selection = {}, options = {}) {
    const query = {
        'filter[app]': appId,
        'filter[preReleaseVersion.platform]': platform,
        sort: '-uploadedDate',
        limit: options.limit ?? 10,
        ...(options.include === false ? { include: 'preReleaseVersion' } : BUILD_INCLUDE),
    };
    if (selection.buildNumber)
        query['filter[version]'] = selection.buildNumber;
    if (selection.version)
        query['filter[preReleaseVersion.version]'] = versionSpellings(selection.version);
    if (options.expired !== undefined)
        query['filter[expired]'] = options.expired;
    const doc = await client.get('/v1/builds', query);
    const data = (doc.data ?? []);
    return data.map((r) => toBuild(r, doc.included)).filter((b) => matchesSelection(b, selection));
}
/** Every not-yet-expired build of the app on one platform, newest upload first (all pages). */
async function listActiveBuilds(client, appId, platform) {
    const all = await client.getAll('/v1/builds', {
        'filter[app]': appId,
        'filter[preReleaseVersion.platform]': platform,
        'filter[expired]': false,
        sort: '-uploadedDate',
        include: 'preReleaseVersion',
    });
    return all.data.map((r) => toBuild(r, all.included)).filter((b) => !b.expired);
}
/** One build with everything `BUILD_INCLUDE` brings; undefined when there is none with this id. */
async function getBuild(client, buildId) {
    try {
        const doc = await client.get(`/v1/builds/${encodeURIComponent(buildId)}`, BUILD_INCLUDE);
        return toBuild(doc.data, doc.included);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404)
            return undefined;
        throw error;
    }
}
/** The ids of every group the build is in (when `include` cut the list short). */
async function listBuildGroupIds(client, buildId) {
    const all = await client.getAll('/v1/betaGroups', {
        'filter[builds]': buildId,
        'fields[betaGroups]': 'name',
    });
    return all.data.map((g) => g.id);
}
/** The build's What to Test texts (when `include` cut the list short, or after a 409). */
async function listLocalizations(client, buildId, locale) {
    const all = await client.getAll('/v1/betaBuildLocalizations', {
        'filter[build]': buildId,
        ...(locale ? { 'filter[locale]': locale } : {}),
    });
    return all.data.map(toLocalization);
}
/** Answers export compliance. */
async function setUsesNonExemptEncryption(client, buildId, value) {
    await client.patch(`/v1/builds/${encodeURIComponent(buildId)}`, { data: { type: 'builds', id: buildId, attributes: { usesNonExemptEncryption: value } } }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
}
/** Expires a build: testers can no longer install it. Cannot be undone. */
async function expireBuild(client, buildId) {
    await client.patch(`/v1/builds/${encodeURIComponent(buildId)}`, { data: { type: 'builds', id: buildId, attributes: { expired: true } } }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
}
/** Adds the build to all these groups in one call. */
async function addBuildToGroups(client, buildId, groupIds) {
    await client.post(`/v1/builds/${encodeURIComponent(buildId)}/relationships/betaGroups`, { data: groupIds.map((id) => ({ type: 'betaGroups', id })) }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
}
/** Removes the build from all these groups in one call. */
async function removeBuildFromGroups(client, buildId, groupIds) {
    await client.delete(`/v1/builds/${encodeURIComponent(buildId)}/relationships/betaGroups`, { data: groupIds.map((id) => ({ type: 'betaGroups', id })) }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
}
async function createLocalization(client, buildId, locale, whatsNew) {
    const doc = await client.post('/v1/betaBuildLocalizations', {
        data: {
            type: 'betaBuildLocalizations',
            attributes: { locale, whatsNew },
            relationships: { build: { data: { type: 'builds', id: buildId } } },
        },
    }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
    return toLocalization(doc.data);
}
async function updateLocalization(client, localizationId, whatsNew) {
    await client.patch(`/v1/betaBuildLocalizations/${encodeURIComponent(localizationId)}`, { data: { type: 'betaBuildLocalizations', id: localizationId, attributes: { whatsNew } } }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
}
/** Submits the build for Beta App Review; returns the submission. */
async function submitForBetaReview(client, buildId) {
    const doc = await client.post('/v1/betaAppReviewSubmissions', {
        data: {
            type: 'betaAppReviewSubmissions',
            relationships: { build: { data: { type: 'builds', id: buildId } } },
        },
    }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
    const r = doc.data;
    return {
        id: r.id,
        betaReviewState: r.attributes?.betaReviewState,
        submittedDate: r.attributes?.submittedDate,
    };
}
/** The build's Beta App Review submission, if any (GET needs filter[build]). */
async function getReviewSubmission(client, buildId) {
    const doc = await client.get('/v1/betaAppReviewSubmissions', { 'filter[build]': buildId, limit: 1 });
    const r = doc.data[0];
    return r
        ? { id: r.id, betaReviewState: r.attributes?.betaReviewState, submittedDate: r.attributes?.submittedDate }
        : undefined;
}
/**
 * Tells the build's testers about it. 'auto-notify' when App Store Connect already notifies
 * automatically (its 409 STATE_ERROR): that is success, not failure.
 */
async function notifyTesters(client, buildId) {
    try {
        await client.post('/v1/buildBetaNotifications', {
            data: {
                type: 'buildBetaNotifications',
                relationships: { build: { data: { type: 'builds', id: buildId } } },
            },
        }, { forbiddenHint: BUILDS_FORBIDDEN_HINT });
        return 'sent';
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 409 && error.hasCode('STATE_ERROR'))
            return 'auto-notify';
        throw error;
    }
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

/***/ 761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ buildOutputs),
/* harmony export */   Nc: () => (/* binding */ buildJson),
/* harmony export */   XR: () => (/* binding */ lookupBuild),
/* harmony export */   _x: () => (/* binding */ buildFacts),
/* harmony export */   cO: () => (/* binding */ newestBuilds),
/* harmony export */   e9: () => (/* binding */ describeSelection),
/* harmony export */   mp: () => (/* binding */ parseBuildSelection),
/* harmony export */   nt: () => (/* binding */ waitForBuild),
/* harmony export */   qx: () => (/* binding */ describeNewest),
/* harmony export */   sv: () => (/* binding */ parseWaitSettings),
/* harmony export */   z8: () => (/* binding */ buildLabel)
/* harmony export */ });
/* unused harmony exports isReady, finalProblem */
/* harmony import */ var _api_builds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6815);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/**
 * What the build operations share: reading which build is meant, finding it, waiting for it to
 * appear and finish processing, and describing it in outputs and the job summary.
 */



const BUILD_ID = /^[A-Za-z0-9-]{1,100}$/;
const VERSION = /^\d+(\.\d+){0,2}$/;
const BUILD_NUMBER = /^\d+(\.\d+){0,2}$/;
/** Reads build-id, version and build-number. */
function parseBuildSelection(inputs) {
    const buildId = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildId);
    const version = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Version);
    const buildNumber = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildNumber);
    if (buildId !== undefined && !BUILD_ID.test(buildId)) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildId, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildId}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(buildId)}: expected a build's API id (letters, digits and '-'), such as the build-id output of an earlier step.`);
    }
    if (version !== undefined && !VERSION.test(version)) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Version, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Version}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`);
    }
    if (buildNumber !== undefined && !BUILD_NUMBER.test(buildNumber)) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildNumber, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildNumber}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(buildNumber)}: expected a build number (CFBundleVersion) such as 457 or 2.3.457.`);
    }
    if (buildId !== undefined && (version !== undefined || buildNumber !== undefined)) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildId, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildId}' is set together with '${version !== undefined ? _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Version : _constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.BuildNumber}': give either the build's id or its version and build number, not both.`);
    }
    return { buildId, version, buildNumber };
}
/** Reads wait-timeout (minutes) and poll-interval (seconds). */
function parseWaitSettings(inputs) {
    const minutes = inputs.int(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.WaitTimeout, { min: 0, max: 720, fallback: 30 });
    const seconds = inputs.int(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.PollInterval, { min: 1, max: 3600, fallback: 30 });
    return { timeoutMs: minutes * 60_000, intervalMs: seconds * 1000 };
}
/** "build 2.3 (457)", "build 457", "build abc-123" or "the newest build", for messages. */
function describeSelection(selection, platform) {
    if (selection.buildId)
        return `build ${selection.buildId}`;
    if (selection.version && selection.buildNumber)
        return `build ${selection.version} (${selection.buildNumber})`;
    if (selection.version)
        return `the newest build of version ${selection.version}`;
    if (selection.buildNumber)
        return `build number ${selection.buildNumber}`;
    return `the newest ${platform} build`;
}
/** "2.3 (457)" */
function buildLabel(build) {
    return `${build.version ?? '?'} (${build.buildNumber})`;
}
/** The build, looked up once: by id, or the newest upload matching the selection. */
async function lookupBuild(client, appId, platform, selection) {
    if (selection.buildId) {
        const build = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_0__/* .getBuild */ .ls)(client, selection.buildId);
        return build && (!build.appId || build.appId === appId) ? build : undefined;
    }
    const builds = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_0__/* .listBuilds */ .YF)(client, appId, platform, selection);
    return builds.find((b) => (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesSelection */ ._w)(b, selection));
}
/** The newest builds of the app, for a "nothing matched" message. */
async function newestBuilds(client, appId, platform) {
    return (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_0__/* .listBuilds */ .YF)(client, appId, platform, {}, { limit: 5, include: false });
}
function describeNewest(builds, platform) {
    return builds.length === 0
        ? `The app has no ${platform} builds at all.`
        : `The newest ${platform} builds are: ${builds
            .map((b) => `${buildLabel(b)} ${b.processingState.toLowerCase()}${b.expired ? ', expired' : ''}, id ${b.id}`)
            .join('; ')}.`;
}
/** True once the build has processed and its TestFlight detail is there and out of processing. */
function isReady(build) {
    const detail = build.betaDetail;
    return (build.processingState === 'VALID' &&
        detail !== undefined &&
        detail.externalBuildState !== 'PROCESSING' &&
        detail.internalBuildState !== 'PROCESSING');
}
/** A state that no wait will change. */
function finalProblem(build) {
    if (build.processingState === 'FAILED' || build.processingState === 'INVALID') {
        return `Build ${buildLabel(build)} (id ${build.id}) is ${build.processingState}: App Store Connect could not process it (Apple emails the reason to the uploader; the build's page in App Store Connect shows it too). Fix the problem and upload a new build.`;
    }
    if (build.betaDetail?.externalBuildState === 'PROCESSING_EXCEPTION') {
        return `Build ${buildLabel(build)} (id ${build.id}) hit a processing exception in TestFlight (PROCESSING_EXCEPTION). Upload a new build.`;
    }
    return undefined;
}
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s} s`;
    const m = Math.floor(s / 60);
    return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}
function stateLine(build) {
    const detail = build.betaDetail;
    const beta = detail
        ? (detail.externalBuildState ?? detail.internalBuildState ?? 'unknown')
        : 'not there yet';
    return `build ${buildLabel(build)} is ${build.processingState}, TestFlight state ${beta}`;
}
/**
 * Finds the build and waits, within `timeoutMs`, first for it to appear (right after an upload
 * it can be missing from the list for minutes) and then for processing to finish and its beta
 * detail to be ready. FAILED and INVALID end the wait at once. Polls every `intervalMs` through
 * the injected clock, logs one line per poll, and pins the build's id once seen.
 */
async function waitForBuild(ctx, appId, platform, selection, wait) {
    const { client, log, clock } = ctx;
    const started = clock.now();
    const deadline = started + wait.timeoutMs;
    const what = describeSelection(selection, platform);
    let pinned = selection;
    let last;
    for (let poll = 1;; poll++) {
        const build = await lookupBuild(client, appId, platform, pinned);
        const waitedMs = clock.now() - started;
        const at = `Poll ${poll} (${formatDuration(waitedMs)})`;
        if (build) {
            last = build;
            if (!pinned.buildId)
                pinned = { buildId: build.id };
            const problem = finalProblem(build);
            if (problem) {
                log.info(`${at}: ${stateLine(build)}; that is final.`);
                return { status: 'failed', build, polls: poll, waitedMs, message: problem };
            }
            if (isReady(build)) {
                log.info(`${at}: ${stateLine(build)}; ready.`);
                return { status: 'ready', build, polls: poll, waitedMs };
            }
        }
        const remaining = deadline - clock.now();
        const state = build
            ? stateLine(build)
            : last
                ? `build ${buildLabel(last)} (id ${last.id}) is not listed any more`
                : `${what} is not listed yet`;
        if (remaining <= 0) {
            log.info(`${at}: ${state}; no time left.`);
            const limit = wait.timeoutMs === 0 ? `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.WaitTimeout} is 0` : `waited ${formatDuration(waitedMs)}`;
            if (!build && !last) {
                const newest = await newestBuilds(client, appId, platform);
                return {
                    status: 'not-found',
                    polls: poll,
                    waitedMs,
                    message: `No ${platform} build matches ${what} (${limit}). ${describeNewest(newest, platform)}`,
                };
            }
            const b = (build ?? last);
            return {
                status: 'timeout',
                build: b,
                polls: poll,
                waitedMs,
                message: `Build ${buildLabel(b)} (id ${b.id}) is not ready for TestFlight (${limit}): ${stateLine(b)}. Raise ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.WaitTimeout} (minutes) or run the step again later.`,
            };
        }
        const pause = Math.min(wait.intervalMs, remaining);
        log.info(`${at}: ${state}; next poll in ${formatDuration(pause)}.`);
        await clock.sleep(pause);
    }
}
/** The build outputs every build operation sets. */
function buildOutputs(build) {
    if (!build)
        return {};
    return {
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.BuildId]: build.id,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.BuildVersion]: build.version ?? '',
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.BuildNumber]: build.buildNumber,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.BuildState]: build.processingState,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.BetaState]: build.betaDetail?.externalBuildState ?? '',
    };
}
/** The build as it appears in `result`. */
function buildJson(build) {
    return {
        id: build.id,
        version: build.version ?? null,
        buildNumber: build.buildNumber,
        platform: build.platform ?? null,
        processingState: build.processingState,
        externalBuildState: build.betaDetail?.externalBuildState ?? null,
        internalBuildState: build.betaDetail?.internalBuildState ?? null,
        usesNonExemptEncryption: build.usesNonExemptEncryption,
        uploadedDate: build.uploadedDate ?? null,
        expirationDate: build.expirationDate ?? null,
        expired: build.expired,
    };
}
/** Rows for a `facts` block about the build. */
function buildFacts(build) {
    return [
        ['Build', `${buildLabel(build)}${build.platform ? ` · ${build.platform}` : ''}`],
        ['Build id', build.id],
        ['Processing', build.processingState],
        ['TestFlight (external)', build.betaDetail?.externalBuildState],
        ['TestFlight (internal)', build.betaDetail?.internalBuildState],
        ['Uploaded', build.uploadedDate],
        ['Expires', build.expired ? 'expired' : build.expirationDate],
    ];
}


/***/ })

};
