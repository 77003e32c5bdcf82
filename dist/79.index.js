export const id = 79;
export const ids = [79];
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

/***/ 7079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1213);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6910);



/** Signs a token for later steps (curl, scripts). The token output is masked. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_1__/* .defineOperation */ .h)({
    parse: () => ({}),
    async execute({ client, common }) {
        const signed = await client.signer.token();
        const expiresAt = new Date(signed.expiresAt * 1000).toISOString();
        const { keyId, issuerId } = common.credentials;
        return {
            outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.Token]: signed.token, [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.TokenExpiresAt]: expiresAt },
            result: {
                keyId,
                issuerId: issuerId ?? null,
                keyType: issuerId ? 'team' : 'individual',
                issuedAt: new Date(signed.issuedAt * 1000).toISOString(),
                expiresAt,
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .facts */ .Ix)([
                    ['Key id', keyId],
                    ['Key type', issuerId ? `team (issuer ${issuerId})` : 'individual'],
                    ['Expires', expiresAt],
                    ['Output', '`token` (masked)'],
                ]),
            ],
        };
    },
}));


/***/ })

};
