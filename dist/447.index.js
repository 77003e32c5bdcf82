export const id = 447;
export const ids = [447];
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

/***/ 9447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ sync_beta_app_info)
});

// EXTERNAL MODULE: ./src/api/apps.ts
var apps = __webpack_require__(3406);
;// CONCATENATED MODULE: ./src/api/beta-app-info.ts
/** The text attributes of a beta app localization, as Apple names them. */
const LOCALIZATION_ATTRIBUTES = [
    'description',
    'feedbackEmail',
    'marketingUrl',
    'privacyPolicyUrl',
    'tvOsPrivacyPolicy',
];
const REVIEW_ATTRIBUTES = [
    'contactFirstName',
    'contactLastName',
    'contactPhone',
    'contactEmail',
    'demoAccountRequired',
    'demoAccountName',
    'demoAccountPassword',
    'notes',
];
function toLocalization(r) {
    const a = r.attributes ?? {};
    const attributes = {};
    for (const name of LOCALIZATION_ATTRIBUTES)
        attributes[name] = a[name] ?? null;
    return { id: r.id, locale: a.locale ?? '', attributes };
}
/** Every beta app localization of the app. */
async function listBetaAppLocalizations(client, appId) {
    const all = await client.getAll('/v1/betaAppLocalizations', { 'filter[app]': appId });
    return all.data.map(toLocalization);
}
/** The localization of one locale, or undefined (for read-backs). */
async function findBetaAppLocalization(client, appId, locale) {
    const doc = await client.get('/v1/betaAppLocalizations', {
        'filter[app]': appId,
        'filter[locale]': locale,
        limit: 10,
    });
    const found = doc.data.find((r) => r.attributes?.locale === locale);
    return found ? toLocalization(found) : undefined;
}
async function getBetaAppLocalization(client, id) {
    const doc = await client.get(`/v1/betaAppLocalizations/${encodeURIComponent(id)}`);
    return toLocalization(doc.data);
}
async function createBetaAppLocalization(client, appId, locale, attributes) {
    const doc = await client.post('/v1/betaAppLocalizations', {
        data: {
            type: 'betaAppLocalizations',
            attributes: { locale, ...attributes },
            relationships: { app: { data: { type: 'apps', id: appId } } },
        },
    });
    return toLocalization(doc.data);
}
async function updateBetaAppLocalization(client, id, attributes) {
    await client.patch(`/v1/betaAppLocalizations/${encodeURIComponent(id)}`, {
        data: { type: 'betaAppLocalizations', id, attributes },
    });
}
async function deleteBetaAppLocalization(client, id) {
    await client.delete(`/v1/betaAppLocalizations/${encodeURIComponent(id)}`);
}
/** The app's Beta App Review details (Apple makes one per app). */
async function getBetaAppReviewDetail(client, appId) {
    const doc = await client.get(`/v1/apps/${encodeURIComponent(appId)}/betaAppReviewDetail`);
    const r = doc.data;
    const a = r.attributes ?? {};
    const attributes = {};
    for (const name of REVIEW_ATTRIBUTES)
        attributes[name] = a[name] ?? null;
    return { id: r.id, attributes };
}
async function updateBetaAppReviewDetail(client, id, attributes) {
    await client.patch(`/v1/betaAppReviewDetails/${encodeURIComponent(id)}`, {
        data: { type: 'betaAppReviewDetails', id, attributes },
    });
}
/** The app's beta license agreement (Apple makes one per app). */
async function getBetaLicenseAgreement(client, appId) {
    const doc = await client.get(`/v1/apps/${encodeURIComponent(appId)}/betaLicenseAgreement`);
    const r = doc.data;
    return { id: r.id, agreementText: r.attributes?.agreementText ?? null };
}
async function updateBetaLicenseAgreement(client, id, agreementText) {
    await client.patch(`/v1/betaLicenseAgreements/${encodeURIComponent(id)}`, {
        data: { type: 'betaLicenseAgreements', id, attributes: { agreementText } },
    });
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var settings = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
;// CONCATENATED MODULE: ./src/testflight/beta-app-info-apply.ts
/**
 * Sends the Beta App Information plan, one write at a time, and reads every write back. A 409 on
 * a create means the locale may already be there (a retry of a create whose answer was lost):
 * it is read back and patched if it still differs. A failure that concerns the whole run (401,
 * 403, 429, 5xx, network) stops the writes not yet sent.
 */


/** The fields of `wanted` that `actual` does not hold. */
function mismatches(wanted, actual) {
    return Object.entries(wanted)
        .filter(([k, v]) => (actual[k] ?? null) !== v)
        .map(([k]) => k);
}
/** Applies the writes in order; returns one outcome per write and the number of requests that changed something. */
async function applyBetaAppInfo(ctx, app, writes) {
    const applied = [];
    let sent = 0;
    let fatal;
    for (const write of writes) {
        if (fatal !== undefined) {
            applied.push({ write, outcome: 'not attempted', detail: `stopped: ${(0,errors/* reasonOf */.A3)(fatal)}` });
            continue;
        }
        try {
            const result = await applyOne(ctx, app, write);
            sent += result.sent;
            applied.push({ write, outcome: 'done', ...(result.note ? { detail: result.note } : {}) });
        }
        catch (error) {
            if ((0,errors/* stopsTheRun */.Ek)(error))
                fatal = error;
            applied.push({ write, outcome: 'failed', detail: (0,errors/* reasonOf */.A3)(error) });
        }
    }
    return { applied, sent };
}
async function applyOne(ctx, app, write) {
    const { client } = ctx;
    switch (write.kind) {
        case 'create-localization': {
            let note;
            let sent = 1;
            try {
                await createBetaAppLocalization(client, app.id, write.locale, write.attributes);
            }
            catch (error) {
                if (!(error instanceof errors/* ApiError */.hD && error.status === 409))
                    throw error;
                // Maybe there already (a lost answer's retry, or someone else): read back, patch what differs.
                const found = await findBetaAppLocalization(client, app.id, write.locale);
                if (!found)
                    throw error;
                const differ = mismatches(write.attributes, found.attributes);
                if (differ.length) {
                    await updateBetaAppLocalization(client, found.id, pick(write.attributes, differ));
                }
                else if (!error.afterRetry)
                    sent = 0;
                note = `App Store Connect answered 409 to the create; read back: ${write.locale} ${error.afterRetry ? 'created' : 'present'}`;
            }
            await readBackLocalization(ctx, () => findBetaAppLocalization(client, app.id, write.locale), write);
            return { sent, ...(note ? { note } : {}) };
        }
        case 'update-localization':
            await updateBetaAppLocalization(client, write.id, write.attributes);
            await readBackLocalization(ctx, () => getBetaAppLocalization(client, write.id), write);
            return { sent: 1 };
        case 'delete-localization':
            try {
                await deleteBetaAppLocalization(client, write.id);
            }
            catch (error) {
                if (!(error instanceof errors/* ApiError */.hD && error.status === 404))
                    throw error;
            }
            if (await findBetaAppLocalization(client, app.id, write.locale))
                throw new Error(`read back: ${write.locale} is still there after the delete`);
            return { sent: 1 };
        case 'update-review': {
            await updateBetaAppReviewDetail(client, write.id, write.attributes);
            const back = await getBetaAppReviewDetail(client, app.id);
            const wanted = { ...write.attributes };
            let note;
            // Apple may not show the password back; it is checked only when it does.
            if (back.attributes.demoAccountPassword === null && wanted.demoAccountPassword !== undefined) {
                delete wanted.demoAccountPassword;
                note = 'the password is not shown back, so it could not be checked';
            }
            const differ = mismatches(wanted, back.attributes);
            if (differ.length)
                throw new Error(`read back: ${differ.join(', ')} did not take the new value`);
            return { sent: 1, ...(note ? { note } : {}) };
        }
        case 'update-license': {
            await updateBetaLicenseAgreement(client, write.id, write.text);
            const back = await getBetaLicenseAgreement(client, app.id);
            if ((back.agreementText ?? '').replace(/\r\n/g, '\n').trim() !== write.text)
                throw new Error('read back: the license agreement did not take the new text');
            return { sent: 1 };
        }
    }
}
function pick(attributes, names) {
    return Object.fromEntries(Object.entries(attributes).filter(([k]) => names.includes(k)));
}
async function readBackLocalization(ctx, read, write) {
    const back = await read();
    if (!back)
        throw new Error(`read back: no ${write.locale} localization after the write`);
    const differ = mismatches(write.attributes, back.attributes);
    if (differ.length)
        throw new Error(`read back: ${differ.join(', ')} of ${write.locale} did not take the new value`);
    ctx.log.debug(`Read back ${write.locale}: as written.`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
;// CONCATENATED MODULE: ./src/testflight/beta-app-info-rules.ts
/**
 * What App Store Connect accepts in Beta App Information: the locales and the field limits.
 *
 * Locales: Apple's page on beta app localizations says they "can be localized for the languages
 * listed in App Store localizations" (developer.apple.com/documentation/appstoreconnectapi/
 * beta-app-localizations), and its BetaBuildLocalization attributes page lists the same codes.
 * The list below is that list; the OpenAPI description (4.4.1) types `locale` as a plain string.
 *
 * Limits: the OpenAPI description declares no `maxLength` on these attributes. The description's
 * 4,000 characters is App Store Connect's limit for the Beta App Description; 4,000 for review
 * notes is App Store Connect's limit as other clients report it (not confirmed by Apple's API
 * documentation). The other bounds are this action's own guards against a pasted blob (marked
 * `ours`), loose enough for any real value.
 */
/** The locales App Store Connect accepts, spelled as Apple spells them. */
const BETA_LOCALES = [
    'ar-SA',
    'ca',
    'cs',
    'da',
    'de-DE',
    'el',
    'en-AU',
    'en-CA',
    'en-GB',
    'en-US',
    'es-ES',
    'es-MX',
    'fi',
    'fr-CA',
    'fr-FR',
    'he',
    'hi',
    'hr',
    'hu',
    'id',
    'it',
    'ja',
    'ko',
    'ms',
    'nl-NL',
    'no',
    'pl',
    'pt-BR',
    'pt-PT',
    'ro',
    'ru',
    'sk',
    'sv',
    'th',
    'tr',
    'uk',
    'vi',
    'zh-Hans',
    'zh-Hant',
];
/** Apple's spelling of a locale given in any case (and with '_' for '-'), or undefined. */
function canonicalLocale(value) {
    const norm = value.trim().replace(/_/g, '-').toLowerCase();
    return BETA_LOCALES.find((l) => l.toLowerCase() === norm);
}
/** Longest values, in characters (UTF-16 code units, as App Store Connect counts them). */
const LIMITS = {
    description: { max: 4000, source: 'Apple' },
    notes: { max: 4000, source: 'reported' },
    tvOsPrivacyPolicy: { max: 4000, source: 'ours' },
    url: { max: 2000, source: 'ours' },
    email: { max: 254, source: 'ours' },
    name: { max: 100, source: 'ours' },
    phone: { max: 40, source: 'ours' },
    demoAccountName: { max: 255, source: 'ours' },
    agreementText: { max: 100_000, source: 'ours' },
};
/** Largest file read for the info file or the license agreement file. */
const MAX_FILE_BYTES = 1_000_000;
const PHONE = /^\+?[0-9][0-9 ().-]*[0-9)]$/;
function isPhone(value) {
    return PHONE.test(value) && value.replace(/\D/g, '').length >= 5;
}
function isWebUrl(value) {
    if (/\s/.test(value))
        return false;
    try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/email.ts
var email = __webpack_require__(8935);
;// CONCATENATED MODULE: ./src/testflight/beta-app-info-file.ts
/**
 * The Beta App Information file (YAML; JSON is YAML too), read and checked before any request.
 * Every problem is an InputError naming the file, the line and the field: unknown keys (a typo
 * must not be silently ignored), locales Apple does not accept, malformed emails and URLs,
 * over-long texts, a demo account required without a name or password.
 *
 * A field left out of the file is left as it is in App Store Connect (Apple does not let data
 * be removed from these fields once set).
 */







const LOCALIZATION_KEYS = {
    description: { attr: 'description', kind: 'text', limit: LIMITS.description },
    'feedback-email': { attr: 'feedbackEmail', kind: 'email', limit: LIMITS.email },
    'marketing-url': { attr: 'marketingUrl', kind: 'url', limit: LIMITS.url },
    'privacy-policy-url': { attr: 'privacyPolicyUrl', kind: 'url', limit: LIMITS.url },
    'tvos-privacy-policy': { attr: 'tvOsPrivacyPolicy', kind: 'text', limit: LIMITS.tvOsPrivacyPolicy },
};
const REVIEW_KEYS = {
    'contact-first-name': { attr: 'contactFirstName', kind: 'text', limit: LIMITS.name },
    'contact-last-name': { attr: 'contactLastName', kind: 'text', limit: LIMITS.name },
    'contact-phone': { attr: 'contactPhone', kind: 'phone', limit: LIMITS.phone },
    'contact-email': { attr: 'contactEmail', kind: 'email', limit: LIMITS.email },
    'demo-account-required': { attr: 'demoAccountRequired', kind: 'bool', limit: LIMITS.name },
    'demo-account-name': { attr: 'demoAccountName', kind: 'text', limit: LIMITS.demoAccountName },
    notes: { attr: 'notes', kind: 'text', limit: LIMITS.notes },
};
const TOP_KEYS = ['localizations', 'review', 'license-agreement', 'license-agreement-file'];
/** Reads the file named by the input (relative to the working directory) and checks it. */
function readBetaAppInfoFile(path, options = {}) {
    return parseBetaAppInfo(readBounded(path, constants/* Input */.pd.BetaAppInfoFile, 'the working directory'), path, {
        ...options,
        readLicense: (relative) => readBounded((0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), relative), constants/* Input */.pd.BetaAppInfoFile, 'the file'),
    });
}
function readBounded(path, input, base) {
    try {
        const size = (0,external_node_fs_.statSync)(path).size;
        if (size > MAX_FILE_BYTES)
            throw new input_reader/* InputError */.dz(input, `Input '${input}': ${(0,input_reader/* quote */.hD)(path)} is ${size} bytes; the limit is ${MAX_FILE_BYTES}.`);
        return (0,external_node_fs_.readFileSync)(path, 'utf8').replace(/^\uFEFF/, '');
    }
    catch (error) {
        if (error instanceof input_reader/* InputError */.dz)
            throw error;
        const code = error.code;
        throw new input_reader/* InputError */.dz(input, `Input '${input}': cannot read ${(0,input_reader/* quote */.hD)(path)} (${code === 'ENOENT' ? `no such file; the path is relative to ${base}` : error.message}).`);
    }
}
/** Parses and checks the file's text. `readLicense` reads `license-agreement-file` (relative to the file). */
function parseBetaAppInfo(text, file, options = {}) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const lineOf = (node) => lines.linePos(node?.range?.[0] ?? 0).line;
    const fail = (line, field, message) => new input_reader/* InputError */.dz(constants/* Input */.pd.BetaAppInfoFile, `Input '${constants/* Input */.pd.BetaAppInfoFile}': ${file} line ${line}${field ? `, ${field}` : ''}: ${message}`);
    const first = doc.errors[0];
    if (first) {
        const line = lines.linePos(first.pos[0]).line;
        throw fail(line, '', `is not valid YAML or JSON: ${first.message.split('\n')[0]}`);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        throw fail(lineOf(root), '', 'expected a map with localizations, review, license-agreement or license-agreement-file.');
    }
    const spec = { file, localizations: new Map() };
    const seen = pairs(root, '', TOP_KEYS, fail, lineOf);
    if (seen.size === 0)
        throw fail(1, '', 'sets nothing: expected localizations, review or a license agreement.');
    const locs = seen.get('localizations');
    if (locs?.value != null) {
        if (!(0,dist/* isMap */.jh)(locs.value))
            throw fail(lineOf(locs.value), 'localizations', 'expected a map keyed by locale (en-US: ...).');
        for (const pair of locs.value.items) {
            const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
            const line = lineOf(pair.key);
            const locale = canonicalLocale(key);
            if (!locale) {
                throw fail(line, `localizations.${key}`, `${(0,input_reader/* quote */.hD)(key)} is not a locale App Store Connect accepts for beta app information (e.g. en-US, de-DE, ja, zh-Hans; the README lists them all).`);
            }
            if (spec.localizations.has(locale))
                throw fail(line, `localizations.${key}`, `repeats the locale ${locale}: list each locale once.`);
            const path = `localizations.${key}`;
            if (!(0,dist/* isMap */.jh)(pair.value))
                throw fail(line, path, 'expected a map of fields (description, feedback-email, ...).');
            const fields = {};
            for (const [name, p] of pairs(pair.value, path, Object.keys(LOCALIZATION_KEYS), fail, lineOf)) {
                const rule = LOCALIZATION_KEYS[name];
                const value = checkValue(p, `${path}.${name}`, rule.kind, rule.limit, fail, lineOf);
                if (value !== undefined)
                    fields[rule.attr] = value;
            }
            spec.localizations.set(locale, { where: `${file} line ${line}`, fields });
        }
    }
    const review = seen.get('review');
    if (review?.value != null) {
        if (!(0,dist/* isMap */.jh)(review.value))
            throw fail(lineOf(review.value), 'review', 'expected a map of review fields.');
        const fields = {};
        for (const [name, p] of pairs(review.value, 'review', Object.keys(REVIEW_KEYS), fail, lineOf)) {
            const rule = REVIEW_KEYS[name];
            const value = checkValue(p, `review.${name}`, rule.kind, rule.limit, fail, lineOf);
            if (value !== undefined)
                fields[rule.attr] = value;
        }
        if (fields.demoAccountRequired === true) {
            const line = lineOf(seen.get('review')?.key);
            if (!fields.demoAccountName)
                throw fail(line, 'review.demo-account-name', 'demo-account-required is true but no demo-account-name is given.');
            if (!options.password) {
                throw new input_reader/* InputError */.dz(constants/* Input */.pd.DemoAccountPassword, `Input '${constants/* Input */.pd.DemoAccountPassword}' is required: ${file} line ${line} sets review.demo-account-required to true (the password is never kept in the file; pass it from a secret).`);
            }
        }
        spec.review = fields;
    }
    const inline = seen.get('license-agreement');
    const fromFile = seen.get('license-agreement-file');
    if (inline && fromFile) {
        throw fail(lineOf(fromFile.key), 'license-agreement-file', 'give license-agreement or license-agreement-file, not both.');
    }
    if (inline?.value != null) {
        const text = checkValue(inline, 'license-agreement', 'text', LIMITS.agreementText, fail, lineOf);
        spec.license = { text, where: `${file} line ${lineOf(inline.key)}` };
    }
    if (fromFile?.value != null) {
        const line = lineOf(fromFile.key);
        const path = checkValue(fromFile, 'license-agreement-file', 'text', LIMITS.url, fail, lineOf);
        const content = (options.readLicense ?? ((p) => readBounded(p, constants/* Input */.pd.BetaAppInfoFile, 'the file')))(path);
        const text = content.replace(/\r\n/g, '\n').trim();
        if (!text)
            throw fail(line, 'license-agreement-file', `${(0,input_reader/* quote */.hD)(path)} is empty.`);
        if (text.length > LIMITS.agreementText.max)
            throw fail(line, 'license-agreement-file', `${(0,input_reader/* quote */.hD)(path)} has ${text.length} characters; the limit is ${LIMITS.agreementText.max}.`);
        spec.license = { text, where: `${path} (from ${file} line ${line})` };
    }
    return spec;
}
/** The map's pairs by key; an unknown or repeated key fails naming its line. */
function pairs(map, path, allowed, fail, lineOf) {
    const out = new Map();
    for (const pair of map.items) {
        const key = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : '');
        const field = path ? `${path}.${key}` : key;
        if (!allowed.includes(key)) {
            throw fail(lineOf(pair.key), field, `unknown key ${(0,input_reader/* quote */.hD)(key)}: expected ${allowed.join(', ')}.`);
        }
        out.set(key, pair);
    }
    return out;
}
/** A checked value, or undefined for a field left empty (null: left as it is). */
function checkValue(pair, field, kind, limit, fail, lineOf) {
    const node = pair.value;
    const line = lineOf(node ?? pair.key);
    const raw = (0,dist/* isScalar */.jn)(node) ? node.value : node == null ? null : node;
    if (raw === null || raw === undefined)
        return undefined;
    if (kind === 'bool') {
        if (typeof raw === 'boolean')
            return raw;
        throw fail(line, field, `${(0,input_reader/* quote */.hD)(String(raw))} is not true or false.`);
    }
    if (typeof raw !== 'string' && !(kind === 'phone' && typeof raw === 'number'))
        throw fail(line, field, 'expected text.');
    const value = String(raw).trim();
    if (value === '') {
        throw fail(line, field, 'is empty: leave the key out to keep what App Store Connect has (these fields cannot be cleared).');
    }
    if (value.length > limit.max) {
        throw fail(line, field, `is ${value.length} characters long; ${limit.source === 'ours' ? 'this action accepts' : 'App Store Connect accepts'} at most ${limit.max}.`);
    }
    if (kind === 'email' && !(0,email/* isEmail */.x)(value))
        throw fail(line, field, `${(0,input_reader/* quote */.hD)(value)} is not an email address.`);
    if (kind === 'url' && !isWebUrl(value))
        throw fail(line, field, `${(0,input_reader/* quote */.hD)(value)} is not an http or https URL.`);
    if (kind === 'phone' && !isPhone(value)) {
        throw fail(line, field, `${(0,input_reader/* quote */.hD)(value)} is not a phone number (digits, spaces, + ( ) - . only; e.g. +1 408 555 0100).`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/testflight/beta-app-info-plan.ts

/** The file's key for an Apple attribute name. */
const FILE_KEY = {
    description: 'description',
    feedbackEmail: 'feedback-email',
    marketingUrl: 'marketing-url',
    privacyPolicyUrl: 'privacy-policy-url',
    tvOsPrivacyPolicy: 'tvos-privacy-policy',
    contactFirstName: 'contact-first-name',
    contactLastName: 'contact-last-name',
    contactPhone: 'contact-phone',
    contactEmail: 'contact-email',
    demoAccountRequired: 'demo-account-required',
    demoAccountName: 'demo-account-name',
    demoAccountPassword: 'demo-account-password',
    notes: 'notes',
};
/** Plans the writes that make App Store Connect match the file. Pure. */
function planBetaAppInfo(spec, state, options = {}) {
    const writes = [];
    const byLocale = new Map(state.localizations.map((l) => [l.locale, l]));
    for (const [locale, { fields }] of spec.localizations) {
        const current = byLocale.get(locale);
        const changes = [];
        const attributes = {};
        for (const [attr, value] of Object.entries(fields)) {
            const old = current?.attributes[attr] ?? null;
            if (old === value)
                continue;
            attributes[attr] = value;
            changes.push({ field: `localizations.${locale}.${FILE_KEY[attr]}`, old, new: value });
        }
        if (!current)
            writes.push({ kind: 'create-localization', locale, attributes, fields: changes });
        else if (changes.length)
            writes.push({ kind: 'update-localization', locale, id: current.id, attributes, fields: changes });
    }
    if (options.removeUnlistedLocales) {
        for (const l of state.localizations) {
            if (spec.localizations.has(l.locale))
                continue;
            writes.push({
                kind: 'delete-localization',
                locale: l.locale,
                id: l.id,
                fields: [{ field: `localizations.${l.locale}`, old: 'present', new: null }],
            });
        }
    }
    if (spec.review || options.password !== undefined) {
        const wanted = { ...spec.review };
        if (options.password !== undefined)
            wanted.demoAccountPassword = options.password;
        const attributes = {};
        const changes = [];
        for (const [attr, value] of Object.entries(wanted)) {
            const old = state.review.attributes[attr] ?? null;
            if (old === value)
                continue;
            attributes[attr] = value;
            const secret = attr === 'demoAccountPassword';
            changes.push({
                field: `review.${FILE_KEY[attr]}`,
                old: secret ? (old ? '(hidden)' : null) : old,
                new: secret ? '(hidden)' : value,
                ...(secret ? { secret: true } : {}),
            });
        }
        if (changes.length)
            writes.push({ kind: 'update-review', id: state.review.id, attributes, fields: changes });
    }
    if (spec.license &&
        spec.license.text !== (state.license.agreementText ?? '').replace(/\r\n/g, '\n').trim()) {
        writes.push({
            kind: 'update-license',
            id: state.license.id,
            text: spec.license.text,
            fields: [{ field: 'license-agreement', old: state.license.agreementText, new: spec.license.text }],
        });
    }
    return writes;
}
/** A value for a log line or the summary: quoted, one line, unable to form a workflow command or a link. */
function shown(value) {
    if (value === null)
        return '(none)';
    if (typeof value === 'boolean')
        return String(value);
    return (0,input_reader/* quote */.hD)(value).replace(/##\[/g, '#\u2060#[').replace(/::/g, ':\u2060:').replace(/\]\(/g, ']\u2060(');
}
/** One line per field: `field: old → new` (the password: changed). */
function diffLines(writes) {
    const lines = [];
    for (const w of writes) {
        if (w.kind === 'delete-localization') {
            lines.push(`localizations.${w.locale}: delete (not in the file; remove-unlisted-locales is true)`);
            continue;
        }
        if (w.kind === 'create-localization' && w.fields.length === 0)
            lines.push(`localizations.${w.locale}: create (no fields)`);
        for (const f of w.fields) {
            lines.push(f.secret
                ? `${f.field}: changed (not shown)`
                : `${f.field}: ${shown(f.old)} → ${shown(f.new)}${w.kind === 'create-localization' ? ' (new locale)' : ''}`);
        }
    }
    return lines;
}

// EXTERNAL MODULE: ./src/output/summary.ts
var summary = __webpack_require__(1213);
;// CONCATENATED MODULE: ./src/testflight/beta-app-info-summary.ts



const WHAT = {
    'create-localization': 'create localization',
    'update-localization': 'update localization',
    'delete-localization': 'delete localization',
    'update-review': 'update Beta App Review details',
    'update-license': 'update license agreement',
};
function target(w) {
    return 'locale' in w ? `${WHAT[w.kind]} ${w.locale}` : WHAT[w.kind];
}
function betaAppInfoOutcome(parts) {
    const { app, spec, dryRun, writes } = parts;
    const applied = parts.applied ?? writes.map((write) => ({ write, outcome: 'would change' }));
    const changes = dryRun ? writes.length : parts.sent;
    const failed = applied.filter((a) => a.outcome === 'failed' || a.outcome === 'not attempted');
    const rows = applied.flatMap((a) => (a.write.fields.length ? a.write.fields : [{ field: target(a.write), old: null, new: null }]).map((f) => [
        f.field,
        f.secret ? (f.old ? 'set' : '–') : shown(f.old),
        f.secret ? 'changed' : a.write.kind === 'delete-localization' ? 'deleted' : shown(f.new),
        a.outcome,
        a.detail,
    ]));
    const { rows: visible, note } = (0,summary/* capped */.uo)(rows);
    return {
        outputs: { [constants/* Output */.k7.Changes]: changes },
        result: {
            app: { id: app.id, bundleId: app.bundleId, name: app.name },
            file: spec.file,
            dryRun,
            locales: [...spec.localizations.keys()],
            changes,
            writes: applied.map((a) => ({
                action: a.write.kind,
                ...('locale' in a.write ? { locale: a.write.locale } : {}),
                outcome: a.outcome,
                ...(a.detail ? { detail: a.detail } : {}),
                fields: a.write.fields.map((f) => f.secret ? { field: f.field, changed: true } : { field: f.field, old: f.old, new: f.new }),
            })),
        },
        summary: [
            (0,summary/* facts */.Ix)([
                ['App', `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
                ['File', spec.file],
                ['Locales in the file', [...spec.localizations.keys()].join(', ') || '–'],
                [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
                ...(failed.length ? [['Failed', failed.length]] : []),
            ]),
            ...(rows.length
                ? [
                    (0,summary/* heading */.R_)(dryRun ? 'Would change' : 'Changes'),
                    (0,summary/* table */.tp)(['Field', 'Old', 'New', 'Outcome', 'Detail'], visible, note),
                ]
                : []),
        ],
        ...(failed.length
            ? {
                failure: `${failed.length} of ${applied.length} Beta App Information writes failed: ${failed
                    .slice(0, 3)
                    .map((a) => `${target(a.write)} (${a.detail ?? a.outcome})`)
                    .join('; ')}. A re-run sends only what still differs.`,
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/operation.ts
var operation = __webpack_require__(6910);
;// CONCATENATED MODULE: ./src/operations/sync-beta-app-info.ts









/**
 * Makes the app's Beta App Information (localizations, Beta App Review details, license
 * agreement) match a file under review: writes only what differs, reads every write back.
 */
/* harmony default export */ const sync_beta_app_info = ((0,operation/* defineOperation */.h)({
    parse(inputs, common) {
        const app = (0,settings/* requireApp */.J)(common, 'sync-beta-app-info');
        const path = inputs.required(constants/* Input */.pd.BetaAppInfoFile, 'for sync-beta-app-info: the Beta App Information file');
        const password = inputs.string(constants/* Input */.pd.DemoAccountPassword);
        const removeUnlistedLocales = inputs.bool(constants/* Input */.pd.RemoveUnlistedLocales, false);
        const spec = readBetaAppInfoFile(path, { password });
        return { app, spec, password, removeUnlistedLocales };
    },
    async execute(ctx, { app: ref, spec, password, removeUnlistedLocales }) {
        const app = await (0,operation/* namingInput */.n)(constants/* Input */.pd.App, (0,apps/* resolveApp */.A)(ctx.client, ref));
        const [localizations, review, license] = await Promise.all([
            listBetaAppLocalizations(ctx.client, app.id),
            getBetaAppReviewDetail(ctx.client, app.id),
            getBetaLicenseAgreement(ctx.client, app.id),
        ]);
        ctx.log.info(`${app.name || app.bundleId} has ${localizations.length} beta localization${localizations.length === 1 ? '' : 's'}` +
            `${localizations.length ? ` (${localizations.map((l) => l.locale).join(', ')})` : ''}; the file lists ${spec.localizations.size}.`);
        const writes = planBetaAppInfo(spec, { localizations, review, license }, { password, removeUnlistedLocales });
        const lines = diffLines(writes);
        if (lines.length === 0)
            ctx.log.info('Beta App Information already matches the file: nothing to change.');
        else {
            await ctx.log.group(ctx.common.dryRun ? 'Dry run: would change' : 'Changes', async () => {
                for (const line of lines)
                    ctx.log.info(line);
            });
        }
        const unlisted = localizations.filter((l) => !spec.localizations.has(l.locale)).map((l) => l.locale);
        if (unlisted.length && !removeUnlistedLocales && spec.localizations.size) {
            ctx.log.info(`Left alone (not in the file): ${unlisted.join(', ')}. Set remove-unlisted-locales: true to delete them.`);
        }
        if (ctx.common.dryRun)
            return betaAppInfoOutcome({ app, spec, dryRun: true, writes, sent: 0 });
        const { applied, sent } = await applyBetaAppInfo(ctx, app, writes);
        return betaAppInfoOutcome({ app, spec, dryRun: false, writes, applied, sent });
    },
}));


/***/ })

};
