export const id = 205;
export const ids = [205];
export const modules = {

/***/ 205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   whatToTestFromContext: () => (/* binding */ whatToTestFromContext)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * `what-to-test: auto`: the triggering commit's message, or the pull request's title, from the
 * GitHub context. '@actions/github' is imported here, lazily, so other operations never load it.
 */

/** The context as GitHub describes the current run (re-read from the environment on every call). */
async function readContext() {
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    // A fresh Context reads GITHUB_EVENT_PATH and GITHUB_SHA now, not when the module was loaded.
    const Context = github.context.constructor;
    const context = new Context();
    return { eventName: context.eventName, sha: context.sha, payload: context.payload };
}
const short = (sha) => (sha ? sha.slice(0, 7) : 'unknown');
/** The commit message or pull request title of the run, or undefined when the context has none. */
async function whatToTestFromContext() {
    const { eventName, sha, payload } = await readContext();
    const pr = payload.pull_request;
    if (pr?.title && (eventName === 'pull_request' || eventName === 'pull_request_target' || !eventName)) {
        return { text: pr.title.trim(), source: `pull request #${pr.number ?? '?'} title` };
    }
    const head = payload.head_commit ?? payload.workflow_run?.head_commit ?? payload.merge_group?.head_commit;
    if (head?.message?.trim()) {
        const id = payload.head_commit?.id ?? payload.workflow_run?.head_sha ?? payload.merge_group?.head_sha ?? sha;
        return { text: head.message.trim(), source: `commit ${short(id)}` };
    }
    const commit = payload.commits?.find((c) => c.id === sha) ?? payload.commits?.at(-1);
    if (commit?.message?.trim())
        return { text: commit.message.trim(), source: `commit ${short(commit.id)}` };
    if (pr?.title)
        return { text: pr.title.trim(), source: `pull request #${pr.number ?? '?'} title` };
    // workflow_dispatch, schedule and others carry no message: ask git, when the repository is checked out.
    if (sha) {
        const message = await gitMessage(sha);
        if (message)
            return { text: message, source: `commit ${short(sha)} (git log)` };
    }
    return undefined;
}
function gitMessage(sha) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['log', '-1', '--format=%B', sha], { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), timeout: 5000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
    });
}


/***/ })

};
