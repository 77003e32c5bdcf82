export const id = 799;
export const ids = [799];
export const modules = {

/***/ 3799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_apps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3406);
/* harmony import */ var _api_builds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6815);
/* harmony import */ var _testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(761);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3249);
/* harmony import */ var _testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(815);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8915);
/* harmony import */ var _output_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1213);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6547);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6910);










/**
 * Takes a build out of beta groups (its testers there can no longer install it), in one call;
 * groups that do not have the build are reported and left alone. Reads the build back to confirm.
 */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_8__/* .defineOperation */ .h)({
    parse(inputs, common) {
        const app = (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .requireApp */ .J)(common, 'remove-build-from-groups');
        const selection = (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBuildSelection */ .mp)(inputs);
        const groups = inputs.list(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.Groups);
        if (groups.length === 0) {
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.Groups, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.Groups}' is required for remove-build-from-groups: the beta group names or ids to take the build out of.`);
        }
        return { app, selection, groups };
    },
    async execute({ client, common, log }, { app: ref, selection, groups: names }) {
        const { platform, dryRun } = common;
        const { app, groups } = await (0,_operation_js__WEBPACK_IMPORTED_MODULE_8__/* .namingInput */ .n)(_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Input */ .pd.App, (0,_api_apps_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAppWithGroups */ .C)(client, ref));
        const wanted = (0,_testflight_group_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveGroupNames */ .OF)(names, groups);
        let build = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupBuild */ .XR)(client, app.id, platform, selection);
        if (!build) {
            const newest = await (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .newestBuilds */ .cO)(client, app.id, platform);
            return {
                outputs: { [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Output */ .k7.Changes]: 0 },
                result: { app, platform, selection, build: null, changes: 0 },
                summary: [
                    (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .facts */ .Ix)([
                        ['Looked for', (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSelection */ .e9)(selection, platform)],
                        ['Found', 'nothing'],
                    ]),
                ],
                failure: `No ${platform} build of ${app.bundleId || app.id} matches ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSelection */ .e9)(selection, platform)}. ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNewest */ .qx)(newest, platform)}`,
            };
        }
        const label = `build ${(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildLabel */ .z8)(build)}`;
        const current = build.groupIds ?? (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listBuildGroupIds */ .op)(client, build.id));
        const entry = (g) => ({
            id: g.id,
            name: g.name,
            internal: g.isInternal,
        });
        const toRemove = wanted.filter((g) => current.includes(g.id));
        const notThere = wanted.filter((g) => !current.includes(g.id));
        const failures = [];
        let changes = 0;
        let removed = [];
        let verified = false;
        for (const g of notThere) {
            log.info(g.isInternal && g.hasAccessToAllBuilds
                ? `'${g.name}' is an internal group with access to all builds: it sees ${label} without being assigned, and cannot be taken out.`
                : `${label} is not in '${g.name}'.`);
        }
        if (toRemove.length && dryRun) {
            changes = 1;
            log.info(`Dry run: would remove ${label} from ${toRemove.map((g) => `'${g.name}'`).join(', ')}.`);
        }
        else if (toRemove.length) {
            changes = 1;
            try {
                await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .removeBuildFromGroups */ .rw)(client, build.id, toRemove.map((g) => g.id));
                removed = toRemove.map(entry);
                log.info(`Removed ${label} from ${toRemove.map((g) => `'${g.name}'`).join(', ')}.`);
                const readBack = await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .getBuild */ .ls)(client, build.id);
                if (readBack) {
                    build = readBack;
                    const after = readBack.groupIds ?? (await (0,_api_builds_js__WEBPACK_IMPORTED_MODULE_1__/* .listBuildGroupIds */ .op)(client, readBack.id));
                    const still = toRemove.filter((g) => after.includes(g.id));
                    if (still.length) {
                        failures.push(`Read back after removing, ${label} is still in ${still.map((g) => `'${g.name}'`).join(', ')}.`);
                    }
                    else
                        verified = true;
                }
            }
            catch (error) {
                failures.push(`Could not remove ${label} from the groups: ${(0,_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}`);
            }
        }
        const notThereRows = notThere.map((g) => ({
            ...entry(g),
            reason: g.isInternal && g.hasAccessToAllBuilds
                ? 'internal group with access to all builds (sees every build; nothing to remove)'
                : 'the build is not in this group',
        }));
        const rows = [
            ...toRemove.map((g) => [
                g.name,
                g.isInternal ? 'internal' : 'external',
                dryRun ? 'would remove' : removed.length ? 'removed' : 'failed',
            ]),
            ...notThereRows.map((g) => [g.name, g.internal ? 'internal' : 'external', `not there: ${g.reason}`]),
        ];
        return {
            outputs: { ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildOutputs */ .JZ)(build), [_constants_js__WEBPACK_IMPORTED_MODULE_5__/* .Output */ .k7.Changes]: changes },
            result: {
                app,
                platform,
                build: (0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildJson */ .Nc)(build),
                groups: {
                    removed,
                    wouldRemove: dryRun ? toRemove.map(entry) : [],
                    notThere: notThereRows,
                },
                verified,
                changes,
                dryRun,
            },
            summary: [
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .facts */ .Ix)([['App', `${app.name} (${app.bundleId})`], ...(0,_testflight_builds_js__WEBPACK_IMPORTED_MODULE_2__/* .buildFacts */ ._x)(build)]),
                (0,_output_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(['Group', 'Type', 'Outcome'], rows),
            ],
            failure: failures.length ? failures.join(' ') : undefined,
        };
    },
}));


/***/ }),

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ findGroup),
/* harmony export */   DT: () => (/* binding */ describeChanges),
/* harmony export */   MW: () => (/* binding */ parseGroupSettings),
/* harmony export */   OF: () => (/* binding */ resolveGroupNames),
/* harmony export */   fH: () => (/* binding */ settingsChanges),
/* harmony export */   kO: () => (/* binding */ groupJson)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);


/** Reads `public-link-enabled`, `public-link-limit` (1-10,000) and `feedback-enabled`; unset stays unset. */
function parseGroupSettings(inputs) {
    const settings = {};
    const publicLinkEnabled = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.PublicLinkEnabled);
    const publicLinkLimit = inputs.int(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.PublicLinkLimit, { min: 1, max: 10_000 });
    const feedbackEnabled = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.FeedbackEnabled);
    if (publicLinkEnabled !== undefined)
        settings.publicLinkEnabled = publicLinkEnabled;
    if (publicLinkLimit !== undefined)
        settings.publicLinkLimit = publicLinkLimit;
    if (feedbackEnabled !== undefined)
        settings.feedbackEnabled = feedbackEnabled;
    return settings;
}
/** Only the attributes whose given value differs from the group's. */
function settingsChanges(group, settings) {
    const changes = {};
    if (settings.publicLinkEnabled !== undefined && settings.publicLinkEnabled !== group.publicLinkEnabled) {
        changes.publicLinkEnabled = settings.publicLinkEnabled;
    }
    if (settings.publicLinkLimit !== undefined) {
        if (settings.publicLinkLimit !== group.publicLinkLimit)
            changes.publicLinkLimit = settings.publicLinkLimit;
        if (!group.publicLinkLimitEnabled)
            changes.publicLinkLimitEnabled = true;
    }
    if (settings.feedbackEnabled !== undefined && settings.feedbackEnabled !== group.feedbackEnabled) {
        changes.feedbackEnabled = settings.feedbackEnabled;
    }
    return changes;
}
/** "publicLinkEnabled: true, feedbackEnabled: false" */
function describeChanges(changes) {
    return Object.entries(changes)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join(', ');
}
/** Finds a group by id, exact name, then name without regard to case. */
function findGroup(groups, nameOrId) {
    return (groups.find((g) => g.id === nameOrId) ??
        groups.find((g) => g.name === nameOrId) ??
        groups.find((g) => g.name.toLowerCase() === nameOrId.toLowerCase()));
}
/**
 * Resolves group names or ids (as given in the `groups` input) against the app's groups, all of
 * them before any write. Names match case-insensitively; an unknown one fails listing the
 * app's groups. The result keeps the order given, without duplicates.
 */
function resolveGroupNames(wanted, groups, input = _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Groups) {
    const out = new Map();
    const unknown = [];
    for (const name of wanted) {
        const match = findGroup(groups, name);
        if (match)
            out.set(match.id, match);
        else
            unknown.push(name);
    }
    if (unknown.length > 0) {
        const known = groups.length
            ? groups.map((g) => `'${g.name}' (${g.isInternal ? 'internal' : 'external'}, id ${g.id})`).join(', ')
            : 'none';
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input '${input}': no beta group named ${unknown.map((u) => `'${u}'`).join(', ')} in this app. The app's groups are: ${known}.`);
    }
    return [...out.values()];
}
function groupJson(group) {
    return {
        id: group.id,
        name: group.name,
        internal: group.isInternal,
        publicLinkEnabled: group.publicLinkEnabled,
        publicLink: group.publicLink ?? null,
        publicLinkLimit: group.publicLinkLimitEnabled ? (group.publicLinkLimit ?? null) : null,
        feedbackEnabled: group.feedbackEnabled,
    };
}


/***/ })

};
