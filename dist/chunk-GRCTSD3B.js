import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  commitUploadFile,
  createBuildUpload,
  createUploadFile,
  deleteBuildUpload,
  getBuildUpload,
  getUploadFile,
  listBuildUploads,
  listUploadFiles,
  surveyBuildNumbers
} from "./chunk-HUKLNGA7.js";
import {
  appFor,
  readAppFile,
  settleTarget
} from "./chunk-Y2USHQZW.js";
import {
  backoffDelay,
  isRetryableNetworkError,
  parseRetryAfter
} from "./chunk-2P4Y6XRB.js";
import {
  createDispatcher,
  send
} from "./chunk-4AZT4R4C.js";
import {
  buildFacts,
  buildJson,
  buildOutputs,
  parseVersionInputs
} from "./chunk-JKVH5SZQ.js";
import {
  resolveApp
} from "./chunk-4F67JWNM.js";
import {
  getBuild,
  listBuilds,
  normalizeVersion,
  versionSpellings
} from "./chunk-XSH6A373.js";
import {
  pollLabel
} from "./chunk-GCXLEBFL.js";
import {
  isHttpsOrLoopback
} from "./chunk-62X67HRV.js";
import {
  namingInput
} from "./chunk-E2H3K5KP.js";
import {
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  ApiError,
  Input,
  InputError,
  NetworkError,
  Output,
  quote
} from "./chunk-JDDIJKK4.js";

// src/uploads/upload-parts.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
var DEFAULT_PART_CONCURRENCY = 6;
var PART_RETRY = {
  maxAttempts: 5,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4,
  budgetMs: 10 * 6e4
};
var PartError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PartError";
  }
};
var EXPIRY_MARGIN_MS = 3e4;
function checkOperations(operations, fileSize) {
  if (operations.length === 0)
    throw new PartError("App Store Connect gave no upload operations for the file.");
  for (const op of operations) {
    let url;
    try {
      url = new URL(op.url);
    } catch {
      throw new PartError(`Upload operation ${op.partNumber ?? "?"} has no valid URL.`);
    }
    if (!isHttpsOrLoopback(url)) {
      throw new PartError(
        `Upload operation ${op.partNumber ?? "?"} points at ${url.origin}: parts go over https only (plain http only to a loopback host).`
      );
    }
    if (!Number.isSafeInteger(op.offset) || !Number.isSafeInteger(op.length) || op.offset < 0 || op.length <= 0 || op.offset + op.length > fileSize) {
      throw new PartError(
        `Upload operation ${op.partNumber ?? "?"} asks for bytes outside the file (offset ${op.offset}, length ${op.length}, file ${fileSize} bytes).`
      );
    }
  }
}
function tiles(sorted, fileSize) {
  let at = 0;
  for (const op of sorted) {
    if (op.offset !== at) return false;
    at += op.length;
  }
  return at === fileSize;
}
var MAX_BYTES_AHEAD = 8 * 1024 * 1024;
var OrderedHasher = class {
  constructor(lengths) {
    this.lengths = lengths;
    this.fed = lengths.map(() => 0);
  }
  lengths;
  hash = createHash("sha256");
  fed;
  pending = /* @__PURE__ */ new Map();
  pendingBytes = 0;
  released = false;
  waiting = [];
  next = 0;
  feed(index, position, chunk) {
    const skip = this.fed[index] - position;
    if (skip >= chunk.length) return;
    const fresh = skip > 0 ? chunk.subarray(skip) : chunk;
    this.fed[index] = this.fed[index] + fresh.length;
    if (index === this.next) this.hash.update(fresh);
    else {
      const list = this.pending.get(index) ?? [];
      list.push(fresh);
      this.pending.set(index, list);
      this.pendingBytes += fresh.length;
    }
    const before = this.next;
    while (this.next < this.lengths.length && this.fed[this.next] === this.lengths[this.next]) {
      this.next += 1;
      for (const buf of this.pending.get(this.next) ?? []) {
        this.hash.update(buf);
        this.pendingBytes -= buf.length;
      }
      this.pending.delete(this.next);
    }
    if (this.next !== before) this.wake();
  }
  /**
   * Undefined when part `index` may read on (it is the next in order, or few bytes wait), else
   * a promise that settles when that may have changed. The next part never waits, so the parts
   * ahead of it always get their turn.
   */
  room(index) {
    if (this.released || index <= this.next || this.pendingBytes < MAX_BYTES_AHEAD) return void 0;
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  /** No part waits any more (the upload has failed: the hash will not be used). */
  release() {
    this.released = true;
    this.wake();
  }
  wake() {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
  digest() {
    return this.next === this.lengths.length ? this.hash.digest("hex") : void 0;
  }
};
async function sendParts(filePath, fileSize, operations, options) {
  const { clock, log } = options;
  checkOperations(operations, fileSize);
  let ops = [...operations].sort((a, b) => a.offset - b.offset);
  const inOrder = tiles(ops, fileSize);
  const hasher = inOrder ? new OrderedHasher(ops.map((o) => o.length)) : void 0;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? DEFAULT_PART_CONCURRENCY, ops.length));
  const retry = { ...PART_RETRY, ...options.retry };
  const random = options.random ?? Math.random;
  const agent = await createDispatcher();
  const started = clock.now();
  const total = ops.reduce((n, o) => n + o.length, 0);
  let sent = 0;
  let partsDone = 0;
  let retries = 0;
  let lastDecile = 0;
  let refreshing;
  let failure;
  let nextIndex = 0;
  const fresh = async (index) => {
    const op = ops[index];
    if (!op.expiration || Date.parse(op.expiration) - clock.now() > EXPIRY_MARGIN_MS) return op;
    refreshing ??= options.refresh().finally(() => refreshing = void 0);
    const renewed = [...await refreshing].sort((a, b) => a.offset - b.offset);
    checkOperations(renewed, fileSize);
    const match = renewed.find((o) => o.offset === op.offset && o.length === op.length);
    if (!match || match.expiration && Date.parse(match.expiration) - clock.now() <= EXPIRY_MARGIN_MS) {
      throw new PartError(
        `The upload URL of part ${label(op, index, ops.length)} expired (${op.expiration}) and App Store Connect gave no fresh one: run the step again; it starts the file again.`
      );
    }
    ops = ops.map((o, i) => i === index ? match : o);
    log.debug(`Part ${label(match, index, ops.length)}: its URL had expired; using a fresh one.`);
    return match;
  };
  const sendPart = async (index) => {
    for (let attempt = 1; ; attempt++) {
      const op2 = await fresh(index);
      const timeoutMs = Math.max(options.partTimeoutMs ?? 6e4, Math.ceil(op2.length / 256));
      let status;
      let headers = {};
      let text = "";
      try {
        const res = await send(agent, {
          origin: new URL(op2.url).origin,
          path: new URL(op2.url).pathname + new URL(op2.url).search,
          method: op2.method,
          headers: partHeaders(op2),
          body: Readable.from(partBody(filePath, op2, index, hasher), { objectMode: false }),
          signal: AbortSignal.timeout(timeoutMs),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs
        });
        status = res.statusCode;
        headers = res.headers;
        text = (await res.body.text()).slice(0, 2e3);
      } catch (error) {
        const code = error.code ?? error.name;
        const retryable = isRetryableNetworkError(error) || code === "TimeoutError" || code === "UND_ERR_ABORTED";
        const wait = backoffDelay(retry, attempt, random);
        if (!retryable || attempt >= retry.maxAttempts) {
          throw new PartError(
            `Part ${label(op2, index, ops.length)} could not be sent after ${attempt} ${attempt === 1 ? "try" : "tries"}: ${describe(error, timeoutMs)}. Check the runner's network; a re-run resumes the upload.`
          );
        }
        log.info(
          `Part ${label(op2, index, ops.length)}: ${describe(error, timeoutMs)}; retrying in ${seconds(wait)}.`
        );
        retries += 1;
        await clock.sleep(wait);
        continue;
      }
      if (status >= 200 && status < 300) break;
      const flat = (name) => {
        const v = headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const expired = status === 403 && op2.expiration !== void 0 && Date.parse(op2.expiration) - clock.now() <= EXPIRY_MARGIN_MS;
      if (expired && attempt < retry.maxAttempts) continue;
      if ((status === 408 || status === 429 || status >= 500) && attempt < retry.maxAttempts) {
        const wait = parseRetryAfter(flat("retry-after"), flat("date"), clock.now()) ?? backoffDelay(retry, attempt, random);
        log.info(`Part ${label(op2, index, ops.length)}: ${status}; retrying in ${seconds(wait)}.`);
        retries += 1;
        await clock.sleep(Math.min(wait, retry.maxDelayMs));
        continue;
      }
      throw new PartError(
        `Part ${label(op2, index, ops.length)} was refused by the upload host (${new URL(op2.url).host}): ${status}${excerpt(text)}.` + (status === 403 ? " Its URL may have expired: run the step again." : "")
      );
    }
    const op = ops[index];
    sent += op.length;
    partsDone += 1;
    const decile = Math.floor(sent * 10 / total);
    if (decile > lastDecile || partsDone === ops.length) {
      lastDecile = decile;
      const elapsed = Math.max(1, clock.now() - started);
      log.info(
        `Uploaded ${mb(sent)} of ${mb(total)} (${Math.floor(sent * 100 / total)} %), ${partsDone} of ${ops.length} parts, ${(sent / 1e6 * 1e3 / elapsed).toFixed(1)} MB/s.`
      );
    }
  };
  const worker = async () => {
    while (failure === void 0 && nextIndex < ops.length) {
      const index = nextIndex++;
      try {
        await sendPart(index);
      } catch (error) {
        failure ??= error;
        hasher?.release();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await agent.close().catch(() => void 0);
  }
  if (failure !== void 0) throw failure;
  const sha256 = hasher?.digest() ?? await hashFile(filePath);
  return { parts: ops.length, bytes: total, sha256, ms: clock.now() - started, retries, concurrency };
}
function partHeaders(op) {
  const headers = {};
  for (const h of op.requestHeaders ?? []) if (h.name) headers[h.name.toLowerCase()] = h.value ?? "";
  headers["content-length"] ??= String(op.length);
  return headers;
}
async function* partBody(filePath, op, index, hasher) {
  let position = 0;
  const stream = createReadStream(filePath, {
    start: op.offset,
    end: op.offset + op.length - 1,
    highWaterMark: 256 * 1024
  });
  for await (const chunk of stream) {
    hasher?.feed(index, position, chunk);
    position += chunk.length;
    yield chunk;
    for (let wait = hasher?.room(index); wait; wait = hasher?.room(index)) await wait;
  }
  if (position !== op.length)
    throw new PartError(`the file changed while uploading (part ended at ${position} of ${op.length} bytes)`);
}
async function hashFile(filePath) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(filePath, {
    highWaterMark: 1024 * 1024
  }))
    hash.update(chunk);
  return hash.digest("hex");
}
function label(op, index, count) {
  return `${op.partNumber ?? index + 1} of ${count} (bytes ${op.offset}-${op.offset + op.length - 1})`;
}
function describe(error, timeoutMs) {
  const e = error;
  if (e.name === "TimeoutError" || e.code === "UND_ERR_ABORTED" || e.code === "UND_ERR_HEADERS_TIMEOUT" || e.code === "UND_ERR_BODY_TIMEOUT")
    return `no answer within ${seconds(timeoutMs)}`;
  if (e.code === "ECONNRESET" || e.code === "UND_ERR_SOCKET") return "the connection was reset";
  if (e.code === "ECONNREFUSED") return "the connection was refused";
  return e.code ? `${e.code}: ${e.message ?? ""}`.trim() : e.message ?? String(error);
}
function excerpt(text) {
  const plain = text.replace(/<[^>]+>/g, " ").replace(/[^\x20-\x7e]+/g, " ").replace(/\s+/g, " ").trim();
  return plain ? ` (${plain.slice(0, 160)})` : "";
}
var mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
var seconds = (ms) => ms >= 1e3 ? `${(ms / 1e3).toFixed(1)} s` : `${ms} ms`;

// src/uploads/upload-watch.ts
var ADVICE = [
  [
    ["90062", "90186", "90478"],
    "The version train is closed (that version is already approved or released): raise the version (CFBundleShortVersionString) and build again."
  ],
  [
    ["90189"],
    "That build number is already used for this version: raise the build number (CFBundleVersion; the next-build-number operation gives a free one) and build again."
  ],
  [
    ["90054", "90055"],
    "The bundle id in the file does not match the app in App Store Connect: check CFBundleIdentifier and the app input."
  ],
  [
    ["90725"],
    "The app was built with an SDK App Store Connect no longer accepts: build with the current Xcode release."
  ],
  [
    ["90683"],
    "Info.plist lacks a purpose string (an NS\u2026UsageDescription) for an API the app uses: add it and build again."
  ]
];
function adviceFor(code) {
  if (!code) return void 0;
  const digits = /\d{5}/.exec(code)?.[0] ?? code;
  return ADVICE.find(([codes]) => codes.includes(digits))?.[1];
}
function describeDetails(details) {
  return details.map((d) => {
    const advice = adviceFor(d.code);
    return `${d.code ?? "no code"}: ${oneLine(d.description ?? "no description")}${advice ? ` \u2192 ${advice}` : ""}`;
  });
}
async function watchUpload(ctx, uploadId, wait) {
  const { client, log, clock } = ctx;
  const started = clock.now();
  const reported = /* @__PURE__ */ new Set();
  for (let poll = 1; ; poll++) {
    const upload = await getBuildUpload(client, uploadId);
    const waitedMs = clock.now() - started;
    for (const [kind, list] of [
      ["warning", upload.warnings],
      ["info", upload.infos]
    ]) {
      for (const line of describeDetails(list)) {
        if (reported.has(line)) continue;
        reported.add(line);
        if (kind === "warning") log.warning(`App Store Connect: ${line}`);
        else log.info(`App Store Connect says: ${line}`);
      }
    }
    const at = pollLabel(poll, waitedMs, wait.timeoutMs);
    if (upload.state === "FAILED") {
      log.info(`${at}: the upload FAILED.`);
      const details = describeDetails(upload.errors);
      return {
        status: "failed",
        upload,
        polls: poll,
        waitedMs,
        message: `App Store Connect refused build ${upload.version} (${upload.buildNumber}) (build upload ${upload.id}): ` + (details.length ? details.join(" | ") : "no reason given (Apple emails it to the account holder).")
      };
    }
    if (upload.state === "COMPLETE" && upload.buildId) {
      log.info(`${at}: COMPLETE, build ${upload.buildId}.`);
      return { status: "complete", upload, polls: poll, waitedMs };
    }
    const remaining = started + wait.timeoutMs - clock.now();
    if (remaining <= 0) {
      return {
        status: "timeout",
        upload,
        polls: poll,
        waitedMs,
        message: `Build upload ${upload.id} is still ${upload.state}${upload.state === "COMPLETE" ? " without a build" : ""} after ${Math.round(waitedMs / 1e3)} s: raise ${Input.WaitTimeout} (minutes) or run the step again (it watches this upload instead of sending the file again).`
      };
    }
    const pause = Math.min(wait.intervalMs, remaining);
    log.info(
      `${at}: ${upload.state}${upload.state === "COMPLETE" ? ", build not made yet" : ""}; next poll in ${Math.round(pause / 1e3)} s.`
    );
    await clock.sleep(pause);
  }
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim().slice(0, 500);
}

// src/uploads/upload-run.ts
var TYPICAL_PART_BYTES = 5 * 1024 * 1024;
async function runUpload(ctx, plan, resolved) {
  const { client, log } = ctx;
  const { target } = plan;
  const { file } = target;
  const app = resolved ?? await namingInput(Input.App, resolveApp(client, plan.app));
  if (file.bundleId && app.bundleId && file.bundleId.toLowerCase() !== app.bundleId.toLowerCase()) {
    throw new InputError(
      Input.App,
      `Input '${Input.App}' names ${app.name} (${quote(app.bundleId)}) but ${file.fileName} is ${quote(file.bundleId)} (${file.source}): upload it to the app with that bundle id.`
    );
  }
  const base = { app, target, notes: [] };
  const label2 = `${target.version} (${target.buildNumber})`;
  const existing = (await listBuilds(
    client,
    app.id,
    target.platform,
    { version: target.version, buildNumber: target.buildNumber },
    { include: false }
  ))[0];
  if (existing) {
    log.info(`Build ${label2} is already in App Store Connect (id ${existing.id}): nothing to upload.`);
    return {
      ...base,
      status: "exists",
      build: await getBuild(client, existing.id) ?? existing,
      changes: 0
    };
  }
  const uploads = (await listBuildUploads(client, app.id, {
    platform: target.platform,
    version: versionSpellings(target.version),
    buildNumber: target.buildNumber
  })).filter(
    (u) => u.buildNumber === target.buildNumber && normalizeVersion(u.version) === normalizeVersion(target.version)
  ).sort((a, b) => (b.createdDate ?? "").localeCompare(a.createdDate ?? ""));
  const done = uploads.find((u) => u.state === "COMPLETE" && u.buildId);
  if (done?.buildId) {
    const build = await getBuild(client, done.buildId);
    if (build) {
      log.info(`Build upload ${done.id} of ${label2} is COMPLETE (build ${build.id}): nothing to upload.`);
      return { ...base, status: "exists", upload: done, build, changes: 0 };
    }
  }
  const moving = uploads.find((u) => u.state === "PROCESSING" || u.state === "COMPLETE");
  if (moving) {
    log.info(
      `Build upload ${moving.id} of ${label2} is ${moving.state}: watching it instead of sending the file again.`
    );
    if (plan.dryRun)
      return {
        ...base,
        status: "planned",
        upload: moving,
        changes: 0,
        notes: [`watch build upload ${moving.id} (${moving.state})`]
      };
    return finish(
      ctx,
      plan,
      {
        ...base,
        upload: moving,
        changes: 0,
        notes: [`watched build upload ${moving.id}, already ${moving.state}`]
      },
      "watched"
    );
  }
  const failed = uploads.find((u) => u.state === "FAILED");
  if (failed) {
    const survey = await surveyBuildNumbers(client, app.id, target.platform, target.version);
    return {
      ...base,
      status: "failed",
      upload: failed,
      changes: 0,
      message: `Build number ${target.buildNumber} of version ${target.version} was already used by build upload ${failed.id}, which FAILED; App Store Connect refuses the number again. Build with number ${survey.next} (the next free one; the next-build-number operation gives it).`
    };
  }
  const waiting = uploads.find((u) => u.state === "AWAITING_UPLOAD");
  const partsGuess = Math.max(1, Math.ceil(file.size / TYPICAL_PART_BYTES));
  if (plan.dryRun) {
    const step = waiting ? `resume build upload ${waiting.id} (AWAITING_UPLOAD)` : `create a build upload of ${label2} for ${target.platform}`;
    log.info(
      `Dry run: would ${step}, send ${file.size} bytes of ${file.fileName} in about ${partsGuess} parts, commit and watch.`
    );
    return { ...base, status: "planned", upload: waiting, changes: 1, notes: [step] };
  }
  let upload;
  let uploadFile;
  const notes = [];
  if (waiting) {
    const files = await listUploadFiles(client, waiting.id);
    const asset = files.find(
      (f) => (f.assetType ?? "ASSET") === "ASSET" && f.fileName === file.fileName && f.fileSize === file.size
    );
    const fresh = asset?.uploadOperations.some(
      (o) => !o.expiration || Date.parse(o.expiration) > ctx.clock.now() + 6e4
    );
    if (asset && fresh && files.length === 1) {
      upload = waiting;
      uploadFile = asset;
      notes.push(`resumed build upload ${waiting.id} left AWAITING_UPLOAD by an earlier run`);
      log.info(`Build upload ${waiting.id} of ${label2} was left AWAITING_UPLOAD: sending its parts again.`);
    } else if (files.length === 0) {
      upload = waiting;
      notes.push(`resumed build upload ${waiting.id}, which had no file yet`);
    } else {
      log.info(
        `Build upload ${waiting.id} of ${label2} was left AWAITING_UPLOAD with ${asset ? "expired URLs" : "another file"}: deleting it and starting again.`
      );
      await deleteBuildUpload(client, waiting.id);
      notes.push(`replaced build upload ${waiting.id} left AWAITING_UPLOAD by an earlier run`);
    }
  }
  upload ??= await reserve(ctx, app, target);
  uploadFile ??= await createUploadFile(client, upload.id, {
    fileName: file.fileName,
    fileSize: file.size,
    uti: file.uti
  });
  const fileId = uploadFile.id;
  log.info(`Sending ${file.fileName}: ${file.size} bytes in ${uploadFile.uploadOperations.length} parts.`);
  const parts = await sendParts(file.path, file.size, uploadFile.uploadOperations, {
    clock: ctx.clock,
    log,
    concurrency: plan.concurrency,
    refresh: async () => (await getUploadFile(client, fileId)).uploadOperations
  });
  await commit(ctx, fileId, upload.id, parts.sha256);
  log.info(`Committed ${file.fileName} (SHA-256 ${parts.sha256}).`);
  return finish(
    ctx,
    plan,
    { ...base, upload, parts, changes: 1, notes },
    waiting && upload.id === waiting.id ? "resumed" : "uploaded"
  );
}
async function reserve(ctx, app, target) {
  try {
    return await createBuildUpload(ctx.client, app.id, target);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    const again = (await listBuildUploads(ctx.client, app.id, {
      platform: target.platform,
      version: versionSpellings(target.version),
      buildNumber: target.buildNumber
    })).find((u) => u.state === "AWAITING_UPLOAD" && u.buildNumber === target.buildNumber);
    if (again) return again;
    throw error;
  }
}
async function commit(ctx, fileId, uploadId, sha256) {
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await commitUploadFile(ctx.client, fileId, sha256);
      return;
    } catch (error) {
      const lost = error instanceof NetworkError || error instanceof ApiError && error.status >= 500;
      if (!lost) throw error;
      lastError = error;
      ctx.log.info(
        `The commit's answer was lost (${error.message}); reading the file's state back.`
      );
      const file = await getUploadFile(ctx.client, fileId);
      if (file.deliveryState && file.deliveryState !== "AWAITING_UPLOAD") return;
      const upload = await getBuildUpload(ctx.client, uploadId);
      if (upload.state !== "AWAITING_UPLOAD") return;
      await ctx.clock.sleep(1e3 * attempt);
    }
  }
  throw lastError;
}
async function finish(ctx, plan, partial, status) {
  const upload = partial.upload;
  const watched = await watchUpload(ctx, upload.id, plan.wait);
  if (watched.status !== "complete") {
    return { ...partial, status: watched.status, upload: watched.upload, message: watched.message };
  }
  const build = watched.upload.buildId ? await getBuild(ctx.client, watched.upload.buildId) : void 0;
  return { ...partial, status, upload: watched.upload, build };
}

// src/uploads/upload-settings.ts
var BUILD_NUMBER = /^\d+(\.\d+){0,3}$/;
function parseUploadInputs(inputs, filePath) {
  const { version, buildNumber } = parseVersionInputs(inputs, BUILD_NUMBER);
  return { filePath, version, buildNumber };
}
async function readUpload(given, common, wait) {
  const file = await readAppFile(given.filePath);
  const target = settleTarget(file, {
    app: common.app,
    platform: common.platformGiven,
    version: given.version,
    buildNumber: given.buildNumber
  });
  const concurrency = Number(process.env.ASC_UPLOAD_CONCURRENCY) || void 0;
  return { target, app: appFor(file, common.app), dryRun: common.dryRun, wait, concurrency };
}

// src/uploads/upload-summary.ts
function uploadOutputs(outcome) {
  return {
    ...buildOutputs(outcome.build),
    [Output.BuildVersion]: outcome.build?.version ?? outcome.target.version,
    [Output.BuildNumber]: outcome.build?.buildNumber ?? outcome.target.buildNumber,
    [Output.BuildUploadId]: outcome.upload?.id ?? "",
    [Output.UploadState]: outcome.upload?.state ?? (outcome.build ? "COMPLETE" : ""),
    [Output.Changes]: outcome.changes
  };
}
function uploadJson(outcome) {
  const { file } = outcome.target;
  const p = outcome.parts;
  return {
    status: outcome.status,
    app: outcome.app,
    file: {
      path: file.path,
      name: file.fileName,
      kind: file.kind,
      bytes: file.size,
      bundleId: file.bundleId ?? null,
      version: file.version ?? null,
      buildNumber: file.buildNumber ?? null,
      platform: file.platform ?? null,
      source: file.source
    },
    version: outcome.target.version,
    buildNumber: outcome.target.buildNumber,
    platform: outcome.target.platform,
    transfer: p ? {
      bytes: p.bytes,
      parts: p.parts,
      concurrency: p.concurrency,
      retries: p.retries,
      seconds: Math.round(p.ms / 100) / 10,
      mbPerSecond: Math.round(p.bytes / 1e6 / Math.max(p.ms / 1e3, 1e-3) * 10) / 10,
      sha256: p.sha256
    } : null,
    buildUpload: outcome.upload ? {
      id: outcome.upload.id,
      state: outcome.upload.state,
      errors: outcome.upload.errors,
      warnings: outcome.upload.warnings,
      infos: outcome.upload.infos
    } : null,
    build: outcome.build ? buildJson(outcome.build) : null,
    notes: outcome.notes,
    changes: outcome.changes
  };
}
function uploadSummary(outcome) {
  const { file } = outcome.target;
  const p = outcome.parts;
  const blocks = [
    facts([
      ["App", `${outcome.app.name} (${outcome.app.bundleId})`],
      ["File", `${file.fileName} \xB7 ${(file.size / 1e6).toFixed(1)} MB`],
      ["Build", `${outcome.target.version} (${outcome.target.buildNumber}) \xB7 ${outcome.target.platform}`],
      ["Outcome", outcome.status],
      ["Build upload", outcome.upload ? `${outcome.upload.id} \xB7 ${outcome.upload.state}` : void 0],
      [
        "Transfer",
        p ? `${p.parts} parts, ${(p.ms / 1e3).toFixed(1)} s, ${(p.bytes / 1e6 / Math.max(p.ms / 1e3, 1e-3)).toFixed(1)} MB/s${p.retries ? `, ${p.retries} retried` : ""}` : void 0
      ],
      ["SHA-256", p?.sha256],
      ...outcome.notes.map((n) => ["Note", n]),
      ...outcome.build ? buildFacts(outcome.build) : []
    ])
  ];
  const u = outcome.upload;
  const details = u ? [
    ...describeDetails(u.errors).map((d) => ["error", d]),
    ...describeDetails(u.warnings).map((d) => ["warning", d]),
    ...describeDetails(u.infos).map((d) => ["info", d])
  ] : [];
  if (details.length > 0) blocks.push(table(["Kind", "App Store Connect says"], details));
  return blocks;
}

export {
  runUpload,
  parseUploadInputs,
  readUpload,
  uploadOutputs,
  uploadJson,
  uploadSummary
};
