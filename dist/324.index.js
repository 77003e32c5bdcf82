export const id = 324;
export const ids = [324];
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

/***/ 4843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ createUploadFile),
/* harmony export */   Nd: () => (/* binding */ listBuildUploads),
/* harmony export */   Qd: () => (/* binding */ getBuildUpload),
/* harmony export */   eP: () => (/* binding */ createBuildUpload),
/* harmony export */   pX: () => (/* binding */ listUploadFiles),
/* harmony export */   sB: () => (/* binding */ getUploadFile),
/* harmony export */   vq: () => (/* binding */ deleteBuildUpload),
/* harmony export */   z0: () => (/* binding */ commitUploadFile)
/* harmony export */ });
/* unused harmony export UPLOADS_FORBIDDEN_HINT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(705);


const UPLOADS_FORBIDDEN_HINT = 'The API key’s role does not allow uploading builds: use a key with the App Manager, Developer or Admin role (Users and Access → Integrations).';
const UPLOAD_FIELDS = 'cfBundleShortVersionString,cfBundleVersion,platform,state,createdDate,uploadedDate,build';
function toUpload(r) {
    const a = r.attributes ?? {};
    return {
        id: r.id,
        version: a.cfBundleShortVersionString ?? '',
        buildNumber: a.cfBundleVersion ?? '',
        platform: a.platform ?? '',
        state: a.state?.state ?? 'AWAITING_UPLOAD',
        errors: a.state?.errors ?? [],
        warnings: a.state?.warnings ?? [],
        infos: a.state?.infos ?? [],
        createdDate: a.createdDate,
        uploadedDate: a.uploadedDate,
        buildId: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .relatedIds */ .q)(r, 'build')[0],
    };
}
function toFile(r) {
    const a = r.attributes ?? {};
    return {
        id: r.id,
        fileName: a.fileName ?? '',
        fileSize: a.fileSize ?? 0,
        assetType: a.assetType,
        deliveryState: a.assetDeliveryState?.state,
        uploadOperations: a.uploadOperations ?? [],
        checksum: a.sourceFileChecksums?.file?.hash,
    };
}
/** The app's build uploads on a platform, optionally of one version and build number (all pages). */
async function listBuildUploads(client, appId, filter) {
    const all = await client.getAll(`/v1/apps/${encodeURIComponent(appId)}/buildUploads`, {
        'filter[platform]': filter.platform,
        'filter[cfBundleShortVersionString]': filter.version,
        'filter[cfBundleVersion]': filter.buildNumber,
        'fields[buildUploads]': UPLOAD_FIELDS,
        'fields[builds]': 'version',
        include: 'build',
    });
    return all.data.map(toUpload);
}
async function getBuildUpload(client, id) {
    const doc = await client.get(`/v1/buildUploads/${encodeURIComponent(id)}`, {
        'fields[buildUploads]': UPLOAD_FIELDS,
        'fields[builds]': 'version',
        include: 'build',
    });
    return toUpload(doc.data);
}
async function createBuildUpload(client, appId, target) {
    const doc = await client.post('/v1/buildUploads', {
        data: {
            type: 'buildUploads',
            attributes: {
                cfBundleShortVersionString: target.version,
                cfBundleVersion: target.buildNumber,
                platform: target.platform,
            },
            relationships: { app: { data: { type: 'apps', id: appId } } },
        },
    }, { forbiddenHint: UPLOADS_FORBIDDEN_HINT });
    return toUpload(doc.data);
}
/** Deletes an upload that was never finished; a 404 means it is already gone. */
async function deleteBuildUpload(client, id) {
    try {
        await client.delete(`/v1/buildUploads/${encodeURIComponent(id)}`, undefined, {
            forbiddenHint: UPLOADS_FORBIDDEN_HINT,
        });
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404))
            throw error;
    }
}
async function createUploadFile(client, uploadId, file) {
    const doc = await client.post('/v1/buildUploadFiles', {
        data: {
            type: 'buildUploadFiles',
            attributes: { assetType: 'ASSET', fileName: file.fileName, fileSize: file.fileSize, uti: file.uti },
            relationships: { buildUpload: { data: { type: 'buildUploads', id: uploadId } } },
        },
    }, { forbiddenHint: UPLOADS_FORBIDDEN_HINT });
    return toFile(doc.data);
}
async function listUploadFiles(client, uploadId) {
    const all = await client.getAll(`/v1/buildUploads/${encodeURIComponent(uploadId)}/buildUploadFiles`);
    return all.data.map(toFile);
}
async function getUploadFile(client, id) {
    const doc = await client.get(`/v1/buildUploadFiles/${encodeURIComponent(id)}`);
    return toFile(doc.data);
}
/** Tells App Store Connect every part is there, with the file's SHA-256. */
async function commitUploadFile(client, id, sha256) {
    const doc = await client.patch(`/v1/buildUploadFiles/${encodeURIComponent(id)}`, {
        data: {
            type: 'buildUploadFiles',
            id,
            attributes: { uploaded: true, sourceFileChecksums: { file: { hash: sha256, algorithm: 'SHA_256' } } },
        },
    }, 
    // A commit whose answer was lost is read back by the caller, never replayed blindly.
    { forbiddenHint: UPLOADS_FORBIDDEN_HINT, replay: false });
    return toFile(doc.data);
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

/***/ 5324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6547);
/* harmony import */ var _uploads_build_number_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5522);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6910);







const VERSION = /^\d+(\.\d+){0,2}$/;
/**
 * The next free build number for the app on a platform (of one version when given): one more
 * than the highest any build or build upload used, failed and unfinished uploads included.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_5__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .requireApp */ .J)(common, 'next-build-number');
        const version = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Version);
        if (version !== undefined && !VERSION.test(version)) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Version, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Version}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`);
        }
        return { app, version };
    },
    async execute({ client, common, log }, { app: ref, version }) {
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_5__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(client, ref));
        const survey = await (0,_uploads_build_number_js__WEBPACK_IMPORTED_MODULE_4__/* .surveyBuildNumbers */ .TX)(client, app.id, common.platform, version);
        const h = survey.highest;
        const scope = `${common.platform}${version ? ` version ${version}` : ''}`;
        log.info(h
            ? `Highest build number of ${app.bundleId} ${scope}: ${h.buildNumber} (${h.kind} ${h.id}, ${h.state}); next: ${survey.next}.`
            : `No build or build upload of ${app.bundleId} ${scope} yet; next: ${survey.next}.`);
        return {
            outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.BuildNumber]: survey.next },
            result: {
                app,
                platform: common.platform,
                version: version ?? null,
                next: survey.next,
                highest: h ?? null,
                counted: { builds: survey.builds, buildUploads: survey.uploads },
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .facts */ .Ix)([
                    ['App', `${app.name} (${app.bundleId})`],
                    ['Scope', scope],
                    [
                        'Highest seen',
                        h ? `${h.buildNumber} · ${h.kind} ${h.id} · ${h.state} · version ${h.version}` : 'none',
                    ],
                    ['Counted', `${survey.builds} builds, ${survey.uploads} build uploads`],
                    ['Next build number', survey.next],
                ]),
            ],
        };
    },
}));


/***/ }),

/***/ 5522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ surveyBuildNumbers)
/* harmony export */ });
/* unused harmony exports compareBuildNumbers, incrementBuildNumber */
/* harmony import */ var _api_build_uploads_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4843);
/* harmony import */ var _api_builds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6815);
/**
 * The next free build number: one more than the highest App Store Connect has seen, counting
 * builds and build uploads (also uploads that FAILED or were never finished: Apple refuses a
 * number a failed upload used).
 */


/** Compares dotted integers: 1.2.10 > 1.2.9, 2 > 1.9, 1.0 = 1. */
function compareBuildNumbers(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/** One more in the last part ("457" → "458", "2.3.9" → "2.3.10"); "1" when nothing was seen. */
function incrementBuildNumber(highest) {
    if (!highest)
        return '1';
    const parts = highest.split('.');
    const last = BigInt(parts[parts.length - 1]) + 1n;
    parts[parts.length - 1] = last.toString();
    return parts.join('.');
}
const NUMERIC = /^\d+(\.\d+)*$/;
/** Reads every build and build upload of the app on the platform (of one version when given). */
async function surveyBuildNumbers(client, appId, platform, version) {
    const [builds, uploads] = await Promise.all([
        client.getAll('/v1/builds', {
            'filter[app]': appId,
            'filter[preReleaseVersion.platform]': platform,
            'filter[preReleaseVersion.version]': version ? (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .versionSpellings */ .eZ)(version) : undefined,
            'fields[builds]': 'version,processingState,preReleaseVersion',
            'fields[preReleaseVersions]': 'version',
            include: 'preReleaseVersion',
        }),
        (0,_api_build_uploads_js__WEBPACK_IMPORTED_MODULE_0__/* .listBuildUploads */ .Nd)(client, appId, { platform, version: version ? (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .versionSpellings */ .eZ)(version) : undefined }),
    ]);
    const seen = [];
    const prvVersion = (b) => {
        const id = b.relationships?.preReleaseVersion?.data?.id;
        const prv = builds.included.find((r) => r.type === 'preReleaseVersions' && r.id === id);
        return String(prv?.attributes?.version ?? '');
    };
    for (const b of builds.data) {
        const number = b.attributes?.version ?? '';
        const v = prvVersion(b);
        if (version && v && (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(v) !== (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(version))
            continue;
        seen.push({
            buildNumber: number,
            version: v,
            kind: 'build',
            id: b.id,
            state: b.attributes?.processingState ?? '',
        });
    }
    for (const u of uploads) {
        if (version && (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(u.version) !== (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(version))
            continue;
        seen.push({
            buildNumber: u.buildNumber,
            version: u.version,
            kind: 'build upload',
            id: u.id,
            state: u.state,
        });
    }
    let highest;
    for (const s of seen) {
        if (!NUMERIC.test(s.buildNumber))
            continue;
        if (!highest || compareBuildNumbers(s.buildNumber, highest.buildNumber) > 0)
            highest = s;
    }
    return {
        next: incrementBuildNumber(highest?.buildNumber),
        highest,
        builds: builds.data.length,
        uploads: uploads.length,
    };
}


/***/ })

};
