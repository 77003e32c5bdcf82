import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_RETRY,
  DeadlineError,
  backoffDelay,
  describeNetworkError,
  formatMs,
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter
} from "./chunk-2P4Y6XRB.js";
import {
  removeTempFilesOnSignals,
  trackTempFile,
  untrackTempFile
} from "./chunk-EK6JJL5W.js";
import {
  systemClock
} from "./chunk-GCXLEBFL.js";
import {
  parseCommonSettings
} from "./chunk-5QWUD2AG.js";
import {
  apiUrl,
  nextPageUrl
} from "./chunk-62X67HRV.js";
import {
  facts,
  renderSummary,
  text
} from "./chunk-66LBZBJX.js";
import {
  ACTION_YML_DEFAULTS,
  ApiError,
  Input,
  InputError,
  InputReader,
  NetworkError,
  Output,
  messageOf,
  quote,
  redactSecrets,
  safeLogText,
  unauthorizedHint
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message2 = "") {
  issueCommand(name, {}, message2);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message2) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message2;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto2 from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message2) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message2)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto2.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag2, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag2}${htmlAttrs}>`;
    }
    return `<${tag2}${htmlAttrs}>${content}</${tag2}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag2 = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag2, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag2 = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag2, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag2 = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag2) ? tag2 : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os3 from "os";
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message2) {
  process.exitCode = ExitCode.Failure;
  error(message2);
}
function debug(message2) {
  issueCommand("debug", {}, message2);
}
function error(message2, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function info(message2) {
  process.stdout.write(message2 + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/main.ts
import { appendFile as appendFile2 } from "node:fs/promises";

// src/logger.ts
var silentLogger = {
  info: () => void 0,
  debug: () => void 0,
  warning: () => void 0,
  group: (_name, fn) => fn()
};
function createActionLogger() {
  return {
    info: (m) => info(safeLogText(m)),
    debug: (m) => debug(safeLogText(m)),
    warning: (m) => warning(safeLogText(m)),
    group: (name, fn) => group(safeLogText(name).replace(/\n/g, " "), fn),
    fail: (m) => setFailed(safeLogText(m)),
    setSecret: (secret) => setSecret(secret)
  };
}

// src/api/answer.ts
var DEFAULT_MAX_JSON_BYTES = 64 * 1024 * 1024;
var UnexpectedAnswerError = class extends Error {
  constructor(method, path, what) {
    super(`Unexpected answer from App Store Connect to ${method} ${path}: ${what}.`);
    this.method = method;
    this.path = path;
    this.name = "UnexpectedAnswerError";
  }
  method;
  path;
};
async function readCapped(body, headers, maxBytes, method, path) {
  const tooLarge = (bytes) => new UnexpectedAnswerError(
    method,
    path,
    `the answer is ${bytes}, over the ${formatBytes(maxBytes)} the action reads; narrow the request (a filter, a smaller limit)`
  );
  const declared = Number(headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.on("error", () => void 0).destroy();
    throw tooLarge(formatBytes(declared));
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      body.on("error", () => void 0).destroy();
      throw tooLarge(`more than ${formatBytes(maxBytes)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString("utf8");
}
function parseJson(text2, method, path) {
  try {
    return JSON.parse(text2);
  } catch {
    throw new UnexpectedAnswerError(method, path, `not JSON (${redactSecrets(text2.slice(0, 120))})`);
  }
}
function checkDocument(doc, method, path, list) {
  const fail = (what) => {
    throw new UnexpectedAnswerError(method, path, what);
  };
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return fail("not a JSON:API document");
  const { data, included } = doc;
  if (data === void 0) return fail("no data");
  if (data === null) return fail("data is null");
  if (typeof data !== "object") return fail("data is neither a resource nor a list");
  if (list === true && !Array.isArray(data)) return fail("data is not a list");
  if (list === false && Array.isArray(data)) return fail("data is a list, where one resource was expected");
  if (included !== void 0 && !Array.isArray(included)) return fail("included is not a list");
  for (const r of [...Array.isArray(data) ? data : [data], ...included ?? []]) {
    if (!r || typeof r !== "object" || Array.isArray(r)) return fail("a list item that is not an object");
    const { type, id } = r;
    if (type !== void 0 && typeof type !== "string") return fail("a resource whose type is not text");
    if (id !== void 0 && (typeof id !== "string" || !isSafeId(id)))
      return fail(`a ${String(type)} with the id ${JSON.stringify(id)}, which cannot be used in a path`);
  }
}
function isSafeId(id) {
  return id !== "" && id !== "." && id !== ".." && !/[/\\?#%\s\x00-\x1f]/.test(id);
}
function parseErrorBody(text2) {
  try {
    const doc = JSON.parse(text2);
    if (Array.isArray(doc.errors))
      return {
        errors: doc.errors.map(
          (e) => e && typeof e === "object" ? e : { detail: String(e) }
        )
      };
  } catch {
  }
  const plain = text2.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  return { errors: [], text: plain ? plain.slice(0, 160) : void 0 };
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
function redirectHint(location, base) {
  let where = "no Location";
  try {
    if (location) where = `Location on ${new URL(location, base).host}`;
  } catch {
    where = "an unreadable Location";
  }
  return `It answered with a redirect (${where}), which the action does not follow: check api-url, and any proxy between the runner and Apple.`;
}

// src/api/rate-limit.ts
function parseRateLimit(header) {
  if (!header) return void 0;
  const limit = /user-hour-lim:(\d+)/.exec(header);
  const remaining = /user-hour-rem:(\d+)/.exec(header);
  if (!limit || !remaining) return void 0;
  return { limit: Number(limit[1]), remaining: Number(remaining[1]) };
}
function pacingDelay(rate, lowWater = 100) {
  if (!rate || rate.remaining >= lowWater || rate.limit <= 0) return 0;
  const perRequest = 36e5 / rate.limit;
  return Math.round(perRequest * (1 - rate.remaining / lowWater));
}

// src/api/client.ts
var loadTransport = () => import("./chunk-E7MZGF2K.js");
var AppStoreConnectClient = class {
  constructor(options) {
    this.options = options;
    this.base = new URL(options.baseUrl);
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? silentLogger;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 6e4;
    this.deadlineMs = options.deadlineMs ?? 10 * 6e4;
    this.maxJsonBytes = options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES;
    this.ownsDispatcher = !options.dispatcher;
    if (options.dispatcher) this.dispatcher = Promise.resolve(options.dispatcher);
    this.random = options.random ?? Math.random;
  }
  options;
  stats = { requests: 0, retries: 0, reauthentications: 0 };
  /** The newest X-Rate-Limit reading. */
  rateLimit;
  base;
  clock;
  log;
  retry;
  timeoutMs;
  deadlineMs;
  maxJsonBytes;
  dispatcher;
  ownsDispatcher;
  random;
  lowBudgetWarned = false;
  get signer() {
    return this.options.signer;
  }
  async close() {
    if (this.ownsDispatcher && this.dispatcher) await (await this.dispatcher).close();
  }
  /** GET a JSON:API document, checked: `data` present and not null, ids safe in a path. */
  async get(path, query, options = {}) {
    return this.document("GET", path, { ...options, query });
  }
  async post(path, body, options = {}) {
    return this.document("POST", path, { ...options, body });
  }
  async patch(path, body, options = {}) {
    return this.document("PATCH", path, { ...options, body });
  }
  /** A checked document; a write answered 202/204 without a body has none (undefined). */
  async document(method, path, options) {
    const res = await this.request(method, path, options);
    if (res.data === void 0 && method !== "GET" && (res.status === 202 || res.status === 204))
      return res.data;
    const url = this.url(path, options.query);
    checkDocument(res.data, method, `${url.pathname}${url.search}`);
    return res.data;
  }
  async delete(path, body, options = {}) {
    await this.request("DELETE", path, { ...options, body });
  }
  /** Sends one request with auth, retries and error mapping; parses a JSON answer. */
  async request(method, path, options = {}) {
    const url = this.url(path, options.query);
    const res = await this.send(method, url, options, this.readJson(method, url));
    const text2 = res.value ?? "";
    const display = `${url.pathname}${url.search}`;
    return {
      status: res.status,
      headers: res.headers,
      data: text2 ? parseJson(text2, method, display) : void 0
    };
  }
  readJson(method, url) {
    return (res) => readCapped(
      res.body,
      res.headers,
      this.maxJsonBytes,
      method,
      `${url.pathname}${url.search}`
    );
  }
  /**
   * Like request, but hands a successful answer's body as a stream to `consume` (for gzip'd
   * reports) inside the retry loop: a body that breaks off (connection reset, timeout, or a
   * `retryable` error thrown by `consume`) is asked for again under the same retry policy and
   * time budget as any request. `consume` must leave nothing behind when it throws.
   */
  async stream(method, path, options, consume) {
    const res = await this.send(method, this.url(path, options.query), options, async (sent) => {
      const body = sent.body;
      try {
        return await consume({ status: sent.status, headers: sent.headers, body });
      } catch (error2) {
        body.on("error", () => void 0).destroy();
        if (isRetryableNetworkError(error2)) throw error2;
        if (options.retryable?.(error2))
          throw Object.assign(new Error(error2.message), { code: RETRYABLE_BODY, cause: error2 });
        throw new ConsumerError(error2);
      }
    });
    return res.value;
  }
  /**
   * Yields every page of a collection, following `links.next` exactly as given. Drops ids seen
   * on an earlier page and stops on a link it has already followed.
   */
  async *pages(path, query = {}) {
    let url = this.url(path, query);
    const visited = /* @__PURE__ */ new Set();
    const seen = /* @__PURE__ */ new Set();
    while (url) {
      visited.add(url.href);
      const res = await this.send("GET", url, {}, this.readJson("GET", url));
      const display = `${url.pathname}${url.search}`;
      const doc = parseJson(res.value ?? "", "GET", display);
      checkDocument(doc, "GET", display, true);
      const items = doc.data;
      const fresh = items.filter((r) => {
        if (r.id === void 0) return true;
        const key = `${r.type}:${r.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (fresh.length < items.length)
        this.log.debug(`Dropped ${items.length - fresh.length} ids repeated from an earlier page.`);
      yield { ...doc, data: fresh };
      const next = doc.links?.next;
      if (!next) break;
      const nextUrl = nextPageUrl(this.base, next);
      if (visited.has(nextUrl.href)) {
        this.log.debug(`Stopped paging ${path}: links.next repeats a page already read.`);
        break;
      }
      url = nextUrl;
    }
  }
  /** Every page of a collection combined: data de-duplicated, included de-duplicated by type and id. */
  async getAll(path, query = {}) {
    const data = [];
    const included = /* @__PURE__ */ new Map();
    let pages = 0;
    for await (const page of this.pages(path, { limit: 200, ...query })) {
      pages += 1;
      data.push(...page.data);
      for (const r of page.included ?? []) included.set(`${r.type}:${r.id}`, r);
    }
    return { data, included: [...included.values()], pages };
  }
  /** Builds a URL on the base from a path that may carry its own query, plus `query`. */
  url(path, query = {}) {
    return apiUrl(this.base, path, query);
  }
  /**
   * Sends with retries. A successful answer's body is read by `read` inside the retry loop, so
   * a connection reset or timeout in the middle of the body is retried like one before the
   * headers.
   */
  async send(method, url, options, read) {
    const display = `${url.pathname}${url.search}`;
    const started = this.clock.now();
    let attempt = 0;
    let reauthenticated = false;
    for (; ; ) {
      attempt += 1;
      const pause = Math.min(pacingDelay(this.rateLimit), this.retry.maxDelayMs, this.retry.budgetMs);
      if (pause > 0) {
        if (!this.lowBudgetWarned) {
          this.lowBudgetWarned = true;
          this.log.warning(
            `Only ${this.rateLimit?.remaining} of ${this.rateLimit?.limit} App Store Connect requests left this hour: slowing down.`
          );
        }
        await this.clock.sleep(pause);
      }
      let res;
      let value;
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(new DeadlineError(this.deadlineMs)), this.deadlineMs);
      try {
        res = await this.once(method, url, options, deadline.signal);
        if (res.status < 300) value = await read(res);
      } catch (caught) {
        const error2 = deadline.signal.aborted ? new DeadlineError(this.deadlineMs) : caught;
        const reason = describeNetworkError(error2);
        const wait = backoffDelay(this.retry, attempt, this.random);
        if (error2 instanceof UnexpectedAnswerError) throw error2;
        if (error2 instanceof ConsumerError) throw error2.error;
        const retryable = isRetryableNetworkError(error2) || error2.code === RETRYABLE_BODY;
        if (!retryable || options.replay === false || !this.canRetry(attempt, started, wait)) {
          throw new NetworkError(method, display, reason, attempt);
        }
        this.log.info(
          `${method} ${url.pathname}: ${reason}; retrying in ${formatMs(wait)} (try ${attempt + 1} of ${this.retry.maxAttempts}).`
        );
        this.stats.retries += 1;
        await this.clock.sleep(wait);
        continue;
      } finally {
        clearTimeout(timer);
      }
      const { status } = res;
      if (status < 300) return { ...res, value };
      if (status < 400) {
        res.body.on("error", () => void 0).destroy();
        throw new ApiError({
          method,
          path: display,
          status,
          hint: redirectHint(res.headers["location"], this.base)
        });
      }
      const parsed = parseErrorBody(await res.body.text().catch(() => ""));
      if (status === 401 && !reauthenticated) {
        reauthenticated = true;
        attempt -= 1;
        this.stats.reauthentications += 1;
        this.signer.invalidate();
        this.log.debug(`${method} ${url.pathname}: 401; signing a new token and trying once more.`);
        continue;
      }
      if (isRetryableStatus(status)) {
        const retryAfter = parseRetryAfter(res.headers["retry-after"], res.headers["date"], this.clock.now());
        const wait = retryAfter ?? backoffDelay(this.retry, attempt, this.random);
        if (options.replay !== false && this.canRetry(attempt, started, wait)) {
          this.log.info(
            `${method} ${url.pathname}: ${status}${retryAfter !== void 0 ? " (Retry-After)" : ""}; retrying in ${formatMs(wait)} (try ${attempt + 1} of ${this.retry.maxAttempts}).`
          );
          this.stats.retries += 1;
          await this.clock.sleep(wait);
          continue;
        }
      }
      throw new ApiError({
        method,
        path: display,
        status,
        errors: parsed.errors,
        bodyText: parsed.text,
        attempts: attempt,
        rateLimit: this.rateLimit,
        hint: status === 401 ? unauthorizedHint(this.signer.credentials, res.headers["date"], this.clock.now()) : status === 403 && options.forbiddenHint ? options.forbiddenHint : void 0
      });
    }
  }
  canRetry(attempt, started, wait) {
    return attempt < this.retry.maxAttempts && this.clock.now() - started + wait <= this.retry.budgetMs;
  }
  async once(method, url, options, signal) {
    const { token } = await this.signer.token();
    const headers = {
      authorization: `Bearer ${token}`,
      accept: options.accept ?? "application/json",
      "user-agent": this.options.userAgent ?? "app-store-connect-action"
    };
    let body;
    if (options.body !== void 0) {
      body = JSON.stringify(options.body);
      headers["content-type"] = "application/json";
    }
    const before = this.clock.now();
    this.stats.requests += 1;
    const transport = await loadTransport();
    this.dispatcher ??= transport.createDispatcher();
    const res = await transport.send(await this.dispatcher, {
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method,
      headers,
      body,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      signal
    });
    const flat = {};
    for (const [k, v] of Object.entries(res.headers))
      if (v !== void 0) flat[k] = Array.isArray(v) ? v.join(", ") : v;
    const rate = parseRateLimit(flat["x-rate-limit"]);
    if (rate) this.rateLimit = rate;
    const serverDate = flat["date"] ? Date.parse(flat["date"]) : NaN;
    if (!Number.isNaN(serverDate)) this.signer.observeServerDate(serverDate, this.clock.now());
    this.log.debug(
      `${method} ${url.pathname}${url.search} -> ${res.statusCode} (${this.clock.now() - before} ms${rate ? `, rate limit ${rate.remaining}/${rate.limit} left` : ""})`
    );
    return { status: res.statusCode, headers: flat, body: res.body };
  }
};
var RETRYABLE_BODY = "ASC_BODY_BROKE_OFF";
var ConsumerError = class {
  constructor(error2) {
    this.error = error2;
  }
  error;
};

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function encodeBase64(input, url = false) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError = class extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message2, options) {
    super(message2, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
};
var JOSENotSupported = class extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
};
var JWSInvalid = class extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
};
var JWTInvalid = class extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
};

// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function encode2(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, true);
}

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return false;
        parameters.add(parameter);
      }
  return true;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
var JWS_RECOGNIZED = { __proto__: null, b64: true };
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return true;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}

// node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
var cache;
var nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
var isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return true;
  try {
    return key instanceof CryptoKey;
  } catch {
    return false;
  }
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = false) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}

// node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}

// node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: true, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
var JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}

// node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3);
var multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
};
var REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
var producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
var JWTClaimsBuilder = class {
  constructor(claimsSet = {}) {
    if (!isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
};

// node_modules/jose/dist/webapi/lib/jws_sign.js
async function createSignature(input, key, rejectUnencoded) {
  let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
  if (protectedHeader !== void 0) {
    const normalized = serializeJoseHeader(JWSInvalid, protectedHeader);
    protectedHeader = normalized[0], encodedProtectedHeader = encode2(normalized[1]);
  }
  if (unprotectedHeader !== void 0 && (unprotectedHeader = serializeJoseHeader(JWSInvalid, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader)
    throw new JWSInvalid("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
  if (!isDisjoint(protectedHeader, unprotectedHeader))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...unprotectedHeader };
  validateCritDuplicates(JWSInvalid, protectedHeader);
  const b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, crit, protectedHeader, joseHeader));
  b64 || rejectUnencoded?.();
  const { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  const entry = jwsAlgorithm(alg);
  let encodedPayload = "", signingPayload = payload, signingInput;
  if (b64) {
    const encodedPayloadCache = input[4];
    encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= encode2(payload), signingPayload = encodedPayloadCache[1] ??= encode(encodedPayload)) : (encodedPayload = encode2(payload), signingInput = encoder.encode(`${encodedProtectedHeader}.${encodedPayload}`));
  }
  signingInput ??= concat(encode(encodedProtectedHeader), encode("."), signingPayload);
  const signingKey = await rawKey(await prepareKey(entry, key, "sign"), entry.subtle, "sign");
  entry.minRsaBits && checkModulusLength(entry.alg, signingKey);
  const jws = {
    signature: encode2(new Uint8Array(await crypto.subtle.sign(entry.signing, signingKey, signingInput))),
    payload: encodedPayload
  };
  return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
async function createCompactSignature(payload, protectedHeader, crit, key, rejectUnencoded) {
  const [jws] = await createSignature([payload, protectedHeader, void 0, crit], key, rejectUnencoded);
  return `${jws.protected}.${jws.payload}.${jws.signature}`;
}

// node_modules/jose/dist/webapi/jwt/sign.js
var SignJWT_base = JWTClaimsBuilder;
var SignJWT = class extends SignJWT_base {
  #protectedHeader;
  setProtectedHeader(protectedHeader) {
    return assertNotSet(this.#protectedHeader, "setProtectedHeader"), this.#protectedHeader = protectedHeader, this;
  }
  async sign(key, options) {
    return createCompactSignature(jwtClaimsSetBytes(this), this.#protectedHeader, options?.crit, key, () => {
      throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
    });
  }
};

// src/auth/token-signer.ts
var MAX_LIFETIME_SECONDS = 20 * 60;
var BACKDATE_SECONDS = 60;
var TokenSigner = class {
  constructor(credentials, clock, options = {}) {
    this.credentials = credentials;
    this.clock = clock;
    this.options = options;
    this.lifetime = Math.min(options.lifetimeSeconds ?? 19 * 60, MAX_LIFETIME_SECONDS);
    this.renewBefore = options.renewBeforeSeconds ?? 120;
    this.ahead = options.aheadSeconds ?? 6 * 3600;
  }
  credentials;
  clock;
  options;
  current;
  pool = [];
  poolOffsetMs = 0;
  clockOffsetMs = 0;
  lifetime;
  renewBefore;
  ahead;
  /** How many tokens were signed: for tests and debug output. */
  signed = 0;
  /** How many batches were signed. */
  batches = 0;
  /** A token valid for at least `renewBeforeSeconds` more. */
  async token() {
    const now = this.serverNowSeconds();
    if (this.current && !this.current.burned && this.current.expiresAt - now > this.renewBefore)
      return this.current;
    if (this.poolOffsetMs !== this.clockOffsetMs) this.pool = [];
    let next = this.pick(now);
    if (!next) {
      await this.signBatch(now);
      next = this.pick(now);
    }
    this.current = next;
    return this.current;
  }
  /** Forgets the cached token, so the next call hands out another one (after a 401). */
  invalidate() {
    if (this.current) this.current.burned = true;
    this.current = void 0;
  }
  /** Records Apple's time from a response's Date header; corrects the clock when it is off by over 30 s. */
  observeServerDate(serverMs, localMs = this.clock.now()) {
    const offset = serverMs - localMs;
    this.clockOffsetMs = Math.abs(offset) > 3e4 ? offset : 0;
    return offset;
  }
  get offsetMs() {
    return this.clockOffsetMs;
  }
  /** The freshest unrefused token already usable now with enough time left. */
  pick(now) {
    let best;
    for (const t of this.pool) {
      const usable = !t.burned && t.issuedAt + BACKDATE_SECONDS <= now + 1 && t.expiresAt - now > this.renewBefore;
      if (usable && (!best || t.issuedAt > best.issuedAt)) best = t;
    }
    return best;
  }
  async signBatch(now) {
    const start = Math.floor(now) - BACKDATE_SECONDS;
    const span = Math.max(60, this.lifetime - this.renewBefore - BACKDATE_SECONDS);
    const spans = Math.max(1, Math.ceil(this.ahead / span));
    const pool = [];
    for (let k = 0; k < spans; k++) {
      for (const issuedAt of [start + k * span, start + k * span - 1]) {
        const expiresAt = issuedAt + this.lifetime;
        pool.push({ token: await this.sign(issuedAt, expiresAt), issuedAt, expiresAt });
      }
    }
    for (const t of pool) this.options.onToken?.(t.token);
    this.pool = pool;
    this.poolOffsetMs = this.clockOffsetMs;
    this.batches += 1;
  }
  async sign(issuedAt, expiresAt) {
    const { keyId, issuerId, privateKey } = this.credentials;
    const payload = issuerId ? { iss: issuerId } : { sub: "user" };
    const token = await new SignJWT(payload).setProtectedHeader({ alg: "ES256", kid: keyId, typ: "JWT" }).setIssuedAt(issuedAt).setExpirationTime(expiresAt).setAudience("appstoreconnect-v1").sign(privateKey.key);
    this.signed += 1;
    return token;
  }
  serverNowSeconds() {
    return (this.clock.now() + this.clockOffsetMs) / 1e3;
  }
};

// src/operations/registry.ts
var OPERATIONS = [
  "token",
  "request",
  "find-build",
  "wait-for-build",
  "distribute-build",
  "remove-build-from-groups",
  "expire-builds",
  "upload-build",
  "next-build-number",
  "add-testers",
  "remove-testers",
  "list-testers",
  "sync-testers",
  "list-groups",
  "create-group",
  "update-group",
  "delete-group",
  "invite-user",
  "list-users",
  "update-user",
  "remove-user",
  "sync-users",
  "sales-report",
  "finance-report",
  "sync-beta-app-info",
  "prune-testers",
  "list-feedback",
  "feedback-to-issues"
];
var registry = {
  token: () => import("./chunk-PK656W7U.js"),
  request: () => import("./chunk-BKC65MBY.js"),
  "find-build": () => import("./chunk-PZFXMRYO.js"),
  "wait-for-build": () => import("./chunk-IZRQ62EG.js"),
  "distribute-build": () => import("./chunk-UJAXOAII.js"),
  "remove-build-from-groups": () => import("./chunk-L4L2RMB3.js"),
  "expire-builds": () => import("./chunk-TULDFWUT.js"),
  "upload-build": () => import("./chunk-ZNZPMIV3.js"),
  "next-build-number": () => import("./chunk-DXA6BUPD.js"),
  "add-testers": () => import("./chunk-NN64P7Z7.js"),
  "remove-testers": () => import("./chunk-GTQULW5H.js"),
  "list-testers": () => import("./chunk-VS334P6D.js"),
  "sync-testers": () => import("./chunk-57FWVDUH.js"),
  "list-groups": () => import("./chunk-3GMF3ZQ5.js"),
  "create-group": () => import("./chunk-Z5QICKAT.js"),
  "update-group": () => import("./chunk-7CMEBF7P.js"),
  "delete-group": () => import("./chunk-VHOQCUHH.js"),
  "invite-user": () => import("./chunk-XV4Y3OMV.js"),
  "list-users": () => import("./chunk-KK7DLKAY.js"),
  "update-user": () => import("./chunk-FVKHH6X6.js"),
  "remove-user": () => import("./chunk-CEBRRR64.js"),
  "sync-users": () => import("./chunk-EBHZCTIO.js"),
  "sales-report": () => import("./chunk-2BWEIGNE.js"),
  "finance-report": () => import("./chunk-DH3N2FWI.js"),
  "sync-beta-app-info": () => import("./chunk-EYR4RBL6.js"),
  "prune-testers": () => import("./chunk-K5ZGWI5C.js"),
  "list-feedback": () => import("./chunk-WIRS63UW.js"),
  "feedback-to-issues": () => import("./chunk-QTKQD545.js")
};
function isOperation(value) {
  return OPERATIONS.includes(value);
}
async function loadOperation(operation) {
  return (await registry[operation]()).default;
}

// src/output/result-output.ts
import { rename, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var MAX_RESULT_BYTES = 1e6;
async function setResultOutput(operation, result, max = MAX_RESULT_BYTES) {
  const json = redactSecrets(JSON.stringify(result) ?? "null");
  const bytes = Buffer.byteLength(json);
  if (bytes <= max) {
    setOutput(Output.Result, json);
    return;
  }
  const folder = process.env.RUNNER_TEMP || tmpdir();
  const file = join(folder, `app-store-connect-${operation || "result"}-${process.pid}-${Date.now()}.json`);
  const temp = `${file}.tmp`;
  trackTempFile(temp);
  try {
    await writeFile2(temp, json, "utf8");
    await rename(temp, file);
  } finally {
    untrackTempFile(temp);
  }
  setOutput(Output.ResultFile, file);
  setOutput(
    Output.Result,
    JSON.stringify({
      resultFile: file,
      bytes,
      message: `The result is ${bytes} bytes, over GitHub's 1 MB limit for an output: it is in the file named by the result-file output.`
    })
  );
}

// src/suggest.ts
function distance(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost
      );
    }
    previous = current;
  }
  return previous[y.length];
}
function closestName(value, names) {
  const normal = (s) => s.toLowerCase().replace(/[\s_]+/g, "-");
  const given = normal(value.trim());
  if (!given) return void 0;
  const words = (s) => s.split("-").filter(Boolean).sort().join("-");
  const sameWords = names.find((n) => words(n) === words(given));
  if (sameWords) return sameWords;
  let best;
  for (const name of names) {
    const d = distance(given, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.name.length / 4)) ? best.name : void 0;
}

// src/main.ts
var log = createActionLogger();
async function run(options = {}) {
  const clock = options.clock ?? systemClock;
  removeTempFilesOnSignals();
  let client;
  let operation = "";
  try {
    maskMultiline(getInput(Input.PrivateKey));
    maskMultiline(getInput(Input.DemoAccountPassword));
    maskMultiline(getInput(Input.GithubToken));
    const inputs = new InputReader(
      (name) => name === Input.PrivateKey ? getInput(name, { trimWhitespace: false }) : getInput(name)
    );
    operation = inputs.required(Input.Operation, `: one of ${OPERATIONS.join(", ")}`);
    if (!isOperation(operation)) {
      const near = closestName(operation, OPERATIONS);
      throw new InputError(
        Input.Operation,
        `Input '${Input.Operation}' has an invalid value ${quote(operation)}: ${near ? `did you mean ${near}? Expected` : "expected"} one of ${OPERATIONS.join(", ")}.`
      );
    }
    const handler = await loadOperation(operation);
    const common = parseCommonSettings(inputs);
    for (const form of common.credentials.privateKey.secretForms) log.setSecret(form);
    const prepared = handler.prepare(inputs, common);
    warnAboutUnusedInputs(inputs.names, operation);
    const signer = new TokenSigner(common.credentials, clock, {
      ...options.token,
      onToken: (t) => log.setSecret(t)
    });
    await signer.token();
    client = new AppStoreConnectClient({
      baseUrl: common.apiUrl,
      signer,
      clock,
      log,
      retry: options.retry,
      timeoutMs: options.timeoutMs,
      deadlineMs: options.deadlineMs,
      maxJsonBytes: options.maxJsonBytes
    });
    if (common.dryRun) log.info("Dry run: nothing will be changed in App Store Connect.");
    const outcome = await prepared({ client, common, log, clock });
    const usage = {
      requests: client.stats.requests,
      retries: client.stats.retries,
      rateLimit: client.rateLimit ?? null
    };
    log.debug(
      `Requests: ${usage.requests}, retries: ${usage.retries}, rate limit: ${JSON.stringify(usage.rateLimit)}.`
    );
    const footer = usage.requests > 0 ? text(
      `_${usage.requests} request${usage.requests === 1 ? "" : "s"} to App Store Connect${usage.retries ? `, ${usage.retries} retried` : ""}${usage.rateLimit ? `; ${usage.rateLimit.remaining} of ${usage.rateLimit.limit} left this hour` : ""}._`
    ) : void 0;
    await writeOutcome(operation, common.dryRun, {
      ...outcome,
      summary: footer ? [...outcome.summary, footer] : outcome.summary
    });
    if (outcome.failure) log.fail(redactSecrets(outcome.failure));
  } catch (error2) {
    await reportFailure(operation, error2);
  } finally {
    await client?.close().catch(() => void 0);
  }
}
async function writeOutcome(operation, dryRun, outcome) {
  for (const [name, value] of Object.entries(outcome.outputs ?? {}))
    setOutput(name, name === Output.Token ? String(value) : redactSecrets(String(value)));
  await setResultOutput(operation, outcome.result);
  const title = `App Store Connect: ${operation}${dryRun ? " (dry run)" : ""}`;
  await writeSummary(renderSummary(title, outcome.summary));
}
async function reportFailure(operation, error2) {
  const message2 = redactSecrets(messageOf(error2));
  const detail = error2 instanceof ApiError ? error2.toJSON() : error2 instanceof InputError ? { input: error2.input } : error2 instanceof NetworkError ? { method: error2.method, path: error2.path, reason: error2.reason } : {};
  setOutput(Output.Result, redactSecrets(JSON.stringify({ error: { message: message2, ...detail } })));
  if (operation === "request" && error2 instanceof ApiError)
    setOutput(Output.Status, String(error2.status));
  const expected = error2 instanceof InputError || error2 instanceof ApiError || error2 instanceof NetworkError;
  if (!expected && error2 instanceof Error && error2.stack) log.debug(error2.stack);
  log.fail(message2);
  await writeSummary(
    renderSummary(`App Store Connect: ${operation || "no operation"} failed`, [facts([["Error", message2]])])
  ).catch(() => void 0);
}
async function writeSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile2(file, `${redactSecrets(markdown)}
`);
}
function warnAboutUnusedInputs(read, operation) {
  const unused = Object.values(Input).filter((name) => {
    if (read.has(name)) return false;
    const value = getInput(name);
    if (ACTION_YML_DEFAULTS[name]?.startsWith("${{")) return false;
    return value !== "" && value !== ACTION_YML_DEFAULTS[name];
  });
  if (unused.length > 0) {
    log.warning(
      `Ignored input${unused.length > 1 ? "s" : ""} ${unused.map((n) => `'${n}'`).join(", ")}: not used by ${operation}.`
    );
  }
}
function maskMultiline(value) {
  if (!value.trim()) return;
  log.setSecret(value.trim());
  for (const line of value.split(/\r?\n|\\n/)) if (line.trim().length >= 8) log.setSecret(line.trim());
}

// src/index.ts
await run();
