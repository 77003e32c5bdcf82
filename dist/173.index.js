export const id = 173;
export const ids = [173];
export const modules = {

/***/ 8173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ prune_testers)
});

// EXTERNAL MODULE: ./src/api/apps.ts
var apps = __webpack_require__(3406);
// EXTERNAL MODULE: ./src/api/beta-groups.ts
var beta_groups = __webpack_require__(8045);
;// CONCATENATED MODULE: ./src/api/beta-tester-usages.ts
const USAGE_PERIODS = [
    { days: 7, period: 'P7D' },
    { days: 30, period: 'P30D' },
    { days: 90, period: 'P90D' },
    { days: 365, period: 'P365D' },
];
/** The smallest of Apple's periods that covers `days` (undefined above 365). */
function periodFor(days) {
    return USAGE_PERIODS.find((p) => p.days >= days)?.period;
}
/** The tester id of a row's dimension, in either shape. */
function dimensionTesterId(data) {
    if (typeof data === 'string' && data)
        return data;
    if (data && typeof data === 'object' && typeof data.id === 'string')
        return data.id;
    return undefined;
}
/** Usage per tester id over the period; testers without a row had no session. */
async function listTesterUsages(client, appId, period) {
    const usage = new Map();
    for await (const page of client.pages(`/v1/apps/${encodeURIComponent(appId)}/metrics/betaTesterUsages`, {
        period,
        groupBy: 'betaTesters',
        limit: 200,
    })) {
        for (const row of page.data) {
            const id = dimensionTesterId(row.dimensions?.betaTesters?.data);
            if (!id)
                continue;
            const total = usage.get(id) ?? { sessions: 0, crashes: 0, feedback: 0 };
            for (const point of row.dataPoints ?? []) {
                total.sessions += point.values?.sessionCount ?? 0;
                total.crashes += point.values?.crashCount ?? 0;
                total.feedback += point.values?.feedbackCount ?? 0;
            }
            usage.set(id, total);
        }
    }
    return usage;
}

// EXTERNAL MODULE: ./src/api/beta-testers.ts
var beta_testers = __webpack_require__(7069);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/operation.ts
var operation = __webpack_require__(6910);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var settings = __webpack_require__(6547);
// EXTERNAL MODULE: ./src/testflight/group-settings.ts
var group_settings = __webpack_require__(815);
// EXTERNAL MODULE: ./src/testflight/testers-list.ts
var testers_list = __webpack_require__(8307);
;// CONCATENATED MODULE: ./src/testflight/prune-plan.ts

const NONE = { sessions: 0, crashes: 0, feedback: 0 };
function planPrune(input) {
    const { testers, appGroups, targetGroups, usage, settings } = input;
    const internal = new Set(appGroups.filter((g) => g.isInternal).map((g) => g.id));
    const targets = new Set(targetGroups.map((g) => g.id));
    const kept = { active: 0, state: 0, 'keep list': 0, 'internal group': 0 };
    const candidates = [];
    let considered = 0;
    for (const tester of testers) {
        const groupIds = tester.groupIds ?? [];
        if (targets.size && !groupIds.some((id) => targets.has(id)))
            continue;
        considered += 1;
        const used = usage.get(tester.id) ?? NONE;
        if (used.sessions > 0)
            kept.active += 1;
        else if (!settings.states.includes((tester.state ?? '')))
            kept.state += 1;
        else if (settings.keep.has((0,testers_list/* emailKey */.c8)(tester.email)))
            kept['keep list'] += 1;
        else if (!settings.includeInternal && groupIds.some((id) => internal.has(id)))
            kept['internal group'] += 1;
        else {
            candidates.push({
                tester,
                usage: used,
                groups: settings.removeFrom === 'groups' ? targetGroups.filter((g) => groupIds.includes(g.id)) : [],
            });
        }
    }
    const remove = { fromGroups: [], fromApp: [] };
    if (settings.removeFrom === 'app')
        remove.fromApp = candidates.map((c) => c.tester);
    else {
        remove.fromGroups = targetGroups
            .map((group) => ({
            group,
            testers: candidates.filter((c) => c.groups.some((g) => g.id === group.id)).map((c) => c.tester),
        }))
            .filter((r) => r.testers.length > 0);
    }
    return { considered, candidates, kept, remove };
}

// EXTERNAL MODULE: ./src/output/list-file.ts
var list_file = __webpack_require__(340);
// EXTERNAL MODULE: ./src/output/summary.ts
var summary = __webpack_require__(1213);
// EXTERNAL MODULE: ./node_modules/@vercel/ncc/dist/ncc/@@notfound.js?./testers.js
var _notfoundtesters = __webpack_require__(8539);
;// CONCATENATED MODULE: ./src/testflight/prune-report.ts




const PRUNE_COLUMNS = [
    'email',
    'first_name',
    'last_name',
    'state',
    'sessions',
    'crashes',
    'feedback',
    'removed_from',
    'outcome',
];
/** Writes the removed (or, under dry-run, to-be-removed) testers with their state and usage (writeListFile keeps CSV cells from reading as formulas). */
async function writePruneFile(settings, plan, reports) {
    if (!settings.outputFile)
        return;
    const byEmail = new Map(reports.map((r) => [r.email.toLowerCase(), r]));
    const rows = plan.candidates.map((c) => {
        const report = byEmail.get(c.tester.email.toLowerCase());
        return {
            email: c.tester.email,
            first_name: c.tester.firstName,
            last_name: c.tester.lastName,
            state: c.tester.state ?? null,
            sessions: c.usage.sessions,
            crashes: c.usage.crashes,
            feedback: c.usage.feedback,
            removed_from: (report?.groups ?? []).join('; '),
            outcome: report?.outcome ?? null,
        };
    });
    await (0,list_file/* writeListFile */.o)(settings.outputFile, settings.format, PRUNE_COLUMNS, rows);
}
/** The counts table: who was considered, who stays and why, who goes. */
function pruneCounts(settings, plan) {
    return [
        (0,summary/* heading */.R_)('Candidates'),
        (0,summary/* table */.tp)(['Testers', 'Count'], [
            ['Considered', plan.considered],
            [`Active (a session in ${settings.period})`, plan.kept.active],
            [`Not in ${settings.states.join(', ')}`, plan.kept.state],
            ['On the keep list', plan.kept['keep list']],
            ['In an internal group (include-internal is false)', plan.kept['internal group']],
            ['Inactive: to remove', plan.candidates.length],
        ]),
    ];
}
/** The step's answer when the plan is larger than max-removals: nothing is written. */
function overMaxRemovals(app, settings, plan, dryRun) {
    const n = plan.candidates.length;
    const message = `prune-testers would remove ${n} testers, more than max-removals (${settings.maxRemovals}); nothing was removed. Check inactive-days and tester-states, or raise max-removals.`;
    return {
        outputs: { [constants/* Output */.k7.TestersRemoved]: 0, [constants/* Output */.k7.Changes]: 0 },
        result: {
            app: { id: app.id, bundleId: app.bundleId, name: app.name },
            dryRun,
            period: settings.period,
            candidates: n,
            maxRemovals: settings.maxRemovals,
            changes: 0,
            testers: [],
        },
        summary: [
            (0,summary/* facts */.Ix)([
                ['App', (0,_notfoundtesters.appFacts)(app)],
                ['Candidates', n],
                ['max-removals', settings.maxRemovals],
            ]),
            ...pruneCounts(settings, plan),
        ],
        failure: message,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/email.ts
var email = __webpack_require__(8935);
// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
;// CONCATENATED MODULE: ./src/testflight/prune-settings.ts
/** prune-testers' inputs, read and checked before any request. */






const TESTER_STATES = ['NOT_INVITED', 'INVITED', 'ACCEPTED', 'INSTALLED', 'REVOKED'];
const MAX_KEEP_FILE_BYTES = 1_000_000;
function parsePruneSettings(inputs) {
    const inactiveDays = inputs.int(constants/* Input */.pd.InactiveDays, { min: 1, max: 365, fallback: 30 });
    const period = periodFor(inactiveDays) ?? 'P365D';
    const states = parseStates(inputs.string(constants/* Input */.pd.TesterStates));
    const keep = new Set();
    inputs
        .lines(constants/* Input */.pd.KeepTesters)
        .forEach((line, i) => addKeep(keep, line, constants/* Input */.pd.KeepTesters, `line ${i + 1}`));
    const keepFile = inputs.string(constants/* Input */.pd.KeepTestersFile);
    if (keepFile)
        readKeepFile(keepFile, keep);
    const includeInternal = inputs.bool(constants/* Input */.pd.IncludeInternal, false);
    const maxRemovals = inputs.int(constants/* Input */.pd.MaxRemovals, { min: 0, fallback: 100 });
    const removeFrom = inputs.choice(constants/* Input */.pd.RemoveFrom, ['app', 'groups'], 'app');
    const groups = inputs.list(constants/* Input */.pd.Groups);
    if (removeFrom === 'groups' && groups.length === 0) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.Groups, `Input '${constants/* Input */.pd.Groups}' is required when '${constants/* Input */.pd.RemoveFrom}' is groups: the groups to remove inactive testers from.`);
    }
    const outputFile = inputs.string(constants/* Input */.pd.OutputFile);
    const format = inputs.choice(constants/* Input */.pd.Format, ['csv', 'json'], 'csv');
    return {
        inactiveDays,
        period,
        states,
        keep,
        includeInternal,
        maxRemovals,
        removeFrom,
        groups,
        outputFile,
        format,
    };
}
function parseStates(value) {
    if (value === undefined)
        return ['INSTALLED'];
    const states = [];
    for (const item of (0,input_reader/* splitList */.ry)(value)) {
        const state = TESTER_STATES.find((s) => s === item.toUpperCase().replace(/-/g, '_'));
        if (!state) {
            throw new input_reader/* InputError */.dz(constants/* Input */.pd.TesterStates, `Input '${constants/* Input */.pd.TesterStates}' has an invalid value ${(0,input_reader/* quote */.hD)(item)}: expected one or more of ${TESTER_STATES.join(', ')}.`);
        }
        if (!states.includes(state))
            states.push(state);
    }
    if (states.length === 0) {
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.TesterStates, `Input '${constants/* Input */.pd.TesterStates}' names no state: expected e.g. INSTALLED.`);
    }
    return states;
}
function addKeep(keep, raw, input, where) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#'))
        return;
    if (!(0,email/* isEmail */.x)(line)) {
        throw new input_reader/* InputError */.dz(input, `Input '${input}' ${where}: ${(0,input_reader/* quote */.hD)(line)} is not an email address (one email per line).`);
    }
    keep.add((0,testers_list/* emailKey */.c8)(line));
}
function readKeepFile(path, keep) {
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(path).size;
        if (size > MAX_KEEP_FILE_BYTES) {
            throw new input_reader/* InputError */.dz(constants/* Input */.pd.KeepTestersFile, `Input '${constants/* Input */.pd.KeepTestersFile}': ${(0,input_reader/* quote */.hD)(path)} is ${size} bytes; the limit is ${MAX_KEEP_FILE_BYTES}.`);
        }
        text = (0,external_node_fs_.readFileSync)(path, 'utf8').replace(/^\uFEFF/, '');
    }
    catch (error) {
        if (error instanceof input_reader/* InputError */.dz)
            throw error;
        const code = error.code;
        throw new input_reader/* InputError */.dz(constants/* Input */.pd.KeepTestersFile, `Input '${constants/* Input */.pd.KeepTestersFile}': cannot read ${(0,input_reader/* quote */.hD)(path)} (${code === 'ENOENT'
            ? 'no such file; the path is relative to the working directory'
            : error.message}).`);
    }
    text
        .split(/\r?\n/)
        .forEach((line, i) => addKeep(keep, line, constants/* Input */.pd.KeepTestersFile, `${path} line ${i + 1}`));
}

// EXTERNAL MODULE: ./node_modules/@vercel/ncc/dist/ncc/@@notfound.js?../testflight/testers.js
var _notfoundtestflight_testers = __webpack_require__(3586);
;// CONCATENATED MODULE: ./src/operations/prune-testers.ts












/**
 * Removes testers who stopped testing: no session in `inactive-days` (from Apple's tester usage
 * metrics), in one of `tester-states`, not kept by name or by an internal group; from the app
 * or only from `groups`. A plan over `max-removals` fails before any write.
 */
/* harmony default export */ const prune_testers = ((0,operation/* defineOperation */.h)({
    parse(inputs, common) {
        return { app: (0,settings/* requireApp */.J)(common, 'prune-testers'), settings: parsePruneSettings(inputs) };
    },
    async execute(ctx, { app: ref, settings }) {
        const app = await (0,operation/* namingInput */.n)(constants/* Input */.pd.App, (0,apps/* resolveApp */.A)(ctx.client, ref));
        const [appGroups, testers, usage] = await Promise.all([
            (0,beta_groups/* listBetaGroups */.h$)(ctx.client, app.id),
            (0,beta_testers/* listAppTesters */.Qz)(ctx.client, app.id, { withGroups: true }),
            listTesterUsages(ctx.client, app.id, settings.period),
        ]);
        const targetGroups = settings.groups.length ? (0,group_settings/* resolveGroupNames */.OF)(settings.groups, appGroups) : [];
        const plan = planPrune({ testers, appGroups, targetGroups, usage, settings });
        ctx.log.info(`${plan.considered} tester${plan.considered === 1 ? '' : 's'} of ${targetGroups.length ? targetGroups.map((g) => g.name).join(', ') : app.name || app.bundleId}; ` +
            `${usage.size} with usage in ${settings.period} (inactive-days ${settings.inactiveDays}); ${plan.candidates.length} inactive in ${settings.states.join(', ')} to remove.`);
        const recent = settings.states.filter((s) => s === 'INVITED' || s === 'ACCEPTED');
        if (recent.length && plan.candidates.some((c) => recent.includes(c.tester.state))) {
            ctx.log.warning(`tester-states includes ${recent.join(' and ')}: App Store Connect does not say when a tester was invited, so testers invited recently (who had no time to test) are among the candidates.`);
        }
        if (plan.candidates.length > settings.maxRemovals)
            return overMaxRemovals(app, settings, plan, ctx.common.dryRun);
        const ledger = new _notfoundtestflight_testers.TesterLedger();
        const planned = (0,_notfoundtestflight_testers.removeWrites)(plan.remove);
        if (ctx.common.dryRun) {
            await (0,_notfoundtestflight_testers.logPlan)(ctx, 'Dry run: would remove', undefined, plan.remove);
            (0,_notfoundtestflight_testers.recordPlan)(ledger, undefined, plan.remove);
        }
        else {
            await (0,_notfoundtestflight_testers.logPlan)(ctx, 'Removing', undefined, plan.remove);
            (0,_notfoundtestflight_testers.warnAboutBudget)(ctx, planned);
            await (0,_notfoundtestflight_testers.applyPlans)(ctx, app, ledger, undefined, plan.remove);
        }
        for (const c of plan.candidates) {
            ledger
                .row(c.tester)
                .notes.push(`${c.tester.state ?? 'no state'}; ${c.usage.sessions} sessions in ${settings.period}`);
        }
        const outcome = (0,_notfoundtestflight_testers.testerOutcome)(ctx, {
            app,
            groups: targetGroups,
            ledger,
            planned,
            facts: [
                ['Inactive for', `${settings.inactiveDays} days (usage over ${settings.period})`],
                [
                    'Removing from',
                    settings.removeFrom === 'groups' ? 'the groups above (testers stay in the app)' : 'the app',
                ],
            ],
            result: {
                period: settings.period,
                inactiveDays: settings.inactiveDays,
                states: settings.states,
                kept: plan.kept,
            },
            middle: pruneCounts(settings, plan),
        });
        await writePruneFile(settings, plan, ledger.reports());
        if (settings.outputFile)
            ctx.log.info(`Wrote ${plan.candidates.length} testers to ${settings.outputFile}.`);
        return outcome;
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
/**
 * One CSV field: quoted when it holds a comma, a quote, or a line break; quotes doubled. Text that
 * a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a CR, as
 * OWASP's CSV-injection advice lists) gets a leading `'`; a plain number such as `-1.5` stays.
 */
function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;


/***/ }),

/***/ 3586:
/***/ ((module) => {

module.exports = eval("require")("../testflight/testers.js");


/***/ }),

/***/ 8539:
/***/ ((module) => {

module.exports = eval("require")("./testers.js");


/***/ })

};
