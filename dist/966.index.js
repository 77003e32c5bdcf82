export const id = 966;
export const ids = [966];
export const modules = {

/***/ 3406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveApp)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8422);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3249);



/** Looks the app up by Apple id or bundle id; fails naming the `app` input when there is none. */
async function resolveApp(client, ref) {
    if (ref.kind === 'id') {
        try {
            const doc = await client.get(`/v1/apps/${ref.id}`, {
                'fields[apps]': 'bundleId,name',
            });
            return toApp(doc.data);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .h && error.status === 404) {
                throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App}': no app with Apple id '${ref.id}' is visible to this API key.`);
            }
            throw error;
        }
    }
    const doc = await client.get('/v1/apps', {
        'filter[bundleId]': ref.bundleId,
        'fields[apps]': 'bundleId,name',
        limit: 10,
    });
    // filter[bundleId] also matches longer ids with the same prefix on Apple's side: pick the exact one.
    const match = doc.data.find((a) => a.attributes?.bundleId?.toLowerCase() === ref.bundleId.toLowerCase());
    if (!match) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.App}': no app with bundle id '${ref.bundleId}' is visible to this API key (check the bundle id, and that the key's team owns the app).`);
    }
    return toApp(match);
}
function toApp(resource) {
    return {
        id: resource.id,
        bundleId: resource.attributes?.bundleId ?? '',
        name: resource.attributes?.name ?? '',
    };
}


/***/ }),

/***/ 5966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(761);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6547);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1983);





/**
 * Waits for a build to appear and finish processing, up to wait-timeout minutes, polling every
 * poll-interval seconds. FAILED and INVALID end the wait at once.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .requireApp */ .J)(common, 'wait-for-build');
        return { app, selection: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBuildSelection */ .mp)(inputs), wait: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWaitSettings */ .sv)(inputs) };
    },
    async execute(ctx, { app: ref, selection, wait }) {
        const { client, common } = ctx;
        const app = await (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveApp */ .A)(client, ref);
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
            summary: [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .facts */ .Ix)(rows)],
            failure: outcome.status === 'ready' ? undefined : outcome.message,
        };
    },
}));


/***/ })

};
