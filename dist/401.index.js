export const id = 401;
export const ids = [401];
export const modules = {

/***/ 1401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_users_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6184);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _output_list_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(340);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1213);
/* harmony import */ var _users_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8544);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6910);






/**
 * Columns of the output file. They are the users-file fields, so the JSON file reads back as a
 * users file for sync-users (status, expiration-date and id are ignored there).
 */
const COLUMNS = [
    'email',
    'first-name',
    'last-name',
    'status',
    'roles',
    'all-apps-visible',
    'visible-apps',
    'provisioning-allowed',
    'expiration-date',
    'id',
];
/** Lists the team's members and pending invitations with roles and visible apps. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_4__/* .defineOperation */ .h)({
    parse(inputs) {
        const outputFile = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.OutputFile);
        const format = inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Format, ['csv', 'json'], 'csv');
        return { outputFile, format };
    },
    async execute(ctx, { outputFile, format }) {
        const team = await (0,_api_users_js__WEBPACK_IMPORTED_MODULE_0__/* .readTeam */ .EH)(ctx.client);
        const people = [
            ...team.users.map((u) => ({
                id: u.id,
                email: u.username,
                firstName: u.firstName ?? null,
                lastName: u.lastName ?? null,
                status: 'member',
                ...(0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .accessReport */ .ts)(u, team.apps),
                expirationDate: null,
            })),
            ...team.invitations
                // Someone who has joined may still have an invitation listed for a moment.
                .filter((i) => !team.users.some((u) => (0,_api_users_js__WEBPACK_IMPORTED_MODULE_0__/* .sameEmail */ .PZ)(u.username, i.email)))
                .map((i) => ({
                id: i.id,
                email: i.email,
                firstName: i.firstName ?? null,
                lastName: i.lastName ?? null,
                status: 'invited',
                ...(0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .accessReport */ .ts)(i, team.apps),
                expirationDate: i.expirationDate ?? null,
            })),
        ].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
        const members = people.filter((p) => p.status === 'member').length;
        const invited = people.length - members;
        ctx.log.info(`${members} member${members === 1 ? '' : 's'} and ${invited} pending invitation${invited === 1 ? '' : 's'}.`);
        if (outputFile) {
            await (0,_output_list_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeListFile */ .o)(outputFile, format, COLUMNS, people.map((p) => ({
                email: p.email,
                'first-name': p.firstName,
                'last-name': p.lastName,
                status: p.status,
                roles: p.roles.join(', '),
                'all-apps-visible': p.allAppsVisible,
                'visible-apps': p.visibleApps.join(', '),
                'provisioning-allowed': p.provisioningAllowed,
                'expiration-date': p.expirationDate,
                id: p.id,
            })));
            ctx.log.info(`Wrote ${people.length} people to ${outputFile} (${format}).`);
        }
        const { rows, note } = (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .capped */ .uo)(people.map((p) => [
            p.email,
            [p.firstName, p.lastName].filter(Boolean).join(' '),
            p.status === 'invited' && p.expirationDate
                ? `invited (until ${p.expirationDate.slice(0, 10)})`
                : p.status,
            p.roles.join(', '),
            (0,_users_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .appsText */ .Qm)(p),
            p.provisioningAllowed ? 'yes' : 'no',
        ]));
        return {
            outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.Changes]: 0 },
            result: {
                count: people.length,
                members,
                invitations: invited,
                ...(outputFile ? { file: outputFile, format } : {}),
                people,
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .facts */ .Ix)([
                    ['Members', members],
                    ['Pending invitations', invited],
                    ...(outputFile ? [['File', `${outputFile} (${format})`]] : []),
                ]),
                ...(people.length
                    ? [(0,_output_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(['Email', 'Name', 'Status', 'Roles', 'Apps', 'Provisioning'], rows, note)]
                    : []),
            ],
        };
    },
}));


/***/ }),

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ writeListFile),
/* harmony export */   r: () => (/* binding */ csvCell)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Writes a list for a later step: CSV (header row, RFC 4180 quoting, CRLF line ends) or JSON
 * (an array of objects with the given columns). The folder is created; the file is written to a
 * temporary name beside it and renamed, so a reader never sees half a file.
 */
async function writeListFile(path, format, columns, rows) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const content = format === 'json'
        ? `${JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))), null, 2)}\n`
        : [columns.map(csvCell), ...rows.map((row) => columns.map((c) => csvCell(row[c])))]
            .map((cells) => cells.join(','))
            .join('\r\n') + '\r\n';
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, content, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        throw error;
    }
}
/** One CSV field: quoted when it holds a comma, a quote, or a line break; quotes doubled. */
function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}


/***/ })

};
