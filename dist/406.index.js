export const id = 406;
export const ids = [406];
export const modules = {

/***/ 406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(761);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6547);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6910);






/**
 * Finds one build, by id or by marketing version and/or build number (the newest upload when
 * none is given), without waiting. Fails listing the newest builds when nothing matches.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_4__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .requireApp */ .J)(common, 'find-build');
        return { app, selection: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBuildSelection */ .mp)(inputs) };
    },
    async execute({ client, common, log }, { app: ref, selection }) {
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_4__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(client, ref));
        const { platform } = common;
        const build = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupBuild */ .XR)(client, app.id, platform, selection);
        if (!build) {
            const newest = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .newestBuilds */ .cO)(client, app.id, platform);
            const what = (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSelection */ .e9)(selection, platform);
            return {
                outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Changes]: 0 },
                result: {
                    app,
                    platform,
                    selection,
                    build: null,
                    newestBuilds: newest.map(_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildJson */ .Nc),
                },
                summary: [
                    (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .facts */ .Ix)([
                        ['App', `${app.name} (${app.bundleId})`],
                        ['Looked for', what],
                        ['Found', 'nothing'],
                    ]),
                    (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['Newest builds', 'Build id', 'Processing', 'Uploaded', 'Expired'], newest.map((b) => [(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLabel */ .z8)(b), b.id, b.processingState, b.uploadedDate, b.expired])),
                ],
                failure: `No ${platform} build of ${app.bundleId || app.id} matches ${what}. ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNewest */ .qx)(newest, platform)}`,
            };
        }
        log.info(`Found build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLabel */ .z8)(build)} (id ${build.id}): ${build.processingState}, TestFlight ${build.betaDetail?.externalBuildState ?? 'state not there yet'}.`);
        return {
            outputs: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildOutputs */ .JZ)(build),
            result: { app, platform, selection, build: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildJson */ .Nc)(build) },
            summary: [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .facts */ .Ix)([['App', `${app.name} (${app.bundleId})`], ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildFacts */ ._x)(build)])],
        };
    },
}));


/***/ })

};
