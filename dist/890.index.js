export const id = 890;
export const ids = [890];
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

/***/ 8890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _api_builds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6815);
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(531);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3249);
/* harmony import */ var _testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(815);
/* harmony import */ var _testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(761);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8915);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6547);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6910);











/** Apple's limit for What to Test. */
const WHATS_NEW_MAX = 4000;
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
/** The build's review is under way or done: it is not submitted again. */
const REVIEW_DONE_SUBMISSION = new Set(['WAITING_FOR_REVIEW', 'IN_REVIEW', 'APPROVED']);
const REVIEW_DONE_EXTERNAL = new Set([
    'WAITING_FOR_BETA_REVIEW',
    'IN_BETA_REVIEW',
    'BETA_APPROVED',
    'READY_FOR_BETA_TESTING',
    'IN_BETA_TESTING',
]);
async function attempt(fn) {
    try {
        await fn();
        return { ok: true };
    }
    catch (error) {
        return { ok: false, error };
    }
}
/** Apple refuses some internal groups: "Cannot add internal group to a build." */
function isInternalRefusal(error) {
    return (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD &&
        error.status >= 400 &&
        error.status < 500 &&
        error.errors.some((e) => /internal group/i.test(`${e.title ?? ''} ${e.detail ?? ''}`)));
}
const entry = (g) => ({ id: g.id, name: g.name, internal: g.isInternal });
/**
 * The step after an upload: finds the build (waiting for it to appear and process), answers
 * export compliance when the build asks, sets What to Test, adds the build to groups, submits
 * it for Beta App Review, notifies testers and expires older builds, as asked. Writes only what
 * differs, in parallel where the order allows, and reads the build back to confirm.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_8__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .requireApp */ .J)(common, 'distribute-build');
        const selection = (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBuildSelection */ .mp)(inputs);
        const wait = (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWaitSettings */ .sv)(inputs);
        const groups = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.Groups);
        const usesNonExemptEncryption = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.UsesNonExemptEncryption);
        const raw = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTest);
        let whatToTest;
        if (raw !== undefined) {
            if (raw.toLowerCase() === 'auto')
                whatToTest = { kind: 'auto' };
            else if (raw.length > WHATS_NEW_MAX) {
                throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTest, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTest}' is ${raw.length} characters long; App Store Connect takes at most ${WHATS_NEW_MAX}.`);
            }
            else
                whatToTest = { kind: 'text', text: raw };
        }
        const locale = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTestLocale) ?? 'en-US';
        if (!LOCALE.test(locale)) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTestLocale, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTestLocale}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(locale)}: expected a locale such as en-US or de-DE.`);
        }
        const submit = inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.SubmitForReview, ['auto', 'true', 'false'], 'auto');
        const notify = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.NotifyTesters, false);
        const expirePrevious = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.ExpirePreviousBuilds, false);
        return {
            app,
            selection,
            wait,
            groups,
            usesNonExemptEncryption,
            whatToTest,
            locale,
            submit,
            notify,
            expirePrevious,
        };
    },
    async execute(ctx, settings) {
        return distribute(ctx, settings);
    },
}));
async function distribute(ctx, s) {
    const { client, common, log } = ctx;
    const { platform, dryRun } = common;
    // What to Test from the GitHub context: settled before any request.
    let text;
    let textSource;
    if (s.whatToTest?.kind === 'auto') {
        const { whatToTestFromContext } = await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 205));
        const found = await whatToTestFromContext();
        if (!found) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTest, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.WhatToTest}' is 'auto', but this run's GitHub context has no commit message or pull request title (event ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(process.env.GITHUB_EVENT_NAME ?? 'unknown')}); give the text instead.`);
        }
        text = found.text.length > WHATS_NEW_MAX ? `${found.text.slice(0, WHATS_NEW_MAX - 1)}…` : found.text;
        textSource = found.source;
        log.info(`What to Test from the ${found.source}: ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(text)}.`);
    }
    else if (s.whatToTest) {
        text = s.whatToTest.text;
    }
    // The app and its groups in one request; every group name resolved before any write.
    const { app, groups: appGroups } = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_8__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAppWithGroups */ .C)(client, s.app));
    const wanted = (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveGroupNames */ .OF)(s.groups, appGroups);
    const waited = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .waitForBuild */ .nt)(ctx, app.id, platform, s.selection, s.wait);
    if (waited.status !== 'ready') {
        return {
            outputs: { ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildOutputs */ .JZ)(waited.build), [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Output */ .k7.Changes]: 0 },
            result: {
                app,
                platform,
                build: waited.build ? (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildJson */ .Nc)(waited.build) : null,
                status: waited.status,
                waited: { polls: waited.polls, seconds: Math.round(waited.waitedMs / 1000) },
                changes: 0,
                dryRun,
            },
            summary: [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .facts */ .Ix)([['Outcome', waited.status], ...(waited.build ? (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildFacts */ ._x)(waited.build) : [])])],
            failure: waited.message,
        };
    }
    let build = waited.build;
    const label = `build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLabel */ .z8)(build)}`;
    const failures = [];
    if (build.expired) {
        failures.push(`Build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLabel */ .z8)(build)} (id ${build.id}) has expired; testers cannot get it. Upload a new build.`);
    }
    // What is there already (include brought it; read in full only when include cut it short).
    const [currentGroups, localizations] = await Promise.all([
        build.groupIds ?? (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listBuildGroupIds */ .op)(client, build.id),
        build.localizations ?? (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listLocalizations */ .Z_)(client, build.id),
    ]);
    const detail = build.betaDetail;
    const external = detail?.externalBuildState;
    // --- Plan -------------------------------------------------------------------------------
    const complianceMissing = build.usesNonExemptEncryption === null || external === 'MISSING_EXPORT_COMPLIANCE';
    let compliance;
    const setCompliance = complianceMissing && s.usesNonExemptEncryption !== undefined;
    if (setCompliance) {
        compliance = {
            status: dryRun ? 'would set' : 'set',
            usesNonExemptEncryption: s.usesNonExemptEncryption ?? null,
        };
    }
    else if (complianceMissing) {
        compliance = { status: 'missing', usesNonExemptEncryption: null };
        log.warning(`Build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLabel */ .z8)(build)} is missing export compliance: testers cannot install it until it is answered. Set ${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.UsesNonExemptEncryption} (true or false).`);
    }
    else {
        compliance = { status: 'already answered', usesNonExemptEncryption: build.usesNonExemptEncryption };
        if (s.usesNonExemptEncryption !== undefined &&
            s.usesNonExemptEncryption !== build.usesNonExemptEncryption) {
            compliance.note = `answered earlier as ${String(build.usesNonExemptEncryption)}; not changed`;
            log.warning(`Build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLabel */ .z8)(build)} already answers export compliance with usesNonExemptEncryption ${String(build.usesNonExemptEncryption)}; ${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.UsesNonExemptEncryption} ${String(s.usesNonExemptEncryption)} is not applied.`);
        }
    }
    let existing = localizations.find((l) => l.locale.toLowerCase() === s.locale.toLowerCase());
    let whatToTest;
    let wttWrite;
    if (text === undefined) {
        whatToTest = { status: 'not given', locale: s.locale, text: existing?.whatsNew ?? null };
    }
    else if (existing && (existing.whatsNew ?? '') === text) {
        whatToTest = { status: 'unchanged', locale: existing.locale, text };
    }
    else {
        wttWrite = existing ? 'update' : 'create';
        whatToTest = {
            status: dryRun ? `would ${wttWrite}` : wttWrite === 'create' ? 'created' : 'updated',
            locale: existing?.locale ?? s.locale,
            text,
        };
    }
    if (textSource)
        whatToTest.source = textSource;
    const alreadyThere = [];
    const added = [];
    const toAdd = [];
    const skipped = [];
    const failedGroups = [];
    for (const g of wanted) {
        if (currentGroups.includes(g.id))
            alreadyThere.push(entry(g));
        else if (g.isInternal && g.hasAccessToAllBuilds) {
            skipped.push({
                ...entry(g),
                reason: 'internal group with access to all builds: it gets every build by itself',
            });
        }
        else
            toAdd.push(g);
    }
    const reviewWanted = s.submit === 'true' || (s.submit === 'auto' && wanted.some((g) => !g.isInternal));
    const submission = build.reviewSubmission?.betaReviewState;
    let review;
    let submitNow = false;
    if (!reviewWanted) {
        review = {
            status: 'not requested',
            state: submission ?? null,
            reason: s.submit === 'false' ? `${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.SubmitForReview} is false` : 'no external group given',
        };
    }
    else if ((submission && REVIEW_DONE_SUBMISSION.has(submission)) ||
        (external && REVIEW_DONE_EXTERNAL.has(external))) {
        review = { status: 'already submitted', state: submission ?? external ?? null };
        log.info(`Beta App Review: ${label} is ${submission ?? external}; not submitted again.`);
    }
    else if (submission === 'REJECTED' || external === 'BETA_REJECTED') {
        review = { status: 'rejected', state: submission ?? external ?? null };
        failures.push(`Beta App Review rejected ${label}; it cannot go to external testers. See the reason in App Store Connect (TestFlight → the build) and upload a new build.`);
    }
    else if (complianceMissing && !setCompliance) {
        review = { status: 'blocked', state: null, reason: 'export compliance is missing' };
        failures.push(`Cannot submit ${label} for Beta App Review while export compliance is missing: set ${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.UsesNonExemptEncryption} (true or false).`);
    }
    else if (build.expired) {
        review = { status: 'blocked', state: null, reason: 'the build has expired' };
    }
    else {
        submitNow = true;
        review = { status: dryRun ? 'would submit' : 'submitted', state: null };
    }
    const notifyNow = s.notify && !detail?.autoNotifyEnabled && toAdd.length > 0;
    const notification = !s.notify
        ? { status: 'not requested' }
        : detail?.autoNotifyEnabled
            ? { status: 'automatic', reason: 'App Store Connect notifies testers automatically for this build' }
            : toAdd.length === 0
                ? {
                    status: 'skipped',
                    reason: 'the build was added to no group in this run (testers were notified when it was)',
                }
                : { status: dryRun ? 'would send' : 'sent' };
    const expired = [];
    const expireFailed = [];
    const olderThan = (b) => b.id !== build.id &&
        !b.expired &&
        build.uploadedDate !== undefined &&
        b.uploadedDate !== undefined &&
        // Apple writes the offset (-07:00, -08:00): compare instants, not strings.
        Date.parse(b.uploadedDate) < Date.parse(build.uploadedDate);
    if (build.expired) {
        return report();
    }
    // --- Dry run: the plan, no write ------------------------------------------------------------
    if (dryRun) {
        let changes = 0;
        if (setCompliance) {
            changes++;
            log.info(`Dry run: would set usesNonExemptEncryption ${String(s.usesNonExemptEncryption)} on ${label}.`);
        }
        if (wttWrite) {
            changes++;
            log.info(`Dry run: would ${wttWrite} What to Test (${whatToTest.locale}): ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(text ?? '')}.`);
        }
        if (toAdd.length) {
            changes++;
            log.info(`Dry run: would add ${label} to ${toAdd.map((g) => `'${g.name}'`).join(', ')}.`);
        }
        if (submitNow) {
            changes++;
            log.info(`Dry run: would submit ${label} for Beta App Review.`);
        }
        if (notifyNow) {
            changes++;
            log.info(`Dry run: would notify the testers of ${label}.`);
        }
        if (s.expirePrevious) {
            const older = (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listActiveBuilds */ .oQ)(client, app.id, platform)).filter(olderThan);
            for (const b of older) {
                changes++;
                expired.push({ id: b.id, version: b.version ?? null, buildNumber: b.buildNumber });
            }
            log.info(older.length
                ? `Dry run: would expire ${older.length} older build${older.length === 1 ? '' : 's'}: ${older.map(_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildLabel */ .z8).join(', ')}.`
                : 'Dry run: no older build to expire.');
        }
        return report(changes);
    }
    // --- Writes -----------------------------------------------------------------------------------
    let changes = 0;
    // Export compliance and What to Test first (review needs both), with the list of older builds.
    const [complianceDone, wttDone, active] = await Promise.all([
        setCompliance
            ? attempt(async () => {
                changes++;
                await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .setUsesNonExemptEncryption */ .OA)(client, build.id, s.usesNonExemptEncryption);
                log.info(`Export compliance: set usesNonExemptEncryption ${String(s.usesNonExemptEncryption)} on ${label}.`);
            })
            : Promise.resolve({ ok: true }),
        wttWrite ? attempt(() => writeWhatToTest()) : Promise.resolve({ ok: true }),
        s.expirePrevious
            ? (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listActiveBuilds */ .oQ)(client, app.id, platform).catch((error) => error)
            : undefined,
    ]);
    if (!complianceDone.ok) {
        compliance.status = 'failed';
        failures.push(`Could not set export compliance on ${label}: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(complianceDone.error)}`);
        if (submitNow) {
            submitNow = false;
            review = { status: 'blocked', state: null, reason: 'export compliance could not be set' };
        }
    }
    if (!wttDone.ok) {
        whatToTest.status = 'failed';
        failures.push(`Could not set What to Test on ${label}: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(wttDone.error)}`);
    }
    // Groups (one call for all) and the review submission, side by side.
    await Promise.all([
        toAdd.length ? addGroups() : undefined,
        submitNow
            ? (async () => {
                try {
                    changes++;
                    const sub = await submitWithReadBack();
                    review = { status: 'submitted', state: sub.betaReviewState ?? 'WAITING_FOR_REVIEW' };
                    log.info(`Beta App Review: submitted ${label} (${review.state}).`);
                }
                catch (error) {
                    review = { status: 'failed', state: null, reason: (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error) };
                    failures.push(`Could not submit ${label} for Beta App Review: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
                }
            })()
            : undefined,
    ]);
    // Read back and notify side by side; then expire the older builds, once all went through.
    const wrote = changes > 0;
    const older = Array.isArray(active) ? active.filter(olderThan) : [];
    if (s.expirePrevious && !Array.isArray(active)) {
        failures.push(`Could not list the older builds to expire: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(active)}`);
    }
    const [readBack] = await Promise.all([
        wrote ? (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .getBuild */ .ls)(client, build.id) : undefined,
        notifyNow && added.length > 0
            ? (async () => {
                try {
                    changes++;
                    const sent = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .notifyTesters */ .AR)(client, build.id);
                    notification.status = sent === 'sent' ? 'sent' : 'automatic';
                    if (sent !== 'sent')
                        notification.reason =
                            'auto-notify is already on for this build (App Store Connect notifies testers itself)';
                    log.info(`Testers of ${label}: ${sent === 'sent' ? 'notified' : 'auto-notify is already on'}.`);
                }
                catch (error) {
                    notification.status = 'failed';
                    failures.push(`Could not notify the testers of ${label}: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`);
                }
            })()
            : undefined,
    ]);
    if (notifyNow && added.length === 0) {
        notification.status = 'skipped';
        notification.reason = 'the build was added to no group';
    }
    // Confirm that what was written landed.
    const mismatches = [];
    if (wrote && !readBack)
        mismatches.push('the build could not be read back');
    if (readBack) {
        build = readBack;
        const nowGroups = readBack.groupIds ?? (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listBuildGroupIds */ .op)(client, readBack.id));
        for (const g of added) {
            if (!nowGroups.includes(g.id))
                mismatches.push(`the build is not in group '${g.name}' after adding it`);
        }
        if (wttWrite && wttDone.ok) {
            const locs = readBack.localizations ?? (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listLocalizations */ .Z_)(client, readBack.id));
            const loc = locs.find((l) => l.locale.toLowerCase() === whatToTest.locale.toLowerCase());
            if ((loc?.whatsNew ?? null) !== text) {
                mismatches.push(`What to Test (${whatToTest.locale}) reads back as ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(loc?.whatsNew ?? '(none)')}`);
            }
        }
        if (setCompliance &&
            complianceDone.ok &&
            readBack.usesNonExemptEncryption !== s.usesNonExemptEncryption) {
            mismatches.push(`usesNonExemptEncryption reads back as ${String(readBack.usesNonExemptEncryption)}, not ${String(s.usesNonExemptEncryption)}`);
        }
        if (review.status === 'submitted' && readBack.reviewSubmission?.betaReviewState) {
            review.state = readBack.reviewSubmission.betaReviewState;
        }
    }
    if (mismatches.length) {
        failures.push(`Read back after writing, ${label} does not show what was set: ${mismatches.join('; ')}.`);
    }
    if (older.length && failures.length === 0) {
        await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .mapLimit */ .s)(older, 4, async (b) => {
            changes++;
            try {
                await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .expireBuild */ .Ag)(client, b.id);
                expired.push({ id: b.id, version: b.version ?? null, buildNumber: b.buildNumber });
            }
            catch (error) {
                expireFailed.push({ id: b.id, reason: (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error) });
            }
        });
        log.info(`Expired ${expired.length} older build${expired.length === 1 ? '' : 's'}: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}.`);
        for (const f of expireFailed)
            failures.push(`Could not expire build ${f.id}: ${f.reason}`);
    }
    else if (older.length) {
        log.info(`Older builds were not expired: distributing ${label} did not fully succeed.`);
    }
    return report(changes, { verified: readBack !== undefined && mismatches.length === 0, mismatches });
    async function writeWhatToTest() {
        changes++;
        if (wttWrite === 'update' && existing) {
            await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .updateLocalization */ .n7)(client, existing.id, text);
        }
        else {
            try {
                existing = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .createLocalization */ .o$)(client, build.id, s.locale, text);
            }
            catch (error) {
                // A 409 can be the retry of a create whose answer was lost: read back and update if needed.
                if (!(error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD && error.status === 409))
                    throw error;
                const found = (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listLocalizations */ .Z_)(client, build.id, s.locale))[0];
                if (!found)
                    throw error;
                existing = found;
                if ((found.whatsNew ?? '') !== text) {
                    changes++;
                    await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .updateLocalization */ .n7)(client, found.id, text);
                }
            }
        }
        log.info(`What to Test (${whatToTest.locale}) ${wttWrite === 'create' ? 'created' : 'updated'}: ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .quote */ .hD)(text)}.`);
    }
    /** Submits for Beta App Review; a 409 can be the retry of a submission whose answer was lost: read back. */
    async function submitWithReadBack() {
        try {
            return await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .submitForBetaReview */ .Qw)(client, build.id);
        }
        catch (error) {
            if (!(error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD && error.status === 409))
                throw error;
            const found = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .getReviewSubmission */ .FN)(client, build.id).catch(() => undefined);
            if (!found?.betaReviewState || !REVIEW_DONE_SUBMISSION.has(found.betaReviewState))
                throw error;
            return found;
        }
    }
    async function addGroups() {
        changes++;
        try {
            await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .addBuildToGroups */ .Zk)(client, build.id, toAdd.map((g) => g.id));
            added.push(...toAdd.map(entry));
            log.info(`Added ${label} to ${toAdd.map((g) => `'${g.name}'`).join(', ')}.`);
            return;
        }
        catch (error) {
            if (toAdd.length === 1 || !isInternalRefusal(error)) {
                for (const g of toAdd)
                    classifyGroupError(g, error);
                return;
            }
            log.info(`App Store Connect refused one of the groups (${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}); adding them one by one.`);
        }
        const results = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .mapLimit */ .s)(toAdd, 4, async (g) => {
            changes++;
            await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .addBuildToGroups */ .Zk)(client, build.id, [g.id]);
            return g;
        });
        results.forEach((r, i) => {
            const g = toAdd[i];
            if ('value' in r)
                added.push(entry(g));
            else
                classifyGroupError(g, r.error);
        });
        if (added.length)
            log.info(`Added ${label} to ${added.map((g) => `'${g.name}'`).join(', ')}.`);
    }
    function classifyGroupError(g, error) {
        if (g.isInternal && isInternalRefusal(error)) {
            skipped.push({
                ...entry(g),
                reason: 'App Store Connect does not let builds be added to this internal group (Cannot add internal group to a build)',
            });
            log.warning(`App Store Connect refused to add ${label} to the internal group '${g.name}' ("Cannot add internal group to a build"); internal testers see builds through groups with access to all builds.`);
            return;
        }
        const reason = error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD && error.status === 422
            ? `${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)} (the build is not ready for testers yet)`
            : (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error);
        failedGroups.push({ ...entry(g), reason });
        failures.push(`Could not add ${label} to group '${g.name}': ${reason}`);
    }
    function report(changes = 0, check = { verified: false, mismatches: [] }) {
        const groupRows = [
            ...(dryRun ? toAdd.map((g) => [g.name, g.isInternal ? 'internal' : 'external', 'would add']) : []),
            ...added.map((g) => [g.name, g.internal ? 'internal' : 'external', 'added']),
            ...alreadyThere.map((g) => [g.name, g.internal ? 'internal' : 'external', 'already there']),
            ...skipped.map((g) => [g.name, g.internal ? 'internal' : 'external', `skipped: ${g.reason}`]),
            ...failedGroups.map((g) => [g.name, g.internal ? 'internal' : 'external', `failed: ${g.reason}`]),
        ];
        const groupsResult = {
            added: dryRun ? [] : added,
            wouldAdd: dryRun ? toAdd.map(entry) : [],
            alreadyThere,
            skipped,
            failed: failedGroups,
        };
        const expiredText = s.expirePrevious
            ? `${dryRun ? 'would expire' : 'expired'} ${expired.length}${expired.length ? `: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}` : ''}`
            : 'not requested';
        return {
            outputs: { ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildOutputs */ .JZ)(build), [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Output */ .k7.Changes]: changes },
            result: {
                app,
                platform,
                build: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildJson */ .Nc)(build),
                waited: { polls: waited.polls, seconds: Math.round(waited.waitedMs / 1000) },
                groups: groupsResult,
                compliance,
                whatToTest,
                review,
                notification,
                expiredBuilds: expired,
                verified: check.verified,
                mismatches: check.mismatches,
                changes,
                dryRun,
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .facts */ .Ix)([['App', `${app.name} (${app.bundleId})`], ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_4__/* .buildFacts */ ._x)(build)]),
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(['Step', 'Outcome'], [
                    [
                        'Export compliance',
                        `${compliance.status}${compliance.usesNonExemptEncryption !== null ? ` (usesNonExemptEncryption ${String(compliance.usesNonExemptEncryption)})` : ''}`,
                    ],
                    [
                        'What to Test',
                        `${whatToTest.status}${whatToTest.text ? ` (${whatToTest.locale}): ${whatToTest.text}` : ''}`,
                    ],
                    ['Groups', groupRows.length ? groupRows.map((r) => `${r[0]}: ${r[2]}`).join('\n') : 'none given'],
                    [
                        'Beta App Review',
                        `${review.status}${review.state ? ` (${review.state})` : ''}${review.reason ? `: ${review.reason}` : ''}`,
                    ],
                    [
                        'Notify testers',
                        `${notification.status}${notification.reason ? `: ${notification.reason}` : ''}`,
                    ],
                    ['Expire previous builds', expiredText],
                    [
                        'Read back',
                        dryRun
                            ? 'dry run'
                            : check.verified
                                ? 'confirmed'
                                : check.mismatches.length
                                    ? `mismatch: ${check.mismatches.join('; ')}`
                                    : 'nothing written',
                    ],
                    ['Writes', changes],
                ]),
                ...(groupRows.length ? [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .heading */ .R_)('Groups'), (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(['Group', 'Type', 'Outcome'], groupRows)] : []),
            ],
            failure: failures.length ? failures.join(' ') : undefined,
        };
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


/***/ })

};
