export const id = 894;
export const ids = [894];
export const modules = {

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

/***/ 2894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ upload_build)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/testflight/builds.ts
var builds = __webpack_require__(761);
// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
// EXTERNAL MODULE: ./src/uploads/app-file.ts
var app_file = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/uploads/upload-settings.ts
/** The upload inputs, shared by upload-build and distribute-build. */



const DOTTED = /^\d+(\.\d+){0,2}$/;
const BUILD_NUMBER = /^\d+(\.\d+){0,3}$/;
/** Reads the app-file, version and build-number inputs (the file itself is read by `readUpload`). */
function parseUploadInputs(inputs, filePath) {
    const version = inputs.string(constants/* Input */.pd.Version);
    const buildNumber = inputs.string(constants/* Input */.pd.BuildNumber);
    if (version !== undefined && !DOTTED.test(version)) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.Version, `Input '${constants/* Input */.pd.Version}' has an invalid value ${(0,input_reader/* quote */.hD)(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`);
    }
    if (buildNumber !== undefined && !BUILD_NUMBER.test(buildNumber)) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.BuildNumber, `Input '${constants/* Input */.pd.BuildNumber}' has an invalid value ${(0,input_reader/* quote */.hD)(buildNumber)}: expected a build number (CFBundleVersion) such as 457 or 2.3.457.`);
    }
    return { filePath, version, buildNumber };
}
/** Reads the file and settles what it will upload; still before any request. */
async function readUpload(given, common, wait) {
    const file = await (0,app_file/* readAppFile */.IA)(given.filePath);
    const target = (0,app_file/* settleTarget */.d1)(file, {
        app: common.app,
        platform: common.platformGiven,
        version: given.version,
        buildNumber: given.buildNumber,
    });
    const concurrency = Number(process.env.ASC_UPLOAD_CONCURRENCY) || undefined;
    return { target, app: (0,app_file/* appFor */.dz)(file, common.app), dryRun: common.dryRun, wait, concurrency };
}

// EXTERNAL MODULE: ./src/api/apps.ts
var apps = __webpack_require__(3406);
// EXTERNAL MODULE: ./src/api/build-uploads.ts
var build_uploads = __webpack_require__(4843);
// EXTERNAL MODULE: ./src/api/builds.ts
var api_builds = __webpack_require__(6815);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
// EXTERNAL MODULE: ./src/operation.ts
var operation = __webpack_require__(6910);
// EXTERNAL MODULE: ./src/uploads/build-number.ts
var build_number = __webpack_require__(5522);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/api/retry.ts
var api_retry = __webpack_require__(7018);
// EXTERNAL MODULE: ./src/api/transport.ts
var transport = __webpack_require__(3841);
;// CONCATENATED MODULE: ./src/uploads/upload-parts.ts
/**
 * Sends the file's parts exactly as App Store Connect's `uploadOperations` say: method, URL,
 * headers and byte range, streamed from disk, a bounded number at a time. The part host is
 * another host: it gets the headers Apple gave and nothing else (no token). The file's SHA-256
 * is computed from the same bytes as they stream, in file order.
 */





/** Parts in flight by default: measured with `npm run bench` (scenario upload). */
const DEFAULT_PART_CONCURRENCY = 6;
const PART_RETRY = {
    maxAttempts: 5,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    budgetMs: 10 * 60_000,
};
/** A part refused for good, or the file's operations do not describe it. */
class PartError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PartError';
    }
}
const EXPIRY_MARGIN_MS = 30_000;
/** Checks the operations before anything is sent: every URL allowed, the ranges inside the file. */
function checkOperations(operations, fileSize) {
    if (operations.length === 0)
        throw new PartError('App Store Connect gave no upload operations for the file.');
    for (const op of operations) {
        let url;
        try {
            url = new URL(op.url);
        }
        catch {
            throw new PartError(`Upload operation ${op.partNumber ?? '?'} has no valid URL.`);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
            throw new PartError(`Upload operation ${op.partNumber ?? '?'} points at ${url.origin}: parts go over https only (plain http only to a loopback host).`);
        }
        if (!Number.isSafeInteger(op.offset) ||
            !Number.isSafeInteger(op.length) ||
            op.offset < 0 ||
            op.length <= 0 ||
            op.offset + op.length > fileSize) {
            throw new PartError(`Upload operation ${op.partNumber ?? '?'} asks for bytes outside the file (offset ${op.offset}, length ${op.length}, file ${fileSize} bytes).`);
        }
    }
}
/** True when the operations cover the file exactly once, in order: the hash can follow the parts. */
function tiles(sorted, fileSize) {
    let at = 0;
    for (const op of sorted) {
        if (op.offset !== at)
            return false;
        at += op.length;
    }
    return at === fileSize;
}
/**
 * Feeds the hash in file order while parts stream out of order: bytes of a part ahead of the
 * next one in order wait (at most the parts in flight); a retried part's bytes count once.
 */
class OrderedHasher {
    lengths;
    hash = (0,external_node_crypto_.createHash)('sha256');
    fed;
    pending = new Map();
    next = 0;
    constructor(lengths) {
        this.lengths = lengths;
        this.fed = lengths.map(() => 0);
    }
    feed(index, position, chunk) {
        const skip = this.fed[index] - position;
        if (skip >= chunk.length)
            return;
        const fresh = skip > 0 ? chunk.subarray(skip) : chunk;
        this.fed[index] = this.fed[index] + fresh.length;
        if (index === this.next)
            this.hash.update(fresh);
        else {
            const list = this.pending.get(index) ?? [];
            list.push(fresh);
            this.pending.set(index, list);
        }
        while (this.next < this.lengths.length && this.fed[this.next] === this.lengths[this.next]) {
            this.next += 1;
            for (const buf of this.pending.get(this.next) ?? [])
                this.hash.update(buf);
            this.pending.delete(this.next);
        }
    }
    digest() {
        return this.next === this.lengths.length ? this.hash.digest('hex') : undefined;
    }
}
/** Sends every operation; resolves once all parts are accepted, with the file's SHA-256. */
async function sendParts(filePath, fileSize, operations, options) {
    const { clock, log } = options;
    checkOperations(operations, fileSize);
    let ops = [...operations].sort((a, b) => a.offset - b.offset);
    const inOrder = tiles(ops, fileSize);
    const hasher = inOrder ? new OrderedHasher(ops.map((o) => o.length)) : undefined;
    const concurrency = Math.max(1, Math.min(options.concurrency ?? DEFAULT_PART_CONCURRENCY, ops.length));
    const retry = { ...PART_RETRY, ...options.retry };
    const random = options.random ?? Math.random;
    const agent = (0,transport/* createAgent */.S)();
    const started = clock.now();
    const total = ops.reduce((n, o) => n + o.length, 0);
    let sent = 0;
    let partsDone = 0;
    let retries = 0;
    let lastDecile = 0;
    let refreshing;
    let failure;
    let nextIndex = 0;
    const fresh = async (index) => {
        const op = ops[index];
        if (!op.expiration || Date.parse(op.expiration) - clock.now() > EXPIRY_MARGIN_MS)
            return op;
        refreshing ??= options.refresh().finally(() => (refreshing = undefined));
        const renewed = [...(await refreshing)].sort((a, b) => a.offset - b.offset);
        checkOperations(renewed, fileSize);
        const match = renewed.find((o) => o.offset === op.offset && o.length === op.length);
        if (!match || (match.expiration && Date.parse(match.expiration) - clock.now() <= EXPIRY_MARGIN_MS)) {
            throw new PartError(`The upload URL of part ${label(op, index, ops.length)} expired (${op.expiration}) and App Store Connect gave no fresh one: run the step again; it starts the file again.`);
        }
        ops = ops.map((o, i) => (i === index ? match : o));
        log.debug(`Part ${label(match, index, ops.length)}: its URL had expired; using a fresh one.`);
        return match;
    };
    const sendPart = async (index) => {
        for (let attempt = 1;; attempt++) {
            const op = await fresh(index);
            const timeoutMs = Math.max(options.partTimeoutMs ?? 60_000, Math.ceil(op.length / 256));
            let status;
            let headers = {};
            let text = '';
            try {
                const res = await (0,transport/* send */.t)(agent, {
                    origin: new URL(op.url).origin,
                    path: new URL(op.url).pathname + new URL(op.url).search,
                    method: op.method,
                    headers: partHeaders(op),
                    body: external_node_stream_.Readable.from(partBody(filePath, op, index, hasher), { objectMode: false }),
                    signal: AbortSignal.timeout(timeoutMs),
                    headersTimeout: timeoutMs,
                    bodyTimeout: timeoutMs,
                });
                status = res.statusCode;
                headers = res.headers;
                text = (await res.body.text()).slice(0, 2000);
            }
            catch (error) {
                const code = error.code ?? error.name;
                const retryable = (0,api_retry/* isRetryableNetworkError */.Hr)(error) || code === 'TimeoutError' || code === 'UND_ERR_ABORTED';
                const wait = (0,api_retry/* backoffDelay */.EY)(retry, attempt, random);
                if (!retryable || attempt >= retry.maxAttempts) {
                    throw new PartError(`Part ${label(op, index, ops.length)} could not be sent after ${attempt} ${attempt === 1 ? 'try' : 'tries'}: ${describe(error, timeoutMs)}. Check the runner's network; a re-run resumes the upload.`);
                }
                log.info(`Part ${label(op, index, ops.length)}: ${describe(error, timeoutMs)}; retrying in ${seconds(wait)}.`);
                retries += 1;
                await clock.sleep(wait);
                continue;
            }
            if (status >= 200 && status < 300)
                break;
            const flat = (name) => {
                const v = headers[name];
                return Array.isArray(v) ? v[0] : v;
            };
            const expired = status === 403 &&
                op.expiration !== undefined &&
                Date.parse(op.expiration) - clock.now() <= EXPIRY_MARGIN_MS;
            if (expired && attempt < retry.maxAttempts)
                continue;
            if ((status === 408 || status === 429 || status >= 500) && attempt < retry.maxAttempts) {
                const wait = (0,api_retry/* parseRetryAfter */.mu)(flat('retry-after'), flat('date'), clock.now()) ??
                    (0,api_retry/* backoffDelay */.EY)(retry, attempt, random);
                log.info(`Part ${label(op, index, ops.length)}: ${status}; retrying in ${seconds(wait)}.`);
                retries += 1;
                await clock.sleep(Math.min(wait, retry.maxDelayMs));
                continue;
            }
            throw new PartError(`Part ${label(op, index, ops.length)} was refused by the upload host (${new URL(op.url).host}): ${status}${excerpt(text)}.` +
                (status === 403 ? ' Its URL may have expired: run the step again.' : ''));
        }
        const op = ops[index];
        sent += op.length;
        partsDone += 1;
        const decile = Math.floor((sent * 10) / total);
        if (decile > lastDecile || partsDone === ops.length) {
            lastDecile = decile;
            const elapsed = Math.max(1, clock.now() - started);
            log.info(`Uploaded ${mb(sent)} of ${mb(total)} (${Math.floor((sent * 100) / total)} %), ${partsDone} of ${ops.length} parts, ${(((sent / 1e6) * 1000) / elapsed).toFixed(1)} MB/s.`);
        }
    };
    const worker = async () => {
        while (failure === undefined && nextIndex < ops.length) {
            const index = nextIndex++;
            try {
                await sendPart(index);
            }
            catch (error) {
                failure ??= error;
            }
        }
    };
    try {
        await Promise.all(Array.from({ length: concurrency }, worker));
    }
    finally {
        await agent.close().catch(() => undefined);
    }
    if (failure !== undefined)
        throw failure;
    const sha256 = hasher?.digest() ?? (await hashFile(filePath));
    return { parts: ops.length, bytes: total, sha256, ms: clock.now() - started, retries, concurrency };
}
/** The headers Apple gave for the part, and the length (a streamed body needs it). */
function partHeaders(op) {
    const headers = {};
    for (const h of op.requestHeaders ?? [])
        if (h.name)
            headers[h.name.toLowerCase()] = h.value ?? '';
    headers['content-length'] ??= String(op.length);
    return headers;
}
/** The part's bytes straight from disk; each chunk also feeds the ordered hash. */
async function* partBody(filePath, op, index, hasher) {
    let position = 0;
    const stream = (0,external_node_fs_.createReadStream)(filePath, {
        start: op.offset,
        end: op.offset + op.length - 1,
        highWaterMark: 256 * 1024,
    });
    for await (const chunk of stream) {
        hasher?.feed(index, position, chunk);
        position += chunk.length;
        yield chunk;
    }
    if (position !== op.length)
        throw new PartError(`the file changed while uploading (part ended at ${position} of ${op.length} bytes)`);
}
async function hashFile(filePath) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(filePath, {
        highWaterMark: 1024 * 1024,
    }))
        hash.update(chunk);
    return hash.digest('hex');
}
function label(op, index, count) {
    return `${op.partNumber ?? index + 1} of ${count} (bytes ${op.offset}-${op.offset + op.length - 1})`;
}
function describe(error, timeoutMs) {
    const e = error;
    if (e.name === 'TimeoutError' ||
        e.code === 'UND_ERR_ABORTED' ||
        e.code === 'UND_ERR_HEADERS_TIMEOUT' ||
        e.code === 'UND_ERR_BODY_TIMEOUT')
        return `no answer within ${seconds(timeoutMs)}`;
    if (e.code === 'ECONNRESET' || e.code === 'UND_ERR_SOCKET')
        return 'the connection was reset';
    if (e.code === 'ECONNREFUSED')
        return 'the connection was refused';
    return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(error));
}
function excerpt(text) {
    const plain = text
        .replace(/<[^>]+>/g, ' ')
        .replace(/[^\x20-\x7e]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return plain ? ` (${plain.slice(0, 160)})` : '';
}
function isLoopback(host) {
    return ['localhost', '127.0.0.1', '[::1]'].includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`);

;// CONCATENATED MODULE: ./src/uploads/upload-watch.ts
/**
 * Watches a build upload until App Store Connect has made the build (COMPLETE with the `build`
 * relationship set) or refused the file (FAILED, with its state details and what to do).
 */


/** One sentence per well-known failure code. */
const ADVICE = [
    [
        ['90062', '90186', '90478'],
        'The version train is closed (that version is already approved or released): raise the version (CFBundleShortVersionString) and build again.',
    ],
    [
        ['90189'],
        'That build number is already used for this version: raise the build number (CFBundleVersion; the next-build-number operation gives a free one) and build again.',
    ],
    [
        ['90054', '90055'],
        'The bundle id in the file does not match the app in App Store Connect: check CFBundleIdentifier and the app input.',
    ],
    [
        ['90725'],
        'The app was built with an SDK App Store Connect no longer accepts: build with the current Xcode release.',
    ],
    [
        ['90683'],
        'Info.plist lacks a purpose string (an NS…UsageDescription) for an API the app uses: add it and build again.',
    ],
];
function adviceFor(code) {
    if (!code)
        return undefined;
    const digits = /\d{5}/.exec(code)?.[0] ?? code;
    return ADVICE.find(([codes]) => codes.includes(digits))?.[1];
}
/** "90189: Redundant Binary Upload ... (advice)" per detail. */
function describeDetails(details) {
    return details.map((d) => {
        const advice = adviceFor(d.code);
        return `${d.code ?? 'no code'}: ${oneLine(d.description ?? 'no description')}${advice ? ` → ${advice}` : ''}`;
    });
}
async function watchUpload(ctx, uploadId, wait) {
    const { client, log, clock } = ctx;
    const started = clock.now();
    const reported = new Set();
    for (let poll = 1;; poll++) {
        const upload = await (0,build_uploads/* getBuildUpload */.Qd)(client, uploadId);
        const waitedMs = clock.now() - started;
        for (const [kind, list] of [
            ['warning', upload.warnings],
            ['info', upload.infos],
        ]) {
            for (const line of describeDetails(list)) {
                if (reported.has(line))
                    continue;
                reported.add(line);
                if (kind === 'warning')
                    log.warning(`App Store Connect: ${line}`);
                else
                    log.info(`App Store Connect says: ${line}`);
            }
        }
        const at = `Poll ${poll} (${Math.round(waitedMs / 1000)} s)`;
        if (upload.state === 'FAILED') {
            log.info(`${at}: the upload FAILED.`);
            const details = describeDetails(upload.errors);
            return {
                status: 'failed',
                upload,
                polls: poll,
                waitedMs,
                message: `App Store Connect refused build ${upload.version} (${upload.buildNumber}) (build upload ${upload.id}): ` +
                    (details.length ? details.join(' | ') : 'no reason given (Apple emails it to the account holder).'),
            };
        }
        if (upload.state === 'COMPLETE' && upload.buildId) {
            log.info(`${at}: COMPLETE, build ${upload.buildId}.`);
            return { status: 'complete', upload, polls: poll, waitedMs };
        }
        const remaining = started + wait.timeoutMs - clock.now();
        if (remaining <= 0) {
            return {
                status: 'timeout',
                upload,
                polls: poll,
                waitedMs,
                message: `Build upload ${upload.id} is still ${upload.state}${upload.state === 'COMPLETE' ? ' without a build' : ''} after ${Math.round(waitedMs / 1000)} s: raise ${constants/* Input */.pd.WaitTimeout} (minutes) or run the step again (it watches this upload instead of sending the file again).`,
            };
        }
        const pause = Math.min(wait.intervalMs, remaining);
        log.info(`${at}: ${upload.state}${upload.state === 'COMPLETE' ? ', build not made yet' : ''}; next poll in ${Math.round(pause / 1000)} s.`);
        await clock.sleep(pause);
    }
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}

;// CONCATENATED MODULE: ./src/uploads/upload-run.ts
/**
 * From the file to a build: look first (a build or upload of this number may exist), then
 * reserve, send the parts, commit with read-back, and watch until App Store Connect has made
 * the build. Re-runs resume or watch instead of sending the file again.
 */










/** Apple picks the part size; about this much has been seen. */
const TYPICAL_PART_BYTES = 5 * 1024 * 1024;
async function runUpload(ctx, plan) {
    const { client, log } = ctx;
    const { target } = plan;
    const { file } = target;
    const app = await (0,operation/* namingInput */.n)(constants/* Input */.pd.App, (0,apps/* resolveApp */.A)(client, plan.app));
    if (file.bundleId && app.bundleId && file.bundleId.toLowerCase() !== app.bundleId.toLowerCase()) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.App, `Input '${constants/* Input */.pd.App}' names ${app.name} (${(0,input_reader/* quote */.hD)(app.bundleId)}) but ${file.fileName} is ${(0,input_reader/* quote */.hD)(file.bundleId)} (${file.source}): upload it to the app with that bundle id.`);
    }
    const base = { app, target, notes: [] };
    const label = `${target.version} (${target.buildNumber})`;
    // A build already there: nothing to send.
    const existing = (await (0,api_builds/* listBuilds */.YF)(client, app.id, target.platform, { version: target.version, buildNumber: target.buildNumber }, { include: false }))[0];
    if (existing) {
        log.info(`Build ${label} is already in App Store Connect (id ${existing.id}): nothing to upload.`);
        return {
            ...base,
            status: 'exists',
            build: (await (0,api_builds/* getBuild */.ls)(client, existing.id)) ?? existing,
            changes: 0,
        };
    }
    const uploads = (await (0,build_uploads/* listBuildUploads */.Nd)(client, app.id, {
        platform: target.platform,
        version: (0,api_builds/* versionSpellings */.eZ)(target.version),
        buildNumber: target.buildNumber,
    }))
        .filter((u) => u.buildNumber === target.buildNumber &&
        (0,api_builds/* normalizeVersion */.Qj)(u.version) === (0,api_builds/* normalizeVersion */.Qj)(target.version))
        .sort((a, b) => (b.createdDate ?? '').localeCompare(a.createdDate ?? ''));
    const done = uploads.find((u) => u.state === 'COMPLETE' && u.buildId);
    if (done?.buildId) {
        const build = await (0,api_builds/* getBuild */.ls)(client, done.buildId);
        if (build) {
            log.info(`Build upload ${done.id} of ${label} is COMPLETE (build ${build.id}): nothing to upload.`);
            return { ...base, status: 'exists', upload: done, build, changes: 0 };
        }
    }
    const moving = uploads.find((u) => u.state === 'PROCESSING' || u.state === 'COMPLETE');
    if (moving) {
        log.info(`Build upload ${moving.id} of ${label} is ${moving.state}: watching it instead of sending the file again.`);
        if (plan.dryRun)
            return {
                ...base,
                status: 'planned',
                upload: moving,
                changes: 0,
                notes: [`watch build upload ${moving.id} (${moving.state})`],
            };
        return finish(ctx, plan, {
            ...base,
            upload: moving,
            changes: 0,
            notes: [`watched build upload ${moving.id}, already ${moving.state}`],
        }, 'watched');
    }
    const failed = uploads.find((u) => u.state === 'FAILED');
    if (failed) {
        const survey = await (0,build_number/* surveyBuildNumbers */.TX)(client, app.id, target.platform, target.version);
        return {
            ...base,
            status: 'failed',
            upload: failed,
            changes: 0,
            message: `Build number ${target.buildNumber} of version ${target.version} was already used by build upload ${failed.id}, which FAILED; App Store Connect refuses the number again. Build with number ${survey.next} (the next free one; the next-build-number operation gives it).`,
        };
    }
    const waiting = uploads.find((u) => u.state === 'AWAITING_UPLOAD');
    const partsGuess = Math.max(1, Math.ceil(file.size / TYPICAL_PART_BYTES));
    if (plan.dryRun) {
        const step = waiting
            ? `resume build upload ${waiting.id} (AWAITING_UPLOAD)`
            : `create a build upload of ${label} for ${target.platform}`;
        log.info(`Dry run: would ${step}, send ${file.size} bytes of ${file.fileName} in about ${partsGuess} parts, commit and watch.`);
        return { ...base, status: 'planned', upload: waiting, changes: 1, notes: [step] };
    }
    let upload;
    let uploadFile;
    const notes = [];
    if (waiting) {
        // An interrupted run: send the parts again to the same file while its URLs hold, else start over.
        const files = await (0,build_uploads/* listUploadFiles */.pX)(client, waiting.id);
        const asset = files.find((f) => (f.assetType ?? 'ASSET') === 'ASSET' && f.fileName === file.fileName && f.fileSize === file.size);
        const fresh = asset?.uploadOperations.some((o) => !o.expiration || Date.parse(o.expiration) > ctx.clock.now() + 60_000);
        if (asset && fresh && files.length === 1) {
            upload = waiting;
            uploadFile = asset;
            notes.push(`resumed build upload ${waiting.id} left AWAITING_UPLOAD by an earlier run`);
            log.info(`Build upload ${waiting.id} of ${label} was left AWAITING_UPLOAD: sending its parts again.`);
        }
        else if (files.length === 0) {
            upload = waiting;
            notes.push(`resumed build upload ${waiting.id}, which had no file yet`);
        }
        else {
            log.info(`Build upload ${waiting.id} of ${label} was left AWAITING_UPLOAD with ${asset ? 'expired URLs' : 'another file'}: deleting it and starting again.`);
            await (0,build_uploads/* deleteBuildUpload */.vq)(client, waiting.id);
            notes.push(`replaced build upload ${waiting.id} left AWAITING_UPLOAD by an earlier run`);
        }
    }
    upload ??= await reserve(ctx, app, target);
    uploadFile ??= await (0,build_uploads/* createUploadFile */.K7)(client, upload.id, {
        fileName: file.fileName,
        fileSize: file.size,
        uti: file.uti,
    });
    const fileId = uploadFile.id;
    log.info(`Sending ${file.fileName}: ${file.size} bytes in ${uploadFile.uploadOperations.length} parts.`);
    const parts = await sendParts(file.path, file.size, uploadFile.uploadOperations, {
        clock: ctx.clock,
        log,
        concurrency: plan.concurrency,
        refresh: async () => (await (0,build_uploads/* getUploadFile */.sB)(client, fileId)).uploadOperations,
    });
    await commit(ctx, fileId, upload.id, parts.sha256);
    log.info(`Committed ${file.fileName} (SHA-256 ${parts.sha256}).`);
    return finish(ctx, plan, { ...base, upload, parts, changes: 1, notes }, waiting && upload.id === waiting.id ? 'resumed' : 'uploaded');
}
/** Creates the build upload; a 409 for a lost answer's retry reads back this run's upload. */
async function reserve(ctx, app, target) {
    try {
        return await (0,build_uploads/* createBuildUpload */.eP)(ctx.client, app.id, target);
    }
    catch (error) {
        if (!(error instanceof errors/* ApiError */.hD && error.status === 409))
            throw error;
        const again = (await (0,build_uploads/* listBuildUploads */.Nd)(ctx.client, app.id, {
            platform: target.platform,
            version: (0,api_builds/* versionSpellings */.eZ)(target.version),
            buildNumber: target.buildNumber,
        })).find((u) => u.state === 'AWAITING_UPLOAD' && u.buildNumber === target.buildNumber);
        if (again)
            return again;
        throw error;
    }
}
/** Commits; when the answer is lost, reads the file's state back before trying again. */
async function commit(ctx, fileId, uploadId, sha256) {
    let lastError;
    for (let attempt = 1; attempt <= 3; attempt++) {
        try {
            await (0,build_uploads/* commitUploadFile */.z0)(ctx.client, fileId, sha256);
            return;
        }
        catch (error) {
            const lost = error instanceof errors/* NetworkError */.Dr || (error instanceof errors/* ApiError */.hD && error.status >= 500);
            if (!lost)
                throw error;
            lastError = error;
            ctx.log.info(`The commit's answer was lost (${error.message}); reading the file's state back.`);
            const file = await (0,build_uploads/* getUploadFile */.sB)(ctx.client, fileId);
            if (file.deliveryState && file.deliveryState !== 'AWAITING_UPLOAD')
                return;
            const upload = await (0,build_uploads/* getBuildUpload */.Qd)(ctx.client, uploadId);
            if (upload.state !== 'AWAITING_UPLOAD')
                return;
            await ctx.clock.sleep(1000 * attempt);
        }
    }
    throw lastError;
}
async function finish(ctx, plan, partial, status) {
    const upload = partial.upload;
    const watched = await watchUpload(ctx, upload.id, plan.wait);
    if (watched.status !== 'complete') {
        return { ...partial, status: watched.status, upload: watched.upload, message: watched.message };
    }
    const build = watched.upload.buildId ? await (0,api_builds/* getBuild */.ls)(ctx.client, watched.upload.buildId) : undefined;
    return { ...partial, status, upload: watched.upload, build };
}

// EXTERNAL MODULE: ./src/output/summary.ts
var summary = __webpack_require__(1213);
;// CONCATENATED MODULE: ./src/uploads/upload-summary.ts
/** The upload as step outputs, `result` and job summary blocks. */




function uploadOutputs(outcome) {
    return {
        ...(0,builds/* buildOutputs */.JZ)(outcome.build),
        [constants/* Output */.k7.BuildVersion]: outcome.build?.version ?? outcome.target.version,
        [constants/* Output */.k7.BuildNumber]: outcome.build?.buildNumber ?? outcome.target.buildNumber,
        [constants/* Output */.k7.BuildUploadId]: outcome.upload?.id ?? '',
        [constants/* Output */.k7.UploadState]: outcome.upload?.state ?? (outcome.build ? 'COMPLETE' : ''),
        [constants/* Output */.k7.Changes]: outcome.changes,
    };
}
function uploadJson(outcome) {
    const { file } = outcome.target;
    const p = outcome.parts;
    return {
        status: outcome.status,
        app: outcome.app,
        file: {
            path: file.path,
            name: file.fileName,
            kind: file.kind,
            bytes: file.size,
            bundleId: file.bundleId ?? null,
            version: file.version ?? null,
            buildNumber: file.buildNumber ?? null,
            platform: file.platform ?? null,
            source: file.source,
        },
        version: outcome.target.version,
        buildNumber: outcome.target.buildNumber,
        platform: outcome.target.platform,
        transfer: p
            ? {
                bytes: p.bytes,
                parts: p.parts,
                concurrency: p.concurrency,
                retries: p.retries,
                seconds: Math.round(p.ms / 100) / 10,
                mbPerSecond: Math.round((p.bytes / 1e6 / Math.max(p.ms / 1000, 0.001)) * 10) / 10,
                sha256: p.sha256,
            }
            : null,
        buildUpload: outcome.upload
            ? {
                id: outcome.upload.id,
                state: outcome.upload.state,
                errors: outcome.upload.errors,
                warnings: outcome.upload.warnings,
                infos: outcome.upload.infos,
            }
            : null,
        build: outcome.build ? (0,builds/* buildJson */.Nc)(outcome.build) : null,
        notes: outcome.notes,
        changes: outcome.changes,
    };
}
function uploadSummary(outcome) {
    const { file } = outcome.target;
    const p = outcome.parts;
    const blocks = [
        (0,summary/* facts */.Ix)([
            ['App', `${outcome.app.name} (${outcome.app.bundleId})`],
            ['File', `${file.fileName} · ${(file.size / 1e6).toFixed(1)} MB`],
            ['Build', `${outcome.target.version} (${outcome.target.buildNumber}) · ${outcome.target.platform}`],
            ['Outcome', outcome.status],
            ['Build upload', outcome.upload ? `${outcome.upload.id} · ${outcome.upload.state}` : undefined],
            [
                'Transfer',
                p
                    ? `${p.parts} parts, ${(p.ms / 1000).toFixed(1)} s, ${(p.bytes / 1e6 / Math.max(p.ms / 1000, 0.001)).toFixed(1)} MB/s${p.retries ? `, ${p.retries} retried` : ''}`
                    : undefined,
            ],
            ['SHA-256', p?.sha256],
            ...outcome.notes.map((n) => ['Note', n]),
            ...(outcome.build ? (0,builds/* buildFacts */._x)(outcome.build) : []),
        ]),
    ];
    const u = outcome.upload;
    const details = u
        ? [
            ...describeDetails(u.errors).map((d) => ['error', d]),
            ...describeDetails(u.warnings).map((d) => ['warning', d]),
            ...describeDetails(u.infos).map((d) => ['info', d]),
        ]
        : [];
    if (details.length > 0)
        blocks.push((0,summary/* table */.tp)(['Kind', 'App Store Connect says'], details));
    return blocks;
}

;// CONCATENATED MODULE: ./src/operations/upload-build.ts






/**
 * Uploads an .ipa or .pkg through the build upload API and waits until App Store Connect has
 * made a build of it. A build or upload of the same number is reused, never sent twice.
 */
/* harmony default export */ const upload_build = ((0,operation/* defineOperation */.h)({
    parse(inputs) {
        const filePath = inputs.required(constants/* Input */.pd.AppFile, 'for upload-build: the path of the .ipa or .pkg to upload');
        return { upload: parseUploadInputs(inputs, filePath), wait: (0,builds/* parseWaitSettings */.sv)(inputs) };
    },
    async execute(ctx, { upload, wait }) {
        const plan = await readUpload(upload, ctx.common, wait);
        const outcome = await ctx.log.group('Upload', () => runUpload(ctx, plan));
        return {
            outputs: uploadOutputs(outcome),
            result: uploadJson(outcome),
            summary: uploadSummary(outcome),
            failure: outcome.message,
        };
    },
}));


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ readAppFile),
/* harmony export */   SL: () => (/* binding */ badFile),
/* harmony export */   d1: () => (/* binding */ settleTarget),
/* harmony export */   dz: () => (/* binding */ appFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _api_builds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6815);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8915);
/**
 * The app file to upload (`.ipa` or `.pkg`): what it says about itself, read before any request,
 * and checked against the inputs that name the same things.
 */





const DOTTED = /^\d+(\.\d+){0,2}$/;
const BUILD_NUMBER = /^\d+(\.\d+){0,3}$/;
/** A problem with the file: names the input and quotes the path. */
function badFile(filePath, why) {
    return new _input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.AppFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.AppFile}' ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(filePath)}: ${why}`);
}
/**
 * Reads the file's facts (the readers are loaded only here: zip and plist parsing stay out of
 * every other operation's start-up).
 */
async function readAppFile(filePath) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(filePath).toLowerCase();
    if (ext !== '.ipa' && ext !== '.pkg') {
        throw badFile(filePath, 'expected an .ipa (iOS, tvOS, visionOS) or a .pkg (macOS) file.');
    }
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(filePath);
        if (!info.isFile())
            throw badFile(filePath, 'is not a file.');
        size = info.size;
        // Readable, not only present.
        await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(filePath, 'r')).close();
    }
    catch (error) {
        if (error instanceof _input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
            throw error;
        const code = error.code;
        throw badFile(filePath, code === 'ENOENT'
            ? 'no such file (check the path; it is relative to the working directory).'
            : `cannot be read (${code ?? String(error)}).`);
    }
    if (size === 0)
        throw badFile(filePath, 'the file is empty.');
    const facts = ext === '.ipa'
        ? await (await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(588)]).then(__webpack_require__.bind(__webpack_require__, 9588))).readIpa(filePath)
        : await (await __webpack_require__.e(/* import() */ 5).then(__webpack_require__.bind(__webpack_require__, 4005))).readPkg(filePath, size);
    if (facts.version !== undefined && !DOTTED.test(facts.version)) {
        throw badFile(filePath, `${facts.source} has a version ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(facts.version)} that is not dotted digits (such as 2.3.1).`);
    }
    if (facts.buildNumber !== undefined && !BUILD_NUMBER.test(facts.buildNumber)) {
        throw badFile(filePath, `${facts.source} has a build number ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(facts.buildNumber)} that is not dotted digits (such as 457 or 2.3.457).`);
    }
    return {
        ...facts,
        path: filePath,
        fileName: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(filePath),
        size,
        kind: ext === '.ipa' ? 'ipa' : 'pkg',
        uti: ext === '.ipa' ? 'com.apple.ipa' : 'com.apple.pkg',
    };
}
/**
 * Settles version, build number and platform from the file and the inputs. An input that
 * disagrees with the file fails naming both values; what neither gives is required.
 */
function settleTarget(file, given) {
    const mismatch = (input, fileValue, inputValue) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `Input '${input}' is ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(inputValue)} but ${file.fileName} says ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(fileValue)} (${file.source}): leave '${input}' empty or fix it.`);
    if (given.app?.kind === 'bundleId' &&
        file.bundleId &&
        given.app.bundleId.toLowerCase() !== file.bundleId.toLowerCase()) {
        throw mismatch(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.App, file.bundleId, given.app.bundleId);
    }
    if (given.platform && file.platform && given.platform !== file.platform) {
        throw mismatch(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Platform, file.platform, given.platform);
    }
    if (given.version && file.version && (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeVersion */ .Qj)(given.version) !== (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeVersion */ .Qj)(file.version)) {
        throw mismatch(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Version, file.version, given.version);
    }
    if (given.buildNumber && file.buildNumber && given.buildNumber !== file.buildNumber) {
        throw mismatch(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.BuildNumber, file.buildNumber, given.buildNumber);
    }
    const missing = (input, what) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `Input '${input}' is required for ${file.fileName}: the file does not say its ${what} (${file.source}).`);
    const version = file.version ?? given.version;
    if (!version)
        throw missing(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Version, 'version (CFBundleShortVersionString)');
    const buildNumber = file.buildNumber ?? given.buildNumber;
    if (!buildNumber)
        throw missing(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.BuildNumber, 'build number (CFBundleVersion)');
    const platform = file.platform ?? given.platform ?? (file.kind === 'pkg' ? 'MAC_OS' : 'IOS');
    if (file.kind === 'pkg' && platform !== 'MAC_OS') {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Platform, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Platform}' is ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(platform)} but a .pkg is a macOS app: use MAC_OS or leave it empty.`);
    }
    if (file.kind === 'ipa' && platform === 'MAC_OS') {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Platform, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Platform}' is 'MAC_OS' but ${file.fileName} is an .ipa: macOS apps are uploaded as a .pkg.`);
    }
    return { file, version, buildNumber, platform };
}
/** The app to use: the input, or the file's bundle id. */
function appFor(file, given) {
    if (given)
        return given;
    if (file.bundleId)
        return { kind: 'bundleId', bundleId: file.bundleId };
    throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.App, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.App}' is required for ${file.fileName}: the file does not say its bundle id (${file.source}).`);
}


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
