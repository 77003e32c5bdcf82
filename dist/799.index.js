export const id = 799;
export const ids = [799];
export const modules = {

/***/ 3799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_beta_groups_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8045);
/* harmony import */ var _api_builds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6815);
/* harmony import */ var _testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(761);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8422);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6547);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1983);








/**
 * Takes a build out of beta groups (its testers there can no longer install it), in one call;
 * groups that do not have the build are reported and left alone. Reads the build back to confirm.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .requireApp */ .J)(common, 'remove-build-from-groups');
        const selection = (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBuildSelection */ .mp)(inputs);
        const groups = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Groups);
        if (groups.length === 0) {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Groups, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Groups}' is required for remove-build-from-groups: the beta group names or ids to take the build out of.`);
        }
        return { app, selection, groups };
    },
    async execute({ client, common, log }, { app: ref, selection, groups: names }) {
        const { platform, dryRun } = common;
        const { app, groups } = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveAppWithGroups */ .Ch)(client, ref);
        const wanted = (0,_api_beta_groups_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGroupNames */ .OF)(names, groups);
        let build = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupBuild */ .XR)(client, app.id, platform, selection);
        if (!build) {
            const newest = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .newestBuilds */ .cO)(client, app.id, platform);
            return {
                outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Output */ .k7.Changes]: 0 },
                result: { app, platform, selection, build: null, changes: 0 },
                summary: [
                    (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .facts */ .Ix)([
                        ['Looked for', (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSelection */ .e9)(selection, platform)],
                        ['Found', 'nothing'],
                    ]),
                ],
                failure: `No ${platform} build of ${app.bundleId || app.id} matches ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSelection */ .e9)(selection, platform)}. ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNewest */ .qx)(newest, platform)}`,
            };
        }
        const label = `build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLabel */ .z8)(build)}`;
        const current = build.groupIds ?? (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listBuildGroupIds */ .op)(client, build.id));
        const entry = (g) => ({
            id: g.id,
            name: g.name,
            internal: g.isInternal,
        });
        const toRemove = wanted.filter((g) => current.includes(g.id));
        const notThere = wanted.filter((g) => !current.includes(g.id));
        const failures = [];
        let changes = 0;
        let removed = [];
        let verified = false;
        for (const g of notThere) {
            log.info(g.isInternal && g.hasAccessToAllBuilds
                ? `'${g.name}' is an internal group with access to all builds: it sees ${label} without being assigned, and cannot be taken out.`
                : `${label} is not in '${g.name}'.`);
        }
        if (toRemove.length && dryRun) {
            changes = 1;
            log.info(`Dry run: would remove ${label} from ${toRemove.map((g) => `'${g.name}'`).join(', ')}.`);
        }
        else if (toRemove.length) {
            changes = 1;
            try {
                await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .removeBuildFromGroups */ .rw)(client, build.id, toRemove.map((g) => g.id));
                removed = toRemove.map(entry);
                log.info(`Removed ${label} from ${toRemove.map((g) => `'${g.name}'`).join(', ')}.`);
                const readBack = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .getBuild */ .ls)(client, build.id);
                if (readBack) {
                    build = readBack;
                    const after = readBack.groupIds ?? (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listBuildGroupIds */ .op)(client, readBack.id));
                    const still = toRemove.filter((g) => after.includes(g.id));
                    if (still.length) {
                        failures.push(`Read back after removing, ${label} is still in ${still.map((g) => `'${g.name}'`).join(', ')}.`);
                    }
                    else
                        verified = true;
                }
            }
            catch (error) {
                failures.push(`Could not remove ${label} from the groups: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        const notThereRows = notThere.map((g) => ({
            ...entry(g),
            reason: g.isInternal && g.hasAccessToAllBuilds
                ? 'internal group with access to all builds (sees every build; nothing to remove)'
                : 'the build is not in this group',
        }));
        const rows = [
            ...toRemove.map((g) => [
                g.name,
                g.isInternal ? 'internal' : 'external',
                dryRun ? 'would remove' : removed.length ? 'removed' : 'failed',
            ]),
            ...notThereRows.map((g) => [g.name, g.internal ? 'internal' : 'external', `not there: ${g.reason}`]),
        ];
        return {
            outputs: { ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildOutputs */ .JZ)(build), [_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Output */ .k7.Changes]: changes },
            result: {
                app,
                platform,
                build: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildJson */ .Nc)(build),
                groups: {
                    removed,
                    wouldRemove: dryRun ? toRemove.map(entry) : [],
                    notThere: notThereRows,
                },
                verified,
                changes,
                dryRun,
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .facts */ .Ix)([['App', `${app.name} (${app.bundleId})`], ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildFacts */ ._x)(build)]),
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(['Group', 'Type', 'Outcome'], rows),
            ],
            failure: failures.length ? failures.join(' ') : undefined,
        };
    },
}));


/***/ })

};
