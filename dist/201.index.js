export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);
/* harmony import */ var _users_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8544);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6910);




/**
 * Invites a person to the team. A member is reported with their roles and left alone; an
 * identical pending invitation is a no-op; a different one is replaced (invitations cannot be
 * edited), as is an expired one.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOperation */ .h)({
    parse(inputs) {
        const spec = (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .readPersonInputs */ .DZ)(inputs, 'invite-user', { names: true });
        if (!spec.roles) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Roles, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Roles}' is required for invite-user: comma-separated roles such as DEVELOPER or APP_MANAGER, ACCESS_TO_REPORTS.`);
        }
        (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .checkInvitationFields */ .hC)(spec);
        return { spec };
    },
    async execute(ctx, { spec }) {
        const state = await (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(ctx, [spec]);
        const plan = (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .planPerson */ .hX)(spec, state, 'invite', ctx.clock.now());
        return (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .finish */ .O9)(ctx, [plan], state, { single: true });
    },
}));


/***/ })

};
