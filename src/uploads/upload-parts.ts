/**
 * Sends the file's parts exactly as App Store Connect's `uploadOperations` say: method, URL,
 * headers and byte range, streamed from disk, a bounded number at a time. The part host is
 * another host: it gets the headers Apple gave and nothing else (no token). The file's SHA-256
 * is computed from the same bytes as they stream, in file order.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { UploadOperation } from '../api/build-uploads.js';
import { backoffDelay, isRetryableNetworkError, parseRetryAfter, type RetryPolicy } from '../api/retry.js';
import { createDispatcher, send, type Dispatcher } from '../api/transport.js';
import { isHttpsOrLoopback } from '../api/url.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

/** Parts in flight by default: measured with `npm run bench` (scenario upload). */
export const DEFAULT_PART_CONCURRENCY = 6;

export const PART_RETRY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  budgetMs: 10 * 60_000,
};

export interface PartsOptions {
  clock: Clock;
  log: Logger;
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Fresh operations for the file (its URLs expire); called when one has expired. */
  refresh(): Promise<UploadOperation[]>;
  /** Per-part timeout floor, ms (default 60 s; longer for big parts at 256 KB/s). */
  partTimeoutMs?: number;
  random?: () => number;
}

export interface PartsOutcome {
  parts: number;
  bytes: number;
  sha256: string;
  ms: number;
  retries: number;
  concurrency: number;
}

/** A part refused for good, or the file's operations do not describe it. */
export class PartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartError';
  }
}

const EXPIRY_MARGIN_MS = 30_000;

/** Checks the operations before anything is sent: every URL allowed, the ranges inside the file. */
export function checkOperations(operations: UploadOperation[], fileSize: number): void {
  if (operations.length === 0)
    throw new PartError('App Store Connect gave no upload operations for the file.');
  for (const op of operations) {
    let url: URL;
    try {
      url = new URL(op.url);
    } catch {
      throw new PartError(`Upload operation ${op.partNumber ?? '?'} has no valid URL.`);
    }
    if (!isHttpsOrLoopback(url)) {
      throw new PartError(
        `Upload operation ${op.partNumber ?? '?'} points at ${url.origin}: parts go over https only (plain http only to a loopback host).`,
      );
    }
    if (
      !Number.isSafeInteger(op.offset) ||
      !Number.isSafeInteger(op.length) ||
      op.offset < 0 ||
      op.length <= 0 ||
      op.offset + op.length > fileSize
    ) {
      throw new PartError(
        `Upload operation ${op.partNumber ?? '?'} asks for bytes outside the file (offset ${op.offset}, length ${op.length}, file ${fileSize} bytes).`,
      );
    }
  }
}

/** True when the operations cover the file exactly once, in order: the hash can follow the parts. */
function tiles(sorted: UploadOperation[], fileSize: number): boolean {
  let at = 0;
  for (const op of sorted) {
    if (op.offset !== at) return false;
    at += op.length;
  }
  return at === fileSize;
}

/**
 * Bytes of parts ahead of the next one in file order that wait for the hash, at most: a part
 * that would hold more waits to read on until the parts before it catch up. Without a cap the
 * parts in flight could all wait whole behind one slow part (30 MB at 6 parts of 5 MB), so the
 * peak memory grew with the number of parts: 1 GB peaked 25 MB above 100 MB in `npm run bench`.
 */
export const MAX_BYTES_AHEAD = 8 * 1024 * 1024;

/**
 * Feeds the hash in file order while parts stream out of order: bytes of a part ahead of the
 * next one in order wait (at most MAX_BYTES_AHEAD, see `room`); a retried part's bytes count once.
 */
export class OrderedHasher {
  private readonly hash = createHash('sha256');
  private readonly fed: number[];
  private readonly pending = new Map<number, Buffer[]>();
  private pendingBytes = 0;
  private released = false;
  private waiting: Array<() => void> = [];
  private next = 0;

  constructor(private readonly lengths: number[]) {
    this.fed = lengths.map(() => 0);
  }

  feed(index: number, position: number, chunk: Buffer): void {
    const skip = (this.fed[index] as number) - position;
    if (skip >= chunk.length) return;
    const fresh = skip > 0 ? chunk.subarray(skip) : chunk;
    this.fed[index] = (this.fed[index] as number) + fresh.length;
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
  room(index: number): Promise<void> | undefined {
    if (this.released || index <= this.next || this.pendingBytes < MAX_BYTES_AHEAD) return undefined;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** No part waits any more (the upload has failed: the hash will not be used). */
  release(): void {
    this.released = true;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  digest(): string | undefined {
    return this.next === this.lengths.length ? this.hash.digest('hex') : undefined;
  }
}

/** Sends every operation; resolves once all parts are accepted, with the file's SHA-256. */
export async function sendParts(
  filePath: string,
  fileSize: number,
  operations: UploadOperation[],
  options: PartsOptions,
): Promise<PartsOutcome> {
  const { clock, log } = options;
  checkOperations(operations, fileSize);
  let ops = [...operations].sort((a, b) => a.offset - b.offset);
  const inOrder = tiles(ops, fileSize);
  const hasher = inOrder ? new OrderedHasher(ops.map((o) => o.length)) : undefined;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? DEFAULT_PART_CONCURRENCY, ops.length));
  const retry = { ...PART_RETRY, ...options.retry };
  const random = options.random ?? Math.random;
  // Apple's part hosts are reached through the same proxy settings as the API.
  const agent: Dispatcher = await createDispatcher();
  const started = clock.now();
  const total = ops.reduce((n, o) => n + o.length, 0);
  let sent = 0;
  let partsDone = 0;
  let retries = 0;
  let lastDecile = 0;
  let refreshing: Promise<UploadOperation[]> | undefined;
  let failure: unknown;
  let nextIndex = 0;

  const fresh = async (index: number): Promise<UploadOperation> => {
    const op = ops[index] as UploadOperation;
    if (!op.expiration || Date.parse(op.expiration) - clock.now() > EXPIRY_MARGIN_MS) return op;
    refreshing ??= options.refresh().finally(() => (refreshing = undefined));
    const renewed = [...(await refreshing)].sort((a, b) => a.offset - b.offset);
    checkOperations(renewed, fileSize);
    const match = renewed.find((o) => o.offset === op.offset && o.length === op.length);
    if (!match || (match.expiration && Date.parse(match.expiration) - clock.now() <= EXPIRY_MARGIN_MS)) {
      throw new PartError(
        `The upload URL of part ${label(op, index, ops.length)} expired (${op.expiration}) and App Store Connect gave no fresh one: run the step again; it starts the file again.`,
      );
    }
    ops = ops.map((o, i) => (i === index ? match : o));
    log.debug(`Part ${label(match, index, ops.length)}: its URL had expired; using a fresh one.`);
    return match;
  };

  const sendPart = async (index: number): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      const op = await fresh(index);
      const timeoutMs = Math.max(options.partTimeoutMs ?? 60_000, Math.ceil(op.length / 256));
      let status: number;
      let headers: Record<string, string | string[] | undefined> = {};
      let text = '';
      try {
        const res = await send(agent, {
          origin: new URL(op.url).origin,
          path: new URL(op.url).pathname + new URL(op.url).search,
          method: op.method as Dispatcher.HttpMethod,
          headers: partHeaders(op),
          body: Readable.from(partBody(filePath, op, index, hasher), { objectMode: false }),
          signal: AbortSignal.timeout(timeoutMs),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        status = res.statusCode;
        headers = res.headers;
        text = (await res.body.text()).slice(0, 2000);
      } catch (error) {
        const code = (error as { code?: string; name?: string }).code ?? (error as { name?: string }).name;
        const retryable =
          isRetryableNetworkError(error) || code === 'TimeoutError' || code === 'UND_ERR_ABORTED';
        const wait = backoffDelay(retry, attempt, random);
        if (!retryable || attempt >= retry.maxAttempts) {
          throw new PartError(
            `Part ${label(op, index, ops.length)} could not be sent after ${attempt} ${attempt === 1 ? 'try' : 'tries'}: ${describe(error, timeoutMs)}. Check the runner's network; a re-run resumes the upload.`,
          );
        }
        log.info(
          `Part ${label(op, index, ops.length)}: ${describe(error, timeoutMs)}; retrying in ${seconds(wait)}.`,
        );
        retries += 1;
        await clock.sleep(wait);
        continue;
      }
      if (status >= 200 && status < 300) break;
      const flat = (name: string) => {
        const v = headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const expired =
        status === 403 &&
        op.expiration !== undefined &&
        Date.parse(op.expiration) - clock.now() <= EXPIRY_MARGIN_MS;
      if (expired && attempt < retry.maxAttempts) continue;
      if ((status === 408 || status === 429 || status >= 500) && attempt < retry.maxAttempts) {
        const wait =
          parseRetryAfter(flat('retry-after'), flat('date'), clock.now()) ??
          backoffDelay(retry, attempt, random);
        log.info(`Part ${label(op, index, ops.length)}: ${status}; retrying in ${seconds(wait)}.`);
        retries += 1;
        await clock.sleep(Math.min(wait, retry.maxDelayMs));
        continue;
      }
      throw new PartError(
        `Part ${label(op, index, ops.length)} was refused by the upload host (${new URL(op.url).host}): ${status}${excerpt(text)}.` +
          (status === 403 ? ' Its URL may have expired: run the step again.' : ''),
      );
    }
    const op = ops[index] as UploadOperation;
    sent += op.length;
    partsDone += 1;
    const decile = Math.floor((sent * 10) / total);
    if (decile > lastDecile || partsDone === ops.length) {
      lastDecile = decile;
      const elapsed = Math.max(1, clock.now() - started);
      log.info(
        `Uploaded ${mb(sent)} of ${mb(total)} (${Math.floor((sent * 100) / total)} %), ${partsDone} of ${ops.length} parts, ${(((sent / 1e6) * 1000) / elapsed).toFixed(1)} MB/s.`,
      );
    }
  };

  const worker = async () => {
    while (failure === undefined && nextIndex < ops.length) {
      const index = nextIndex++;
      try {
        await sendPart(index);
      } catch (error) {
        failure ??= error;
        // The parts still in flight finish (or fail) at once rather than wait for the hash.
        hasher?.release();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await agent.close().catch(() => undefined);
  }
  if (failure !== undefined) throw failure;
  const sha256 = hasher?.digest() ?? (await hashFile(filePath));
  return { parts: ops.length, bytes: total, sha256, ms: clock.now() - started, retries, concurrency };
}

/** The headers Apple gave for the part, and the length (a streamed body needs it). */
function partHeaders(op: UploadOperation): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of op.requestHeaders ?? []) if (h.name) headers[h.name.toLowerCase()] = h.value ?? '';
  headers['content-length'] ??= String(op.length);
  return headers;
}

/** The part's bytes straight from disk; each chunk also feeds the ordered hash. */
async function* partBody(
  filePath: string,
  op: UploadOperation,
  index: number,
  hasher: OrderedHasher | undefined,
): AsyncGenerator<Buffer> {
  let position = 0;
  const stream = createReadStream(filePath, {
    start: op.offset,
    end: op.offset + op.length - 1,
    highWaterMark: 256 * 1024,
  });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hasher?.feed(index, position, chunk);
    position += chunk.length;
    yield chunk;
    for (let wait = hasher?.room(index); wait; wait = hasher?.room(index)) await wait;
  }
  if (position !== op.length)
    throw new PartError(`the file changed while uploading (part ended at ${position} of ${op.length} bytes)`);
}

async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath, {
    highWaterMark: 1024 * 1024,
  }) as AsyncIterable<Buffer>)
    hash.update(chunk);
  return hash.digest('hex');
}

function label(op: UploadOperation, index: number, count: number): string {
  return `${op.partNumber ?? index + 1} of ${count} (bytes ${op.offset}-${op.offset + op.length - 1})`;
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as { code?: string; name?: string; message?: string };
  if (
    e.name === 'TimeoutError' ||
    e.code === 'UND_ERR_ABORTED' ||
    e.code === 'UND_ERR_HEADERS_TIMEOUT' ||
    e.code === 'UND_ERR_BODY_TIMEOUT'
  )
    return `no answer within ${seconds(timeoutMs)}`;
  if (e.code === 'ECONNRESET' || e.code === 'UND_ERR_SOCKET') return 'the connection was reset';
  if (e.code === 'ECONNREFUSED') return 'the connection was refused';
  return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(error));
}

function excerpt(text: string): string {
  const plain = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/[^\x20-\x7e]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain ? ` (${plain.slice(0, 160)})` : '';
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`);
