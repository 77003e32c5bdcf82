/**
 * The two halves of writing a report file: the converter of TSV rows to CSV or JSON bytes (on the
 * main thread, or in the report worker), and the file's blocking writes.
 */
import { writeSync } from 'node:fs';
import { csvCell } from '../output/list-file.js';
import type { RowSink } from './tsv.js';

/**
 * Output buffers given back and kept for the next chunks: with 8 chunks in flight to the report
 * worker, fewer left it making fresh ones (the bench's JSON peak was 110 MB with 4, 98 MB with 12).
 */
const SPARE_BUFFERS = 12;

/**
 * Writes all of `buffer` at byte `at` of the file, with plain blocking writes (one call may take
 * only part). Measured on the bench's 855 MB JSON file, writes handed to libuv's thread pool cost
 * more than they saved: each one wakes a pool thread and the main thread is woken in turn, so the
 * system time rose from about 0.17 s to 0.3 s and at times to 2 s, while a blocking write of a
 * few hundred KB into the page cache takes well under a millisecond.
 */
export function writeFully(fd: number, buffer: Uint8Array, at: number): void {
  for (let from = 0; from < buffer.length;)
    from += writeSync(fd, buffer, from, buffer.length - from, at + from);
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
  /** The row's buffer as last seen, and a view of it for reading four bytes at a time. */
  private lineBuffer: Buffer | undefined;
  private lineView: DataView = new DataView(new ArrayBuffer(0));
  private columns: string[] = [];
  /**
   * JSON: what goes before each column's value (`{"Column":"`, then `","Column":"`), packed for
   * a few eight- and four-byte stores each: a call to copy 10–30 bytes costs more than the copy.
   */
  private keys: PackedKeys = packKeys([]);
  private first = true;
  private spare: Buffer[] = [];

  constructor(private readonly format: 'csv' | 'json') {
    if (format === 'json') this.text('[');
  }

  header(columns: string[]): void {
    this.columns = columns;
    const keys = columns.map((c, i) => Buffer.from(`${i ? '",' : '{'}${JSON.stringify(c)}:"`));
    this.keys = packKeys(keys);
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
    const { out, view } = this;
    let o = this.used;
    let fields = 1;
    let fieldStart = true;
    // In a field that began with a sign: 1 until a digit is seen, then 2; the dots seen.
    let signed = 0;
    let dots = 0;
    const lineView = this.viewOf(line);
    // Set after a field's first byte when it starts no formula or sign: the rest may go in words.
    let plain = false;
    for (let i = start; i < end; i++) {
      if (plain) {
        plain = false;
        // Past a plain field's first byte: four bytes at a time while none is a tab, '"', ',' or CR.
        for (; i + 4 <= end; i += 4) {
          const word = lineView.getInt32(i, true);
          const tab = word ^ 0x09090909;
          const quote = word ^ 0x22222222;
          const comma = word ^ 0x2c2c2c2c;
          const cr = word ^ 0x0d0d0d0d;
          const zero =
            ((tab - 0x01010101) & ~tab) |
            ((quote - 0x01010101) & ~quote) |
            ((comma - 0x01010101) & ~comma) |
            ((cr - 0x01010101) & ~cr);
          if (zero & 0x80808080) break;
          view.setInt32(o, word, true);
          o += 4;
        }
        if (i >= end) break;
      }
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
        } else plain = true;
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
    this.reserve(end - start + this.keys.bytes + 8);
    const { out, view } = this;
    const lineView = this.viewOf(line);
    const { eights, eightAt, words, wordAt, tail, tailAt } = this.keys;
    const columns = this.columns.length;
    let o = this.used;
    if (!this.first) out[o++] = COMMA;
    out[o++] = 10;
    let i = start;
    for (let f = 0; f < columns; f++) {
      for (let e = eightAt[f] as number, last = eightAt[f + 1] as number; e < last; e++) {
        view.setFloat64(o, eights[e] as number, true);
        o += 8;
      }
      for (let w = wordAt[f] as number, last = wordAt[f + 1] as number; w < last; w++) {
        view.setInt32(o, words[w] as number, true);
        o += 4;
      }
      for (let t = tailAt[f] as number, last = tailAt[f + 1] as number; t < last; t++)
        out[o++] = tail[t] as number;
      // Four bytes at a time while none is a tab, a control byte, '"', '\\' or non-ASCII.
      for (; i + 4 <= end; i += 4) {
        const word = lineView.getInt32(i, true);
        // A byte < 32 (a tab too), >= 128, '"' or '\\': each test is exact for "some byte is".
        if ((((word - 0x20202020) & ~word) | word) & 0x80808080) break;
        const quote = word ^ 0x22222222;
        const backslash = word ^ 0x5c5c5c5c;
        if ((((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash)) & 0x80808080) break;
        view.setInt32(o, word, true);
        o += 4;
      }
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
      // Past the last field: the rest read as empty; fields beyond the columns are left out.
      if (i < end) i++;
    }
    if (columns > 0) out[o++] = QUOTE;
    else out[o++] = 123; // {
    out[o++] = 125; // }
    this.used = o;
    this.first = false;
  }

  /** A view of the rows' buffer for reading four bytes at a time (made once per chunk). */
  private viewOf(line: Buffer): DataView {
    if (this.lineBuffer !== line) {
      this.lineBuffer = line;
      this.lineView = new DataView(line.buffer, line.byteOffset, line.length);
    }
    return this.lineView;
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
    if (
      taken.byteOffset !== 0 ||
      taken.buffer.byteLength < this.out.length ||
      this.spare.length >= SPARE_BUFFERS
    )
      return;
    this.spare.push(Buffer.from(taken.buffer as ArrayBuffer));
  }

  finish(): Buffer {
    return Buffer.from(this.format === 'json' ? `${this.first ? '' : '\n'}]\n` : '');
  }
}

/**
 * Byte strings packed to be written with stores of eight bytes (a float64 of the same bits),
 * four bytes (an int32) and single bytes: string `f` is `eights[eightAt[f]..eightAt[f+1])`, then
 * `words[wordAt[f]..]`, then `tail[tailAt[f]..]`, all little-endian. An eight-byte part whose bits
 * read as NaN goes as two int32s instead, as V8 may rewrite a NaN's bits on the way.
 */
export interface PackedKeys {
  eights: Float64Array;
  eightAt: Int32Array;
  words: Int32Array;
  wordAt: Int32Array;
  tail: Uint8Array;
  tailAt: Int32Array;
  bytes: number;
}

export function packKeys(keys: Buffer[]): PackedKeys {
  const eights: number[] = [];
  const words: number[] = [];
  const tail: number[] = [];
  const at = () => new Int32Array(keys.length + 1);
  const packed = { eightAt: at(), wordAt: at(), tailAt: at(), bytes: 0 };
  keys.forEach((key, f) => {
    packed.eightAt[f] = eights.length;
    packed.wordAt[f] = words.length;
    packed.tailAt[f] = tail.length;
    // A string with a NaN part goes as int32s only, so that the parts stay in order.
    let nan = false;
    for (let i = 0; i + 8 <= key.length; i += 8) nan ||= Number.isNaN(key.readDoubleLE(i));
    let i = 0;
    if (!nan) for (; i + 8 <= key.length; i += 8) eights.push(key.readDoubleLE(i));
    for (; i + 4 <= key.length; i += 4) words.push(key.readInt32LE(i));
    for (; i < key.length; i++) tail.push(key[i] as number);
    packed.bytes += key.length;
  });
  packed.eightAt[keys.length] = eights.length;
  packed.wordAt[keys.length] = words.length;
  packed.tailAt[keys.length] = tail.length;
  return {
    ...packed,
    eights: Float64Array.from(eights),
    words: Int32Array.from(words),
    tail: Uint8Array.from(tail),
  };
}
