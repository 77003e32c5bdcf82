export const id = 78;
export const ids = [78];
export const modules = {

/***/ 3078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _users_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8544);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6910);


/**
 * Removes a member from the team, or cancels the pending invitation for that email. Someone
 * not on the team is reported and the step succeeds. The Account Holder is never removed.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_1__/* .defineOperation */ .h)({
    parse(inputs) {
        return { email: (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .readPersonEmail */ .wR)(inputs, 'remove-user') };
    },
    async execute(ctx, { email }) {
        const state = await (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .readState */ .un)(ctx, []);
        const plan = (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .planRemoval */ .Ao)(email, state);
        return (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .finish */ .O9)(ctx, plan, state, { single: plan.length === 1 });
    },
}));


/***/ })

};
