export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);
/* harmony import */ var _users_users_apply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9421);
/* harmony import */ var _users_users_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7588);
/* harmony import */ var _users_users_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3362);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6910);






/**
 * Invites a person to the team. A member is reported with their roles and left alone; an
 * identical pending invitation is a no-op; a different one is replaced (invitations cannot be
 * edited), as is an expired one.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_5__/* .defineOperation */ .h)({
    parse(inputs) {
        const spec = (0,_users_users_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readPersonInputs */ .DZ)(inputs, 'invite-user', { names: true });
        if (!spec.roles) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Roles, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Roles}' is required for invite-user: comma-separated roles such as DEVELOPER or APP_MANAGER, ACCESS_TO_REPORTS.`);
        }
        (0,_users_users_file_js__WEBPACK_IMPORTED_MODULE_3__/* .checkInvitationFields */ .hC)(spec);
        return { spec };
    },
    async execute(ctx, { spec }) {
        const state = await (0,_users_users_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .readState */ .un)(ctx, [spec]);
        const plan = (0,_users_users_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planPerson */ .hX)(spec, state, 'invite', ctx.clock.now());
        return (0,_users_users_apply_js__WEBPACK_IMPORTED_MODULE_2__/* .finish */ .O9)(ctx, [plan], state, { single: true });
    },
}));


/***/ }),

/***/ 9421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O9: () => (/* binding */ finish)
/* harmony export */ });
/* unused harmony exports CONCURRENCY, applyPlan */
/* harmony import */ var _api_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(531);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _api_users_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6184);
/* harmony import */ var _users_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3362);
/* harmony import */ var _users_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3953);
/** Sends the planned writes, each person ending with one outcome. */





/** Writes in flight at once (teams are small; Apple's Users and Access is not a bulk API). */
const CONCURRENCY = 4;
const DONE = {
    invite: 'invited',
    replace: 'invitation replaced',
    update: 'updated',
    remove: 'removed',
    cancel: 'invitation cancelled',
    none: 'unchanged',
};
const isGone = (error) => error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 404;
/** Sends each planned write (CONCURRENCY at a time); every item ends with an outcome. */
async function applyPlan(ctx, items) {
    const state = {};
    const work = items.filter((i) => i.action.kind !== 'none');
    const results = await (0,_api_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .mapLimit */ .s)(work, CONCURRENCY, async (it) => {
        if (state.fatal !== undefined) {
            it.outcome = 'failed';
            it.writes = 0;
            it.notes.unshift(`not attempted: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(state.fatal)}`);
            return;
        }
        it.writes = 0;
        try {
            it.outcome = (await applyOne(ctx, it)) ?? DONE[it.action.kind];
        }
        catch (error) {
            if ((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .stopsTheRun */ .Ek)(error))
                state.fatal ??= error;
            it.outcome = 'failed';
            it.notes.unshift((0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(error));
        }
    });
    for (const r of results)
        if ('error' in r)
            throw r.error;
    return state;
}
/** Sends one person's writes; returns an outcome other than the usual one when reading back showed it. */
async function applyOne(ctx, it) {
    const { client } = ctx;
    const action = it.action;
    switch (action.kind) {
        case 'invite':
            return invite(ctx, it, action.spec);
        case 'replace':
            try {
                await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelInvitation */ .Il)(client, action.old.id);
                it.writes += 1;
            }
            catch (error) {
                if (!isGone(error))
                    throw error;
            }
            try {
                const outcome = await invite(ctx, it, action.spec);
                return outcome === 'already invited' ? 'invitation replaced' : outcome;
            }
            catch (error) {
                it.notes.push('the old invitation was cancelled, the new one was not sent');
                throw error;
            }
        case 'update':
            await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .updateUser */ .TK)(client, action.user.id, action.change);
            it.writes += 1;
            return undefined;
        case 'remove':
            try {
                await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .removeUser */ .a1)(client, action.user.id);
                it.writes += 1;
            }
            catch (error) {
                if (!isGone(error))
                    throw error;
                it.notes.push('already gone');
            }
            return undefined;
        case 'cancel':
            try {
                await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelInvitation */ .Il)(client, action.invitation.id);
                it.writes += 1;
            }
            catch (error) {
                if (!isGone(error))
                    throw error;
                it.notes.push('already gone');
            }
            return undefined;
        case 'none':
            return undefined;
    }
}
/**
 * Sends an invitation. A 409 may mean it is already there (say, the retry of a request whose
 * answer was lost) or the person has just joined: read back, and report what is there.
 */
async function invite(ctx, it, spec) {
    try {
        const created = await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .inviteUser */ .Jb)(ctx.client, spec);
        it.writes += 1;
        it.id = created.id;
        return undefined;
    }
    catch (error) {
        if (!(error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 409))
            throw error;
        // The whole team: Apple's email filters may compare case, the read-back must not miss.
        const team = await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .readTeam */ .EH)(ctx.client).catch(() => undefined);
        const user = team?.users.find((u) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .sameEmail */ .PZ)(u.username, spec.email));
        const pending = team?.invitations.find((i) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_1__/* .sameEmail */ .PZ)(i.email, spec.email));
        if (!user && !(pending && (0,_users_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .differences */ .tX)((0,_users_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .accessOf */ .YK)(pending), spec).length === 0))
            throw error;
        it.id = (user ?? pending)?.id;
        if (!user && error.afterRetry) {
            // The 409 answers this run's first try, whose answer was lost: this run invited them.
            it.writes += 1;
            it.notes.push('the answer to the invitation was lost and its retry got 409; read back: invited');
            return undefined;
        }
        it.notes.push(`App Store Connect answered ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonOf */ .A3)(error)}; read back: ${user ? 'a member' : 'invited'}`);
        return user ? 'already a member' : 'already invited';
    }
}
/**
 * Runs a plan (or, under dry-run, only reports it) and builds the outputs: `changes` (writes
 * made, or planned), `result` and the job summary. The step fails when any person failed.
 */
async function finish(ctx, items, state, parts = {}) {
    const dryRun = ctx.common.dryRun;
    const planned = items.reduce((n, i) => n + i.writes, 0);
    const planReports = items.map((i) => (0,_users_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .personReport */ .ex)(i, state.apps));
    let fatal;
    if (dryRun) {
        await (0,_users_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .logPlan */ .uH)(ctx, `Dry run: would change (${planned} write${planned === 1 ? '' : 's'})`, planReports);
    }
    else {
        const toDo = planReports
            .filter((r) => r.outcome.startsWith('would '))
            .map((r) => ({ ...r, outcome: r.outcome.slice('would '.length) }));
        if (toDo.length)
            await (0,_users_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .logPlan */ .uH)(ctx, `Changes (${planned} write${planned === 1 ? '' : 's'})`, toDo);
        else
            ctx.log.info('Nothing to change.');
        ({ fatal } = await applyPlan(ctx, items));
    }
    return (0,_users_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .usersResult */ .E)(dryRun, items, state, parts, { planned, fatal });
}


/***/ })

};
