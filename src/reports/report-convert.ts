/**
 * The two halves of writing a report file: the converter of TSV rows to CSV or JSON bytes (on the
 * main thread, or in the report worker), and the file's writer (on the main thread).
 */
import { writeSync } from 'node:fs';
import { csvCell } from '../output/list-file.js';
import type { RowSink } from './tsv.js';

/**
 * The output file, written in order with plain blocking writes. Measured on the bench's 855 MB
 * JSON file, writes handed to libuv's thread pool cost more than they saved: each one wakes a
 * pool thread and the main thread is woken in turn, so the system time rose from about 0.17 s to
 * 0.3 s and at times to 2 s, while a blocking write of a few hundred KB into the page cache takes
 * well under a millisecond. Each buffer is handed to `written` once it is in the file.
 */
export class FileWriter {
  private position = 0;
  private error: Error | undefined;

  constructor(
    private readonly fd: number,
    private readonly written: (buffer: Uint8Array) => void,
  ) {}

  /** Writes `buffer` after the bytes before it; `done` when it is in the file (or failed). */
  write(buffer: Uint8Array, done: (error?: Error | null) => void): void {
    if (this.error) return done(this.error);
    try {
      for (let from = 0; from < buffer.length;) {
        const bytes = writeSync(this.fd, buffer, from, buffer.length - from, this.position);
        from += bytes;
        this.position += bytes;
      }
    } catch (error) {
      this.error = error as Error;
      return done(this.error);
    }
    this.written(buffer);
    done();
  }

  /** `done` with the first error, if any: every write has finished by then. */
  settle(done: (error?: Error | null) => void): void {
    done(this.error);
  }
}

/** Byte values. */
const TAB = 9;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;
const BACKSLASH = 92;

/**
 * Converts each row to CSV or JSON into a growing buffer of bytes; `take()` hands over what one
 * input chunk produced. Rows that need nothing special (nearly all) are copied byte by byte
 * without being decoded; the others go through `csvCell` / `JSON.stringify`.
 */
export class FormatWriter implements RowSink {
  private out: Buffer = Buffer.allocUnsafe(256 * 1024);
  /** The same memory as `out`, for writing four bytes at a time. */
  private view = new DataView(this.out.buffer, this.out.byteOffset, this.out.length);
  private used = 0;
  private columns: string[] = [];
  /**
   * JSON: `{"Column":"` and `,"Column":"` per column, as bytes: key `f` is the 32-bit words
   * `keyWords[wordAt[f]..wordAt[f+1])` (little-endian) then the bytes `keyTail[tailAt[f]..tailAt[f+1])`.
   * Written with a few four-byte stores: a call to copy 10–30 bytes costs more than the copy.
   */
  private keyWords = new Int32Array(0);
  private keyTail = new Uint8Array(0);
  private wordAt = new Int32Array(1);
  private tailAt = new Int32Array(1);
  private keysBytes = 0;
  private first = true;
  private spare: Buffer[] = [];

  constructor(private readonly format: 'csv' | 'json') {
    if (format === 'json') this.text('[');
  }

  header(columns: string[]): void {
    this.columns = columns;
    const keys = columns.map((c, i) => Buffer.from(`${i ? ',' : '{'}${JSON.stringify(c)}:"`));
    const words: number[] = [];
    const tail: number[] = [];
    this.wordAt = new Int32Array(keys.length + 1);
    this.tailAt = new Int32Array(keys.length + 1);
    keys.forEach((key, f) => {
      this.wordAt[f] = words.length;
      this.tailAt[f] = tail.length;
      let i = 0;
      for (; i + 4 <= key.length; i += 4) words.push(key.readInt32LE(i));
      for (; i < key.length; i++) tail.push(key[i] as number);
    });
    this.wordAt[keys.length] = words.length;
    this.tailAt[keys.length] = tail.length;
    this.keyWords = Int32Array.from(words);
    this.keyTail = Uint8Array.from(tail);
    this.keysBytes = keys.reduce((n, k) => n + k.length, 0);
    if (this.format === 'csv') this.text(`${columns.map(csvCell).join(',')}\r\n`);
  }

  row(line: Buffer, start: number, end: number): void {
    if (this.format === 'csv') this.csvRow(line, start, end);
    else this.jsonRow(line, start, end);
  }

  /**
   * Tabs become commas and the line ends in CRLF, unless a field holds a quote, a comma or a CR,
   * or starts like a formula (`=`, `+`, `-`, `@`) and is not a plain number such as `-1` (which
   * csvCell leaves as it is): then every cell goes through csvCell.
   */
  private csvRow(line: Buffer, start: number, end: number): void {
    this.reserve(end - start + 2);
    const out = this.out;
    let o = this.used;
    let fields = 1;
    let fieldStart = true;
    // In a field that began with a sign: 1 until a digit is seen, then 2; the dots seen.
    let signed = 0;
    let dots = 0;
    for (let i = start; i < end; i++) {
      const byte = line[i] as number;
      if (byte === TAB) {
        if (signed === 1) return this.csvSlow(line, start, end);
        out[o++] = COMMA;
        fields++;
        fieldStart = true;
        signed = 0;
        continue;
      }
      if (byte === QUOTE || byte === COMMA || byte === CR) return this.csvSlow(line, start, end);
      if (fieldStart) {
        fieldStart = false;
        // = @ start a formula; + - too, unless a plain number follows.
        if (byte === 61 || byte === 64) return this.csvSlow(line, start, end);
        if (byte === 43 || byte === 45) {
          signed = 1;
          dots = 0;
        }
      } else if (signed !== 0) {
        if (byte >= 48 && byte <= 57) signed = 2;
        else if (byte !== 46 || ++dots > 1) return this.csvSlow(line, start, end);
      }
      out[o++] = byte;
    }
    if (signed === 1 || fields !== this.columns.length) return this.csvSlow(line, start, end);
    out[o++] = CR;
    out[o++] = 10;
    this.used = o;
  }

  private csvSlow(line: Buffer, start: number, end: number): void {
    const fields = line.toString('utf8', start, end).split('\t');
    const cells = this.columns.map((_, i) => csvCell(fields[i] ?? ''));
    for (let i = this.columns.length; i < fields.length; i++) cells.push(csvCell(fields[i]));
    this.text(`${cells.join(',')}\r\n`);
  }

  /** `{"Column":"value",...}`; values copied as bytes unless one needs escaping or is not ASCII. */
  private jsonRow(line: Buffer, start: number, end: number): void {
    this.reserve(end - start + this.keysBytes + 8);
    const { out, view, keyWords, keyTail, wordAt, tailAt } = this;
    const columns = this.columns.length;
    let o = this.used;
    if (!this.first) out[o++] = COMMA;
    out[o++] = 10;
    let i = start;
    for (let f = 0; f < columns; f++) {
      for (let w = wordAt[f] as number, last = wordAt[f + 1] as number; w < last; w++) {
        view.setInt32(o, keyWords[w] as number, true);
        o += 4;
      }
      for (let t = tailAt[f] as number, last = tailAt[f + 1] as number; t < last; t++)
        out[o++] = keyTail[t] as number;
      for (; i < end; i++) {
        const byte = line[i] as number;
        // One test for the common bytes; a tab, a control byte, '"', '\\' or non-ASCII past it.
        if (byte <= QUOTE || byte === BACKSLASH || byte >= 128) {
          if (byte === TAB) break;
          if (byte < 32 || byte === QUOTE || byte === BACKSLASH || byte >= 128)
            return this.jsonSlow(line, start, end);
        }
        out[o++] = byte;
      }
      out[o++] = QUOTE;
      // Past the last field: the rest read as empty; fields beyond the columns are left out.
      if (i < end) i++;
    }
    out[o++] = 125; // }
    this.used = o;
    this.first = false;
  }

  private jsonSlow(line: Buffer, start: number, end: number): void {
    const fields = line.toString('utf8', start, end).split('\t');
    const members = this.columns.map((c, i) => `${JSON.stringify(c)}:${JSON.stringify(fields[i] ?? '')}`);
    this.text(`${this.first ? '\n' : ',\n'}{${members.join(',')}}`);
    this.first = false;
  }

  private text(text: string): void {
    this.reserve(Buffer.byteLength(text));
    this.used += this.out.write(text, this.used);
  }

  /** Room for `bytes` more. */
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.used + bytes));
    this.out.copy(bigger, 0, 0, this.used);
    this.use(bigger);
  }

  /** The bytes converted since the last call. */
  take(): Buffer {
    const taken = this.out.subarray(0, this.used);
    // The file keeps the bytes handed over until written: the next rows go to a buffer it has
    // given back (`recycle`), or a new one.
    this.use(this.spare.pop() ?? Buffer.allocUnsafe(this.out.length));
    this.used = 0;
    return taken;
  }

  private use(out: Buffer): void {
    this.out = out;
    this.view = new DataView(out.buffer, out.byteOffset, out.length);
  }

  /** A buffer from `take()` that has been written: its memory serves again (no new pages to fault in). */
  recycle(taken: Uint8Array): void {
    if (taken.byteOffset !== 0 || taken.buffer.byteLength < this.out.length || this.spare.length >= 4) return;
    this.spare.push(Buffer.from(taken.buffer as ArrayBuffer));
  }

  finish(): Buffer {
    return Buffer.from(this.format === 'json' ? `${this.first ? '' : '\n'}]\n` : '');
  }
}
