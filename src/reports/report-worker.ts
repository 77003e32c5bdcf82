/**
 * The report worker (its own entry point, dist/report-worker.js): converts the TSV bytes the main
 * thread posts to CSV or JSON and writes them to the file the main thread opened, so converting
 * and writing overlap with gunzip and the totals. The main thread owns the temporary file: it
 * removes it on any error, and on SIGTERM.
 *
 * Messages in: a chunk of TSV (Uint8Array), `null` at the end. Out: `{ ack }` once a chunk is
 * handed to the file, `{ done }` with the bytes written once all is on disk, `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileWriter, FormatWriter } from './report-convert.js';
import { TsvReader } from './tsv.js';

export interface ReportWorkerJob {
  fd: number;
  format: 'csv' | 'json';
  maxLineBytes: number;
}

export type ReportWorkerMessage = { ack: true } | { done: number } | { error: string; code?: string };

const port = parentPort;
if (port) {
  const job = workerData as ReportWorkerJob;
  const writer = new FormatWriter(job.format);
  const reader = new TsvReader([writer], job.maxLineBytes);
  const file = new FileWriter(job.fd, (buffer) => writer.recycle(buffer));
  let bytes = 0;
  let failed = false;
  let queue = Promise.resolve();

  const send = (message: ReportWorkerMessage) => port.postMessage(message);
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    const e = error as NodeJS.ErrnoException;
    send({ error: e?.message ?? String(error), code: e?.code });
  };
  const put = (out: Buffer) =>
    new Promise<void>((done, reject) => {
      bytes += out.length;
      file.write(out, (error) => (error ? reject(error) : done()));
    });

  const handle = async (chunk: Uint8Array | null) => {
    if (failed) return;
    if (chunk) {
      reader.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      await put(writer.take());
      send({ ack: true });
      return;
    }
    reader.end();
    await put(Buffer.concat([writer.take(), writer.finish()]));
    await new Promise<void>((done, reject) => file.settle((error) => (error ? reject(error) : done())));
    send({ done: bytes });
  };

  port.on('message', (chunk: Uint8Array | null) => {
    queue = queue.then(() => handle(chunk)).catch(fail);
  });
}
