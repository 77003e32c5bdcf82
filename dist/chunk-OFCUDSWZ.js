import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FormatWriter,
  LineTooLongError,
  TsvReader,
  fieldBlank,
  fieldKey,
  fieldNumber,
  fieldRanges,
  fieldScaled,
  fieldText,
  fromScaled,
  writeFully
} from "./chunk-KV56ZC3A.js";
import {
  trackTempFile,
  untrackTempFile
} from "./chunk-EK6JJL5W.js";
import {
  facts,
  heading,
  table,
  text
} from "./chunk-66LBZBJX.js";
import {
  ApiError,
  DEFAULT_MAX_REPORT_MB,
  Input,
  InputError,
  MAX_REPORT_LINE_BYTES,
  NetworkError,
  Output,
  quote
} from "./chunk-JDDIJKK4.js";

// src/api/reports.ts
var REPORT_ACCEPT = "application/a-gzip";
var REPORT_ROLE_HINT = "Sales and finance reports need a team API key with the Admin, Finance or Sales role: give the key one of them (Users and Access \u2192 Integrations) or use another key.";
function salesReportQuery(r) {
  return {
    "filter[vendorNumber]": r.vendorNumber,
    "filter[reportType]": r.reportType,
    "filter[reportSubType]": r.reportSubType,
    "filter[frequency]": r.frequency,
    "filter[reportDate]": r.reportDate,
    "filter[version]": r.version
  };
}
function financeReportQuery(r) {
  return {
    "filter[vendorNumber]": r.vendorNumber,
    "filter[reportType]": r.reportType,
    "filter[regionCode]": r.regionCode,
    "filter[reportDate]": r.reportDate
  };
}
function downloadSalesReport(client, request, consume) {
  return download(client, "/v1/salesReports", salesReportQuery(request), consume);
}
function downloadFinanceReport(client, request, consume) {
  return download(client, "/v1/financeReports", financeReportQuery(request), consume);
}
var BROKEN_BODY = /* @__PURE__ */ new Set([
  "UND_ERR_ABORTED",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
  "ERR_STREAM_PREMATURE_CLOSE",
  // zlib's "unexpected end of file".
  "Z_BUF_ERROR"
]);
async function download(client, path, query, consume) {
  try {
    return await client.stream(
      "GET",
      path,
      {
        query,
        accept: REPORT_ACCEPT,
        retryable: (error) => BROKEN_BODY.has(error.code ?? "")
      },
      consume
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      const text2 = error.errors.map((e) => `${e.code ?? ""} ${e.detail ?? ""}`).join(" ");
      if (!/agreement/i.test(text2)) throw error.withHint(REPORT_ROLE_HINT);
    }
    if (error instanceof ApiError && error.status === 400) {
      throw error.withHint(
        "Apple refused the report request: check vendor-number, report-type, report-subtype, frequency, report-version, region-code and report-date against what Apple says above."
      );
    }
    throw error;
  }
}

// src/reports/spec.ts
var SALES_REPORT_TYPES = [
  "SALES",
  "PRE_ORDER",
  "NEWSSTAND",
  "SUBSCRIPTION",
  "SUBSCRIPTION_EVENT",
  "SUBSCRIBER",
  "SUBSCRIPTION_OFFER_CODE_REDEMPTION",
  "INSTALLS",
  "FIRST_ANNUAL",
  "WIN_BACK_ELIGIBILITY"
];
var REPORT_SUBTYPES = [
  "SUMMARY",
  "DETAILED",
  "SUMMARY_INSTALL_TYPE",
  "SUMMARY_TERRITORY",
  "SUMMARY_CHANNEL"
];
var FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
var FINANCE_REPORT_TYPES = ["FINANCIAL", "FINANCE_DETAIL"];
var SALES_COMBINATIONS = [
  {
    type: "SALES",
    subtypes: ["SUMMARY"],
    frequencies: ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"],
    versions: ["1_0"]
  },
  {
    type: "PRE_ORDER",
    subtypes: ["SUMMARY"],
    frequencies: ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"],
    versions: ["1_0"]
  },
  { type: "SUBSCRIPTION", subtypes: ["SUMMARY"], frequencies: ["DAILY"], versions: ["1_3"] },
  { type: "SUBSCRIPTION_EVENT", subtypes: ["SUMMARY"], frequencies: ["DAILY"], versions: ["1_3"] },
  { type: "SUBSCRIBER", subtypes: ["DETAILED"], frequencies: ["DAILY"], versions: ["1_3"] },
  {
    type: "SUBSCRIPTION_OFFER_CODE_REDEMPTION",
    subtypes: ["SUMMARY"],
    frequencies: ["DAILY"],
    versions: ["1_0"]
  },
  { type: "WIN_BACK_ELIGIBILITY", subtypes: ["SUMMARY"], frequencies: ["DAILY"], versions: ["1_0"] },
  { type: "NEWSSTAND", subtypes: ["DETAILED"], frequencies: ["DAILY", "WEEKLY"], versions: ["1_0"] },
  {
    type: "FIRST_ANNUAL",
    subtypes: ["SUMMARY", "DETAILED"],
    frequencies: ["DAILY", "YEARLY"],
    versions: ["1_0"]
  },
  {
    type: "INSTALLS",
    subtypes: ["SUMMARY", "DETAILED"],
    frequencies: ["MONTHLY"],
    versions: ["1_2"]
  },
  {
    type: "INSTALLS",
    subtypes: ["SUMMARY_CHANNEL", "SUMMARY_INSTALL_TYPE", "SUMMARY_TERRITORY", "DETAILED"],
    frequencies: ["YEARLY"],
    versions: ["1_0", "1_1"]
  }
];
var or = (items) => items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
function describeCombinations(type) {
  return SALES_COMBINATIONS.filter((c) => c.type === type).map(
    (c) => `${Input.ReportSubtype} ${or(c.subtypes)} with ${Input.Frequency} ${or(c.frequencies)} and ${Input.ReportVersion} ${or(c.versions)}`
  ).join("; ");
}
function resolveSalesKind(given) {
  const { type } = given;
  let candidates = SALES_COMBINATIONS.filter((c) => c.type === type);
  const valid = describeCombinations(type);
  const refuse = (input, value, what) => new InputError(
    input,
    `Input '${input}' has an invalid value ${quote(value)}: ${what}. Valid for ${Input.ReportType} ${type}: ${valid}.`
  );
  if (given.subtype) {
    const subtype2 = given.subtype;
    candidates = candidates.filter((c) => c.subtypes.includes(subtype2));
    if (candidates.length === 0)
      throw refuse(Input.ReportSubtype, subtype2, `${type} reports have no ${subtype2} subtype`);
  }
  if (given.frequency) {
    const frequency2 = given.frequency;
    const fitting = candidates.filter((c) => c.frequencies.includes(frequency2));
    if (fitting.length === 0) {
      throw refuse(
        Input.Frequency,
        frequency2,
        `${type}${given.subtype ? ` ${given.subtype}` : ""} reports are not made ${frequency2}`
      );
    }
    candidates = fitting;
  }
  if (given.version) {
    const version2 = given.version;
    const fitting = candidates.filter((c) => c.versions.includes(version2));
    if (fitting.length === 0) {
      const known = [...new Set(candidates.flatMap((c) => c.versions))];
      throw refuse(Input.ReportVersion, version2, `this ${type} report has version ${or(known)}`);
    }
    candidates = fitting;
  }
  const subtypes = candidates.flatMap((c) => c.subtypes);
  const subtype = given.subtype ?? (subtypes.includes("SUMMARY") ? "SUMMARY" : subtypes[0]);
  candidates = candidates.filter((c) => c.subtypes.includes(subtype));
  const frequencies = candidates.flatMap((c) => c.frequencies);
  const frequency = given.frequency ?? (frequencies.includes("DAILY") ? "DAILY" : frequencies[0]);
  candidates = candidates.filter((c) => c.frequencies.includes(frequency));
  const combination = candidates[0];
  const version = given.version ?? combination.versions[combination.versions.length - 1];
  return { type, subtype, frequency, version };
}
var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function dayNumber(text2) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text2);
  if (!m) return void 0;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return void 0;
  return ms / 864e5;
}
function dayText(day) {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}
function weekdayOf(day) {
  return WEEKDAYS[new Date(day * 864e5).getUTCDay()];
}
var MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
var YEAR = /^(\d{4})$/;
function checkSalesDate(value, frequency) {
  const bad = (expected) => new InputError(
    Input.ReportDate,
    `Input '${Input.ReportDate}' has an invalid value ${quote(value)}: ${expected}. Forms: DAILY YYYY-MM-DD, WEEKLY YYYY-MM-DD of the week's Sunday, MONTHLY YYYY-MM, YEARLY YYYY; or leave it empty for the newest report.`
  );
  switch (frequency) {
    case "DAILY":
      if (dayNumber(value) === void 0) throw bad("a DAILY report needs a day, YYYY-MM-DD");
      return value;
    case "WEEKLY": {
      const day = dayNumber(value);
      if (day === void 0) throw bad("a WEEKLY report needs the week's Sunday, YYYY-MM-DD");
      const weekday = new Date(day * 864e5).getUTCDay();
      if (weekday !== 0) {
        throw bad(
          `WEEKLY reports are dated by the Sunday that ends the week, and ${value} is a ${weekdayOf(day)} (that week ends on ${dayText(day + 7 - weekday)})`
        );
      }
      return value;
    }
    case "MONTHLY":
      if (!MONTH.test(value)) throw bad("a MONTHLY report needs a month, YYYY-MM");
      return value;
    case "YEARLY":
      if (!YEAR.test(value)) throw bad("a YEARLY report needs a year, YYYY");
      return value;
  }
}
function checkFiscalMonth(value) {
  if (!MONTH.test(value)) {
    throw new InputError(
      Input.ReportDate,
      `Input '${Input.ReportDate}' has an invalid value ${quote(value)}: a finance report needs Apple's fiscal month, YYYY-MM (such as 2025-02); or leave it empty for the newest one.`
    );
  }
  return value;
}

// src/reports/dates.ts
var PACIFIC = "America/Los_Angeles";
var HOUR = 36e5;
var DAY = 24 * HOUR;
var READY_HOUR = 8;
var MONTHLY_READY_DAY = 5;
var FISCAL_READY_DAY = 10;
var YEARLY_READY_DAY = 5;
var GRACE_MS = {
  DAILY: DAY,
  WEEKLY: 2 * DAY,
  MONTHLY: 7 * DAY,
  YEARLY: 14 * DAY,
  FISCAL: 14 * DAY
};
var READINESS = {
  DAILY: "daily reports are ready around 8 AM Pacific time the next day",
  WEEKLY: "weekly reports are ready around 8 AM Pacific time on the Monday after the week ends on Sunday",
  MONTHLY: `monthly reports are ready some days after the month ends, expected from the ${MONTHLY_READY_DAY}th at 8 AM Pacific time`,
  YEARLY: `yearly reports are ready some days after the year ends, expected from January ${YEARLY_READY_DAY} at 8 AM Pacific time`,
  FISCAL: `finance reports are ready some days after Apple's fiscal month closes, expected from the ${FISCAL_READY_DAY}th of the next month at 8 AM Pacific time`
};
var formatters = /* @__PURE__ */ new Map();
function wallClock(ms, timeZone = PACIFIC) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric"
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute)
  };
}
function zonedTime(day, hour, timeZone = PACIFIC) {
  const wanted = day * DAY + hour * HOUR;
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(guess, timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    guess += wanted - shown;
  }
  return guess;
}
function pacificToday(ms) {
  const w = wallClock(ms);
  return Date.UTC(w.year, w.month - 1, w.day) / DAY;
}
function monthStart(year, month) {
  return Date.UTC(year, month - 1, 1) / DAY;
}
function expectedAt(cadence, date) {
  switch (cadence) {
    case "DAILY":
    case "WEEKLY":
      return zonedTime(dayNumber(date) + 1, READY_HOUR);
    case "MONTHLY":
    case "FISCAL": {
      const [y, m] = date.split("-").map(Number);
      const readyDay = cadence === "MONTHLY" ? MONTHLY_READY_DAY : FISCAL_READY_DAY;
      return zonedTime(monthStart(y, m + 1) + readyDay - 1, READY_HOUR);
    }
    case "YEARLY":
      return zonedTime(monthStart(Number(date) + 1, 1) + YEARLY_READY_DAY - 1, READY_HOUR);
  }
}
function newestExpected(cadence, now) {
  const today = pacificToday(now);
  const w = wallClock(now);
  const fits = (date) => expectedAt(cadence, date) <= now;
  switch (cadence) {
    case "DAILY": {
      const date = dayText(today - 1);
      return fits(date) ? date : dayText(today - 2);
    }
    case "WEEKLY": {
      const weekday = new Date(today * DAY).getUTCDay();
      const sunday = today - (weekday === 0 ? 7 : weekday);
      const date = dayText(sunday);
      return fits(date) ? date : dayText(sunday - 7);
    }
    case "MONTHLY":
    case "FISCAL": {
      const previous = new Date(Date.UTC(w.year, w.month - 2, 1)).toISOString().slice(0, 7);
      const before = new Date(Date.UTC(w.year, w.month - 3, 1)).toISOString().slice(0, 7);
      return fits(previous) ? previous : before;
    }
    case "YEARLY": {
      const previous = String(w.year - 1);
      return fits(previous) ? previous : String(w.year - 2);
    }
  }
}
function mayStillCome(cadence, date, now) {
  return now < expectedAt(cadence, date) + GRACE_MS[cadence];
}
function pacificText(ms) {
  const w = wallClock(ms);
  const pad = (n) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} Pacific`;
}

// src/reports/report-settings.ts
import { join as join2 } from "node:path";

// src/reports/file.ts
import { close, existsSync, open } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { promisify } from "node:util";
import { basename, dirname, join, resolve } from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var REPORT_FORMATS = ["tsv", "csv", "json"];
var ReportTooLargeError = class extends Error {
  constructor(maxReportBytes, compressedBytes) {
    super(`the report inflates past ${maxReportBytes} bytes (from ${compressedBytes} bytes received)`);
    this.maxReportBytes = maxReportBytes;
    this.compressedBytes = compressedBytes;
    this.name = "ReportTooLargeError";
  }
  maxReportBytes;
  compressedBytes;
};
var GUNZIP_CHUNK = {
  tsv: 1024 * 1024,
  csv: 128 * 1024,
  json: 128 * 1024
};
var GUNZIP_AHEAD = 2 * 1024 * 1024;
async function saveReport(body, target, format, sinks, limits = { maxReportBytes: Infinity, maxLineBytes: Infinity }) {
  const path = resolve(target);
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const counts = { compressed: 0, report: 0, gzip: false };
  const fd = await promisify(open)(temp, "w");
  trackTempFile(temp);
  let output;
  try {
    output = format !== "tsv" && existsSync(WORKER_FILE) ? new WorkerOutput(fd, format, limits.maxLineBytes) : new InThreadOutput(fd, format);
    const out = output;
    const reader = new TsvReader([...sinks, ...out.sinks], limits.maxLineBytes);
    const convert = new Writable({
      highWaterMark: GUNZIP_AHEAD,
      write(chunk, _encoding, done) {
        queueMicrotask(() => {
          try {
            counts.report += chunk.length;
            if (counts.report > limits.maxReportBytes)
              throw new ReportTooLargeError(limits.maxReportBytes, counts.compressed);
            reader.write(chunk);
            out.write(chunk, done);
            if (counts.gzip) freeGunzipChunk(chunk, GUNZIP_CHUNK[format]);
          } catch (error) {
            done(error);
          }
        });
      },
      final(done) {
        try {
          reader.end();
          out.end(done);
        } catch (error) {
          done(error);
        }
      }
    });
    const head = await peek(body, 2);
    body.on("data", (chunk) => counts.compressed += chunk.length);
    if (head.length >= 2 && head[0] === 31 && head[1] === 139) {
      counts.gzip = true;
      const gunzip = createGunzip({
        chunkSize: GUNZIP_CHUNK[format],
        readableHighWaterMark: GUNZIP_AHEAD
      });
      await pipeline(body, gunzip, convert);
    } else {
      await pipeline(body, convert);
    }
    await out.stop();
    await promisify(close)(fd);
    await rename(temp, path);
    return {
      path,
      format,
      compressedBytes: counts.compressed,
      reportBytes: counts.report,
      fileBytes: out.fileBytes,
      rows: reader.rows,
      columns: reader.columns ?? [],
      gzip: counts.gzip
    };
  } catch (error) {
    body.destroy();
    await output?.stop();
    await promisify(close)(fd).catch(() => void 0);
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrackTempFile(temp);
  }
}
var WORKER_FILE = fileURLToPath(new URL("./report-worker.js", import.meta.url));
var InThreadOutput = class {
  constructor(fd, format) {
    this.fd = fd;
    this.writer = format === "tsv" ? void 0 : new FormatWriter(format);
    this.sinks = this.writer ? [this.writer] : [];
  }
  fd;
  sinks;
  fileBytes = 0;
  writer;
  /** Throws when the write fails (the caller hands the error on). */
  write(chunk, done) {
    this.append(this.writer ? this.writer.take() : chunk);
    done();
  }
  end(done) {
    if (this.writer) this.append(Buffer.concat([this.writer.take(), this.writer.finish()]));
    done();
  }
  /** Writes `bytes` after those before (`fileBytes` is where the next go); the converter's buffer serves again. */
  append(bytes) {
    writeFully(this.fd, bytes, this.fileBytes);
    this.fileBytes += bytes.length;
    this.writer?.recycle(bytes);
  }
  async stop() {
  }
};
var CHUNKS_TO_WORKER = 8;
var WorkerOutput = class {
  constructor(fd, format, maxLineBytes) {
    this.fd = fd;
    const job = { fd, format, maxLineBytes };
    this.worker = new Worker(WORKER_FILE, { workerData: job });
    this.worker.on("message", (message) => {
      if (this.error) return;
      if ("error" in message)
        return this.fail(Object.assign(new Error(message.error), { code: message.code }));
      if ("end" in message) {
        if (this.writeAt(message.end, message.at)) this.finish();
        return;
      }
      if (this.inputs.length < CHUNKS_TO_WORKER) this.inputs.push(message.input);
      if ("wrote" in message) this.fileBytes += message.wrote;
      else {
        if (!this.writeAt(message.out, message.at)) return;
        const recycle = { recycle: message.out.buffer };
        this.worker.postMessage(recycle, [recycle.recycle]);
      }
      this.posted--;
      this.resume();
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", () => this.fail(new Error("the report worker stopped before the end")));
  }
  fd;
  sinks = [];
  fileBytes = 0;
  worker;
  posted = 0;
  /** Memory of chunks the worker has read, to copy the next chunks into. */
  inputs = [];
  waiting;
  ended;
  error;
  write(chunk, done) {
    if (this.error) return done(this.error);
    const memory = this.inputs.pop();
    const copy = memory && memory.byteLength >= chunk.length ? new Uint8Array(memory, 0, chunk.length) : new Uint8Array(chunk.length);
    copy.set(chunk);
    this.worker.postMessage(copy, [copy.buffer]);
    this.posted++;
    if (this.posted < CHUNKS_TO_WORKER) done();
    else this.waiting = done;
  }
  end(done) {
    if (this.error) return done(this.error);
    this.ended = done;
    this.worker.postMessage(null);
  }
  async stop() {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
  resume() {
    const waiting = this.waiting;
    if (!waiting || this.posted >= CHUNKS_TO_WORKER && !this.error) return;
    this.waiting = void 0;
    waiting(this.error);
  }
  /** Writes `bytes` at `at`; false (and the step fails) when the write fails. */
  writeAt(bytes, at) {
    try {
      writeFully(this.fd, bytes, at);
    } catch (error) {
      this.fail(error);
      return false;
    }
    this.fileBytes += bytes.length;
    return true;
  }
  finish() {
    const ended = this.ended;
    this.ended = void 0;
    ended?.();
  }
  fail(error) {
    this.error ??= error;
    this.resume();
    const ended = this.ended;
    this.ended = void 0;
    ended?.(this.error);
  }
};
function freeGunzipChunk(chunk, chunkSize) {
  const memory = chunk.buffer;
  if (typeof memory.transfer === "function" && memory.byteLength === chunkSize && chunk.byteOffset + chunk.length === chunkSize)
    memory.transfer(0);
}
async function peek(body, bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const chunk = body.read();
    if (chunk !== null) {
      parts.push(chunk);
      size += chunk.length;
      continue;
    }
    if (body.readableEnded || body.destroyed) break;
    await new Promise((done, fail) => {
      const settle = (error) => {
        body.off("readable", onReadable).off("end", onEnd).off("error", settle);
        if (error) fail(error);
        else done();
      };
      const onReadable = () => settle();
      const onEnd = () => settle();
      body.on("readable", onReadable).on("end", onEnd).on("error", settle);
    });
  }
  const head = Buffer.concat(parts, size);
  if (size > 0) body.unshift(head);
  return head;
}

// src/reports/report-settings.ts
function requireTeamKey(common, operation) {
  if (common.credentials.issuerId === void 0) {
    throw new InputError(
      Input.IssuerId,
      `Input '${Input.IssuerId}' is empty, so the key is an individual API key, and Apple gives sales and finance reports only to team keys: ${operation} needs a team key (with issuer-id) that has the Admin, Finance or Sales role.`
    );
  }
}
function parseReportOutput(inputs) {
  const vendorNumber = inputs.required(
    Input.VendorNumber,
    "for reports: your vendor number, shown in App Store Connect under Payments and Financial Reports (digits, such as 85012345)"
  );
  if (!/^\d{1,20}$/.test(vendorNumber)) {
    throw new InputError(
      Input.VendorNumber,
      `Input '${Input.VendorNumber}' has an invalid value ${quote(vendorNumber)}: expected the vendor number, digits only (such as 85012345), shown under Payments and Financial Reports.`
    );
  }
  const outputDir = inputs.string(Input.OutputDir) ?? "app-store-reports";
  const format = inputs.choice(Input.Format, REPORT_FORMATS, "tsv");
  const failIfUnavailable = inputs.bool(Input.FailIfUnavailable, false);
  const maxReportMb = inputs.int(Input.MaxReportMb, { min: 1, fallback: DEFAULT_MAX_REPORT_MB });
  return { vendorNumber, outputDir, format, failIfUnavailable, maxReportBytes: maxReportMb * 1024 * 1024 };
}
function reportPath(settings, family, parts, date) {
  const name = [
    family,
    settings.vendorNumber,
    ...parts.map((p) => p.toLowerCase().replace(/_/g, "-")),
    date
  ].join("-");
  return join2(settings.outputDir, `${name}.${settings.format}`);
}

// src/reports/report-download.ts
import { relative, isAbsolute } from "node:path";

// src/reports/totals.ts
var SHARED = {
  currency: ["Currency of Proceeds", "Proceeds Currency", "Partner Share Currency"],
  title: ["Title", "Subscription Name", "App Name"],
  sku: ["SKU", "Vendor Identifier", "App SKU"],
  appleId: ["Apple Identifier", "Subscription Apple ID", "App Apple ID", "Apple ID"],
  productType: ["Product Type Identifier"]
};
var COLUMNS = {
  sales: {
    units: ["Units"],
    /** Per unit; times Units. */
    unitAmount: ["Developer Proceeds"],
    extendedAmount: [],
    ...SHARED
  },
  finance: {
    units: ["Quantity"],
    unitAmount: ["Partner Share"],
    /** Already multiplied by the quantity. */
    extendedAmount: ["Extended Partner Share"],
    ...SHARED
  }
};
var TotalsSink = class {
  columns;
  index = {};
  /** Fields to find in each row: up to the last column the totals read. */
  fieldCount = 1;
  starts = new Int32Array(1);
  ends = new Int32Array(1);
  /** Column positions, -1 when absent (read on every row). */
  at = {
    units: -1,
    unitAmount: -1,
    extendedAmount: -1,
    currency: -1,
    title: -1,
    sku: -1,
    appleId: -1,
    productType: -1
  };
  productColumns = [];
  summable = false;
  names = {};
  rows = 0;
  units = 0;
  unreadable = 0;
  currencies = /* @__PURE__ */ new Map();
  products = /* @__PURE__ */ new Map();
  declared;
  section = newSection();
  trailerOpen = false;
  constructor(family = "sales") {
    this.columns = COLUMNS[family];
  }
  header(columns) {
    const lower = columns.map((c) => c.toLowerCase());
    let last = 0;
    for (const key of Object.keys(this.columns)) {
      for (const name of this.columns[key]) {
        const i = lower.indexOf(name.toLowerCase());
        if (i >= 0) {
          this.index[key] = i;
          this.names[key] = columns[i];
          last = Math.max(last, i);
          break;
        }
      }
    }
    this.fieldCount = last + 1;
    const at = (key) => this.index[key] ?? -1;
    this.at = {
      units: at("units"),
      unitAmount: at("unitAmount"),
      extendedAmount: at("extendedAmount"),
      currency: at("currency"),
      title: at("title"),
      sku: at("sku"),
      appleId: at("appleId"),
      productType: at("productType")
    };
    this.productColumns = [this.at.appleId, this.at.sku, this.at.title].filter((i) => i >= 0);
    this.summable = this.hasAmount();
    this.starts = new Int32Array(this.fieldCount + 1);
    this.ends = new Int32Array(this.fieldCount + 1);
  }
  row(line, start, end) {
    if (this.trailerOpen) {
      this.trailerOpen = false;
      this.section = newSection();
    }
    this.rows += 1;
    this.section.rows += 1;
    const { starts, ends } = this;
    const found = fieldRanges(line, start, end, this.fieldCount, starts, ends);
    const at = this.at;
    const units_ = at.units < found ? at.units : -1;
    let units = 0;
    if (units_ >= 0) {
      units = fieldNumber(line, starts[units_], ends[units_]);
      if (!Number.isFinite(units)) {
        this.unreadable += 1;
        return;
      }
    }
    let amount = 0;
    if (at.extendedAmount >= 0) {
      if (at.extendedAmount < found)
        amount = fieldScaled(line, starts[at.extendedAmount], ends[at.extendedAmount]);
    } else if (at.unitAmount >= 0 && at.units >= 0 && at.unitAmount < found) {
      amount = units * fieldScaled(line, starts[at.unitAmount], ends[at.unitAmount]);
    }
    if (!Number.isFinite(amount)) {
      this.unreadable += 1;
      amount = 0;
    }
    this.units += units;
    const section = this.section;
    section.amount += amount;
    if (units > 0) section.unitsSold += units;
    const currency_ = at.currency < found ? at.currency : -1;
    const currencyKey = currency_ >= 0 ? fieldKey(line, starts[currency_], ends[currency_]) : 0;
    let byCurrency = this.currencies.get(currencyKey);
    if (byCurrency === void 0) {
      const currency = currency_ >= 0 ? fieldText(line, starts[currency_], ends[currency_]) : "";
      byCurrency = { currency, units: 0, amount: 0, rows: 0 };
      this.currencies.set(currencyKey, byCurrency);
    }
    if (byCurrency.currency !== "") section.currency = byCurrency.currency;
    byCurrency.units += units;
    byCurrency.amount += amount;
    byCurrency.rows += 1;
    let key = 0;
    for (const i of this.productColumns) {
      if (i < found && !fieldBlank(line, starts[i], ends[i])) {
        key = fieldKey(line, starts[i], ends[i]);
        break;
      }
    }
    let product = this.products.get(key);
    if (product === void 0) product = this.newProduct(key, line, found);
    const type_ = at.productType < found ? at.productType : -1;
    if (type_ >= 0) {
      const typeKey = fieldKey(line, starts[type_], ends[type_]);
      if (typeKey !== 0 && !product.productTypes.has(typeKey))
        product.productTypes.set(typeKey, fieldText(line, starts[type_], ends[type_]));
    }
    product.units += units;
    if (this.summable) {
      const sum = product.amounts.get(currencyKey);
      if (sum === void 0) product.amounts.set(currencyKey, { amount });
      else sum.amount += amount;
    }
  }
  newProduct(key, line, found) {
    const text2 = (i) => i >= 0 && i < found ? fieldText(line, this.starts[i], this.ends[i]) : "";
    const product = {
      title: text2(this.at.title),
      sku: text2(this.at.sku),
      appleIdentifier: text2(this.at.appleId),
      productTypes: /* @__PURE__ */ new Map(),
      units: 0,
      amounts: /* @__PURE__ */ new Map()
    };
    this.products.set(key, product);
    return product;
  }
  trailer(name, value) {
    this.declared ??= { rows: 0, units: 0, sections: [] };
    if (!this.trailerOpen) {
      this.trailerOpen = true;
      const { currency, rows, amount, unitsSold } = this.section;
      this.declared.sections.push({ currency, read: { rows, amount: fromScaled(amount), unitsSold } });
    }
    const section = this.declared.sections[this.declared.sections.length - 1];
    const number = Number(value.replace(/,/g, ""));
    if (name === "Total_Rows") {
      section.rows = number;
      this.declared.rows += number;
    } else if (name === "Total_Units") {
      section.units = number;
      this.declared.units += number;
    } else if (name === "Total_Amount") {
      section.amount = number;
    }
  }
  /**
   * True when the report's money can be added up: an amount already multiplied by the quantity
   * (finance), or a per-unit amount next to a units column (sales). A per-unit amount without
   * units (the SUBSCRIPTION report's Developer Proceeds, per subscription) cannot be.
   */
  hasAmount() {
    const index = this.index;
    return index.extendedAmount !== void 0 || index.unitAmount !== void 0 && index.units !== void 0;
  }
  /** The totals so far, with the `top` products by units. */
  result(top = 10) {
    const hasAmount = this.hasAmount();
    const byCurrency = [...this.currencies.values()].filter((c) => c.currency !== "" || hasAmount).map((c) => ({ currency: c.currency, units: c.units, amount: fromScaled(c.amount), rows: c.rows })).sort((a, b) => b.units - a.units || a.currency.localeCompare(b.currency));
    const currencyName = (key) => this.currencies.get(key)?.currency ?? "";
    const ranked = this.index.units === void 0 ? [] : [...this.products.values()];
    const topProducts = ranked.sort((a, b) => b.units - a.units || a.title.localeCompare(b.title)).slice(0, top).map((p) => ({
      title: p.title,
      sku: p.sku,
      appleIdentifier: p.appleIdentifier,
      productType: [...p.productTypes.values()].sort().join(", "),
      units: p.units,
      amounts: Object.fromEntries(
        [...p.amounts.entries()].map(([c, a]) => [currencyName(c), a.amount]).filter(([, a]) => a !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([c, a]) => [c, fromScaled(a)])
      )
    }));
    const totals = {
      rows: this.rows,
      units: this.index.units === void 0 ? null : this.units,
      // Per currency only what can be added up: money, or at least units.
      byCurrency: hasAmount || this.index.currency !== void 0 && this.index.units !== void 0 ? byCurrency : [],
      topProducts,
      products: ranked.length,
      unreadable: this.unreadable,
      columns: this.names
    };
    if (this.declared) {
      totals.declared = this.declared;
      totals.mismatches = mismatches(this.declared);
      totals.declaredMatch = totals.mismatches.length === 0;
    }
    return totals;
  }
};
function newSection() {
  return { currency: "", rows: 0, amount: 0, unitsSold: 0 };
}
function mismatches(declared) {
  const found = [];
  for (const s of declared.sections) {
    const { currency, read } = s;
    if (s.rows !== void 0 && s.rows !== read.rows)
      found.push({ total: "Total_Rows", currency, declared: s.rows, read: read.rows });
    if (s.amount !== void 0 && Math.abs(s.amount - read.amount) > 5e-3)
      found.push({ total: "Total_Amount", currency, declared: s.amount, read: read.amount });
    if (s.units !== void 0 && s.units !== read.unitsSold)
      found.push({ total: "Total_Units", currency, declared: s.units, read: read.unitsSold });
  }
  return found;
}

// src/reports/report-download.ts
var NOT_YET_TEXT = /not (yet )?available|available yet|not ready|not been (generated|published|processed)|try again later/i;
var NO_DATA_TEXT = /no sales|there (is|are|were) no (sales|reports?|financial|finance|data|transactions|activity)|no (financial |finance )?reports? (is |are )?(available|found)/i;
function classifyMissing(error, cadence, date, now) {
  const apple = error.errors.map((e) => e.detail ?? e.title ?? "").filter((t) => t !== "").join("; ");
  const expected = expectedAt(cadence, date);
  if (now < expected) return { reason: "not-available-yet", basis: "date", apple, expected };
  if (NOT_YET_TEXT.test(apple)) return { reason: "not-available-yet", basis: "text", apple, expected };
  if (NO_DATA_TEXT.test(apple)) return { reason: "no-sales", basis: "text", apple, expected };
  return {
    reason: mayStillCome(cadence, date, now) ? "not-available-yet" : "no-sales",
    basis: "date-and-text",
    apple,
    expected
  };
}
async function runReport(ctx, job) {
  const { log: log2 } = ctx;
  const what = `${job.label} for ${job.date}`;
  log2.info(`Downloading the ${what} (${job.format}) to ${job.target}.`);
  let totals = new TotalsSink(job.family);
  let saved;
  try {
    saved = await job.download((response) => {
      totals = new TotalsSink(job.family);
      return saveReport(response.body, job.target, job.format, [totals], {
        maxReportBytes: job.maxReportBytes,
        maxLineBytes: MAX_REPORT_LINE_BYTES
      });
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return missing(ctx, job, error);
    if (error instanceof ReportTooLargeError) {
      throw new Error(
        `Stopped downloading the ${what}: it inflates past ${formatBytes(error.maxReportBytes)} once uncompressed (${Input.MaxReportMb}), from ${formatBytes(error.compressedBytes)} received. Apple\u2019s reports are far smaller, so this looks like a gzip bomb or a broken answer; if the report is genuine, raise ${Input.MaxReportMb}. No file was left behind.`
      );
    }
    if (error instanceof LineTooLongError) {
      throw new Error(
        `Stopped reading the ${what}: ${error.message} (${formatBytes(error.maxLineBytes)} at most; Apple\u2019s lines are a few hundred bytes), so it is not a report Apple writes. No file was left behind.`
      );
    }
    if (error instanceof NetworkError) {
      throw new Error(
        `Downloading the ${what} failed${error.attempts > 1 ? ` after ${error.attempts} tries` : ""}: ${error.reason}. No file was left behind; re-run the job (Apple\u2019s report downloads do break off now and then).`
      );
    }
    throw error;
  }
  const sums = totals.result(10);
  log2.info(
    `Saved ${saved.rows} rows to ${job.target} (${formatBytes(saved.fileBytes)}; ${formatBytes(saved.reportBytes)} of TSV from ${formatBytes(saved.compressedBytes)}${saved.gzip ? " gzip" : ""}).`
  );
  if (sums.unreadable > 0)
    log2.warning(
      `${sums.unreadable} rows of the ${what} had units or amounts that are not numbers; they are left out of the totals.`
    );
  if (sums.mismatches?.length) {
    log2.warning(
      `The ${what} does not add up to its own Total_* lines: ${sums.mismatches.map(describeMismatch).join("; ")}. The file is saved as received.`
    );
  }
  return {
    outputs: {
      [Output.ReportFile]: job.target,
      [Output.ReportRows]: saved.rows,
      [Output.ReportAvailable]: true
    },
    result: {
      report: job.family,
      request: job.request,
      dateSource: job.dateSource,
      available: true,
      file: {
        path: job.target,
        format: saved.format,
        bytes: saved.fileBytes,
        reportBytes: saved.reportBytes,
        compressedBytes: saved.compressedBytes,
        columns: saved.columns
      },
      rows: saved.rows,
      totals: resultTotals(job.family, sums),
      topProducts: sums.topProducts.map((p) => {
        const { amounts, ...rest } = p;
        return { ...rest, [job.family === "sales" ? "proceeds" : "amounts"]: amounts };
      }),
      ...sums.products > sums.topProducts.length ? { products: sums.products } : {}
    },
    summary: summaryBlocks(job, saved, sums)
  };
}
function describeMismatch(m) {
  const section = `${m.total} of the ${m.currency || "currency-less"} section`;
  switch (m.total) {
    case "Total_Rows":
      return `${section} is ${m.declared}, it has ${m.read} rows`;
    case "Total_Amount":
      return `${section} is ${formatAmount(m.declared)}, its rows add up to ${formatAmount(m.read)}`;
    case "Total_Units":
      return `${section} is ${m.declared}, its rows add up to ${m.read} units sold (returns not counted, as Apple counts them)`;
  }
}
function resultTotals(family, sums) {
  if (family === "sales") {
    return {
      units: sums.units,
      proceeds: sums.byCurrency.map((c) => ({
        currency: c.currency,
        units: c.units,
        proceeds: c.amount,
        rows: c.rows
      }))
    };
  }
  return {
    units: sums.units,
    amounts: sums.byCurrency.map((c) => ({
      currency: c.currency,
      units: c.units,
      amount: c.amount,
      rows: c.rows
    })),
    ...sums.declared ? { declared: sums.declared, declaredMatch: sums.declaredMatch, mismatches: sums.mismatches } : {}
  };
}
function missing(ctx, job, error) {
  const now = ctx.clock.now();
  const c = classifyMissing(error, job.cadence, job.date, now);
  const said = c.apple ? `Apple answered 404: \u201C${c.apple}\u201D` : "Apple answered 404";
  let message;
  if (c.reason === "not-available-yet") {
    message = c.basis === "date" ? `The ${job.label} for ${job.date} is not available yet: ${READINESS[job.cadence]}, so it is expected from ${pacificText(c.expected)} (now ${pacificText(now)}). ${said}.` : `The ${job.label} for ${job.date} is not available yet, although it was expected from ${pacificText(c.expected)}: Apple is late with it. ${said}. Re-run later.`;
  } else {
    const nothing = job.family === "sales" ? "there were no sales or downloads for that date (Apple makes no report for a period without any)" : "there is no finance report for that fiscal month and region (no sales or payments in it)";
    message = c.basis === "text" ? `There is no ${job.label} for ${job.date}: ${nothing}. ${said}.` : `There is no ${job.label} for ${job.date}: it was due by ${pacificText(c.expected)}, so a 404 now means ${nothing}. ${said}.`;
  }
  log(ctx, job, message);
  return {
    outputs: { [Output.ReportFile]: "", [Output.ReportRows]: 0, [Output.ReportAvailable]: false },
    result: {
      report: job.family,
      request: job.request,
      dateSource: job.dateSource,
      available: false,
      reason: c.reason,
      decidedBy: c.basis,
      expectedFrom: new Date(c.expected).toISOString(),
      message,
      apple: error.errors,
      file: null,
      rows: 0
    },
    summary: [
      facts([
        ...job.describe,
        ["Date", dateCell(job)],
        ["Available", "no"],
        ["Why", c.reason === "no-sales" ? "no sales for that date" : "not available yet"]
      ]),
      text(message)
    ],
    ...job.failIfUnavailable ? { failure: `${message} (fail-if-unavailable is true.)` } : {}
  };
}
function log(ctx, job, message) {
  if (job.failIfUnavailable) ctx.log.info(message);
  else ctx.log.warning(message);
}
function dateCell(job) {
  return job.dateSource === "default" ? `${job.date} (newest expected now)` : job.date;
}
function displayPath(path) {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
function money(amounts, shown = 3) {
  const entries = Object.entries(amounts);
  const list = entries.slice(0, shown).map(([currency, amount]) => `${formatAmount(amount)} ${currency}`.trim()).join(", ");
  return entries.length > shown ? `${list} and ${entries.length - shown} more` : list;
}
function formatAmount(amount) {
  return amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}
function summaryBlocks(job, saved, sums) {
  const sales = job.family === "sales";
  const amountName = sales ? "Proceeds" : "Amount (extended partner share)";
  const blocks = [
    facts([
      ...job.describe,
      ["Date", dateCell(job)],
      ["File", `\`${displayPath(job.target)}\` (${saved.format}, ${formatBytes(saved.fileBytes)})`],
      ["Rows", saved.rows],
      ["Units", sums.units ?? `none: this report has no ${sales ? "Units" : "Quantity"} column`],
      ...sums.declaredMatch !== void 0 ? [
        [
          "Apple\u2019s Total_* lines",
          sums.declaredMatch ? "match the rows" : `do NOT match the rows: ${(sums.mismatches ?? []).map(describeMismatch).join("; ")}`
        ]
      ] : []
    ])
  ];
  if (sums.byCurrency.length > 0) {
    blocks.push(
      heading(sales ? "Totals by currency of proceeds" : "Totals by currency"),
      table(
        ["Currency", "Rows", "Units", amountName],
        sums.byCurrency.map((c) => [c.currency || "\u2013", c.rows, c.units, formatAmount(c.amount)])
      )
    );
  }
  if (sums.topProducts.length > 0) {
    blocks.push(
      heading(
        `Top products by units${sums.products > sums.topProducts.length ? ` (${sums.topProducts.length} of ${sums.products})` : ""}`
      ),
      table(
        ["#", "Title", "SKU", "Apple id", "Type", "Units", sales ? "Proceeds" : "Amount"],
        sums.topProducts.map((p, i) => [
          i + 1,
          p.title,
          p.sku,
          p.appleIdentifier,
          p.productType,
          p.units,
          money(p.amounts)
        ])
      )
    );
    const chart = unitsChart(sums);
    if (chart) blocks.push({ kind: "mermaid", source: chart });
  }
  return blocks;
}
function unitsChart(sums) {
  const products = sums.topProducts.filter((p) => p.units > 0);
  if (products.length === 0) return void 0;
  const seen = /* @__PURE__ */ new Map();
  const clean = (text2) => {
    const label = (text2 ?? "").replace(/["`\\[\]{}<>]/g, "'").replace(/\s+/g, " ").trim();
    return /[\p{L}\p{N}]/u.test(label) ? label : "";
  };
  const labels = products.map((p, i) => {
    let label = clean(p.title) || clean(p.sku) || clean(p.appleIdentifier) || `product ${i + 1}`;
    if (label.length > 24) label = `${label.slice(0, 23)}\u2026`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n > 1 ? `${label} (${n})` : label;
  });
  const max = Math.max(...products.map((p) => p.units));
  return [
    "xychart-beta horizontal",
    `    title "Units by product (top ${products.length})"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `    y-axis "Units" 0 --> ${Math.ceil(max * 1.05) || 1}`,
    `    bar [${products.map((p) => p.units).join(", ")}]`
  ].join("\n");
}

export {
  downloadSalesReport,
  downloadFinanceReport,
  SALES_REPORT_TYPES,
  REPORT_SUBTYPES,
  FREQUENCIES,
  FINANCE_REPORT_TYPES,
  resolveSalesKind,
  checkSalesDate,
  checkFiscalMonth,
  READINESS,
  newestExpected,
  requireTeamKey,
  parseReportOutput,
  reportPath,
  runReport
};
