export const id = 586;
export const ids = [586];
export const modules = {

/***/ 586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6547);
/* harmony import */ var _testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8307);
/* harmony import */ var _testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7006);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6910);








/**
 * Makes each group's members exactly the list: adds who is missing (creating new testers),
 * and, with remove-missing (default true), removes members not in the list from the group.
 * Prints the difference first; a second run finds none and writes nothing.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_6__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .requireApp */ .J)(common, 'sync-testers');
        const groups = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups);
        if (groups.length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Groups}' is required for sync-testers: the beta groups (names or ids) to keep in line with the list.`);
        }
        const { testers, duplicates } = (0,_testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__/* .readTesterInputs */ .JL)(inputs, 'sync-testers');
        const removeMissing = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RemoveMissing, true);
        if (testers.length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers, `Inputs '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Testers}' and '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.TestersFile}' list no tester: sync-testers would ${removeMissing ? 'remove every member of the groups' : 'do nothing'}. To empty a group, use remove-testers.`);
        }
        return { app, groups, testers, duplicates, removeMissing };
    },
    async execute(ctx, { app: ref, groups: groupNames, testers, duplicates, removeMissing }) {
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_6__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(ctx.client, ref));
        const { groups, state } = await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .readTesterState */ .fk)(ctx, app, groupNames);
        const ledger = new _testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .TesterLedger */ .F1();
        const add = (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .planAdd */ .HN)(testers, groups, state, ledger);
        const wanted = new Set(testers.map((t) => (0,_testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__/* .emailKey */ .c8)(t.email)));
        const remove = { fromGroups: [], fromApp: [] };
        const difference = groups.map((group) => {
            const members = [...(state.members.get(group.id) ?? [])].map((id) => state.byId.get(id) ?? { id, email: `(tester id ${id})` });
            const extra = members.filter((m) => !wanted.has((0,_testflight_testers_list_js__WEBPACK_IMPORTED_MODULE_4__/* .emailKey */ .c8)(m.email)));
            if (removeMissing && extra.length)
                remove.fromGroups.push({ group, testers: extra });
            const toLink = add.links.find((l) => l.group.id === group.id)?.testers.length ?? 0;
            const toCreate = add.creates.length;
            return {
                group: group.name,
                id: group.id,
                members: members.length,
                toAdd: toLink + toCreate,
                newTesters: toCreate,
                toRemove: removeMissing ? extra.length : 0,
                notInList: extra.length,
                unchanged: members.length - extra.length,
            };
        });
        const planned = (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .addWrites */ .kX)(add) + (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .removeWrites */ .BE)(remove);
        ctx.log.info(`${testers.length} tester${testers.length === 1 ? '' : 's'} listed${duplicates ? ` (${duplicates} duplicate${duplicates === 1 ? '' : 's'} collapsed)` : ''}; ${planned} write request${planned === 1 ? '' : 's'} needed.`);
        for (const d of difference) {
            ctx.log.info(`${d.group}: ${d.toAdd} to add (${d.newTesters} new), ${d.toRemove} to remove${!removeMissing && d.notInList
                ? ` (${d.notInList} not in the list kept: remove-missing is false)`
                : ''}, ${d.unchanged} unchanged.`);
        }
        if (ctx.common.dryRun) {
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .logPlan */ .uH)(ctx, 'Dry run: would change', add, remove);
            (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .recordPlan */ .BJ)(ledger, add, remove);
        }
        else {
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .logPlan */ .uH)(ctx, 'Changes', add, remove);
            (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .warnAboutBudget */ .PC)(ctx, planned);
            await (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .applyPlans */ .JI)(ctx, app, ledger, add, remove);
        }
        return (0,_testflight_testers_js__WEBPACK_IMPORTED_MODULE_5__/* .testerOutcome */ .GP)(ctx, {
            app,
            groups,
            ledger,
            planned,
            facts: [
                ['Testers listed', testers.length],
                ['Remove members not listed', removeMissing ? 'yes' : 'no (remove-missing: false)'],
            ],
            result: { removeMissing, difference },
            middle: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .heading */ .R_)('Difference'),
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(['Group', 'Members before', 'To add', 'Of them new', 'To remove', 'Unchanged'], difference.map((d) => [
                    d.group,
                    d.members,
                    d.toAdd,
                    d.newTesters,
                    removeMissing ? d.toRemove : `0 (${d.notInList} kept)`,
                    d.unchanged,
                ])),
            ],
        });
    },
}));


/***/ })

};
