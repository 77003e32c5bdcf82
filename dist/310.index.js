export const id = 310;
export const ids = [310];
export const modules = {

/***/ 5310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_users_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6184);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/* harmony import */ var _users_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8544);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6910);





/**
 * Makes the team match a users file: invites who is missing, updates whose access differs,
 * replaces invitations that differ, and with remove-missing removes members and cancels
 * invitations not in the file. Prints the difference, then applies it; the Account Holder is
 * never touched. Every entry is checked (and every app resolved) before the first write.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_4__/* .defineOperation */ .h)({
    parse(inputs) {
        const file = inputs.required(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.UsersFile, 'for sync-users: a YAML or JSON list of people (email, first-name, last-name, roles, all-apps-visible, visible-apps, provisioning-allowed)');
        const removeMissing = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RemoveMissing, false);
        const specs = (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .readUsersFile */ .tU)(file);
        if (specs.length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.UsersFile, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.UsersFile}': ${file} lists nobody: sync-users would ${removeMissing ? 'remove everyone but the Account Holder' : 'do nothing'}. Use remove-user to remove people one by one.`);
        }
        return { file, specs, removeMissing };
    },
    async execute(ctx, { file, specs, removeMissing }) {
        const state = await (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .readState */ .un)(ctx, specs);
        const now = ctx.clock.now();
        const items = specs.map((spec) => (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .planPerson */ .hX)(spec, state, 'sync', now));
        const listed = (email) => specs.some((s) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_0__/* .sameEmail */ .PZ)(s.email, email));
        const others = [
            ...new Map([...state.users.map((u) => u.username), ...state.invitations.map((i) => i.email)]
                .filter((email) => !listed(email))
                .map((email) => [email.toLowerCase(), email])).values(),
        ];
        for (const email of others) {
            const removal = (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .planRemoval */ .Ao)(email, state, 'not in the file');
            if (removeMissing)
                items.push(...removal);
            else {
                for (const it of removal) {
                    if (it.outcome === 'account holder (not changed)')
                        items.push(it);
                    else {
                        it.action = { kind: 'none' };
                        it.writes = 0;
                        it.outcome = 'not in the file';
                        it.notes = ['kept: remove-missing is false'];
                        items.push(it);
                    }
                }
            }
        }
        const count = (kind) => items.filter((i) => i.action.kind === kind).length;
        ctx.log.info(`${specs.length} ${specs.length === 1 ? 'person' : 'people'} in ${file}. Difference: ${count('invite')} to invite, ${count('update')} to update, ${count('replace')} invitation(s) to replace, ${count('remove')} to remove, ${count('cancel')} invitation(s) to cancel, ${items.filter((i) => i.action.kind === 'none').length} without change.`);
        return (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .finish */ .O9)(ctx, items, state, {
            facts: [
                ['Users file', file],
                ['People in the file', specs.length],
                ['Remove people not in the file', removeMissing ? 'yes' : 'no (remove-missing: false)'],
            ],
            result: { file, removeMissing },
        });
    },
}));


/***/ })

};
