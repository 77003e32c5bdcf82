import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  chunk,
  mapLimit
} from "./chunk-HQRV6QUE.js";
import {
  writeListFile,
  writeWhole
} from "./chunk-QZJVFNU6.js";
import {
  parseBuildSelection
} from "./chunk-JKVH5SZQ.js";
import {
  resolveApp
} from "./chunk-4F67JWNM.js";
import {
  versionSpellings
} from "./chunk-XSH6A373.js";
import {
  findIncluded,
  relatedIds
} from "./chunk-BLPJK66F.js";
import {
  namingInput
} from "./chunk-E2H3K5KP.js";
import {
  capped,
  table
} from "./chunk-66LBZBJX.js";
import {
  ApiError,
  Input,
  InputError,
  quote
} from "./chunk-JDDIJKK4.js";

// src/api/beta-feedback.ts
var FEEDBACK_TYPES = {
  screenshot: "betaFeedbackScreenshotSubmissions",
  crash: "betaFeedbackCrashSubmissions"
};
var FIELDS = [
  "createdDate",
  "comment",
  "email",
  "deviceModel",
  "deviceFamily",
  "osVersion",
  "locale",
  "timeZone",
  "architecture",
  "connectionType",
  "batteryPercentage",
  "appUptimeInMilliseconds",
  "appPlatform",
  "build",
  "tester"
];
var opt = (v) => v === null ? void 0 : v;
async function* feedbackPages(client, appId, kind, buildIds) {
  const type = FEEDBACK_TYPES[kind];
  const query = {
    sort: "-createdDate",
    include: "build,tester",
    [`fields[${type}]`]: kind === "screenshot" ? [...FIELDS, "screenshots"] : FIELDS,
    "fields[builds]": "version",
    "fields[betaTesters]": "firstName,lastName,email",
    limit: 200
  };
  if (buildIds) query["filter[build]"] = buildIds;
  for await (const page of client.pages(`/v1/apps/${appId}/${type}`, query)) {
    yield page.data.map((r) => toSubmission(r, kind, page.included));
  }
}
function toSubmission(r, kind, included) {
  const a = r.attributes ?? {};
  const buildId = relatedIds(r, "build")[0];
  const build = findIncluded(included, "builds", buildId);
  const tester = findIncluded(
    included,
    "betaTesters",
    relatedIds(r, "tester")[0]
  );
  const name = [tester?.attributes?.firstName, tester?.attributes?.lastName].filter(Boolean).join(" ");
  return {
    id: r.id,
    kind,
    created: a.createdDate ?? "",
    comment: opt(a.comment),
    email: opt(a.email) ?? opt(tester?.attributes?.email),
    testerName: name || void 0,
    deviceModel: opt(a.deviceModel),
    deviceFamily: opt(a.deviceFamily),
    osVersion: opt(a.osVersion),
    locale: opt(a.locale),
    timeZone: opt(a.timeZone),
    architecture: opt(a.architecture),
    connectionType: opt(a.connectionType),
    batteryPercentage: opt(a.batteryPercentage),
    appUptimeMs: opt(a.appUptimeInMilliseconds),
    appPlatform: opt(a.appPlatform),
    buildId,
    buildNumber: build?.attributes?.version,
    screenshots: (a.screenshots ?? []).filter((s) => typeof s.url === "string").map((s) => ({ url: s.url, width: s.width, height: s.height, expiresAt: s.expirationDate }))
  };
}
async function buildVersions(client, buildIds) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < buildIds.length; i += 50) {
    const ids = buildIds.slice(i, i + 50);
    const doc = await client.get("/v1/builds", {
      "filter[id]": ids,
      include: "preReleaseVersion",
      "fields[builds]": "version,preReleaseVersion",
      "fields[preReleaseVersions]": "version",
      limit: 200
    });
    for (const b of doc.data ?? []) {
      const prv = findIncluded(
        doc.included,
        "preReleaseVersions",
        relatedIds(b, "preReleaseVersion")[0]
      );
      out.set(b.id, { version: prv?.attributes?.version, buildNumber: b.attributes?.version });
    }
  }
  return out;
}
async function matchingBuildIds(client, appId, platform, filter) {
  const query = {
    "filter[app]": appId,
    "filter[preReleaseVersion.platform]": platform,
    "fields[builds]": "version"
  };
  if (filter.versions) query["filter[preReleaseVersion.version]"] = filter.versions;
  if (filter.buildNumber) query["filter[version]"] = filter.buildNumber;
  const all = await client.getAll("/v1/builds", query);
  return all.data.map((b) => b.id);
}
async function getCrashLog(client, submissionId) {
  try {
    const doc = await client.get(
      `/v1/betaFeedbackCrashSubmissions/${submissionId}/crashLog`,
      { "fields[betaCrashLogs]": "logText" }
    );
    const data = doc.data;
    return data?.attributes?.logText ?? void 0;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return void 0;
    throw error;
  }
}
async function deleteSubmission(client, kind, id) {
  try {
    await client.delete(`/v1/${FEEDBACK_TYPES[kind]}/${id}`, void 0, {
      forbiddenHint: "Deleting TestFlight feedback needs an API key with the Admin or App Manager role."
    });
    return "deleted";
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return "gone";
    throw error;
  }
}

// src/feedback/feedback-fetch.ts
var MAX_SUBMISSIONS = 1e3;
var MAX_CRASH_LOG_CHARS = 2e6;
var KIND_NAMES = ["screenshots", "crashes"];
var SPAN = /^(\d{1,4})\s*([hdw])$/i;
var UNIT_MS = { h: 36e5, d: 864e5, w: 7 * 864e5 };
function parseFeedbackSelection(inputs, app, platform) {
  const kindsText = inputs.list(Input.FeedbackKinds);
  const kinds = /* @__PURE__ */ new Set();
  for (const k of kindsText) {
    const name = k.toLowerCase();
    if (name === "screenshots" || name === "screenshot") kinds.add("screenshot");
    else if (name === "crashes" || name === "crash") kinds.add("crash");
    else
      throw new InputError(
        Input.FeedbackKinds,
        `Input '${Input.FeedbackKinds}' has an invalid value ${quote(k)}: expected ${KIND_NAMES.join(" and/or ")}.`
      );
  }
  return {
    app,
    platform,
    since: parseSince(inputs.string(Input.Since)),
    build: parseBuildSelection(inputs),
    kinds: kinds.size ? [...kinds] : ["screenshot", "crash"]
  };
}
function parseSince(value) {
  if (value === void 0) return void 0;
  const span = SPAN.exec(value);
  if (span) {
    const ms = Number(span[1]) * UNIT_MS[span[2].toLowerCase()];
    if (ms > 0) return { kind: "span", ms, text: value };
  }
  const date = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value
  );
  if (date) {
    const day = date[1];
    const dayValid = new Date(Date.parse(`${day}T00:00:00Z`) || 0).toISOString().slice(0, 10) === day;
    const ms = Date.parse(`${day}T${date[2] ?? "00:00"}${date[3] ?? "Z"}`);
    if (dayValid && !Number.isNaN(ms)) return { kind: "date", ms, text: value };
  }
  throw new InputError(
    Input.Since,
    `Input '${Input.Since}' has an invalid value ${quote(value)}: expected a date (2025-03-01 or 2025-03-01T12:00:00Z, UTC unless an offset is given) or a span before now such as 24h, 7d or 2w.`
  );
}
function sinceMs(since, now) {
  if (!since) return void 0;
  return since.kind === "span" ? now - since.ms : since.ms;
}
async function fetchFeedback(client, log, selection, now) {
  const app = await namingInput(Input.App, resolveApp(client, selection.app));
  const from = sinceMs(selection.since, now);
  const since = from === void 0 ? void 0 : new Date(from).toISOString();
  let buildIds;
  const { buildId, version, buildNumber } = selection.build;
  if (buildId) buildIds = [buildId];
  else if (version || buildNumber) {
    buildIds = await matchingBuildIds(client, app.id, selection.platform, {
      versions: version ? versionSpellings(version) : void 0,
      buildNumber
    });
    if (buildIds.length === 0) return { app, submissions: [], truncated: [], noBuild: true, since };
  }
  const submissions = [];
  const truncated = [];
  for (const kind of selection.kinds) {
    const chunks = buildIds ? chunk(buildIds, 50) : [void 0];
    let count = 0;
    outer: for (const ids2 of chunks) {
      for await (const page of feedbackPages(client, app.id, kind, ids2)) {
        let older = false;
        for (const s of page) {
          if (from !== void 0 && Date.parse(s.created) < from) {
            older = true;
            continue;
          }
          if (count >= MAX_SUBMISSIONS) {
            truncated.push(kind);
            break outer;
          }
          submissions.push(s);
          count += 1;
        }
        if (older) break;
      }
    }
    if (truncated.includes(kind))
      log.warning(
        `Read the newest ${MAX_SUBMISSIONS} ${kind} submissions only; set 'since' to look at fewer.`
      );
  }
  const ids = [...new Set(submissions.map((s) => s.buildId).filter((id) => !!id))];
  const versions = ids.length ? await buildVersions(client, ids) : /* @__PURE__ */ new Map();
  for (const s of submissions) {
    const v = s.buildId ? versions.get(s.buildId) : void 0;
    s.version = v?.version;
    s.buildNumber ??= v?.buildNumber;
  }
  submissions.sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
  return { app, submissions, truncated, noBuild: false, since };
}
async function fetchCrashLogs(client, submissions) {
  const crashes = submissions.filter((s) => s.kind === "crash");
  const results = await mapLimit(crashes, 4, (s) => getCrashLog(client, s.id));
  const logs = /* @__PURE__ */ new Map();
  results.forEach((r, i) => {
    if ("error" in r) throw r.error;
    const text = r.value;
    if (text !== void 0) {
      const id = crashes[i].id;
      logs.set(
        id,
        text.length > MAX_CRASH_LOG_CHARS ? `${text.slice(0, MAX_CRASH_LOG_CHARS)}
[cut: the log had ${text.length} characters]` : text
      );
    }
  });
  return logs;
}

// src/feedback/feedback-list.ts
import { mkdir } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";

// src/feedback/feedback-text.ts
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
function clean(text) {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}
function firstLine(text, max) {
  const line = clean(text ?? "").split("\n").map((l) => l.replace(/\s+/g, " ").trim()).find((l) => l !== "") ?? "";
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}\u2026` : line;
}
function forLog(text) {
  return clean(text).replace(/\s+/g, " ").replace(/::/g, ":\u200B:").replace(/##\[/g, "#\u200B#[");
}
function codeSpan(text) {
  const inner = clean(text).replace(/\s+/g, " ").replace(/`/g, "\u02CB").trim();
  return inner === "" ? "" : `\`${inner}\``;
}

// src/feedback/feedback-list.ts
var FEEDBACK_COLUMNS = [
  "id",
  "kind",
  "created",
  "comment",
  "tester",
  "tester_email",
  "device_model",
  "device_family",
  "os_version",
  "build_version",
  "build_number",
  "locale",
  "time_zone",
  "connection",
  "battery",
  "app_uptime_ms",
  "screenshot_urls",
  "screenshots_expire",
  "crash_log_file"
];
function buildText(s) {
  if (s.version && s.buildNumber) return `${s.version} (${s.buildNumber})`;
  return s.version ?? (s.buildNumber ? `build ${s.buildNumber}` : "unknown build");
}
function screenshotsExpire(s) {
  return s.screenshots.map((i) => i.expiresAt).filter((d) => !!d).sort()[0];
}
function row(s, crashLogFile) {
  const text = (v) => v === void 0 ? void 0 : clean(v);
  return {
    id: s.id,
    kind: s.kind,
    created: s.created,
    comment: text(s.comment),
    tester: text(s.testerName),
    tester_email: text(s.email),
    device_model: text(s.deviceModel),
    device_family: s.deviceFamily,
    os_version: text(s.osVersion),
    build_version: s.version,
    build_number: s.buildNumber,
    locale: text(s.locale),
    time_zone: text(s.timeZone),
    connection: s.connectionType,
    battery: s.batteryPercentage,
    app_uptime_ms: s.appUptimeMs,
    screenshot_urls: s.screenshots.map((i) => i.url).join(" "),
    screenshots_expire: screenshotsExpire(s),
    crash_log_file: crashLogFile
  };
}
function crashLogName(outputFile, id) {
  const base = basename(outputFile, extname(outputFile));
  return `${base}-crash-${id.replace(/[^A-Za-z0-9._-]/g, "_")}.log`;
}
async function writeFeedbackFiles(outputFile, format, submissions, crashLogs) {
  const folder = dirname(resolve(outputFile));
  await mkdir(folder, { recursive: true });
  const written = /* @__PURE__ */ new Map();
  for (const [id, text] of crashLogs) {
    const path = join(dirname(outputFile), crashLogName(outputFile, id));
    await writeWhole(path, text);
    written.set(id, path);
  }
  await writeListFile(
    outputFile,
    format,
    FEEDBACK_COLUMNS,
    submissions.map((s) => row(s, written.get(s.id)))
  );
  return written;
}
function submissionJson(s, crashLogFile) {
  return {
    id: s.id,
    kind: s.kind,
    created: s.created,
    comment: s.comment ?? null,
    tester: s.testerName ?? null,
    deviceModel: s.deviceModel ?? null,
    osVersion: s.osVersion ?? null,
    build: { id: s.buildId ?? null, version: s.version ?? null, number: s.buildNumber ?? null },
    locale: s.locale ?? null,
    connection: s.connectionType ?? null,
    battery: s.batteryPercentage ?? null,
    screenshots: s.screenshots.map((i) => ({ url: i.url, expires: i.expiresAt ?? null })),
    ...crashLogFile ? { crashLogFile } : {}
  };
}
function feedbackTable(submissions) {
  const rows = submissions.map((s) => [
    s.created.slice(0, 16).replace("T", " "),
    s.kind,
    buildText(s),
    [s.deviceModel, s.osVersion].filter(Boolean).join(", "),
    codeSpan(firstLine(s.comment, 80))
  ]);
  const { rows: shown, note } = capped(rows);
  return table(["Created (UTC)", "Kind", "Build", "Device", "Comment"], shown, note);
}

export {
  deleteSubmission,
  parseFeedbackSelection,
  fetchFeedback,
  fetchCrashLogs,
  clean,
  firstLine,
  forLog,
  buildText,
  screenshotsExpire,
  writeFeedbackFiles,
  submissionJson,
  feedbackTable
};
