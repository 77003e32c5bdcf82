import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildText,
  clean,
  deleteSubmission,
  fetchCrashLogs,
  fetchFeedback,
  firstLine,
  forLog,
  parseFeedbackSelection,
  screenshotsExpire
} from "./chunk-B464K7CY.js";
import "./chunk-HQRV6QUE.js";
import {
  parseRetryAfter
} from "./chunk-2P4Y6XRB.js";
import "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import "./chunk-JKVH5SZQ.js";
import "./chunk-SYYQ6OPN.js";
import "./chunk-4F67JWNM.js";
import "./chunk-XSH6A373.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import "./chunk-GCXLEBFL.js";
import {
  requireApp
} from "./chunk-5QWUD2AG.js";
import {
  isHttpsOrLoopback
} from "./chunk-62X67HRV.js";
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import {
  capped,
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  InputError,
  Output,
  quote
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/feedback/github-issues.ts
var GitHubRateLimited = class extends Error {
  constructor(waitMs, resetAt) {
    super(`GitHub's rate limit asks to wait until ${resetAt}.`);
    this.waitMs = waitMs;
    this.resetAt = resetAt;
    this.name = "GitHubRateLimited";
  }
  waitMs;
  resetAt;
};
var GitHubError = class extends Error {
  constructor(status, route, message) {
    super(message);
    this.status = status;
    this.route = route;
    this.name = "GitHubError";
  }
  status;
  route;
};
var MAX_RATE_WAIT_MS = 6e4;
var TIMEOUT_MS = 3e4;
var MAX_TRIES = 3;
var MAX_ISSUE_PAGES = 50;
var GitHubIssues = class {
  constructor(target, clock, log) {
    this.target = target;
    this.clock = clock;
    this.log = log;
    [this.owner, this.repo] = target.repository.split("/");
  }
  target;
  clock;
  log;
  octokit;
  requests = 0;
  owner;
  repo;
  async client() {
    if (!this.octokit) {
      const { getOctokit } = await import("./chunk-PC7QUW25.js");
      this.octokit = getOctokit(this.target.token, {
        baseUrl: this.target.apiUrl,
        userAgent: "app-store-connect-action"
      });
    }
    return this.octokit;
  }
  /** One request with timeout, retries and rate-limit waits. */
  async call(route, params, options = {}) {
    const octokit = await this.client();
    for (let attempt = 1; ; attempt++) {
      this.requests += 1;
      try {
        const res = await octokit.request(route, {
          owner: this.owner,
          repo: this.repo,
          ...params,
          request: { signal: AbortSignal.timeout(TIMEOUT_MS) }
        });
        return res.data;
      } catch (error) {
        const e = error;
        const status = typeof e.status === "number" ? e.status : 0;
        const headers = e.response?.headers ?? {};
        const said = e.response?.data?.message;
        const limited = rateLimitWait(
          status,
          headers,
          this.clock.now(),
          typeof said === "string" ? said : ""
        );
        if (limited !== void 0) {
          if (limited > MAX_RATE_WAIT_MS || attempt >= MAX_TRIES) {
            throw new GitHubRateLimited(limited, new Date(this.clock.now() + limited).toISOString());
          }
          this.log.info(`GitHub rate limit on ${route}: waiting ${Math.ceil(limited / 1e3)} s as asked.`);
          await this.clock.sleep(limited);
          continue;
        }
        const transient = status === 0 || status >= 500;
        if (transient && options.retry !== false && attempt < MAX_TRIES) {
          this.log.info(`${route}: ${status || describe(e)}; trying again in ${attempt} s.`);
          await this.clock.sleep(attempt * 1e3);
          continue;
        }
        throw toGitHubError(route, status, e, this.target.repository);
      }
    }
  }
  /** Issues (open and closed) with `label`, newest first; pull requests left out. */
  async *issuesWithLabel(label) {
    for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
      const items = await this.call("GET /repos/{owner}/{repo}/issues", {
        labels: label,
        state: "all",
        sort: "created",
        direction: "desc",
        per_page: 100,
        page
      });
      for (const i of items)
        if (!i.pull_request) yield { number: i.number, url: i.html_url, state: i.state, body: i.body ?? "" };
      if (items.length < 100) return;
    }
    this.log.warning(`Read the newest ${MAX_ISSUE_PAGES * 100} issues labelled '${label}' only.`);
  }
  async getIssue(number) {
    const i = await this.call(
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      { issue_number: number }
    );
    return { number: i.number, url: i.html_url, state: i.state, body: i.body ?? "" };
  }
  /** True when the label exists in the repository. */
  async hasLabel(name) {
    try {
      await this.call("GET /repos/{owner}/{repo}/labels/{name}", { name });
      return true;
    } catch (error) {
      if (error instanceof GitHubError && error.status === 404) return false;
      throw error;
    }
  }
  /** Creates a label; one created meanwhile (422 already_exists) is fine. */
  async createLabel(name, color, description) {
    try {
      await this.call("POST /repos/{owner}/{repo}/labels", { name, color, description });
    } catch (error) {
      if (error instanceof GitHubError && error.status === 422) return;
      throw error;
    }
  }
  /** Creates an issue. Not retried blindly: the caller looks for it first (a lost answer). */
  async createIssue(title, body, labels) {
    const i = await this.call(
      "POST /repos/{owner}/{repo}/issues",
      { title, body, labels },
      { retry: false }
    );
    return { number: i.number, url: i.html_url, state: i.state, body: i.body ?? "" };
  }
};
function rateLimitWait(status, headers, now, message = "") {
  if (status !== 403 && status !== 429) return void 0;
  const retryAfter = parseRetryAfter(stringHeader(headers["retry-after"]), stringHeader(headers.date), now);
  if (retryAfter !== void 0) return retryAfter;
  if (String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]) * 1e3;
    return Number.isFinite(reset) ? Math.max(1e3, reset - now) : 6e4;
  }
  return status === 429 || /secondary rate limit/i.test(message) ? 6e4 : void 0;
}
function stringHeader(value) {
  return value === void 0 || value === null ? void 0 : String(value);
}
function describe(e) {
  return e.message ?? "network error";
}
function toGitHubError(route, status, e, repository) {
  const data = e.response?.data;
  const said = typeof data?.message === "string" ? `: ${data.message.slice(0, 200).replace(/\s+/g, " ")}` : "";
  const hint = status === 401 ? ` Check github-token: it is missing, expired or revoked.` : status === 403 ? ` Check that the token may write issues in ${repository} (workflow: permissions: issues: write).` : status === 404 ? ` Check github-repository (${repository}) and that the token can see it.` : status === 410 ? ` Issues are turned off in ${repository}.` : "";
  return new GitHubError(
    status,
    route,
    `GitHub ${route.replace("{owner}/{repo}", repository)} failed${status ? ` (${status})` : ""}${status ? said : `: ${describe(e)}`}.${hint}`
  );
}

// src/feedback/issue-settings.ts
var REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
var LABEL = /^[^,\s][^,]{0,49}$/;
function parseGitHubTarget(inputs, env) {
  const token = inputs.string(Input.GithubToken);
  if (!token) {
    throw new InputError(
      Input.GithubToken,
      `Input '${Input.GithubToken}' is required for feedback-to-issues: the workflow's token (default \${{ github.token }}, with permissions: issues: write) or a personal access token.`
    );
  }
  const given = inputs.string(Input.GithubRepository);
  const repository = given ?? env.GITHUB_REPOSITORY;
  if (!repository) {
    throw new InputError(
      Input.GithubRepository,
      `Input '${Input.GithubRepository}' is required outside a workflow run (GITHUB_REPOSITORY is not set): owner/name.`
    );
  }
  if (!REPOSITORY.test(repository)) {
    throw new InputError(
      Input.GithubRepository,
      `Input '${Input.GithubRepository}' has an invalid value ${quote(repository)}: expected owner/name, such as octo-org/weather-app.`
    );
  }
  const apiUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new InputError(Input.GithubToken, `GITHUB_API_URL ${quote(apiUrl)} is not a URL.`);
  }
  if (!isHttpsOrLoopback(url)) {
    throw new InputError(
      Input.GithubToken,
      `GITHUB_API_URL ${quote(apiUrl)} must use https, so the token is never sent in clear.`
    );
  }
  return { token, repository, apiUrl };
}
function parseIssueLabels(inputs) {
  const labels = inputs.list(Input.IssueLabels);
  for (const label of labels) {
    if (!LABEL.test(label)) {
      throw new InputError(
        Input.IssueLabels,
        `Input '${Input.IssueLabels}' has an invalid value ${quote(label)}: a label name has 1 to 50 characters.`
      );
    }
  }
  return labels.length ? [...new Set(labels)] : ["testflight"];
}

// src/feedback/issue-body.ts
var MAX_TITLE = 256;
var MAX_BODY = 65536;
var BODY_SLACK = 1024;
var MAX_COMMENT = 2e4;
var MARKER = /^<!-- testflight-feedback (screenshot|crash):([A-Za-z0-9%._~-]+) -->(?:\r?\n|$)/;
function marker(s) {
  return `<!-- testflight-feedback ${s.kind}:${encodeURIComponent(s.id)} -->`;
}
function readMarker(body) {
  const m = MARKER.exec(body ?? "");
  if (!m) return void 0;
  try {
    return { kind: m[1], id: decodeURIComponent(m[2]) };
  } catch {
    return void 0;
  }
}
var markerKey = (kind, id) => `${kind}:${id}`;
function inert(text) {
  return clean(text).replace(/[\\`*_{}[\]()<>#+\-=|~!&]/g, (c) => `\\${c}`).replace(/(^|[^A-Za-z0-9_.+-])@/g, "$1@\u200B").replace(/#/g, "#\u200B").replace(/\b(GH)(\\?-)/gi, "$1\u200B$2");
}
function withoutLinks(text) {
  return text.replace(/@/g, "@\u200B").replace(/#/g, "#\u200B");
}
function issueTitle(s) {
  const device = [s.deviceModel, s.osVersion ? `${platformName(s)} ${s.osVersion}` : void 0].filter(Boolean).join(", ");
  const comment = firstLine(s.comment, 120);
  let title;
  if (s.kind === "crash") {
    title = `Crash in ${buildText(s)}${device ? ` on ${device}` : ""}${comment ? `: ${comment}` : ""}`;
  } else {
    title = comment || `Feedback on ${buildText(s)}${device ? ` from ${device}` : ""}`;
  }
  title = withoutLinks(clean(title).replace(/\s+/g, " ").trim());
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}\u2026` : title;
}
function platformName(s) {
  switch (s.appPlatform ?? s.deviceFamily) {
    case "MAC_OS":
    case "MAC":
      return "macOS";
    case "TV_OS":
    case "APPLE_TV":
      return "tvOS";
    case "VISION_OS":
    case "VISION":
      return "visionOS";
    case "IPAD":
      return "iPadOS";
    default:
      return "iOS";
  }
}
function cellText(value) {
  return value === void 0 || value === "" ? "\u2013" : inert(String(value)).replace(/\n/g, " ");
}
function uptime(ms) {
  if (ms === void 0) return void 0;
  const minutes = Math.floor(ms / 6e4);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min ${Math.floor(ms % 6e4 / 1e3)} s`;
}
function safeUrl(url) {
  try {
    const u = new URL(url);
    if (u.protocol !== "https:") return void 0;
    return u.href.replace(
      /[()<>"'\s]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
    );
  } catch {
    return void 0;
  }
}
function fenceFor(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}
function issueBody(s, options) {
  const parts = [marker(s), ""];
  const comment = clean(s.comment ?? "").trim();
  if (comment) {
    const shown = comment.length > MAX_COMMENT ? comment.slice(0, MAX_COMMENT) : comment;
    parts.push(
      ...shown.split("\n").map((l) => l.trim() ? `> ${inert(l)}` : ">"),
      ...shown.length < comment.length ? ["", `_The comment was cut: ${comment.length} characters in all._`] : [],
      ""
    );
  } else {
    parts.push(s.kind === "crash" ? "_The tester left no comment with this crash._" : "_No comment._", "");
  }
  const tester = [s.testerName, options.includeTesterEmail ? s.email : void 0].filter(Boolean).join(", ");
  const rows = [
    ["Build", buildText(s)],
    ["Device", [s.deviceModel, s.deviceFamily].filter(Boolean).join(", ")],
    ["OS", s.osVersion ? `${platformName(s)} ${s.osVersion}` : void 0],
    ["Locale", s.locale],
    ["Connection", s.connectionType],
    ["Battery", s.batteryPercentage === void 0 ? void 0 : `${s.batteryPercentage} %`],
    ["App uptime", uptime(s.appUptimeMs)],
    ["Time zone", s.timeZone],
    ["Architecture", s.architecture],
    ["Submitted", s.created.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC")],
    ["Tester", tester || void 0],
    ["Submission", `${s.kind} ${s.id}`]
  ];
  parts.push("| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${cellText(v)} |`), "");
  if (s.screenshots.length) {
    const until = screenshotsExpire(s);
    parts.push(
      `**Screenshots** (Apple's links stop working${until ? ` at ${until.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC")}` : " after a while"}; nothing is stored elsewhere):`,
      ""
    );
    s.screenshots.forEach((image, i) => {
      const url = safeUrl(image.url);
      const size = image.width && image.height ? ` (${image.width}\xD7${image.height})` : "";
      parts.push(url ? `- [Screenshot ${i + 1}${size}](${url})` : `- Screenshot ${i + 1}: not an https link`);
    });
    parts.push("");
  }
  let body = parts.join("\n");
  if (s.kind === "crash") body += crashBlock(options.crashLog, MAX_BODY - BODY_SLACK - body.length);
  return body;
}
function crashBlock(log, room) {
  if (log === void 0 || log.trim() === "")
    return "_App Store Connect has no crash log for this submission._\n";
  let text = clean(log).replace(/\n+$/, "");
  let note = "";
  const overhead = 200;
  if (text.length + overhead > room) {
    const keep = Math.max(0, room - overhead - 120);
    note = `
_The crash log was cut to its first ${keep} of ${text.length} characters (GitHub's limit for an issue); \`list-feedback\` with \`include-crash-logs: true\` writes it whole._
`;
    text = text.slice(0, keep);
  }
  const fence = fenceFor(text);
  const lines = text.split("\n").length;
  return `<details><summary>Crash log (${lines} line${lines === 1 ? "" : "s"})</summary>

${fence}text
${text}
${fence}

</details>
${note}`;
}

// src/feedback/issue-sync.ts
var CREATE_SPACING_MS = 1e3;
var KIND_LABEL = { crash: "crash", screenshot: "feedback" };
var LABEL_COLORS = { testflight: "0a84ff", crash: "d73a4a", feedback: "a2eeef" };
async function findImported(github, label) {
  const found = /* @__PURE__ */ new Map();
  for await (const issue of github.issuesWithLabel(label)) {
    const m = readMarker(issue.body);
    if (m) found.set(markerKey(m.kind, m.id), issue);
  }
  return found;
}
async function syncIssues(deps, submissions, settings) {
  const { github, log } = deps;
  const out = {
    created: [],
    existing: [],
    planned: [],
    pending: [],
    labelsCreated: [],
    deleted: []
  };
  let imported;
  try {
    imported = await findImported(github, settings.labels[0]);
  } catch (error) {
    out.pending = submissions.map((s) => s.id);
    return stop(out, error, log);
  }
  const confirmed = [];
  const todo = [];
  for (const s of submissions) {
    const issue = imported.get(markerKey(s.kind, s.id));
    if (issue) {
      out.existing.push(link(s, issue));
      confirmed.push(s);
    } else todo.push(s);
  }
  todo.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  log.info(`${out.existing.length} submission(s) already have an issue; ${todo.length} to file.`);
  if (settings.dryRun) {
    for (const s of todo) {
      const title = issueTitle(s);
      out.planned.push({ submission: s.id, kind: s.kind, title });
      log.info(`Would create: ${forLog(title)} (${s.kind} ${forLog(s.id)})`);
    }
    if (settings.deleteAfterImport)
      log.info(
        `Would delete ${confirmed.length + todo.length} submission(s) from App Store Connect once filed.`
      );
    return out;
  }
  try {
    if (todo.length) {
      await ensureLabels(deps, labelsFor(settings.labels, todo), out);
      const logs = await fetchCrashLogs(deps.client, todo);
      let last = -Infinity;
      for (const [index, s] of todo.entries()) {
        const wait = last + CREATE_SPACING_MS - deps.clock.now();
        if (wait > 0) await deps.clock.sleep(wait);
        try {
          const issue = await createOnce(deps, s, settings, logs.get(s.id));
          last = deps.clock.now();
          out.created.push(link(s, issue));
          confirmed.push(s);
          log.info(`Filed #${issue.number} for ${s.kind} ${forLog(s.id)}.`);
        } catch (error) {
          out.pending = todo.slice(index).map((p) => p.id);
          throw error;
        }
      }
    }
    if (settings.deleteAfterImport) {
      for (const s of confirmed) {
        await deleteSubmission(deps.client, s.kind, s.id);
        out.deleted.push(s.id);
      }
      if (out.deleted.length)
        log.info(`Deleted ${out.deleted.length} filed submission(s) from App Store Connect.`);
    }
  } catch (error) {
    return stop(out, error, log);
  }
  return out;
}
function stop(out, error, log) {
  if (error instanceof GitHubRateLimited) {
    out.stopped = `GitHub's rate limit asks to wait until ${error.resetAt}; stopped after filing ${out.created.length} issue(s). ${out.pending.length} submission(s) wait for the next run.`;
    log.warning(out.stopped);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    out.failure = `${message} (${out.created.length} issue(s) filed before that; the next run continues from there.)`;
  }
  return out;
}
function labelsFor(base, todo) {
  const kinds = new Set(todo.map((s) => KIND_LABEL[s.kind]));
  return [.../* @__PURE__ */ new Set([...base, ...kinds])];
}
async function ensureLabels(deps, labels, out) {
  for (const name of labels) {
    if (await deps.github.hasLabel(name)) continue;
    await deps.github.createLabel(
      name,
      LABEL_COLORS[name] ?? "ededed",
      "TestFlight feedback filed by app-store-connect-action"
    );
    out.labelsCreated.push(name);
    deps.log.info(`Created the label '${forLog(name)}'.`);
  }
}
async function createOnce(deps, s, settings, crashLog) {
  const title = issueTitle(s);
  const body = issueBody(s, { includeTesterEmail: settings.includeTesterEmail, crashLog });
  const labels = [...settings.labels, KIND_LABEL[s.kind]];
  let created;
  try {
    created = await deps.github.createIssue(title, body, labels);
  } catch (error) {
    if (!(error instanceof GitHubError) || error.status !== 0 && error.status < 500) throw error;
    const found = (await findImported(deps.github, settings.labels[0])).get(
      markerKey(s.kind, s.id)
    );
    created = found ?? await deps.github.createIssue(title, body, labels);
  }
  const back = await deps.github.getIssue(created.number);
  const m = readMarker(back.body);
  if (!m || m.kind !== s.kind || m.id !== s.id) {
    throw new Error(
      `Issue #${created.number} was created but reads back without its marker for ${s.kind} ${s.id}.`
    );
  }
  return back;
}
function link(s, issue) {
  return { submission: s.id, kind: s.kind, number: issue.number, url: issue.url };
}

// src/operations/feedback-to-issues.ts
var feedback_to_issues_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "feedback-to-issues");
    const selection = parseFeedbackSelection(inputs, app, common.platform);
    const target = parseGitHubTarget(inputs, process.env);
    return {
      selection,
      target,
      labels: parseIssueLabels(inputs),
      includeTesterEmail: inputs.bool(Input.IncludeTesterEmail, false),
      deleteAfterImport: inputs.bool(Input.DeleteAfterImport, false)
    };
  },
  async execute(ctx, { selection, target, labels, includeTesterEmail, deleteAfterImport }) {
    const dryRun = ctx.common.dryRun;
    const found = await fetchFeedback(ctx.client, ctx.log, selection, ctx.clock.now());
    const github = new GitHubIssues(target, ctx.clock, ctx.log);
    const sync = await ctx.log.group(
      `GitHub issues in ${target.repository}`,
      () => syncIssues({ github, client: ctx.client, clock: ctx.clock, log: ctx.log }, found.submissions, {
        labels,
        includeTesterEmail,
        deleteAfterImport,
        dryRun
      })
    );
    const changes = dryRun ? sync.planned.length + (deleteAfterImport ? sync.existing.length + sync.planned.length : 0) : sync.created.length + sync.labelsCreated.length + sync.deleted.length;
    const { app } = found;
    const issueRows = [
      ...sync.created.map((l) => [`#${l.number}`, l.kind, l.submission, "created"]),
      ...sync.existing.map((l) => [`#${l.number}`, l.kind, l.submission, "filed earlier"])
    ];
    return {
      outputs: { [Output.IssuesCreated]: sync.created.length, [Output.Changes]: changes },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        repository: target.repository,
        since: found.since ?? null,
        submissions: found.submissions.length,
        issues: Object.fromEntries(
          [...sync.created, ...sync.existing].map((l) => [
            l.submission,
            { kind: l.kind, number: l.number, url: l.url }
          ])
        ),
        created: sync.created.map((l) => l.submission),
        ...dryRun ? { planned: sync.planned } : {},
        pending: sync.pending,
        labelsCreated: sync.labelsCreated,
        deleted: sync.deleted,
        ...sync.stopped ? { stopped: sync.stopped } : {}
      },
      summary: [
        facts([
          ["App", `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
          ["Repository", target.repository],
          ["Since", found.since ?? "any time"],
          ["Submissions", found.submissions.length],
          [
            dryRun ? "Issues to create" : "Issues created",
            dryRun ? sync.planned.length : sync.created.length
          ],
          ["Already filed", sync.existing.length],
          ...sync.pending.length ? [["Left for the next run", sync.pending.length]] : [],
          ...deleteAfterImport && !dryRun ? [["Deleted from App Store Connect", sync.deleted.length]] : []
        ]),
        ...sync.created.length === 0 && sync.planned.length === 0 && !sync.failure && !sync.stopped ? [{ kind: "text", text: "Nothing new: every selected submission already has an issue." }] : [],
        ...issueRows.length ? [table(["Issue", "Kind", "Submission", ""], capped(issueRows).rows, capped(issueRows).note)] : [],
        ...sync.stopped ? [{ kind: "text", text: `**Stopped early:** ${sync.stopped}` }] : []
      ],
      ...sync.failure ? { failure: sync.failure } : {}
    };
  }
});
export {
  feedback_to_issues_default as default
};
