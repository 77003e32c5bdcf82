/**
 * A streaming reader of Apple's tab-separated reports: text arrives in chunks of any size, and
 * each complete line is classified as the header, a data row, or a trailer (`Total_Rows`, ...
 * in finance reports). A section's repeated header and blank lines are skipped. Nothing but the
 * current partial line is kept.
 */
import { StringDecoder } from 'node:string_decoder';

export interface RowSink {
  header(columns: string[]): void;
  /**
   * Set by header(): the highest column index `row` reads, so long lines need not be split
   * whole (the totals read a few columns of 28). Absent: every field.
   */
  readonly lastColumn?: number;
  /** The line's fields (possibly only up to `lastColumn`) and the line itself. */
  row(fields: string[], line: string): void;
  /** A `Total_*` line after a section of a finance report. */
  trailer?(name: string, value: string): void;
}

export class TsvReader {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private headerLine?: string;
  /** How many fields to split off each line; undefined for all. */
  private limit?: number;
  /** Data rows seen. */
  rows = 0;

  constructor(private readonly sinks: RowSink[]) {}

  get columns(): string[] | undefined {
    return this.headerLine === undefined ? undefined : splitFields(this.headerLine);
  }

  /** Feeds the next chunk of the (decompressed) file. */
  write(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      this.line(text.slice(start, end));
      start = end + 1;
    }
    this.rest = text.slice(start);
  }

  /** The last line, which may lack a line break. */
  end(): void {
    const text = this.rest + this.decoder.end();
    this.rest = '';
    if (text !== '') this.line(text);
  }

  private line(raw: string): void {
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.length === 0 || (isSpace(line.charCodeAt(0)) && line.trim() === '')) return;
    if (this.headerLine === undefined) {
      this.headerLine = line.replace(/^\uFEFF/, '');
      const columns = splitFields(this.headerLine).map((c) => c.trim());
      for (const sink of this.sinks) sink.header(columns);
      const last = this.sinks.map((sink) => sink.lastColumn);
      this.limit = last.includes(undefined) ? undefined : Math.max(1, ...(last as number[])) + 1;
      return;
    }
    if (line.length === this.headerLine.length && line === this.headerLine) return;
    const fields = this.limit === undefined ? splitFields(line) : line.split('\t', this.limit);
    // "Total_Rows<TAB>25" and its kind end the sections of a finance report.
    if (line.startsWith('Total_')) {
      const values = fields.slice(1).filter((f) => f.trim() !== '');
      if (/^Total_[A-Za-z_]+$/.test((fields[0] as string).trim()) && values.length <= 1) {
        for (const sink of this.sinks) sink.trailer?.((fields[0] as string).trim(), (values[0] ?? '').trim());
        return;
      }
    }
    this.rows += 1;
    for (const sink of this.sinks) sink.row(fields, line);
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xfeff || code === 0xa0;
}

/** The fields of a line, as Apple wrote them (Apple's TSV has no quoting). */
export function splitFields(line: string): string[] {
  return line.split('\t');
}

/**
 * A decimal string as an integer count of ten-thousandths (`'12.99'` -> 129900), exact, so that
 * sums of many amounts do not drift; NaN when it is not a number.
 */
export function parseScaled(text: string | undefined): number {
  if (text === undefined) return NaN;
  // Reports repeat the same few prices over and over.
  const known = scaledCache.get(text);
  if (known !== undefined) return known;
  const value = parseScaledText(text.trim());
  if (scaledCache.size >= 50_000) scaledCache.clear();
  scaledCache.set(text, value);
  return value;
}

const scaledCache = new Map<string, number>();

function parseScaledText(text: string): number {
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text.replace(/,/g, ''));
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
