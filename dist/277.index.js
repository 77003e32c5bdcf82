export const id = 277;
export const ids = [277];
export const modules = {

/***/ 5277:
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
 * Changes only the given parts of a member's access: roles, all-apps-visible, visible-apps (bundle
 * ids resolved to app ids first), provisioning-allowed. A pending invitation is replaced with
 * one that has the change (invitations cannot be edited). The Account Holder is refused.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_3__/* .defineOperation */ .h)({
    parse(inputs) {
        const spec = (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .readPersonInputs */ .DZ)(inputs, 'update-user');
        if (!spec.roles &&
            spec.allAppsVisible === undefined &&
            !spec.visibleApps &&
            spec.provisioningAllowed === undefined) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Roles, `update-user needs something to change: set '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Roles}', '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.AllAppsVisible}', '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.VisibleApps}' or '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ProvisioningAllowed}'.`);
        }
        return { spec };
    },
    async execute(ctx, { spec }) {
        const state = await (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(ctx, [spec]);
        const plan = (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .planPerson */ .hX)(spec, state, 'update', ctx.clock.now());
        return (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .finish */ .O9)(ctx, [plan], state, { single: true });
    },
}));


/***/ })

};
