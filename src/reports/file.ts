/**
 * Streams a report body to a file: gunzip (every member of a multi-member gzip, on libuv's thread
 * pool, running ahead of the parsing), a TSV reader on bytes that feeds the totals, and the file
 * in the format asked for (TSV: the bytes as they come; CSV and JSON converted by the report worker
 * thread when the build has one), written to a temporary name beside the target and
 * renamed when complete. Memory stays flat whatever the size; the uncompressed size
 * and the line length are capped, so a gzip bomb or a file without line breaks stops early.
 */
import { trackTempFile, untrackTempFile } from '../temp-files.js';
import { close, existsSync, open } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, dirname, join, resolve } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FormatWriter, writeFully } from './report-convert.js';
import type { ReportWorkerInput, ReportWorkerJob, ReportWorkerMessage } from './report-worker.js';
import { TsvReader, type RowSink } from './tsv.js';

export const REPORT_FORMATS = ['tsv', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface SavedReport {
  path: string;
  format: ReportFormat;
  /** Bytes received (compressed). */
  compressedBytes: number;
  /** Bytes after gunzip (Apple's TSV). */
  reportBytes: number;
  /** Bytes written to the file. */
  fileBytes: number;
  /** Data rows (no header, no trailer lines). */
  rows: number;
  columns: string[];
  gzip: boolean;
}

export interface ReportLimits {
  /** Uncompressed bytes at most. */
  maxReportBytes: number;
  /** Bytes of one line at most. */
  maxLineBytes: number;
}

/** The report grew past `maxReportBytes` once uncompressed. */
export class ReportTooLargeError extends Error {
  constructor(
    readonly maxReportBytes: number,
    readonly compressedBytes: number,
  ) {
    super(`the report inflates past ${maxReportBytes} bytes (from ${compressedBytes} bytes received)`);
    this.name = 'ReportTooLargeError';
  }
}

/**
 * Output of gunzip handed over at a time, and how far gunzip may run ahead of the parsing. TSV
 * takes 1 MB chunks: each chunk is a hop between the thread pool and this thread, and fewer hops
 * cut the step by a sixth. CSV and JSON keep 128 KB: each chunk is copied to the report worker
 * (8 in flight) and makes an output buffer up to 4 times its size; with 1 MB chunks the bench's
 * JSON run was slower (more fresh memory for the kernel to hand over) and CSV passed 150 MB.
 */
const GUNZIP_CHUNK = {
  tsv: 1024 * 1024,
  csv: 128 * 1024,
  json: 128 * 1024,
} as const;
const GUNZIP_AHEAD = 2 * 1024 * 1024;

/**
 * Writes `body` (gzip'd TSV, or plain TSV when it does not start with the gzip magic bytes) to
 * `target` in `format`, passing every row to `sinks` on the way. On any error the temporary file
 * is removed and the error thrown: nothing is left behind.
 */
export async function saveReport(
  body: Readable,
  target: string,
  format: ReportFormat,
  sinks: RowSink[],
  limits: ReportLimits = { maxReportBytes: Infinity, maxLineBytes: Infinity },
): Promise<SavedReport> {
  const path = resolve(target);
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const counts = { compressed: 0, report: 0, gzip: false };

  const fd = await promisify(open)(temp, 'w');
  trackTempFile(temp);
  let output: ReportOutput | undefined;
  try {
    output =
      format !== 'tsv' && existsSync(WORKER_FILE)
        ? new WorkerOutput(fd, format, limits.maxLineBytes)
        : new InThreadOutput(fd, format);
    const out = output;
    const reader = new TsvReader([...sinks, ...out.sinks], limits.maxLineBytes);
    const convert = new Writable({
      highWaterMark: GUNZIP_AHEAD,
      write(chunk: Buffer, _encoding, done) {
        // gunzip hands each chunk over from inside its own callback and asks its thread for the
        // next one only once this returns: reading the chunk after that lets both run at once.
        queueMicrotask(() => {
          try {
            counts.report += chunk.length;
            if (counts.report > limits.maxReportBytes)
              throw new ReportTooLargeError(limits.maxReportBytes, counts.compressed);
            reader.write(chunk);
            out.write(chunk, done);
            // Nothing holds the chunk any more (the reader and the outputs keep copies).
            if (counts.gzip) freeGunzipChunk(chunk, GUNZIP_CHUNK[format]);
          } catch (error) {
            done(error as Error);
          }
        });
      },
      final(done) {
        try {
          reader.end();
          out.end(done);
        } catch (error) {
          done(error as Error);
        }
      },
    });

    const head = await peek(body, 2);
    body.on('data', (chunk: Buffer) => (counts.compressed += chunk.length));
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
      counts.gzip = true;
      // zlib hands its options on to the Transform it is, high-water marks included.
      const gunzip = createGunzip({
        chunkSize: GUNZIP_CHUNK[format],
        readableHighWaterMark: GUNZIP_AHEAD,
      } as ZlibOptions);
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
      gzip: counts.gzip,
    };
  } catch (error) {
    body.destroy();
    await output?.stop();
    await promisify(close)(fd).catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrackTempFile(temp);
  }
}

/** The worker bundled beside this chunk in dist/; absent when the sources run (tests): converted in-thread then. */
const WORKER_FILE = fileURLToPath(new URL('./report-worker.js', import.meta.url));

/** Where the TSV goes once read: converted here or in the report worker, and written here. */
interface ReportOutput {
  /** Sinks for the main thread's reader. */
  readonly sinks: RowSink[];
  readonly fileBytes: number;
  write(chunk: Buffer, done: (error?: Error | null) => void): void;
  end(done: (error?: Error | null) => void): void;
  /** Ends the worker if any (after `end`, or on an error). */
  stop(): Promise<void>;
}

/** TSV (Apple's bytes as they come; the reader only looks), or CSV/JSON on the main thread. */
class InThreadOutput implements ReportOutput {
  readonly sinks: RowSink[];
  fileBytes = 0;
  private readonly writer: FormatWriter | undefined;

  constructor(
    private readonly fd: number,
    format: ReportFormat,
  ) {
    this.writer = format === 'tsv' ? undefined : new FormatWriter(format);
    this.sinks = this.writer ? [this.writer] : [];
  }

  /** Throws when the write fails (the caller hands the error on). */
  write(chunk: Buffer, done: (error?: Error | null) => void): void {
    this.append(this.writer ? this.writer.take() : chunk);
    done();
  }

  end(done: (error?: Error | null) => void): void {
    if (this.writer) this.append(Buffer.concat([this.writer.take(), this.writer.finish()]));
    done();
  }

  /** Writes `bytes` after those before (`fileBytes` is where the next go); the converter's buffer serves again. */
  private append(bytes: Uint8Array): void {
    writeFully(this.fd, bytes, this.fileBytes);
    this.fileBytes += bytes.length;
    this.writer?.recycle(bytes);
  }

  async stop(): Promise<void> {}
}

/** Chunks posted to the report worker whose bytes are not yet handed to the file, at most. */
const CHUNKS_TO_WORKER = 8;

/**
 * CSV/JSON converted by the report worker while this thread reads the next chunks; the worker
 * writes half of the outputs, and the bytes it hands back are written here at the position it
 * gives and then given back.
 */
class WorkerOutput implements ReportOutput {
  readonly sinks: RowSink[] = [];
  fileBytes = 0;
  private readonly worker: Worker;
  private posted = 0;
  /** Memory of chunks the worker has read, to copy the next chunks into. */
  private readonly inputs: ArrayBuffer[] = [];
  private waiting: ((error?: Error | null) => void) | undefined;
  private ended: ((error?: Error | null) => void) | undefined;
  private error: Error | undefined;

  constructor(
    private readonly fd: number,
    format: 'csv' | 'json',
    maxLineBytes: number,
  ) {
    const job: ReportWorkerJob = { fd, format, maxLineBytes };
    this.worker = new Worker(WORKER_FILE, { workerData: job });
    this.worker.on('message', (message: ReportWorkerMessage) => {
      if (this.error) return;
      if ('error' in message)
        return this.fail(Object.assign(new Error(message.error), { code: message.code }));
      if ('end' in message) {
        if (this.writeAt(message.end, message.at)) this.finish();
        return;
      }
      if (this.inputs.length < CHUNKS_TO_WORKER) this.inputs.push(message.input);
      if ('wrote' in message) this.fileBytes += message.wrote;
      else {
        if (!this.writeAt(message.out, message.at)) return;
        // Written: its memory goes back to the worker for the next output.
        const recycle: ReportWorkerInput = { recycle: message.out.buffer as ArrayBuffer };
        this.worker.postMessage(recycle, [recycle.recycle]);
      }
      this.posted--;
      this.resume();
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('the report worker stopped before the end')));
  }

  write(chunk: Buffer, done: (error?: Error | null) => void): void {
    if (this.error) return done(this.error);
    // A copy of the chunk's bytes, in memory the worker gave back when there is some that fits
    // (fresh memory costs the kernel a page fault per 4 KB), handed over without a second copy.
    const memory = this.inputs.pop();
    const copy =
      memory && memory.byteLength >= chunk.length
        ? new Uint8Array(memory, 0, chunk.length)
        : new Uint8Array(chunk.length);
    copy.set(chunk);
    this.worker.postMessage(copy, [copy.buffer]);
    this.posted++;
    if (this.posted < CHUNKS_TO_WORKER) done();
    else this.waiting = done;
  }

  end(done: (error?: Error | null) => void): void {
    if (this.error) return done(this.error);
    this.ended = done;
    this.worker.postMessage(null);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private resume(): void {
    const waiting = this.waiting;
    if (!waiting || (this.posted >= CHUNKS_TO_WORKER && !this.error)) return;
    this.waiting = undefined;
    waiting(this.error);
  }

  /** Writes `bytes` at `at`; false (and the step fails) when the write fails. */
  private writeAt(bytes: Uint8Array, at: number): boolean {
    try {
      writeFully(this.fd, bytes, at);
    } catch (error) {
      this.fail(error as Error);
      return false;
    }
    this.fileBytes += bytes.length;
    return true;
  }

  private finish(): void {
    const ended = this.ended;
    this.ended = undefined;
    ended?.();
  }

  private fail(error: Error): void {
    this.error ??= error;
    this.resume();
    const ended = this.ended;
    this.ended = undefined;
    ended?.(this.error);
  }
}

/**
 * Hands a gunzip chunk's memory back at once. Node 24 (V8 13) frees an ArrayBuffer only when a
 * garbage collection finds it dead, and the pipeline allocates almost nothing on the JS heap, so
 * few collections run: gunzip's fresh chunk buffers (200 MB of them for the bench's report) piled
 * up, and the step peaked about 40 MB higher than on Node 20. gunzip fills one buffer of
 * `chunkSize` bytes and starts a new one once it is full; a chunk that ends at its buffer's end is
 * the last part of that buffer gunzip hands over, and the earlier parts were read before it, so
 * once it is read the buffer can go: transferring it (to a buffer of no bytes) frees it now.
 * Node 20 has no `ArrayBuffer.prototype.transfer` and does not need it.
 */
function freeGunzipChunk(chunk: Buffer, chunkSize: number): void {
  const memory = chunk.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (
    typeof memory.transfer === 'function' &&
    memory.byteLength === chunkSize &&
    chunk.byteOffset + chunk.length === chunkSize
  )
    memory.transfer(0);
}

/** Reads at least `bytes` bytes (fewer at the end) and puts them back; the stream is left paused. */
async function peek(body: Readable, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < bytes) {
    const chunk = body.read() as Buffer | null;
    if (chunk !== null) {
      parts.push(chunk);
      size += chunk.length;
      continue;
    }
    if (body.readableEnded || body.destroyed) break;
    await new Promise<void>((done, fail) => {
      const settle = (error?: Error) => {
        body.off('readable', onReadable).off('end', onEnd).off('error', settle);
        if (error) fail(error);
        else done();
      };
      const onReadable = () => settle();
      const onEnd = () => settle();
      body.on('readable', onReadable).on('end', onEnd).on('error', settle);
    });
  }
  const head = Buffer.concat(parts, size);
  if (size > 0) body.unshift(head);
  return head;
}
