export const id = 391;
export const ids = [391];
export const modules = {

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation),
/* harmony export */   n: () => (/* binding */ namingInput)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);


/** Ties an operation's settings parser to its executor with one settings type. */
function defineOperation(definition) {
    return {
        prepare(inputs, common) {
            const settings = definition.parse(inputs, common);
            return (ctx) => definition.execute(ctx, settings);
        },
    };
}
/**
 * Runs a look-up of a value the operation took from `input`; when the API layer finds nothing
 * (NotFoundError), the error names the input, as every bad-input error does.
 */
async function namingInput(input, lookUp) {
    try {
        return await lookUp;
    }
    catch (error) {
        if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_)
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input '${input}': ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 2391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1213);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6910);




const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
/** A generic authenticated call, for anything the action does not cover. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_2__/* .defineOperation */ .h)({
    parse(inputs) {
        const method = inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Method, METHODS, 'GET');
        const path = inputs.required(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Path, 'for request: the API path, such as /v1/apps?limit=5');
        if (!/^\/v\d+\/[^\s]*$/.test(path)) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Path, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Path}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(path)}: expected a path such as /v1/apps (the host comes from api-url).`);
        }
        const bodyText = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Body);
        let body;
        if (bodyText !== undefined) {
            if (method === 'GET')
                throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Body, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Body}' is set, but a GET request has no body.`);
            try {
                body = JSON.parse(bodyText);
            }
            catch (error) {
                throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Body, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Body}' is not valid JSON (${error.message}): ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(bodyText)}.`);
            }
        }
        const allPages = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AllPages, false);
        if (allPages && method !== 'GET') {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AllPages, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AllPages}' is true, but only GET requests have pages (method is ${method}).`);
        }
        return { method, path, body, allPages };
    },
    async execute({ client, common, log }, { method, path, body, allPages }) {
        if (method !== 'GET' && common.dryRun) {
            log.info(`Dry run: would send ${method} ${path}${body !== undefined ? ` with body ${JSON.stringify(body)}` : ''}.`);
            return {
                outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.Status]: '' },
                result: { dryRun: true, planned: { method, path, body: body ?? null } },
                summary: [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .facts */ .Ix)([['Dry run: would send', `${method} ${path}`]])],
            };
        }
        if (allPages) {
            const all = await client.getAll(path);
            log.info(`GET ${path}: ${all.data.length} items over ${all.pages} pages.`);
            return {
                outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.Status]: 200 },
                result: {
                    data: all.data,
                    included: all.included,
                    meta: { pages: all.pages, count: all.data.length },
                },
                summary: [
                    (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .facts */ .Ix)([
                        ['Request', `GET ${path}`],
                        ['Status', 200],
                        ['Pages', all.pages],
                        ['Items', all.data.length],
                    ]),
                ],
            };
        }
        const res = await client.request(method, path, { body });
        const count = Array.isArray(res.data?.data)
            ? res.data.data.length
            : undefined;
        log.info(`${method} ${path}: ${res.status}.`);
        return {
            outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.Status]: res.status },
            result: res.data ?? null,
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .facts */ .Ix)([
                    ['Request', `${method} ${path}`],
                    ['Status', res.status],
                    ['Items', count],
                ]),
            ],
        };
    },
}));


/***/ })

};
