/**
 * The report worker (its own entry point, dist/report-worker.js): converts the TSV bytes the main
 * thread posts to CSV or JSON, so that converting overlaps with gunzip and the totals on the main
 * thread. It knows where each output goes in the file (it makes them all, in order): it writes
 * every other one itself and hands the others back with their position, so the kernel's copying
 * into the file is shared by both threads. The main thread owns the file: it opened it, gives
 * buffers back once written (their memory serves again), and removes the temporary file on any
 * error and on SIGTERM, after ending this thread.
 *
 * Messages in: a chunk of TSV (Uint8Array), `{ recycle }` with a buffer written, `null` at the
 * end. Out, per chunk: `{ out, at, input }` (bytes for the main thread to write at `at`) or
 * `{ wrote, input }` (written here), each with the chunk's memory given back; `{ end, at }` with
 * the last bytes; `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FormatWriter, writeFully } from './report-convert.js';
import { TsvReader } from './tsv.js';

export interface ReportWorkerJob {
  /** The file the main thread opened; this thread writes every other output into it. */
  fd: number;
  format: 'csv' | 'json';
  maxLineBytes: number;
}

export type ReportWorkerInput = Uint8Array | { recycle: ArrayBuffer } | null;

export type ReportWorkerMessage =
  /** Bytes for the main thread to write at `at`; or `wrote` bytes written here. */
  | { out: Uint8Array; at: number; input: ArrayBuffer }
  | { wrote: number; input: ArrayBuffer }
  | { end: Uint8Array; at: number }
  | { error: string; code?: string };

const port = parentPort;
if (port) {
  const job = workerData as ReportWorkerJob;
  const writer = new FormatWriter(job.format);
  const reader = new TsvReader([writer], job.maxLineBytes);
  let failed = false;
  /** Bytes made so far (where the next output goes in the file), and outputs made. */
  let position = 0;
  let outputs = 0;

  const send = (message: ReportWorkerMessage, transfer?: ArrayBuffer[]) =>
    port.postMessage(message, transfer);
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    const e = error as NodeJS.ErrnoException;
    send({ error: e?.message ?? String(error), code: e?.code });
  };

  port.on('message', (message: ReportWorkerInput) => {
    if (failed) return;
    try {
      if (message instanceof Uint8Array) {
        reader.write(Buffer.from(message.buffer, message.byteOffset, message.byteLength));
        // take() gives up the buffer for good (its next rows go to another), so it can move; the
        // chunk's memory goes back too (the reader keeps copies), to carry the next chunk.
        const out = writer.take();
        const input = message.buffer as ArrayBuffer;
        const at = position;
        position += out.length;
        // Every other output is written here: the two threads share the kernel's copying.
        if ((outputs++ & 1) === 0) {
          writeFully(job.fd, out, at);
          writer.recycle(out);
          send({ wrote: out.length, input }, [input]);
        } else send({ out, at, input }, [out.buffer as ArrayBuffer, input]);
      } else if (message) {
        writer.recycle(Buffer.from(message.recycle));
      } else {
        reader.end();
        // A copy: the last bytes may sit in Node's shared pool, which must not move.
        send({ end: new Uint8Array(Buffer.concat([writer.take(), writer.finish()])), at: position });
      }
    } catch (error) {
      fail(error);
    }
  });
}
