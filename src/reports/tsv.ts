/**
 * A streaming reader of Apple's tab-separated reports, on bytes: chunks of any size are split at
 * line breaks (each byte looked at once, however long a line: linear time), and each complete
 * line is classified as the header, a data row, or a trailer (`Total_Rows`, ... in finance
 * reports). A section's repeated header and blank lines are skipped. Rows reach the sinks as
 * byte ranges, so a sink decodes only the fields it needs. Nothing but the current partial line
 * is kept, and that only up to `maxLineBytes`.
 */

export interface RowSink {
  header(columns: string[]): void;
  /** A data row: bytes `start` to `end` of `line` (no line break). Valid only during the call. */
  row(line: Buffer, start: number, end: number): void;
  /** A `Total_*` line after a section of a finance report. */
  trailer?(name: string, value: string): void;
}

/** A line longer than the reader allows (no line break for that long). */
export class LineTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly maxLineBytes: number,
  ) {
    super(`line ${line} of the report runs past ${maxLineBytes} bytes without a line break`);
    this.name = 'LineTooLongError';
  }
}

const TOTAL_ = Buffer.from('Total_');

export class TsvReader {
  /** Pieces of the line not yet ended by a line break. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private headerBytes?: Buffer;
  /** The header's column names, once read. */
  columns?: string[];
  /** Data rows seen. */
  rows = 0;
  /** Lines seen (for messages). */
  private lines = 0;

  constructor(
    private readonly sinks: RowSink[],
    private readonly maxLineBytes = Infinity,
  ) {}

  /**
   * Feeds the next chunk of the (decompressed) file. What is kept of it (a line not yet ended)
   * is a copy, so the chunk's memory may serve again once this returns.
   */
  write(chunk: Buffer): void {
    let start = 0;
    let nl = chunk.indexOf(10);
    if (this.carryBytes > 0) {
      if (nl < 0) {
        this.keep(Buffer.from(chunk));
        return;
      }
      this.keep(chunk.subarray(0, nl));
      const line = Buffer.concat(this.carry, this.carryBytes);
      this.carry = [];
      this.carryBytes = 0;
      this.line(line, 0, line.length);
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    const max = this.maxLineBytes;
    while (nl >= 0) {
      if (nl - start > max) throw new LineTooLongError(this.lines + 1, max);
      this.line(chunk, start, nl);
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) this.keep(Buffer.from(chunk.subarray(start)));
  }

  /** The last line, which may lack a line break. */
  end(): void {
    if (this.carryBytes === 0) return;
    const line = Buffer.concat(this.carry, this.carryBytes);
    this.carry = [];
    this.carryBytes = 0;
    this.line(line, 0, line.length);
  }

  private keep(part: Buffer): void {
    this.carryBytes += part.length;
    if (this.carryBytes > this.maxLineBytes) throw new LineTooLongError(this.lines + 1, this.maxLineBytes);
    this.carry.push(part);
  }

  private line(buf: Buffer, start: number, end: number): void {
    this.lines += 1;
    if (end > start && buf[end - 1] === 13) end -= 1;
    if (end === start) return;
    const first = buf[start] as number;
    // Blank lines (spaces, tabs, a byte-order mark, no-break spaces) end a finance section.
    if (
      (first === 32 || first === 9 || first === 0xef || first === 0xc2) &&
      buf.toString('utf8', start, end).trim() === ''
    )
      return;
    const header = this.headerBytes;
    if (header === undefined) {
      // A byte-order mark is not part of the first column's name.
      if (first === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3;
      this.headerBytes = Buffer.from(buf.subarray(start, end));
      this.columns = this.headerBytes.toString('utf8').split('\t');
      const names = this.columns.map((c) => c.trim());
      for (const sink of this.sinks) sink.header(names);
      return;
    }
    if (end - start === header.length && first === header[0] && header.compare(buf, start, end) === 0) return;
    // "Total_Rows<TAB>25" and its kind end the sections of a finance report.
    if (
      first === 84 &&
      TOTAL_.compare(buf, start, start + 6) === 0 &&
      this.trailer(buf.toString('utf8', start, end))
    )
      return;
    this.rows += 1;
    for (const sink of this.sinks) sink.row(buf, start, end);
  }

  private trailer(line: string): boolean {
    const fields = line.split('\t');
    const name = (fields[0] as string).trim();
    const values = fields.slice(1).filter((f) => f.trim() !== '');
    if (!/^Total_[A-Za-z_]+$/.test(name) || values.length > 1) return false;
    for (const sink of this.sinks) sink.trailer?.(name, (values[0] ?? '').trim());
    return true;
  }
}

/** The fields of a line, as Apple wrote them (Apple's TSV has no quoting). */
export function splitFields(line: string): string[] {
  return line.split('\t');
}

/**
 * Finds the first `count` fields of the line in `start`..`end`: their byte ranges go to
 * `starts`/`ends`; returns how many fields there are (at most `count`).
 */
export function fieldRanges(
  buf: Buffer,
  start: number,
  end: number,
  count: number,
  starts: Int32Array,
  ends: Int32Array,
): number {
  let found = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    if (buf[i] === 9) {
      starts[found] = from;
      ends[found] = i;
      if (++found === count) return found;
      from = i + 1;
    }
  }
  starts[found] = from;
  ends[found] = end;
  return found + 1;
}

/** Whitespace and control bytes a field is trimmed of (a blank field is often a single space). */
const isBlankByte = (byte: number) => byte <= 32;

/** The field's text, trimmed. */
export function fieldText(buf: Buffer, start: number, end: number): string {
  while (start < end && isBlankByte(buf[start] as number)) start++;
  while (end > start && isBlankByte(buf[end - 1] as number)) end--;
  return start === end ? '' : buf.toString('utf8', start, end).trim();
}

/** True when the field holds nothing but blanks. */
export function fieldBlank(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankByte(buf[i] as number)) return false;
  return true;
}

/**
 * A number standing for the field's (trimmed) bytes, to key a Map without making a string per
 * row: short ASCII fields and digit strings (Apple ids) map to distinct numbers; anything else
 * to its text. Equal fields get equal keys; different fields different keys.
 */
export function fieldKey(buf: Buffer, start: number, end: number): number | string {
  while (start < end && isBlankByte(buf[start] as number)) start++;
  while (end > start && isBlankByte(buf[end - 1] as number)) end--;
  const length = end - start;
  if (length <= 6) {
    let key = length;
    for (let i = start; i < end; i++) {
      const byte = buf[i] as number;
      if (byte >= 128) return buf.toString('utf8', start, end).trim();
      key = key * 128 + byte;
    }
    return key;
  }
  if (length <= 14) {
    let value = 0;
    for (let i = start; i < end; i++) {
      const digit = (buf[i] as number) - 48;
      if (digit < 0 || digit > 9) return buf.toString('utf8', start, end).trim();
      value = value * 10 + digit;
    }
    // Negative, so never equal to a short field's key; the length keeps leading zeros apart.
    return -(value * 16 + length) - 1;
  }
  return buf.toString('utf8', start, end).trim();
}

/** The field as a number: blank is 0, integers are read from the bytes, anything else as Number() reads it. */
export function fieldNumber(buf: Buffer, start: number, end: number): number {
  while (start < end && isBlankByte(buf[start] as number)) start++;
  while (end > start && isBlankByte(buf[end - 1] as number)) end--;
  if (start === end) return 0;
  let i = start;
  const negative = buf[i] === 45;
  if (negative || buf[i] === 43) i++;
  if (i === end) return NaN;
  let value = 0;
  for (; i < end; i++) {
    const digit = (buf[i] as number) - 48;
    if (digit < 0 || digit > 9) return Number(buf.toString('utf8', start, end));
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** The field as ten-thousandths (see `parseScaled`), read from the bytes; blank is 0. */
export function fieldScaled(buf: Buffer, start: number, end: number): number {
  while (start < end && isBlankByte(buf[start] as number)) start++;
  while (end > start && isBlankByte(buf[end - 1] as number)) end--;
  if (start === end) return 0;
  let i = start;
  const negative = buf[i] === 45;
  if (negative || buf[i] === 43) i++;
  let whole = 0;
  let any = false;
  for (; i < end; i++) {
    const byte = buf[i] as number;
    if (byte === 46) break;
    const digit = byte - 48;
    if (digit < 0 || digit > 9) return parseScaled(buf.toString('utf8', start, end));
    whole = whole * 10 + digit;
    any = true;
  }
  let minor = 0;
  let kept = 0;
  let round = 0;
  if (i < end) {
    for (i++; i < end; i++) {
      const digit = (buf[i] as number) - 48;
      if (digit < 0 || digit > 9) return parseScaled(buf.toString('utf8', start, end));
      any = true;
      if (kept < 4) {
        minor = minor * 10 + digit;
        kept++;
      } else if (kept === 4) {
        // Beyond four decimals, round half away from zero.
        if (digit >= 5) round = 1;
        kept++;
      }
    }
  }
  if (!any) return NaN;
  for (let k = Math.min(kept, 4); k < 4; k++) minor *= 10;
  const value = whole * 10_000 + minor + round;
  return negative ? -value : value;
}

/**
 * A decimal string as an integer count of ten-thousandths (`'12.99'` -> 129900), exact, so that
 * sums of many amounts do not drift; NaN when it is not a number.
 */
export function parseScaled(text: string | undefined): number {
  if (text === undefined) return NaN;
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text.trim().replace(/,/g, ''));
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return NaN;
  const whole = Number(m[2] || '0');
  const fraction = (m[3] ?? '').padEnd(4, '0');
  // Beyond four decimals, round half away from zero.
  let minor = Number(fraction.slice(0, 4));
  if (fraction.length > 4 && Number(fraction[4]) >= 5) minor += 1;
  const value = whole * 10_000 + minor;
  return m[1] === '-' ? -value : value;
}

/** Ten-thousandths back to a number, rounded to at most 4 decimals. */
export function fromScaled(scaled: number): number {
  return Math.round(scaled) / 10_000;
}
