export const id = 341;
export const ids = [341];
export const modules = {

/***/ 8341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6547);
/* harmony import */ var _testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8307);
/* harmony import */ var _testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7006);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6910);







/**
 * Removes testers from the given groups (they stay testers of the app), or, without `groups`,
 * from the app entirely. Testers who are not there are reported as such; no write for them.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_6__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .requireApp */ .J)(common, 'remove-testers');
        const groups = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups);
        const { testers, duplicates } = (0,_testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__/* .readTesterInputs */ .JL)(inputs, 'remove-testers');
        if (testers.length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers, `Inputs '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers}' and '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile}' list no tester for remove-testers.`);
        }
        return { app, groups, testers, duplicates };
    },
    async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_6__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(ctx.client, ref));
        const { groups, state } = await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .readTesterState */ .fk)(ctx, app, groupNames);
        const ledger = new _testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .TesterLedger */ .F1();
        const plan = { fromGroups: [], fromApp: [] };
        const perGroup = new Map();
        for (const entry of testers) {
            const tester = state.byEmail.get((0,_testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__/* .emailKey */ .c8)(entry.email));
            const row = ledger.row({ ...entry, id: tester?.id });
            if (!tester) {
                row.notIn.push(...(groups.length ? groups.map((g) => g.name) : ['the app']));
                row.notes.push('not a tester of the app');
                continue;
            }
            row.firstName ??= tester.firstName;
            row.lastName ??= tester.lastName;
            if (groups.length === 0) {
                plan.fromApp.push(tester);
                continue;
            }
            for (const group of groups) {
                if (state.members.get(group.id)?.has(tester.id)) {
                    perGroup.set(group.id, [...(perGroup.get(group.id) ?? []), tester]);
                }
                else
                    row.notIn.push(group.name);
            }
        }
        plan.fromGroups = groups
            .filter((g) => perGroup.has(g.id))
            .map((g) => ({ group: g, testers: perGroup.get(g.id) ?? [] }));
        const planned = (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .removeWrites */ .BE)(plan);
        const removals = plan.fromApp.length + plan.fromGroups.reduce((n, r) => n + r.testers.length, 0);
        ctx.log.info(`${testers.length} tester${testers.length === 1 ? '' : 's'} listed${duplicates ? ` (${duplicates} duplicate${duplicates === 1 ? '' : 's'} collapsed)` : ''}: ` +
            `${removals} removal${removals === 1 ? '' : 's'} from ${groups.length ? 'groups' : 'the app'}; ${planned} write request${planned === 1 ? '' : 's'}.`);
        if (ctx.common.dryRun) {
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .logPlan */ .uH)(ctx, 'Dry run: would change', undefined, plan);
            (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .recordPlan */ .BJ)(ledger, undefined, plan);
        }
        else {
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .logPlan */ .uH)(ctx, 'Changes', undefined, plan);
            (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .warnAboutBudget */ .PC)(ctx, planned);
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .applyPlans */ .JI)(ctx, app, ledger, undefined, plan);
        }
        return (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .testerOutcome */ .GP)(ctx, {
            app,
            groups,
            ledger,
            planned,
            facts: [
                ['Testers listed', testers.length],
                [
                    'Removing from',
                    groups.length ? 'the groups above (testers stay in the app)' : 'the app (every group)',
                ],
            ],
        });
    },
}));


/***/ })

};
