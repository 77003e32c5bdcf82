export const id = 496;
export const ids = [496];
export const modules = {

/***/ 6496:
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
 * Adds testers to beta groups in bulk: existing testers of the app join with one call per 100,
 * new ones are created into the groups (bounded concurrency). Testers already there are left
 * alone, so a second run makes no write.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_6__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .requireApp */ .J)(common, 'add-testers');
        const groups = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups);
        if (groups.length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups}' is required for add-testers: the beta groups (names or ids) to add the testers to.`);
        }
        const { testers, duplicates } = (0,_testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__/* .readTesterInputs */ .JL)(inputs, 'add-testers');
        if (testers.length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers, `Inputs '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers}' and '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile}' list no tester for add-testers.`);
        }
        return { app, groups, testers, duplicates };
    },
    async execute(ctx, { app: ref, groups: groupNames, testers, duplicates }) {
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_6__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(ctx.client, ref));
        const { groups, state } = await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .readTesterState */ .fk)(ctx, app, groupNames);
        const ledger = new _testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .TesterLedger */ .F1();
        const plan = (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .planAdd */ .HN)(testers, groups, state, ledger);
        const planned = (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .addWrites */ .kX)(plan);
        const present = testers.length - plan.creates.length - new Set(plan.links.flatMap((l) => l.testers)).size;
        ctx.log.info(`${testers.length} tester${testers.length === 1 ? '' : 's'} listed${duplicates ? ` (${duplicates} duplicate${duplicates === 1 ? '' : 's'} collapsed)` : ''}: ` +
            `${plan.creates.length} to create, ${plan.links.reduce((n, l) => n + l.testers.length, 0)} group additions for existing testers, ${present} already in every group; ${planned} write request${planned === 1 ? '' : 's'}.`);
        if (ctx.common.dryRun) {
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .logPlan */ .uH)(ctx, 'Dry run: would change', plan, undefined);
            (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .recordPlan */ .BJ)(ledger, plan, undefined);
        }
        else {
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .logPlan */ .uH)(ctx, 'Changes', plan, undefined);
            (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .warnAboutBudget */ .PC)(ctx, planned);
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .applyPlans */ .JI)(ctx, app, ledger, plan, undefined);
        }
        return (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .testerOutcome */ .GP)(ctx, {
            app,
            groups,
            ledger,
            planned,
            facts: [['Testers listed', testers.length]],
        });
    },
}));


/***/ })

};
