import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/safe-text.ts
var BREAK = "\u200B";
function neutralize(text) {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/##\[/g, `#${BREAK}#[`).replace(/^(\s*):(?=:)/, `$1:${BREAK}`)).join("\n");
}
var JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
var BEARER = /\b(Bearer)(\s+|%20|\+)(?!\[redacted)[A-Za-z0-9._~+/=-]{8,}/gi;
function redactSecrets(text) {
  return text.replace(JWT, "[redacted token]").replace(BEARER, "$1 [redacted]");
}
function safeLogText(text) {
  return neutralize(redactSecrets(text));
}

// src/api/errors.ts
var ApiError = class _ApiError extends Error {
  method;
  path;
  status;
  errors;
  hint;
  attempts;
  constructor(init) {
    const errors = (init.errors ?? []).map(redactItem);
    if (init.bodyText) init = { ...init, bodyText: redactSecrets(init.bodyText) };
    const hint = init.status === 403 && mentionsAgreement(errors) ? defaultHint(init.status, errors) : init.hint ?? defaultHint(init.status, errors, init.rateLimit);
    super(formatMessage(init, errors, hint));
    this.name = "ApiError";
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.errors = errors;
    this.hint = hint;
    this.attempts = init.attempts ?? 1;
  }
  /**
   * True when an earlier try of this same request failed on the way (network, 5xx, 429): a 409
   * on a create then most likely answers our own first try, whose answer was lost.
   */
  get afterRetry() {
    return this.attempts > 1;
  }
  /** True when any error code equals `code` or starts with `code.` (Apple's codes are dotted). */
  hasCode(code) {
    return this.errors.some((e) => e.code === code || e.code?.startsWith(`${code}.`) === true);
  }
  /** A copy with another hint, for operations that know better what a status means for them. */
  withHint(hint) {
    return new _ApiError({
      method: this.method,
      path: this.path,
      status: this.status,
      errors: this.errors,
      hint,
      attempts: this.attempts
    });
  }
  toJSON() {
    return {
      status: this.status,
      method: this.method,
      path: this.path,
      errors: this.errors,
      hint: this.hint
    };
  }
};
var NetworkError = class extends Error {
  constructor(method, path, reason, attempts) {
    super(
      `${method} ${path} failed: ${reason} (after ${attempts} ${attempts === 1 ? "try" : "tries"}). Check that the runner can reach api.appstoreconnect.apple.com (or the api-url given) and try again; Apple has passing outages.`
    );
    this.method = method;
    this.path = path;
    this.reason = reason;
    this.attempts = attempts;
    this.name = "NetworkError";
  }
  method;
  path;
  reason;
  attempts;
};
function redactItem(item) {
  const out = { ...item };
  for (const key of ["code", "title", "detail", "status"]) {
    const value = item[key];
    if (typeof value === "string") out[key] = redactSecrets(value);
  }
  return out;
}
function formatMessage(init, errors, hint) {
  const parts = errors.map((e) => {
    const where = e.source?.pointer ?? e.source?.parameter;
    const text = [e.title, e.detail].filter((t, i, all) => t && all.indexOf(t) === i).join(": ");
    return `${e.code ?? "ERROR"}${where ? ` (${where})` : ""}${text ? ` ${text}` : ""}`;
  });
  if (parts.length === 0 && init.bodyText) parts.push(`non-JSON response: ${init.bodyText}`);
  const attempts = init.attempts && init.attempts > 1 ? ` after ${init.attempts} tries` : "";
  const answer = `App Store Connect answered ${init.status} to ${init.method} ${init.path}${attempts}${parts.length ? `: ${parts.join("; ")}` : ""}.`;
  if (init.status === 401 && hint) return `${hint} (${answer.slice(0, -1)})`;
  return `${answer}${hint ? ` ${hint}` : ""}`;
}
function mentionsAgreement(errors) {
  return errors.some((e) => /agreement/i.test(`${e.code ?? ""} ${e.title ?? ""} ${e.detail ?? ""}`));
}
function defaultHint(status, errors, rateLimit) {
  const text = errors.map((e) => `${e.code ?? ""} ${e.title ?? ""} ${e.detail ?? ""}`).join(" ");
  switch (status) {
    case 400:
      return "The request was malformed; if this came from the request operation, check its path, query and body against Apple\u2019s API reference.";
    case 401:
      return "Check the key id, the issuer id and the private key.";
    case 403:
      return /agreement/i.test(text) ? "An agreement must be accepted first: the Account Holder must sign in to App Store Connect (or the developer website) and accept the latest agreements." : "The API key\u2019s role does not allow this request: give the key a role with access (Users and Access \u2192 Integrations) or use another key.";
    case 404:
      return "Nothing exists at that path: check the ids and names given, and that the key\u2019s team owns the app.";
    case 409:
      return "App Store Connect refused the change because of the object\u2019s current state or because it conflicts with an existing one.";
    case 422:
      return "App Store Connect could not process the request in the object\u2019s current state (for a build: is it still processing?).";
    case 429:
      return `The API rate limit was reached${rateLimit ? ` (${rateLimit.remaining} of ${rateLimit.limit} requests left this hour)` : ""}: wait, or spread the work over several runs.`;
    default:
      return status >= 500 ? "App Store Connect had a server error; it usually passes: re-run the job later." : "";
  }
}
var NotFoundError = class extends Error {
  constructor(subject, message) {
    super(message);
    this.subject = subject;
    this.name = "NotFoundError";
  }
  subject;
};
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function reasonOf(error) {
  if (error instanceof ApiError) {
    const parts = error.errors.map((e) => e.detail ?? e.title).filter((t) => !!t);
    if (parts.length) {
      const codes = [...new Set(error.errors.map((e) => e.code).filter((c) => !!c))];
      const hint = (error.status === 401 || error.status === 403) && error.hint ? ` ${error.hint}` : "";
      return `${error.status}${codes.length ? ` ${codes.join(", ")}` : ""}: ${[...new Set(parts)].join("; ")} (${error.method} ${error.path}).${hint}`;
    }
  }
  return messageOf(error);
}
function stopsTheRun(error) {
  if (error instanceof NetworkError || !(error instanceof ApiError)) return true;
  return error.status === 401 || error.status === 403 || error.status === 429 || error.status >= 500;
}
function unauthorizedHint(credentials, dateHeader, nowMs) {
  const { keyId, issuerId } = credentials;
  const local = new Date(nowMs).toISOString();
  const server = dateHeader ? new Date(Date.parse(dateHeader)).toISOString() : "not given";
  const checks = issuerId ? [
    `issuer-id '${issuerId}' is the issuer id of the team that owns key '${keyId}' (shown above the team keys list)`,
    `key-id '${keyId}' is this key's id (its file is AuthKey_${keyId}.p8)`,
    "the key is active, not revoked (Users and Access \u2192 Integrations)",
    "an individual key takes no issuer-id: leave it empty"
  ] : [
    `key-id '${keyId}' is this key's id (its file is AuthKey_${keyId}.p8)`,
    "the key is active, not revoked (Users and Access \u2192 Integrations)",
    "a team key needs issuer-id (shown above the team keys list); without it the key is read as an individual key"
  ];
  checks.push(`the runner clock (${local}) against App Store Connect's Date header (${server})`);
  return `App Store Connect rejected a freshly signed token for key '${keyId}' ${issuerId ? `with issuer '${issuerId}'` : "as an individual key (no issuer-id)"}. Check: ` + checks.map((c, i) => `${i + 1}) ${c}`).join("; ") + ".";
}

// src/constants.ts
var Input = {
  Operation: "operation",
  IssuerId: "issuer-id",
  KeyId: "key-id",
  PrivateKey: "private-key",
  PrivateKeyPath: "private-key-path",
  App: "app",
  Platform: "platform",
  DryRun: "dry-run",
  ApiUrl: "api-url",
  // request
  Method: "method",
  Path: "path",
  Body: "body",
  AllPages: "all-pages",
  // builds
  BuildId: "build-id",
  Version: "version",
  BuildNumber: "build-number",
  WaitTimeout: "wait-timeout",
  PollInterval: "poll-interval",
  Groups: "groups",
  UsesNonExemptEncryption: "uses-non-exempt-encryption",
  WhatToTest: "what-to-test",
  WhatToTestLocale: "what-to-test-locale",
  SubmitForReview: "submit-for-review",
  NotifyTesters: "notify-testers",
  ExpirePreviousBuilds: "expire-previous-builds",
  Keep: "keep",
  // testers and groups
  Testers: "testers",
  TestersFile: "testers-file",
  RemoveMissing: "remove-missing",
  OutputFile: "output-file",
  Format: "format",
  GroupName: "group-name",
  Internal: "internal",
  PublicLinkEnabled: "public-link-enabled",
  PublicLinkLimit: "public-link-limit",
  FeedbackEnabled: "feedback-enabled",
  // beta app information
  BetaAppInfoFile: "beta-app-info-file",
  DemoAccountPassword: "demo-account-password",
  RemoveUnlistedLocales: "remove-unlisted-locales",
  // prune-testers
  InactiveDays: "inactive-days",
  TesterStates: "tester-states",
  KeepTesters: "keep-testers",
  KeepTestersFile: "keep-testers-file",
  IncludeInternal: "include-internal",
  MaxRemovals: "max-removals",
  RemoveFrom: "remove-from",
  // users
  Email: "email",
  FirstName: "first-name",
  LastName: "last-name",
  Roles: "roles",
  AllAppsVisible: "all-apps-visible",
  VisibleApps: "visible-apps",
  ProvisioningAllowed: "provisioning-allowed",
  UsersFile: "users-file",
  // reports
  VendorNumber: "vendor-number",
  ReportType: "report-type",
  ReportSubtype: "report-subtype",
  Frequency: "frequency",
  ReportDate: "report-date",
  ReportVersion: "report-version",
  RegionCode: "region-code",
  OutputDir: "output-dir",
  FailIfUnavailable: "fail-if-unavailable",
  MaxReportMb: "max-report-mb",
  // uploads
  AppFile: "app-file",
  // feedback
  Since: "since",
  FeedbackKinds: "feedback-kinds",
  IncludeCrashLogs: "include-crash-logs",
  GithubToken: "github-token",
  GithubRepository: "github-repository",
  IssueLabels: "issue-labels",
  IncludeTesterEmail: "include-tester-email",
  DeleteAfterImport: "delete-after-import"
};
var Output = {
  Result: "result",
  ResultFile: "result-file",
  Token: "token",
  TokenExpiresAt: "token-expires-at",
  Status: "status",
  BuildId: "build-id",
  BuildVersion: "build-version",
  BuildNumber: "build-number",
  BuildState: "build-state",
  BetaState: "beta-state",
  TestersAdded: "testers-added",
  TestersRemoved: "testers-removed",
  Changes: "changes",
  ReportFile: "report-file",
  ReportRows: "report-rows",
  ReportAvailable: "report-available",
  BuildUploadId: "build-upload-id",
  UploadState: "upload-state",
  IssuesCreated: "issues-created"
};
var DEFAULT_API_URL = "https://api.appstoreconnect.apple.com";
var DEFAULT_MAX_REPORT_MB = 2048;
var MAX_REPORT_LINE_BYTES = 1024 * 1024;
var PLATFORMS = ["IOS", "MAC_OS", "TV_OS", "VISION_OS"];
var ACTION_YML_DEFAULTS = {
  [Input.DryRun]: "false",
  [Input.ApiUrl]: DEFAULT_API_URL,
  [Input.Method]: "GET",
  [Input.AllPages]: "false",
  [Input.WaitTimeout]: "30",
  [Input.PollInterval]: "30",
  [Input.WhatToTestLocale]: "en-US",
  [Input.SubmitForReview]: "auto",
  [Input.NotifyTesters]: "false",
  [Input.ExpirePreviousBuilds]: "false",
  [Input.Internal]: "false",
  [Input.OutputDir]: "app-store-reports",
  [Input.FailIfUnavailable]: "false",
  [Input.MaxReportMb]: String(DEFAULT_MAX_REPORT_MB),
  [Input.GithubToken]: "${{ github.token }}"
};

// src/input-reader.ts
import { readFileSync, statSync } from "node:fs";
var InputError = class extends Error {
  constructor(input, message) {
    super(message);
    this.input = input;
    this.name = "InputError";
  }
  input;
};
function quote(value) {
  const oneLine = value.replace(/\r?\n/g, "\\n");
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine}'`;
}
function unreadableFile(input, path, error, missing = "no such file; paths are relative to the working directory, usually the repository root") {
  const code = error.code;
  const why = code === "ENOENT" ? missing : error.message ?? code;
  return new InputError(input, `Input '${input}': cannot read ${quote(path)} (${why}).`);
}
function readInputFile(input, path, maxBytes, base = "the working directory") {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      throw new InputError(
        input,
        `Input '${input}': ${quote(path)} is ${size} bytes; the limit is ${maxBytes}.`
      );
    }
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadableFile(input, path, error, `no such file; the path is relative to ${base}`);
  }
}
var TRUE = /* @__PURE__ */ new Set(["true", "yes", "y", "on", "1"]);
var FALSE = /* @__PURE__ */ new Set(["false", "no", "n", "off", "0"]);
var InputReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  read = /* @__PURE__ */ new Set();
  /** Names read so far. */
  get names() {
    return this.read;
  }
  /** The trimmed value, or undefined when empty. */
  string(name) {
    this.read.add(name);
    const value = this.source(name).trim();
    return value === "" ? void 0 : value;
  }
  /** The trimmed value; an error naming the input when empty. `why` completes "required ...". */
  required(name, why = "") {
    const value = this.string(name);
    if (value === void 0)
      throw new InputError(name, `Input '${name}' is required${why ? ` ${why}` : ""}.`);
    return value;
  }
  bool(name, fallback) {
    const value = this.string(name);
    if (value === void 0) return fallback;
    const lower = value.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
    throw new InputError(
      name,
      `Input '${name}' has an invalid value ${quote(value)}: expected true or false.`
    );
  }
  int(name, options = {}) {
    const value = this.string(name);
    if (value === void 0) return options.fallback;
    const n = /^[+]?\d+$/.test(value) ? Number(value) : NaN;
    const { min, max } = options;
    if (!Number.isSafeInteger(n) || min !== void 0 && n < min || max !== void 0 && n > max) {
      const range = min !== void 0 && max !== void 0 ? ` from ${min} to ${max}` : min !== void 0 ? ` of at least ${min}` : "";
      throw new InputError(
        name,
        `Input '${name}' has an invalid value ${quote(value)}: expected a whole number${range}.`
      );
    }
    return n;
  }
  choice(name, values, fallback) {
    const value = this.string(name);
    if (value === void 0) return fallback;
    const match = matchChoice(value, values);
    if (match === void 0) {
      throw new InputError(
        name,
        `Input '${name}' has an invalid value ${quote(value)}: expected one of ${values.join(", ")}.`
      );
    }
    return match;
  }
  /** Items separated by commas or newlines, trimmed, without empties. */
  list(name) {
    const value = this.string(name);
    return value === void 0 ? [] : splitList(value);
  }
  /** Non-empty trimmed lines. */
  lines(name) {
    const value = this.string(name);
    return value === void 0 ? [] : value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  }
};
function matchChoice(value, values) {
  const norm = (s) => s.trim().toUpperCase().replace(/-/g, "_");
  return values.find((v) => norm(v) === norm(value));
}
function splitList(value) {
  return value.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== "");
}

export {
  redactSecrets,
  safeLogText,
  ApiError,
  NetworkError,
  NotFoundError,
  messageOf,
  reasonOf,
  stopsTheRun,
  unauthorizedHint,
  Input,
  Output,
  DEFAULT_API_URL,
  DEFAULT_MAX_REPORT_MB,
  MAX_REPORT_LINE_BYTES,
  PLATFORMS,
  ACTION_YML_DEFAULTS,
  InputError,
  quote,
  unreadableFile,
  readInputFile,
  InputReader,
  matchChoice,
  splitList
};
