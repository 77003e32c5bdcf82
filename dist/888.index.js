export const id = 888;
export const ids = [888];
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

/***/ 7888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ distribute_build)
});

// EXTERNAL MODULE: ./src/api/apps.ts
var apps = __webpack_require__(3406);
// EXTERNAL MODULE: ./src/api/builds.ts
var builds = __webpack_require__(6815);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/operation.ts
var operation = __webpack_require__(6910);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var settings = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/testflight/build-wait.ts
var build_wait = __webpack_require__(1454);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
// EXTERNAL MODULE: ./src/testflight/build-summary.ts
var build_summary = __webpack_require__(7415);
;// CONCATENATED MODULE: ./src/testflight/distribution-plan.ts


/** The build's review is under way or done: it is not submitted again. */
const REVIEW_DONE_SUBMISSION = new Set(['WAITING_FOR_REVIEW', 'IN_REVIEW', 'APPROVED']);
const REVIEW_DONE_EXTERNAL = new Set([
    'WAITING_FOR_BETA_REVIEW',
    'IN_BETA_REVIEW',
    'BETA_APPROVED',
    'READY_FOR_BETA_TESTING',
    'IN_BETA_TESTING',
]);
const groupEntry = (g) => ({ id: g.id, name: g.name, internal: g.isInternal });
/**
 * The plan for `build`: which of export compliance, What to Test, groups, review and notification
 * need a write, and how each step reads in the result when it does not.
 */
function planDistribution(build, current, wanted, request, dryRun) {
    const label = `build ${(0,build_summary/* buildLabel */.z8)(build)}`;
    const failures = [];
    const notes = [];
    if (build.expired) {
        failures.push(`Build ${(0,build_summary/* buildLabel */.z8)(build)} (id ${build.id}) has expired; testers cannot get it. Upload a new build.`);
    }
    const external = build.betaDetail?.externalBuildState;
    // Export compliance.
    const complianceMissing = build.usesNonExemptEncryption === null || external === 'MISSING_EXPORT_COMPLIANCE';
    const answer = request.usesNonExemptEncryption;
    let compliance;
    let complianceWrite;
    if (complianceMissing && answer !== undefined) {
        complianceWrite = { usesNonExemptEncryption: answer };
        compliance = { status: dryRun ? 'would set' : 'set', usesNonExemptEncryption: answer };
    }
    else if (complianceMissing) {
        compliance = { status: 'missing', usesNonExemptEncryption: null };
        notes.push({
            level: 'warning',
            text: `Build ${(0,build_summary/* buildLabel */.z8)(build)} is missing export compliance: testers cannot install it until it is answered. Set ${constants/* Input */.pd.UsesNonExemptEncryption} (true or false).`,
        });
    }
    else {
        compliance = { status: 'already answered', usesNonExemptEncryption: build.usesNonExemptEncryption };
        if (answer !== undefined && answer !== build.usesNonExemptEncryption) {
            compliance.note = `answered earlier as ${String(build.usesNonExemptEncryption)}; not changed`;
            notes.push({
                level: 'warning',
                text: `Build ${(0,build_summary/* buildLabel */.z8)(build)} already answers export compliance with usesNonExemptEncryption ${String(build.usesNonExemptEncryption)}; ${constants/* Input */.pd.UsesNonExemptEncryption} ${String(answer)} is not applied.`,
            });
        }
    }
    // What to Test.
    const { text, locale } = request;
    const existing = current.localizations.find((l) => l.locale.toLowerCase() === locale.toLowerCase());
    let whatToTest;
    let whatToTestWrite;
    if (text === undefined) {
        whatToTest = { status: 'not given', locale, text: existing?.whatsNew ?? null };
    }
    else if (existing && (existing.whatsNew ?? '') === text) {
        whatToTest = { status: 'unchanged', locale: existing.locale, text };
    }
    else {
        const kind = existing ? 'update' : 'create';
        whatToTestWrite = { kind, text, localization: existing };
        whatToTest = {
            status: dryRun ? `would ${kind}` : kind === 'create' ? 'created' : 'updated',
            locale: existing?.locale ?? locale,
            text,
        };
    }
    if (request.textSource)
        whatToTest.source = request.textSource;
    // Groups.
    const groups = { alreadyThere: [], toAdd: [], skipped: [] };
    for (const g of wanted) {
        if (current.groupIds.includes(g.id))
            groups.alreadyThere.push(groupEntry(g));
        else if (g.isInternal && g.hasAccessToAllBuilds) {
            groups.skipped.push({
                ...groupEntry(g),
                reason: 'internal group with access to all builds: it gets every build by itself',
            });
        }
        else
            groups.toAdd.push(g);
    }
    // Beta App Review.
    const reviewWanted = request.submit === 'true' || (request.submit === 'auto' && wanted.some((g) => !g.isInternal));
    const submission = build.reviewSubmission?.betaReviewState;
    let review;
    let submit = false;
    if (!reviewWanted) {
        review = {
            status: 'not requested',
            state: submission ?? null,
            reason: request.submit === 'false' ? `${constants/* Input */.pd.SubmitForReview} is false` : 'no external group given',
        };
    }
    else if ((submission && REVIEW_DONE_SUBMISSION.has(submission)) ||
        (external && REVIEW_DONE_EXTERNAL.has(external))) {
        review = { status: 'already submitted', state: submission ?? external ?? null };
        notes.push({
            level: 'info',
            text: `Beta App Review: ${label} is ${submission ?? external}; not submitted again.`,
        });
    }
    else if (submission === 'REJECTED' || external === 'BETA_REJECTED') {
        review = { status: 'rejected', state: submission ?? external ?? null };
        failures.push(`Beta App Review rejected ${label}; it cannot go to external testers. See the reason in App Store Connect (TestFlight → the build) and upload a new build.`);
    }
    else if (complianceMissing && !complianceWrite) {
        review = { status: 'blocked', state: null, reason: 'export compliance is missing' };
        failures.push(`Cannot submit ${label} for Beta App Review while export compliance is missing: set ${constants/* Input */.pd.UsesNonExemptEncryption} (true or false).`);
    }
    else if (build.expired) {
        review = { status: 'blocked', state: null, reason: 'the build has expired' };
    }
    else {
        submit = true;
        review = { status: dryRun ? 'would submit' : 'submitted', state: null };
    }
    // Notification.
    const autoNotify = build.betaDetail?.autoNotifyEnabled;
    const notify = request.notify && !autoNotify && groups.toAdd.length > 0;
    const notification = !request.notify
        ? { status: 'not requested' }
        : autoNotify
            ? { status: 'automatic', reason: 'App Store Connect notifies testers automatically for this build' }
            : groups.toAdd.length === 0
                ? {
                    status: 'skipped',
                    reason: 'the build was added to no group in this run (testers were notified when it was)',
                }
                : { status: dryRun ? 'would send' : 'sent' };
    return {
        label,
        compliance,
        complianceWrite,
        whatToTest,
        whatToTestWrite,
        groups,
        review,
        submit,
        notification,
        notify,
        failures,
        notes,
    };
}
/**
 * Holds the review back: a check before submitting (a step of its own, run between the plan and
 * the writes) found the build not ready. The rest of the plan still runs.
 */
function holdReview(plan, reason) {
    return plan.submit ? { ...plan, submit: false, review: { status: 'blocked', state: null, reason } } : plan;
}
/** Builds of the app uploaded before `build` and not yet expired: what expire-previous-builds expires. */
function olderBuilds(build, active) {
    return active.filter((b) => b.id !== build.id &&
        !b.expired &&
        build.uploadedDate !== undefined &&
        b.uploadedDate !== undefined &&
        // Apple writes the offset (-07:00, -08:00): compare instants, not strings.
        Date.parse(b.uploadedDate) < Date.parse(build.uploadedDate));
}

// EXTERNAL MODULE: ./src/api/concurrency.ts
var concurrency = __webpack_require__(531);
;// CONCATENATED MODULE: ./src/testflight/distribution-steps.ts





const expiredEntry = (b) => ({
    id: b.id,
    version: b.version ?? null,
    buildNumber: b.buildNumber,
});
const none = { writes: 0 };
const names = (groups) => groups.map((g) => `'${g.name}'`).join(', ');
async function setCompliance(client, log, build, label, value) {
    try {
        await (0,builds/* setUsesNonExemptEncryption */.OA)(client, build.id, value);
        log.info(`Export compliance: set usesNonExemptEncryption ${String(value)} on ${label}.`);
        return { writes: 1 };
    }
    catch (error) {
        return { writes: 1, error };
    }
}
async function writeWhatToTest(client, log, build, write, locale) {
    let writes = 1;
    try {
        if (write.kind === 'update' && write.localization) {
            await (0,builds/* updateLocalization */.n7)(client, write.localization.id, write.text);
        }
        else {
            try {
                await (0,builds/* createLocalization */.o$)(client, build.id, locale, write.text);
            }
            catch (error) {
                // A 409 can be the retry of a create whose answer was lost: read back and update if needed.
                if (!(error instanceof errors/* ApiError */.hD && error.status === 409))
                    throw error;
                const found = (await (0,builds/* listLocalizations */.Z_)(client, build.id, locale))[0];
                if (!found)
                    throw error;
                if ((found.whatsNew ?? '') !== write.text) {
                    writes++;
                    await (0,builds/* updateLocalization */.n7)(client, found.id, write.text);
                }
            }
        }
        log.info(`What to Test (${locale}) ${write.kind === 'create' ? 'created' : 'updated'}: ${(0,input_reader/* quote */.hD)(write.text)}.`);
        return { writes };
    }
    catch (error) {
        return { writes, error };
    }
}
/** Apple refuses some internal groups: "Cannot add internal group to a build." */
function isInternalRefusal(error) {
    return (error instanceof errors/* ApiError */.hD &&
        error.status >= 400 &&
        error.status < 500 &&
        error.errors.some((e) => /internal group/i.test(`${e.title ?? ''} ${e.detail ?? ''}`)));
}
/** Adds the build to the groups in one call; when Apple refuses an internal group, one by one. */
async function addToGroups(client, log, build, label, toAdd) {
    const out = { writes: 0, added: [], skipped: [], failed: [], failures: [] };
    if (toAdd.length === 0)
        return out;
    out.writes = 1;
    try {
        await (0,builds/* addBuildToGroups */.Zk)(client, build.id, toAdd.map((g) => g.id));
        out.added = toAdd.map(groupEntry);
        log.info(`Added ${label} to ${names(toAdd)}.`);
        return out;
    }
    catch (error) {
        if (toAdd.length === 1 || !isInternalRefusal(error)) {
            for (const g of toAdd)
                refused(out, log, label, g, error);
            return out;
        }
        log.info(`App Store Connect refused one of the groups (${(0,errors/* messageOf */.bD)(error)}); adding them one by one.`);
    }
    out.writes += toAdd.length;
    const results = await (0,concurrency/* mapLimit */.s)(toAdd, 4, (g) => (0,builds/* addBuildToGroups */.Zk)(client, build.id, [g.id]));
    results.forEach((r, i) => {
        const g = toAdd[i];
        if ('value' in r)
            out.added.push(groupEntry(g));
        else
            refused(out, log, label, g, r.error);
    });
    if (out.added.length)
        log.info(`Added ${label} to ${names(out.added)}.`);
    return out;
}
/** Files a group Apple refused: skipped (an internal group Apple does not take) or failed. */
function refused(out, log, label, g, error) {
    if (g.isInternal && isInternalRefusal(error)) {
        out.skipped.push({
            ...groupEntry(g),
            reason: 'App Store Connect does not let builds be added to this internal group (Cannot add internal group to a build)',
        });
        log.warning(`App Store Connect refused to add ${label} to the internal group '${g.name}' ("Cannot add internal group to a build"); internal testers see builds through groups with access to all builds.`);
        return;
    }
    const reason = error instanceof errors/* ApiError */.hD && error.status === 422
        ? `${(0,errors/* messageOf */.bD)(error)} (the build is not ready for testers yet)`
        : (0,errors/* messageOf */.bD)(error);
    out.failed.push({ ...groupEntry(g), reason });
    out.failures.push(`Could not add ${label} to group '${g.name}': ${reason}`);
}
async function submitForReview(client, log, build, label) {
    try {
        const sub = await submitWithReadBack(client, build);
        const review = { status: 'submitted', state: sub.betaReviewState ?? 'WAITING_FOR_REVIEW' };
        log.info(`Beta App Review: submitted ${label} (${review.state}).`);
        return { review };
    }
    catch (error) {
        return {
            review: { status: 'failed', state: null, reason: (0,errors/* messageOf */.bD)(error) },
            failure: `Could not submit ${label} for Beta App Review: ${(0,errors/* messageOf */.bD)(error)}`,
        };
    }
}
/** Submits for Beta App Review; a 409 can be the retry of a submission whose answer was lost: read back. */
async function submitWithReadBack(client, build) {
    try {
        return await (0,builds/* submitForBetaReview */.Qw)(client, build.id);
    }
    catch (error) {
        if (!(error instanceof errors/* ApiError */.hD && error.status === 409))
            throw error;
        const found = await (0,builds/* getReviewSubmission */.FN)(client, build.id).catch(() => undefined);
        if (!found?.betaReviewState || !REVIEW_DONE_SUBMISSION.has(found.betaReviewState))
            throw error;
        return found;
    }
}
async function notify(client, log, build, label) {
    try {
        const sent = await (0,builds/* notifyTesters */.AR)(client, build.id);
        log.info(`Testers of ${label}: ${sent === 'sent' ? 'notified' : 'auto-notify is already on'}.`);
        return {
            notification: sent === 'sent'
                ? { status: 'sent' }
                : {
                    status: 'automatic',
                    reason: 'auto-notify is already on for this build (App Store Connect notifies testers itself)',
                },
        };
    }
    catch (error) {
        return {
            notification: { status: 'failed' },
            failure: `Could not notify the testers of ${label}: ${(0,errors/* messageOf */.bD)(error)}`,
        };
    }
}
/** What the build read back does not show of what was written. */
async function readBackMismatches(client, readBack, plan, added, written) {
    const mismatches = [];
    const nowGroups = readBack.groupIds ?? (await (0,builds/* listBuildGroupIds */.op)(client, readBack.id));
    for (const g of added) {
        if (!nowGroups.includes(g.id))
            mismatches.push(`the build is not in group '${g.name}' after adding it`);
    }
    if (written.whatToTest && plan.whatToTestWrite) {
        const locs = readBack.localizations ?? (await (0,builds/* listLocalizations */.Z_)(client, readBack.id));
        const loc = locs.find((l) => l.locale.toLowerCase() === written.locale.toLowerCase());
        if ((loc?.whatsNew ?? null) !== plan.whatToTestWrite.text) {
            mismatches.push(`What to Test (${written.locale}) reads back as ${(0,input_reader/* quote */.hD)(loc?.whatsNew ?? '(none)')}`);
        }
    }
    const answer = plan.complianceWrite?.usesNonExemptEncryption;
    if (written.compliance && readBack.usesNonExemptEncryption !== answer) {
        mismatches.push(`usesNonExemptEncryption reads back as ${String(readBack.usesNonExemptEncryption)}, not ${String(answer)}`);
    }
    return mismatches;
}
async function expireOlder(client, log, older) {
    const results = await (0,concurrency/* mapLimit */.s)(older, 4, (b) => (0,builds/* expireBuild */.Ag)(client, b.id));
    const expired = [];
    const failures = [];
    results.forEach((r, i) => {
        const b = older[i];
        if ('value' in r)
            expired.push(expiredEntry(b));
        else
            failures.push(`Could not expire build ${b.id}: ${(0,errors/* messageOf */.bD)(r.error)}`);
    });
    log.info(`Expired ${expired.length} older build${expired.length === 1 ? '' : 's'}: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}.`);
    return { expired, failures };
}

;// CONCATENATED MODULE: ./src/testflight/distribution-apply.ts






/** The plan's steps as they stand, nothing written: for an expired build. */
function nothingDone(build, plan) {
    return {
        build,
        compliance: plan.compliance,
        whatToTest: plan.whatToTest,
        groups: { added: [], skipped: plan.groups.skipped, failed: [] },
        review: plan.review,
        notification: plan.notification,
        expired: [],
        failures: [],
        changes: 0,
        check: { verified: false, mismatches: [] },
    };
}
/** Dry run: logs each planned write and counts it; lists the older builds it would expire. */
async function previewDistribution({ client, common, log }, app, build, plan, expirePrevious) {
    const { label } = plan;
    let changes = 0;
    if (plan.complianceWrite) {
        changes++;
        log.info(`Dry run: would set usesNonExemptEncryption ${String(plan.complianceWrite.usesNonExemptEncryption)} on ${label}.`);
    }
    if (plan.whatToTestWrite) {
        changes++;
        log.info(`Dry run: would ${plan.whatToTestWrite.kind} What to Test (${plan.whatToTest.locale}): ${(0,input_reader/* quote */.hD)(plan.whatToTestWrite.text)}.`);
    }
    if (plan.groups.toAdd.length) {
        changes++;
        log.info(`Dry run: would add ${label} to ${names(plan.groups.toAdd)}.`);
    }
    if (plan.submit) {
        changes++;
        log.info(`Dry run: would submit ${label} for Beta App Review.`);
    }
    if (plan.notify) {
        changes++;
        log.info(`Dry run: would notify the testers of ${label}.`);
    }
    let expired = [];
    if (expirePrevious) {
        const older = olderBuilds(build, await (0,builds/* listActiveBuilds */.oQ)(client, app.id, common.platform));
        changes += older.length;
        expired = older.map(expiredEntry);
        log.info(older.length
            ? `Dry run: would expire ${older.length} older build${older.length === 1 ? '' : 's'}: ${older.map(build_summary/* buildLabel */.z8).join(', ')}.`
            : 'Dry run: no older build to expire.');
    }
    return { ...nothingDone(build, plan), expired, changes };
}
/** Sends the plan's writes in the order Apple needs, reads the build back, then expires older builds. */
async function applyDistribution(ctx, app, build, plan, expirePrevious) {
    const { client, common, log } = ctx;
    const { label } = plan;
    const failures = [];
    const compliance = { ...plan.compliance };
    const whatToTest = { ...plan.whatToTest };
    let review = plan.review;
    let submit = plan.submit;
    // Export compliance and What to Test first (review needs both), with the list of older builds.
    const [complianceDone, whatToTestDone, active] = await Promise.all([
        plan.complianceWrite
            ? setCompliance(client, log, build, label, plan.complianceWrite.usesNonExemptEncryption)
            : none,
        plan.whatToTestWrite
            ? writeWhatToTest(client, log, build, plan.whatToTestWrite, whatToTest.locale)
            : none,
        expirePrevious
            ? (0,builds/* listActiveBuilds */.oQ)(client, app.id, common.platform).catch((error) => ({ error }))
            : undefined,
    ]);
    if (complianceDone.error !== undefined) {
        compliance.status = 'failed';
        failures.push(`Could not set export compliance on ${label}: ${(0,errors/* messageOf */.bD)(complianceDone.error)}`);
        if (submit) {
            submit = false;
            review = { status: 'blocked', state: null, reason: 'export compliance could not be set' };
        }
    }
    if (whatToTestDone.error !== undefined) {
        whatToTest.status = 'failed';
        failures.push(`Could not set What to Test on ${label}: ${(0,errors/* messageOf */.bD)(whatToTestDone.error)}`);
    }
    // Groups (one call for all) and the review submission, side by side.
    const [grouped, submitted] = await Promise.all([
        addToGroups(client, log, build, label, plan.groups.toAdd),
        submit ? submitForReview(client, log, build, label) : undefined,
    ]);
    failures.push(...grouped.failures);
    if (submitted) {
        review = submitted.review;
        if (submitted.failure)
            failures.push(submitted.failure);
    }
    const wrote = complianceDone.writes + whatToTestDone.writes + grouped.writes + (submitted ? 1 : 0) > 0;
    // Read back and notify side by side; then expire the older builds, once all went through.
    const older = Array.isArray(active) ? olderBuilds(build, active) : [];
    if (active !== undefined && !Array.isArray(active)) {
        failures.push(`Could not list the older builds to expire: ${(0,errors/* messageOf */.bD)(active.error)}`);
    }
    const notifyNow = plan.notify && grouped.added.length > 0;
    const [readBack, notified] = await Promise.all([
        wrote ? (0,builds/* getBuild */.ls)(client, build.id) : undefined,
        notifyNow ? notify(client, log, build, label) : undefined,
    ]);
    let notification = plan.notification;
    if (notified) {
        notification = notified.notification;
        if (notified.failure)
            failures.push(notified.failure);
    }
    else if (plan.notify) {
        notification = { status: 'skipped', reason: 'the build was added to no group' };
    }
    const mismatches = wrote && !readBack ? ['the build could not be read back'] : [];
    if (readBack) {
        mismatches.push(...(await readBackMismatches(client, readBack, plan, grouped.added, {
            compliance: plan.complianceWrite !== undefined && complianceDone.error === undefined,
            whatToTest: plan.whatToTestWrite !== undefined && whatToTestDone.error === undefined,
            locale: whatToTest.locale,
        })));
        if (review.status === 'submitted' && readBack.reviewSubmission?.betaReviewState) {
            review = { ...review, state: readBack.reviewSubmission.betaReviewState };
        }
    }
    if (mismatches.length) {
        failures.push(`Read back after writing, ${label} does not show what was set: ${mismatches.join('; ')}.`);
    }
    let expired = [];
    let expireWrites = 0;
    if (older.length && plan.failures.length === 0 && failures.length === 0) {
        const expiry = await expireOlder(client, log, older);
        expired = expiry.expired;
        expireWrites = older.length;
        failures.push(...expiry.failures);
    }
    else if (older.length) {
        log.info(`Older builds were not expired: distributing ${label} did not fully succeed.`);
    }
    return {
        build: readBack ?? build,
        compliance,
        whatToTest,
        groups: {
            added: grouped.added,
            skipped: [...plan.groups.skipped, ...grouped.skipped],
            failed: grouped.failed,
        },
        review,
        notification,
        expired,
        failures,
        changes: complianceDone.writes +
            whatToTestDone.writes +
            grouped.writes +
            (submitted ? 1 : 0) +
            (notified ? 1 : 0) +
            expireWrites,
        check: { verified: readBack !== undefined && mismatches.length === 0, mismatches },
    };
}

;// CONCATENATED MODULE: ./src/testflight/distribution-settings.ts
/**
 * The distribute-build inputs that need more than a reader call: What to Test (text, or 'auto'
 * from the GitHub context) and its locale.
 */


/** Apple's limit for What to Test. */
const WHATS_NEW_MAX = 4000;
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
/** Reads `what-to-test`: a text of at most 4,000 characters, or 'auto'. */
function parseWhatToTest(inputs) {
    const raw = inputs.string(constants/* Input */.pd.WhatToTest);
    if (raw === undefined)
        return undefined;
    if (raw.toLowerCase() === 'auto')
        return { kind: 'auto' };
    if (raw.length > WHATS_NEW_MAX) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.WhatToTest, `Input '${constants/* Input */.pd.WhatToTest}' is ${raw.length} characters long; App Store Connect takes at most ${WHATS_NEW_MAX}.`);
    }
    return { kind: 'text', text: raw };
}
/** Reads `what-to-test-locale` (default en-US). */
function parseLocale(inputs) {
    const locale = inputs.string(constants/* Input */.pd.WhatToTestLocale) ?? 'en-US';
    if (!LOCALE.test(locale)) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.WhatToTestLocale, `Input '${constants/* Input */.pd.WhatToTestLocale}' has an invalid value ${(0,input_reader/* quote */.hD)(locale)}: expected a locale such as en-US or de-DE.`);
    }
    return locale;
}
/**
 * The What to Test text itself: as given, or for 'auto' the commit message or pull request title
 * of this run (cut to Apple's limit). Settled before any request.
 */
async function whatToTestText(whatToTest, log) {
    if (whatToTest?.kind === 'text')
        return { text: whatToTest.text };
    if (whatToTest?.kind !== 'auto')
        return {};
    const { whatToTestFromContext } = await __webpack_require__.e(/* import() */ 205).then(__webpack_require__.bind(__webpack_require__, 205));
    const found = await whatToTestFromContext();
    if (!found) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.WhatToTest, `Input '${constants/* Input */.pd.WhatToTest}' is 'auto', but this run's GitHub context has no commit message or pull request title (event ${(0,input_reader/* quote */.hD)(process.env.GITHUB_EVENT_NAME ?? 'unknown')}); give the text instead.`);
    }
    const text = found.text.length > WHATS_NEW_MAX ? `${found.text.slice(0, WHATS_NEW_MAX - 1)}…` : found.text;
    log.info(`What to Test from the ${found.source}: ${(0,input_reader/* quote */.hD)(text)}.`);
    return { text, source: found.source };
}

// EXTERNAL MODULE: ./src/output/summary.ts
var summary = __webpack_require__(1213);
;// CONCATENATED MODULE: ./src/testflight/distribution-summary.ts





const waitedJson = (w) => ({ polls: w.polls, seconds: Math.round(w.waitedMs / 1000) });
/** The build did not become ready (not found, still processing, invalid): nothing was planned. */
function notReadyResult(run, waited) {
    return {
        outputs: { ...(0,build_summary/* buildOutputs */.JZ)(waited.build), [constants/* Output */.k7.Changes]: 0 },
        result: {
            app: run.app,
            platform: run.platform,
            build: waited.build ? (0,build_summary/* buildJson */.Nc)(waited.build) : null,
            status: waited.status,
            waited: waitedJson(waited),
            changes: 0,
            dryRun: run.dryRun,
        },
        summary: [(0,summary/* facts */.Ix)([['Outcome', waited.status], ...(waited.build ? (0,build_summary/* buildFacts */._x)(waited.build) : [])])],
        failure: waited.message,
    };
}
/** Every step's outcome in the `result` output, a table of steps and one of groups in the summary. */
function distributionResult(run, plan, done) {
    const { app, dryRun } = run;
    const build = done.build;
    const kind = (internal) => (internal ? 'internal' : 'external');
    const { alreadyThere, toAdd } = plan.groups;
    const { added, skipped, failed } = done.groups;
    const groupRows = [
        ...(dryRun ? toAdd.map((g) => [g.name, kind(g.isInternal), 'would add']) : []),
        ...added.map((g) => [g.name, kind(g.internal), 'added']),
        ...alreadyThere.map((g) => [g.name, kind(g.internal), 'already there']),
        ...skipped.map((g) => [g.name, kind(g.internal), `skipped: ${g.reason}`]),
        ...failed.map((g) => [g.name, kind(g.internal), `failed: ${g.reason}`]),
    ];
    const groups = {
        added: dryRun ? [] : added,
        wouldAdd: dryRun ? toAdd.map(groupEntry) : [],
        alreadyThere,
        skipped,
        failed,
    };
    const { compliance, whatToTest, review, notification, expired, changes, check } = done;
    const expiredText = run.expirePrevious
        ? `${dryRun ? 'would expire' : 'expired'} ${expired.length}${expired.length ? `: ${expired.map((e) => `${e.version ?? '?'} (${e.buildNumber})`).join(', ')}` : ''}`
        : 'not requested';
    const failures = [...plan.failures, ...done.failures];
    return {
        outputs: { ...(0,build_summary/* buildOutputs */.JZ)(build), [constants/* Output */.k7.Changes]: changes },
        result: {
            app,
            platform: run.platform,
            build: (0,build_summary/* buildJson */.Nc)(build),
            waited: waitedJson(run.waited),
            groups,
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
            (0,summary/* facts */.Ix)([['App', `${app.name} (${app.bundleId})`], ...(0,build_summary/* buildFacts */._x)(build)]),
            (0,summary/* table */.tp)(['Step', 'Outcome'], [
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
            ...(groupRows.length ? [(0,summary/* heading */.R_)('Groups'), (0,summary/* table */.tp)(['Group', 'Type', 'Outcome'], groupRows)] : []),
        ],
        failure: failures.length ? failures.join(' ') : undefined,
    };
}

// EXTERNAL MODULE: ./src/testflight/group-settings.ts
var group_settings = __webpack_require__(815);
;// CONCATENATED MODULE: ./src/operations/distribute-build.ts











/**
 * The step after an upload: finds the build (waiting for it to appear and process), answers
 * export compliance when the build asks, sets What to Test, adds the build to groups, submits
 * it for Beta App Review, notifies testers and expires older builds, as asked. Writes only what
 * differs, in parallel where the order allows, and reads the build back to confirm.
 *
 * The run: steps before the plan (settle the What to Test text, find the app and its groups,
 * wait for the build, read what it has), the plan (pure), checks before submitting for review,
 * then the writes (or, in a dry run, the preview), then the result.
 */
/* harmony default export */ const distribute_build = ((0,operation/* defineOperation */.h)({
    parse(inputs, common) {
        return {
            app: (0,settings/* requireApp */.J)(common, 'distribute-build'),
            selection: (0,build_wait/* parseBuildSelection */.mp)(inputs),
            wait: (0,build_wait/* parseWaitSettings */.sv)(inputs),
            groups: inputs.list(constants/* Input */.pd.Groups),
            usesNonExemptEncryption: inputs.bool(constants/* Input */.pd.UsesNonExemptEncryption),
            whatToTest: parseWhatToTest(inputs),
            locale: parseLocale(inputs),
            submit: inputs.choice(constants/* Input */.pd.SubmitForReview, ['auto', 'true', 'false'], 'auto'),
            notify: inputs.bool(constants/* Input */.pd.NotifyTesters, false),
            expirePrevious: inputs.bool(constants/* Input */.pd.ExpirePreviousBuilds, false),
        };
    },
    async execute(ctx, s) {
        const { client, common, log } = ctx;
        const { platform, dryRun } = common;
        // Steps before the plan. What to Test from the GitHub context: settled before any request.
        const { text, source } = await whatToTestText(s.whatToTest, log);
        // The app and its groups in one request; every group name resolved before any write.
        const { app, groups } = await (0,operation/* namingInput */.n)(constants/* Input */.pd.App, (0,apps/* resolveAppWithGroups */.C)(client, s.app));
        const wanted = (0,group_settings/* resolveGroupNames */.OF)(s.groups, groups);
        const waited = await (0,build_wait/* waitForBuild */.nt)(ctx, app.id, platform, s.selection, s.wait);
        if (waited.status !== 'ready')
            return notReadyResult({ app, platform, dryRun }, waited);
        const { build } = waited;
        // What is there already (include brought it; read in full only when include cut it short).
        const [groupIds, localizations] = await Promise.all([
            build.groupIds ?? (0,builds/* listBuildGroupIds */.op)(client, build.id),
            build.localizations ?? (0,builds/* listLocalizations */.Z_)(client, build.id),
        ]);
        const request = { ...s, text, textSource: source };
        const plan = planDistribution(build, { groupIds, localizations }, wanted, request, dryRun);
        for (const note of plan.notes)
            log[note.level](note.text);
        const run = { app, platform, dryRun, waited, expirePrevious: s.expirePrevious };
        if (build.expired)
            return distributionResult(run, plan, nothingDone(build, plan));
        // Checks before submitting for review go here: they may hold the review back (holdReview).
        const done = dryRun
            ? await previewDistribution(ctx, app, build, plan, s.expirePrevious)
            : await applyDistribution(ctx, app, build, plan, s.expirePrevious);
        return distributionResult(run, plan, done);
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
