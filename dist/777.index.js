export const id = 777;
export const ids = [777];
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

/***/ 9295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ applyPlans)
/* harmony export */ });
/* unused harmony exports CONCURRENCY, LOW_BUDGET, READ_BACK_DELAY_MS, readBack, readBackAll */
/* harmony import */ var _api_beta_testers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7069);
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(531);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _testers_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(812);





/** Calls in flight at once; the client also slows down when the hourly budget runs low. */
const CONCURRENCY = 8;
/** Below this many requests left this hour, the client paces requests (src/api/rate-limit.ts) and writes go one at a time. */
const LOW_BUDGET = 100;
/** Wait before reading a tester back a second time (Apple's read can lag one poll). */
const READ_BACK_DELAY_MS = 3000;
/** Applies the plans: every batch and every create in one pool of CONCURRENCY calls. */
async function applyPlans(ctx, app, ledger, add, remove) {
    const tasks = [];
    for (const { group, testers } of remove?.fromGroups ?? []) {
        for (const batch of (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)(testers, _testers_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .BATCH_SIZE */ .BU))
            tasks.push(() => leaveGroup(ctx, ledger, group, batch));
    }
    for (const batch of (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)(remove?.fromApp ?? [], _testers_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .BATCH_SIZE */ .BU))
        tasks.push(() => leaveApp(ctx, ledger, app, batch));
    for (const { group, testers } of add?.links ?? []) {
        for (const batch of (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)(testers, _testers_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .BATCH_SIZE */ .BU))
            tasks.push(() => joinGroup(ctx, ledger, group, batch));
    }
    for (const { entry, groups } of add?.creates ?? [])
        tasks.push(() => create(ctx, ledger, entry, groups));
    // The groups each tester is meant to join or leave, for failure reports.
    for (const { group, testers } of [...(add?.links ?? []), ...(remove?.fromGroups ?? [])]) {
        for (const t of testers)
            ledger.row(t).plannedGroups.push(group.name);
    }
    for (const t of remove?.fromApp ?? [])
        ledger.row(t).plannedGroups = ['the app'];
    for (const { entry, groups } of add?.creates ?? [])
        ledger.row(entry).plannedGroups = groups.map((g) => g.name);
    // When the hour's budget runs low the client paces each request; calls in parallel would
    // defeat that, so from then on the tasks run one at a time.
    let queue = Promise.resolve();
    const oneAtATime = (task) => {
        const run = queue.then(task, task);
        queue = run.catch(() => undefined);
        return run;
    };
    const lowBudget = () => {
        const rate = ctx.client.rateLimit;
        return rate !== undefined && rate.remaining < LOW_BUDGET;
    };
    const outcomes = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapLimit */ .s)(tasks, CONCURRENCY, (task) => (lowBudget() ? oneAtATime(task) : task()));
    // Tasks settle their own testers; anything that escaped is a bug worth surfacing.
    for (const o of outcomes)
        if ('error' in o)
            throw o.error;
}
/** 409 and 422 concern the testers in the call; other failures concern the whole run. */
function perTester(error) {
    return error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && (error.status === 409 || error.status === 422);
}
/** Indexes named by `source.pointer` `/data/<n>` when every error names one. */
function pointedIndexes(error, size) {
    const out = new Map();
    for (const e of error.errors) {
        const n = /^\/data\/(\d+)$/.exec(e.source?.pointer ?? '')?.[1];
        if (n === undefined || Number(n) >= size)
            return undefined;
        out.set(Number(n), e.detail ?? e.title ?? `${error.status}`);
    }
    return out.size ? out : undefined;
}
/**
 * Sends a batch; when App Store Connect refuses it for some testers (409/422), settles the
 * refused ones together (`settle`) and sends the others again. The refused testers are found
 * from the errors' `/data/<n>` pointers when Apple gives them, else by halving the batch.
 */
async function sendSplitting(ledger, batch, send, ok, settle, fail) {
    if (ledger.fatal !== undefined) {
        for (const t of batch)
            fail(t, `not attempted: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(ledger.fatal)}`);
        return;
    }
    try {
        await send(batch);
        ledger.writes += 1;
        ok(batch);
        return;
    }
    catch (error) {
        if (!perTester(error)) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .stopsTheRun */ .Ek)(error))
                ledger.fatal ??= error;
            for (const t of batch)
                fail(t, (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(error));
            return;
        }
        if (batch.length === 1) {
            await settle([{ tester: batch[0], error, reason: (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(error) }]);
            return;
        }
        const pointed = pointedIndexes(error, batch.length);
        if (pointed) {
            const rest = batch.filter((_, i) => !pointed.has(i));
            await settle([...pointed].map(([i, detail]) => ({
                tester: batch[i],
                error,
                reason: `${error.status}: ${detail}`,
            })));
            if (rest.length)
                await sendSplitting(ledger, rest, send, ok, settle, fail);
            return;
        }
        const half = Math.ceil(batch.length / 2);
        await sendSplitting(ledger, batch.slice(0, half), send, ok, settle, fail);
        await sendSplitting(ledger, batch.slice(half), send, ok, settle, fail);
    }
}
/**
 * Reads a tester back by email and checks they are in every group; a miss is read again once
 * after READ_BACK_DELAY_MS, since Apple's read can lag one poll behind a write.
 */
async function readBack(ctx, email, groupIds) {
    return (await readBackAll(ctx, [email], groupIds))[0];
}
/**
 * Reads several testers back (as `readBack`), waiting READ_BACK_DELAY_MS once for all the misses
 * rather than once per tester: a batch with many refusals (say, outsiders for an internal group)
 * costs one wait, not one each.
 */
async function readBackAll(ctx, emails, groupIds) {
    const results = emails.map(() => ({ confirmed: false }));
    let pending = emails.map((_, i) => i);
    for (let attempt = 1; attempt <= 2 && pending.length > 0; attempt++) {
        if (attempt > 1)
            await ctx.clock.sleep(READ_BACK_DELAY_MS);
        const missed = [];
        for (const i of pending) {
            const email = emails[i];
            let tester;
            try {
                tester = await (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_3__/* .findTesterByEmail */ .k7)(ctx.client, email);
            }
            catch (error) {
                results[i] = { confirmed: false, error };
                continue;
            }
            if (tester && groupIds.every((id) => tester?.groupIds?.includes(id))) {
                results[i] = { tester, confirmed: true };
                continue;
            }
            results[i] = { tester, confirmed: false };
            missed.push(i);
            ctx.log.debug(`Read-back of ${email}: ${tester ? 'not yet in every group' : 'not found'} (read ${attempt}).`);
        }
        pending = missed;
    }
    return results;
}
async function joinGroup(ctx, ledger, group, batch) {
    await sendSplitting(ledger, batch, (b) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_3__/* .addTestersToGroup */ .Ur)(ctx.client, group.id, b.map((t) => t.id)), (b) => {
        for (const t of b)
            ledger.row(t).addedTo.push(group.name);
    }, async (refused) => {
        const backs = await readBackAll(ctx, refused.map((r) => r.tester.email), [group.id]);
        refused.forEach(({ tester, error, reason }, i) => {
            const back = backs[i];
            const row = ledger.row(tester);
            if (back.confirmed) {
                row.alreadyIn.push(group.name);
                row.notes.push(`App Store Connect answered ${error.status} for ${group.name}; read back: in the group`);
            }
            else {
                row.failures.push(`${group.name}: ${reason}`);
                if (back.error)
                    row.notes.push(`read-back failed: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(back.error)}`);
            }
        });
    }, (tester, reason) => ledger.row(tester).failures.push(`${group.name}: ${reason}`));
}
async function leaveGroup(ctx, ledger, group, batch) {
    await sendSplitting(ledger, batch, (b) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_3__/* .removeTestersFromGroup */ .GP)(ctx.client, group.id, b.map((t) => t.id)), (b) => {
        for (const t of b)
            ledger.row(t).removedFrom.push(group.name);
    }, async (refused) => {
        for (const { tester, reason } of refused)
            ledger.row(tester).failures.push(`${group.name}: ${reason}`);
    }, (tester, reason) => ledger.row(tester).failures.push(`${group.name}: ${reason}`));
}
async function leaveApp(ctx, ledger, app, batch) {
    await sendSplitting(ledger, batch, (b) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_3__/* .removeTestersFromApp */ .wE)(ctx.client, app.id, b.map((t) => t.id)), (b) => {
        for (const t of b)
            ledger.row(t).removedFrom.push('the app');
    }, async (refused) => {
        for (const { tester, reason } of refused)
            ledger.row(tester).failures.push(reason);
    }, (tester, reason) => ledger.row(tester).failures.push(reason));
}
async function create(ctx, ledger, entry, groups) {
    const row = ledger.row(entry);
    const names = groups.map((g) => g.name);
    if (ledger.fatal !== undefined) {
        row.failures.push(`not attempted: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(ledger.fatal)}`);
        return;
    }
    try {
        const tester = await (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_3__/* .createTester */ .UY)(ctx.client, entry, groups.map((g) => g.id));
        ledger.writes += 1;
        row.id = tester.id;
        row.created = true;
        row.addedTo.push(...names);
        return;
    }
    catch (error) {
        if (!perTester(error)) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .stopsTheRun */ .Ek)(error))
                ledger.fatal ??= error;
            row.failures.push((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(error));
            return;
        }
        // A 409 can mean the tester is already there (say, a retry of a create whose answer was
        // lost): read back, then join whatever groups are still missing.
        const back = await readBack(ctx, entry.email, groups.map((g) => g.id));
        if (back.confirmed && back.tester) {
            row.id = back.tester.id;
            if (error.afterRetry) {
                // The 409 answers this run's first try, whose answer was lost: this run created them.
                ledger.writes += 1;
                row.created = true;
                row.addedTo.push(...names);
                row.notes.push('the answer to the create was lost and its retry got 409; read back: created');
            }
            else {
                row.alreadyIn.push(...names);
                row.notes.push(`App Store Connect answered ${error.status} to the create; read back: present`);
            }
            return;
        }
        if (back.tester) {
            const tester = back.tester;
            row.id = tester.id;
            const missing = groups.filter((g) => !tester.groupIds?.includes(g.id));
            row.alreadyIn.push(...groups.filter((g) => !missing.includes(g)).map((g) => g.name));
            for (const group of missing)
                await joinGroup(ctx, ledger, group, [tester]);
            return;
        }
        if (back.error)
            row.notes.push(`read-back failed: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(back.error)}`);
        // Not there: App Store Connect refused some of the groups (a tester outside the team cannot
        // join an internal group). Create the tester in the others, so only the refused ones fail.
        const refused = refusedGroups(error, groups);
        const rest = groups.filter((g) => !refused.has(g));
        if (refused.size === 0 || rest.length === 0) {
            row.failures.push((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(error));
            return;
        }
        for (const [group, reason] of refused)
            row.failures.push(`${group.name}: ${reason}`);
        try {
            const tester = await (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_3__/* .createTester */ .UY)(ctx.client, entry, rest.map((g) => g.id));
            ledger.writes += 1;
            row.id = tester.id;
            row.created = true;
            row.addedTo.push(...rest.map((g) => g.name));
        }
        catch (second) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .stopsTheRun */ .Ek)(second))
                ledger.fatal ??= second;
            row.failures.push(`${rest.map((g) => g.name).join(', ')}: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(second)}`);
        }
    }
}
/**
 * The groups a refused create names, with Apple's reason: from the errors' pointers
 * (`/data/relationships/betaGroups/data/<n>`), or else, when internal and external groups were
 * asked for together, the internal ones (the usual cause).
 */
function refusedGroups(error, groups) {
    const refused = new Map();
    for (const e of error.errors) {
        const n = /^\/data\/relationships\/betaGroups\/data\/(\d+)$/.exec(e.source?.pointer ?? '')?.[1];
        const group = n === undefined ? undefined : groups[Number(n)];
        if (group)
            refused.set(group, `${error.status}: ${e.detail ?? e.title ?? 'refused'}`);
    }
    if (refused.size > 0)
        return refused;
    const internal = groups.filter((g) => g.isInternal);
    if (internal.length > 0 && internal.length < groups.length) {
        for (const g of internal)
            refused.set(g, (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(error));
    }
    return refused;
}


/***/ }),

/***/ 812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ removeWrites),
/* harmony export */   BJ: () => (/* binding */ recordPlan),
/* harmony export */   BU: () => (/* binding */ BATCH_SIZE),
/* harmony export */   F1: () => (/* binding */ TesterLedger),
/* harmony export */   HN: () => (/* binding */ planAdd),
/* harmony export */   fk: () => (/* binding */ readTesterState),
/* harmony export */   kX: () => (/* binding */ addWrites)
/* harmony export */ });
/* harmony import */ var _api_beta_groups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8045);
/* harmony import */ var _group_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(815);
/* harmony import */ var _api_beta_testers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7069);
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(531);
/* harmony import */ var _testers_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8307);





/** Testers per relationship call (join or leave a group, leave the app). */
const BATCH_SIZE = 100;
/** Every tester's progress through a run, and the writes made. */
class TesterLedger {
    rows = new Map();
    writes = 0;
    /** A failure that stopped the remaining writes (e.g. 403: the key's role). */
    fatal;
    row(who) {
        const key = (0,_testers_list_js__WEBPACK_IMPORTED_MODULE_1__/* .emailKey */ .c8)(who.email);
        let row = this.rows.get(key);
        if (!row) {
            row = {
                email: who.email,
                created: false,
                addedTo: [],
                alreadyIn: [],
                removedFrom: [],
                notIn: [],
                plannedGroups: [],
                failures: [],
                notes: [],
            };
            this.rows.set(key, row);
        }
        row.firstName ??= who.firstName;
        row.lastName ??= who.lastName;
        row.id ??= who.id;
        return row;
    }
    reports() {
        return [...this.rows.values()].map(report);
    }
}
function report(row) {
    const base = {
        email: row.email,
        ...(row.firstName ? { firstName: row.firstName } : {}),
        ...(row.lastName ? { lastName: row.lastName } : {}),
        ...(row.id ? { id: row.id } : {}),
    };
    const done = [
        row.created ? `created in ${row.addedTo.join(', ')}` : '',
        !row.created && row.addedTo.length ? `added to ${row.addedTo.join(', ')}` : '',
        row.removedFrom.length ? `removed from ${row.removedFrom.join(', ')}` : '',
    ].filter(Boolean);
    const notes = row.notes.length ? row.notes : [];
    if (row.failures.length) {
        const groups = row.plannedGroups.length ? row.plannedGroups : [...row.addedTo, ...row.removedFrom];
        const already = row.alreadyIn.length ? [`already in ${row.alreadyIn.join(', ')}`] : [];
        return {
            ...base,
            outcome: 'failed',
            groups,
            detail: [...row.failures, ...done, ...already, ...notes].join('; '),
        };
    }
    const detail = (extra) => {
        const text = [...extra, ...notes].filter(Boolean).join('; ');
        return text ? { detail: text } : {};
    };
    if (row.planned === 'create')
        return { ...base, outcome: 'would create', groups: row.plannedGroups, ...detail([]) };
    if (row.planned === 'add') {
        return {
            ...base,
            outcome: 'would add',
            groups: row.plannedGroups,
            ...detail(row.alreadyIn.length ? [`already in ${row.alreadyIn.join(', ')}`] : []),
        };
    }
    if (row.planned === 'remove')
        return { ...base, outcome: 'would remove', groups: row.plannedGroups, ...detail([]) };
    if (row.created)
        return { ...base, outcome: 'created', groups: row.addedTo, ...detail([]) };
    if (row.removedFrom.length)
        return { ...base, outcome: 'removed', groups: row.removedFrom, ...detail([]) };
    if (row.addedTo.length) {
        return {
            ...base,
            outcome: 'added',
            groups: row.addedTo,
            ...detail(row.alreadyIn.length ? [`already in ${row.alreadyIn.join(', ')}`] : []),
        };
    }
    if (row.alreadyIn.length)
        return { ...base, outcome: 'already present', groups: row.alreadyIn, ...detail([]) };
    return { ...base, outcome: 'not present', groups: row.notIn, ...detail([]) };
}
/**
 * Reads, at the same time, the app's testers (every page, once) and the app's groups, then the
 * wanted groups' member ids. Unknown group names fail naming the `groups` input.
 */
async function readTesterState(ctx, app, wantedGroups) {
    const groupsAndMembers = (async () => {
        if (wantedGroups.length === 0)
            return { groups: [], lists: [] };
        const groups = (0,_group_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGroupNames */ .OF)(wantedGroups, await (0,_api_beta_groups_js__WEBPACK_IMPORTED_MODULE_2__/* .listBetaGroups */ .h$)(ctx.client, app.id));
        const lists = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(groups, 4, (g) => (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_4__/* .listGroupTesterIds */ .$e)(ctx.client, g.id));
        return {
            groups,
            lists: lists.map((r) => {
                if ('error' in r)
                    throw r.error;
                return r.value;
            }),
        };
    })();
    const [testers, { groups, lists }] = await Promise.all([
        (0,_api_beta_testers_js__WEBPACK_IMPORTED_MODULE_4__/* .listAppTesters */ .Qz)(ctx.client, app.id),
        groupsAndMembers,
    ]);
    const members = new Map();
    groups.forEach((g, i) => members.set(g.id, new Set(lists[i])));
    const byEmail = new Map();
    const byId = new Map();
    for (const t of testers) {
        byEmail.set((0,_testers_list_js__WEBPACK_IMPORTED_MODULE_1__/* .emailKey */ .c8)(t.email), t);
        byId.set(t.id, t);
    }
    ctx.log.info(`Read ${testers.length} tester${testers.length === 1 ? '' : 's'} of ${app.name || app.bundleId}${groups.length
        ? `; group members: ${groups.map((g) => `${g.name} ${members.get(g.id)?.size ?? 0}`).join(', ')}`
        : ''}.`);
    return { groups, state: { byEmail, byId, members } };
}
/** Works out who joins which group; records "already present" for the rest. */
function planAdd(wanted, groups, state, ledger) {
    const links = new Map();
    const creates = [];
    for (const entry of wanted) {
        const existing = state.byEmail.get((0,_testers_list_js__WEBPACK_IMPORTED_MODULE_1__/* .emailKey */ .c8)(entry.email));
        const row = ledger.row({ ...entry, id: existing?.id });
        if (!existing) {
            creates.push({ entry, groups: [...groups] });
            continue;
        }
        row.firstName ??= existing.firstName;
        row.lastName ??= existing.lastName;
        for (const group of groups) {
            if (state.members.get(group.id)?.has(existing.id))
                row.alreadyIn.push(group.name);
            else {
                const list = links.get(group.id) ?? [];
                list.push(existing);
                links.set(group.id, list);
            }
        }
    }
    return {
        links: groups.filter((g) => links.has(g.id)).map((g) => ({ group: g, testers: links.get(g.id) ?? [] })),
        creates,
    };
}
function addWrites(plan) {
    return plan.links.reduce((n, l) => n + Math.ceil(l.testers.length / BATCH_SIZE), 0) + plan.creates.length;
}
function removeWrites(plan) {
    return (plan.fromGroups.reduce((n, r) => n + Math.ceil(r.testers.length / BATCH_SIZE), 0) +
        Math.ceil(plan.fromApp.length / BATCH_SIZE));
}
/** Records the plan as "would ..." outcomes (dry run). */
function recordPlan(ledger, add, remove) {
    for (const { entry, groups } of add?.creates ?? []) {
        const row = ledger.row(entry);
        row.planned = 'create';
        row.plannedGroups = groups.map((g) => g.name);
    }
    for (const { group, testers } of add?.links ?? []) {
        for (const t of testers) {
            const row = ledger.row(t);
            row.planned = 'add';
            row.plannedGroups.push(group.name);
        }
    }
    for (const { group, testers } of remove?.fromGroups ?? []) {
        for (const t of testers) {
            const row = ledger.row(t);
            row.planned = 'remove';
            row.plannedGroups.push(group.name);
        }
    }
    for (const t of remove?.fromApp ?? []) {
        const row = ledger.row(t);
        row.planned = 'remove';
        row.plannedGroups = ['the app'];
    }
}


/***/ }),

/***/ 675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ testerOutcome),
/* harmony export */   PC: () => (/* binding */ warnAboutBudget),
/* harmony export */   uH: () => (/* binding */ logPlan)
/* harmony export */ });
/* unused harmony exports countOutcomes, testerSummary, failureMessage, appFacts */
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1213);
/* harmony import */ var _testers_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(812);





/** Counts by outcome. */
function countOutcomes(reports) {
    const counts = {
        created: 0,
        added: 0,
        'already present': 0,
        removed: 0,
        'not present': 0,
        failed: 0,
        'would create': 0,
        'would add': 0,
        'would remove': 0,
    };
    for (const r of reports)
        counts[r.outcome] += 1;
    return counts;
}
/** The numbers and the per-tester table for the job summary (capped for long lists). */
function testerSummary(head, reports, middle = []) {
    const counts = countOutcomes(reports);
    const shown = Object.entries(counts).filter(([, n]) => n > 0);
    const rows = reports.map((r) => [
        r.email,
        [r.firstName, r.lastName].filter(Boolean).join(' '),
        r.outcome,
        r.groups.join(', '),
        r.detail,
    ]);
    const { rows: visible, note } = (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .capped */ .uo)(rows);
    return [
        (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .facts */ .Ix)([...head, ...shown.map(([outcome, n]) => [capitalize(outcome), n])]),
        ...middle,
        ...(reports.length
            ? [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('Testers'), (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Email', 'Name', 'Outcome', 'Groups', 'Detail'], visible, note)]
            : []),
    ];
}
/** The step's failure message when any tester failed (after all were reported). */
function failureMessage(ledger, reports) {
    const failed = reports.filter((r) => r.outcome === 'failed');
    if (failed.length === 0)
        return undefined;
    const first = failed
        .slice(0, 5)
        .map((r) => `${r.email} (${r.detail ?? 'failed'})`)
        .join('; ');
    const stop = ledger.fatal !== undefined ? ` Stopped early: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(ledger.fatal)}.` : '';
    return `${failed.length} of ${reports.length} testers failed: ${first}${failed.length > 5 ? `; and ${failed.length - 5} more` : ''}.${stop} Every tester's outcome is in the result output and the job summary.`;
}
/** Warns when the plan needs more calls than the hour's budget has left (the client paces). */
function warnAboutBudget(ctx, writes) {
    const rate = ctx.client.rateLimit;
    if (rate && writes > rate.remaining) {
        ctx.log.warning(`The plan needs ${writes} write requests but only ${rate.remaining} of ${rate.limit} App Store Connect requests are left this hour: the action slows down to stay within the limit and may run out of budget; consider splitting the list over several runs.`);
    }
}
function appFacts(app) {
    return `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** The outputs, result and summary every tester operation ends with. */
function testerOutcome(ctx, parts) {
    const { app, groups, ledger, planned } = parts;
    const dryRun = ctx.common.dryRun;
    const reports = ledger.reports();
    const counts = countOutcomes(reports);
    const changes = dryRun ? planned : ledger.writes;
    const added = dryRun ? counts['would create'] + counts['would add'] : counts.created + counts.added;
    const removed = dryRun ? counts['would remove'] : counts.removed;
    const head = [
        ['App', appFacts(app)],
        ...(groups.length ? [['Groups', groups.map((g) => g.name).join(', ')]] : []),
        ...(parts.facts ?? []),
        [dryRun ? 'Writes planned (dry run, none sent)' : 'Writes', changes],
    ];
    return {
        outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.TestersAdded]: added, [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.TestersRemoved]: removed, [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Changes]: changes },
        result: {
            app: { id: app.id, bundleId: app.bundleId, name: app.name },
            groups: groups.map((g) => ({ id: g.id, name: g.name, internal: g.isInternal })),
            dryRun,
            ...parts.result,
            counts: Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)),
            changes,
            testers: reports,
        },
        summary: testerSummary(head, reports, parts.middle),
        failure: failureMessage(ledger, reports),
    };
}
/** Logs each planned change, grouped so long lists stay folded. */
async function logPlan(ctx, title, add, remove) {
    const lines = [
        ...(add?.creates ?? []).map((c) => `create ${c.entry.email} in ${c.groups.map((g) => g.name).join(', ')}`),
        ...(add?.links ?? []).flatMap((l) => l.testers.map((t) => `add ${t.email} to ${l.group.name}`)),
        ...(remove?.fromGroups ?? []).flatMap((r) => r.testers.map((t) => `remove ${t.email} from ${r.group.name}`)),
        ...(remove?.fromApp ?? []).map((t) => `remove ${t.email} from the app`),
    ];
    if (lines.length === 0) {
        ctx.log.info(`${title}: nothing to change.`);
        return;
    }
    await ctx.log.group(title, async () => {
        for (const line of lines)
            ctx.log.info(line);
    });
}


/***/ })

};
