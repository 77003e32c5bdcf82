export const id = 966;
export const ids = [966];
export const modules = {

/***/ 5966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(761);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6547);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6910);






/**
 * Waits for a build to appear and finish processing, up to wait-timeout minutes, polling every
 * poll-interval seconds. FAILED and INVALID end the wait at once.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_4__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .requireApp */ .J)(common, 'wait-for-build');
        return { app, selection: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildSelection */ .mp)(inputs), wait: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWaitSettings */ .sv)(inputs) };
    },
    async execute(ctx, { app: ref, selection, wait }) {
        const { client, common } = ctx;
        const app = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_4__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(client, ref));
        const outcome = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForBuild */ .nt)(ctx, app.id, common.platform, selection, wait);
        const waited = { polls: outcome.polls, seconds: Math.round(outcome.waitedMs / 1000) };
        const rows = [
            ['App', `${app.name} (${app.bundleId})`],
            ['Looked for', (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSelection */ .e9)(selection, common.platform)],
            ['Outcome', outcome.status],
            ['Waited', `${waited.seconds} s over ${waited.polls} poll${waited.polls === 1 ? '' : 's'}`],
            ...(outcome.build ? (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .buildFacts */ ._x)(outcome.build) : []),
        ];
        return {
            outputs: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .buildOutputs */ .JZ)(outcome.build),
            result: {
                app,
                platform: common.platform,
                selection,
                status: outcome.status,
                build: outcome.build ? (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .buildJson */ .Nc)(outcome.build) : null,
                waited,
            },
            summary: [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .facts */ .Ix)(rows)],
            failure: outcome.status === 'ready' ? undefined : outcome.message,
        };
    },
}));


/***/ })

};
