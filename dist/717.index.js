export const id = 717;
export const ids = [717];
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

/***/ 1717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _api_builds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6815);
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(531);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3249);
/* harmony import */ var _testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(761);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8915);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6547);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6910);










const brief = (b) => ({
    id: b.id,
    version: b.version ?? null,
    buildNumber: b.buildNumber,
    uploadedDate: b.uploadedDate ?? null,
    processingState: b.processingState,
});
/**
 * Expires builds of the app on one platform, so testers can no longer install them: every
 * active build but the newest `keep`, or the builds selected by build-id, version and/or
 * build-number (of those, the newest `keep` stay). Builds still processing are left alone.
 * Expired builds are not listed again, so a second run changes nothing.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_7__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .requireApp */ .J)(common, 'expire-builds');
        const selection = (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBuildSelection */ .mp)(inputs);
        const keep = inputs.int(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Keep, { min: 0, max: 10_000 });
        const selected = Boolean(selection.buildId || selection.version || selection.buildNumber);
        if (keep === undefined && !selected) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Keep, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Keep}' is required for expire-builds unless ${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.BuildId}, ${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Version} or ${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.BuildNumber} selects builds: how many of the newest builds to keep (0 expires all of them).`);
        }
        return { app, selection, selected, keep: keep ?? 0 };
    },
    async execute({ client, common, log }, { app: ref, selection, selected, keep }) {
        const { platform, dryRun } = common;
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_7__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(client, ref));
        const active = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listActiveBuilds */ .oQ)(client, app.id, platform);
        const candidates = selected ? active.filter((b) => (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesSelection */ ._w)(b, selection)) : active;
        const kept = candidates.slice(0, keep);
        const rest = candidates.slice(keep);
        const processing = rest.filter((b) => b.processingState === 'PROCESSING');
        const toExpire = rest.filter((b) => b.processingState !== 'PROCESSING');
        for (const b of processing)
            log.info(`Build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(b)} is still processing; left alone.`);
        log.info(`${active.length} active ${platform} build${active.length === 1 ? '' : 's'}${selected ? `, ${candidates.length} matching ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSelection */ .e9)(selection, platform)}` : ''}; keeping ${kept.length}, ${dryRun ? 'would expire' : 'expiring'} ${toExpire.length}.`);
        const expired = [];
        const failed = [];
        if (dryRun) {
            for (const b of toExpire)
                log.info(`Dry run: would expire build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(b)} (id ${b.id}).`);
        }
        else {
            const results = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_8__/* .mapLimit */ .s)(toExpire, 4, (b) => (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .expireBuild */ .Ag)(client, b.id));
            results.forEach((r, i) => {
                const b = toExpire[i];
                if ('value' in r)
                    expired.push(b);
                else
                    failed.push({ build: b, reason: (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(r.error) });
            });
            if (expired.length)
                log.info(`Expired ${expired.map(_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8).join(', ')}.`);
        }
        const changes = dryRun ? toExpire.length : expired.length + failed.length;
        const rows = [
            ...kept.map((b) => [(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(b), b.id, b.uploadedDate, 'kept']),
            ...processing.map((b) => [(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(b), b.id, b.uploadedDate, 'processing: left alone']),
            ...(dryRun ? toExpire.map((b) => [(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(b), b.id, b.uploadedDate, 'would expire']) : []),
            ...expired.map((b) => [(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(b), b.id, b.uploadedDate, 'expired']),
            ...failed.map((f) => [(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(f.build), f.build.id, f.build.uploadedDate, `failed: ${f.reason}`]),
        ];
        const shown = (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .capped */ .uo)(rows);
        if (selected && candidates.length === 0) {
            log.info(`No active build matches ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSelection */ .e9)(selection, platform)}; nothing to expire.`);
        }
        return {
            outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Output */ .k7.Changes]: changes },
            result: {
                app,
                platform,
                keep,
                kept: kept.map(brief),
                expired: expired.map(brief),
                wouldExpire: dryRun ? toExpire.map(brief) : [],
                leftProcessing: processing.map(brief),
                failed: failed.map((f) => ({ ...brief(f.build), reason: f.reason })),
                changes,
                dryRun,
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .facts */ .Ix)([
                    ['App', `${app.name} (${app.bundleId})`],
                    ['Platform', platform],
                    ['Kept', kept.length],
                    [dryRun ? 'Would expire' : 'Expired', dryRun ? toExpire.length : expired.length],
                    ['Failed', failed.length || undefined],
                ]),
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(['Build', 'Build id', 'Uploaded', 'Outcome'], shown.rows, shown.note),
            ],
            failure: failed.length
                ? `Could not expire ${failed.length} build${failed.length === 1 ? '' : 's'}: ${failed.map((f) => `${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_3__/* .buildLabel */ .z8)(f.build)}: ${f.reason}`).join('; ')}`
                : undefined,
        };
    },
}));


/***/ })

};
