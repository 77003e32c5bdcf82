export const id = 79;
export const ids = [79];
export const modules = {

/***/ 7079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1213);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1983);



/** Signs a token for later steps (curl, scripts). The token output is masked. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .defineOperation */ .h)({
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


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation)
/* harmony export */ });
/** Ties an operation's settings parser to its executor with one settings type. */
function defineOperation(definition) {
    return {
        prepare(inputs, common) {
            const settings = definition.parse(inputs, common);
            return (ctx) => definition.execute(ctx, settings);
        },
    };
}


/***/ })

};
