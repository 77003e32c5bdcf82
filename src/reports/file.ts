/**
 * Streams a report body to a file: gunzip (every member of a multi-member gzip), a line-by-line
 * TSV reader that feeds the totals, and the file in the format asked for, written to a temporary
 * name beside the target and renamed when complete. Memory stays flat whatever the size.
 */
import { trackTempFile, untrackTempFile } from '../temp-files.js';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { csvCell } from '../output/list-file.js';
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

const CHUNK = 64 * 1024;
/** Characters that make a CSV field need quotes, or a JSON string need escapes. */
const CSV_SPECIAL = /[",\r\n]/;
// eslint-disable-next-line no-control-regex
const JSON_SPECIAL = /["\\\u0000-\u001f\u2028\u2029]/;

/**
 * Writes `body` (gzip'd TSV, or plain TSV when it does not start with the gzip magic bytes) to
 * `target` in `format`, passing every row to `sinks` on the way.
 */
export async function saveReport(
  body: Readable,
  target: string,
  format: ReportFormat,
  sinks: RowSink[],
): Promise<SavedReport> {
  const path = resolve(target);
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const writer = new FormatWriter(format);
  const reader = new TsvReader(format === 'tsv' ? sinks : [...sinks, writer]);
  const counts = { compressed: 0, report: 0, file: 0, gzip: false };

  async function* countIn(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      counts.compressed += chunk.length;
      yield chunk;
    }
  }

  async function* decompress(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const it = source[Symbol.asyncIterator]();
    let first = Buffer.alloc(0);
    // Enough bytes to see the gzip magic number.
    while (first.length < 2) {
      const next = await it.next();
      if (next.done) break;
      first = Buffer.concat([first, next.value]);
    }
    const rest = async function* (): AsyncGenerator<Buffer> {
      if (first.length) yield first;
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield next.value;
      }
    };
    if (first.length === 0) return;
    if (!(first[0] === 0x1f && first[1] === 0x8b)) {
      yield* rest();
      return;
    }
    counts.gzip = true;
    const gunzip = createGunzip({ chunkSize: CHUNK });
    // Errors of either side end the iteration below with that error.
    const feeding = pipeline(Readable.from(rest(), { objectMode: false }), gunzip);
    feeding.catch(() => undefined);
    for await (const chunk of gunzip) yield chunk as Buffer;
    await feeding;
  }

  async function* convert(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer | string> {
    for await (const chunk of source) {
      counts.report += chunk.length;
      reader.write(chunk);
      const out = format === 'tsv' ? chunk : writer.take();
      if (out.length) {
        counts.file += typeof out === 'string' ? Buffer.byteLength(out) : out.length;
        yield out;
      }
    }
    reader.end();
    const tail = format === 'tsv' ? '' : writer.take() + writer.finish();
    if (tail) {
      counts.file += Buffer.byteLength(tail);
      yield tail;
    }
  }

  trackTempFile(temp);
  try {
    await pipeline(body, countIn, decompress, convert, createWriteStream(temp));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrackTempFile(temp);
  }
  return {
    path,
    format,
    compressedBytes: counts.compressed,
    reportBytes: counts.report,
    fileBytes: counts.file,
    rows: reader.rows,
    columns: reader.columns ?? [],
    gzip: counts.gzip,
  };
}

/** Buffers the converted rows of one input chunk; `take()` hands them over. */
class FormatWriter implements RowSink {
  private parts: string[] = [];
  private columns: string[] = [];
  private keys: string[] = [];
  private first = true;

  constructor(private readonly format: 'tsv' | 'csv' | 'json') {
    if (format === 'json') this.parts.push('[');
  }

  header(columns: string[]): void {
    this.columns = columns;
    this.keys = columns.map((c) => JSON.stringify(c));
    if (this.format === 'csv') this.parts.push(`${columns.map(csvCell).join(',')}\r\n`);
  }

  row(fields: string[], line: string): void {
    const complete = fields.length === this.columns.length;
    if (this.format === 'csv') {
      // Most lines need no quoting at all: one test per line instead of one per field.
      if (complete && !CSV_SPECIAL.test(line)) {
        this.parts.push(`${fields.join(',')}\r\n`);
        return;
      }
      const cells = this.columns.map((_, i) => csvCell(fields[i] ?? ''));
      for (let i = this.columns.length; i < fields.length; i++) cells.push(csvCell(fields[i]));
      this.parts.push(`${cells.join(',')}\r\n`);
      return;
    }
    let object = '{';
    if (!JSON_SPECIAL.test(line)) {
      for (let i = 0; i < this.keys.length; i++)
        object += `${i ? ',' : ''}${this.keys[i]}:"${fields[i] ?? ''}"`;
    } else {
      for (let i = 0; i < this.keys.length; i++)
        object += `${i ? ',' : ''}${this.keys[i]}:${JSON.stringify(fields[i] ?? '')}`;
    }
    this.parts.push(`${this.first ? '\n' : ',\n'}${object}}`);
    this.first = false;
  }

  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }

  finish(): string {
    return this.format === 'json' ? `${this.first ? '' : '\n'}]\n` : '';
  }
}
