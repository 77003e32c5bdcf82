import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  csvCell
} from "./chunk-QZJVFNU6.js";

// src/reports/report-convert.ts
import { writeSync } from "node:fs";
var SPARE_BUFFERS = 12;
function writeFully(fd, buffer, at) {
  for (let from = 0; from < buffer.length; )
    from += writeSync(fd, buffer, from, buffer.length - from, at + from);
}
var TAB = 9;
var CR = 13;
var QUOTE = 34;
var COMMA = 44;
var BACKSLASH = 92;
var FormatWriter = class {
  constructor(format) {
    this.format = format;
    if (format === "json") this.text("[");
  }
  format;
  out = Buffer.allocUnsafe(256 * 1024);
  /** The same memory as `out`, for writing four bytes at a time. */
  view = new DataView(this.out.buffer, this.out.byteOffset, this.out.length);
  used = 0;
  /** The row's buffer as last seen, and a view of it for reading four bytes at a time. */
  lineBuffer;
  lineView = new DataView(new ArrayBuffer(0));
  columns = [];
  /**
   * JSON: what goes before each column's value (`{"Column":"`, then `","Column":"`), packed for
   * a few eight- and four-byte stores each: a call to copy 10–30 bytes costs more than the copy.
   */
  keys = packKeys([]);
  first = true;
  spare = [];
  header(columns) {
    this.columns = columns;
    const keys = columns.map((c, i) => Buffer.from(`${i ? '",' : "{"}${JSON.stringify(c)}:"`));
    this.keys = packKeys(keys);
    if (this.format === "csv") this.text(`${columns.map(csvCell).join(",")}\r
`);
  }
  row(line, start, end) {
    if (this.format === "csv") this.csvRow(line, start, end);
    else this.jsonRow(line, start, end);
  }
  /**
   * Tabs become commas and the line ends in CRLF, unless a field holds a quote, a comma or a CR,
   * or starts like a formula (`=`, `+`, `-`, `@`) and is not a plain number such as `-1` (which
   * csvCell leaves as it is): then every cell goes through csvCell.
   */
  csvRow(line, start, end) {
    this.reserve(end - start + 2);
    const { out, view } = this;
    let o = this.used;
    let fields = 1;
    let fieldStart = true;
    let signed = 0;
    let dots = 0;
    const lineView = this.viewOf(line);
    let plain = false;
    for (let i = start; i < end; i++) {
      if (plain) {
        plain = false;
        for (; i + 4 <= end; i += 4) {
          const word = lineView.getInt32(i, true);
          const tab = word ^ 151587081;
          const quote = word ^ 572662306;
          const comma = word ^ 741092396;
          const cr = word ^ 218959117;
          const zero = tab - 16843009 & ~tab | quote - 16843009 & ~quote | comma - 16843009 & ~comma | cr - 16843009 & ~cr;
          if (zero & 2155905152) break;
          view.setInt32(o, word, true);
          o += 4;
        }
        if (i >= end) break;
      }
      const byte = line[i];
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
  csvSlow(line, start, end) {
    const fields = line.toString("utf8", start, end).split("	");
    const cells = this.columns.map((_, i) => csvCell(fields[i] ?? ""));
    for (let i = this.columns.length; i < fields.length; i++) cells.push(csvCell(fields[i]));
    this.text(`${cells.join(",")}\r
`);
  }
  /** `{"Column":"value",...}`; values copied as bytes unless one needs escaping or is not ASCII. */
  jsonRow(line, start, end) {
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
      for (let e = eightAt[f], last = eightAt[f + 1]; e < last; e++) {
        view.setFloat64(o, eights[e], true);
        o += 8;
      }
      for (let w = wordAt[f], last = wordAt[f + 1]; w < last; w++) {
        view.setInt32(o, words[w], true);
        o += 4;
      }
      for (let t = tailAt[f], last = tailAt[f + 1]; t < last; t++)
        out[o++] = tail[t];
      for (; i + 4 <= end; i += 4) {
        const word = lineView.getInt32(i, true);
        if ((word - 538976288 & ~word | word) & 2155905152) break;
        const quote = word ^ 572662306;
        const backslash = word ^ 1549556828;
        if ((quote - 16843009 & ~quote | backslash - 16843009 & ~backslash) & 2155905152) break;
        view.setInt32(o, word, true);
        o += 4;
      }
      for (; i < end; i++) {
        const byte = line[i];
        if (byte <= QUOTE || byte === BACKSLASH || byte >= 128) {
          if (byte === TAB) break;
          if (byte < 32 || byte === QUOTE || byte === BACKSLASH || byte >= 128)
            return this.jsonSlow(line, start, end);
        }
        out[o++] = byte;
      }
      if (i < end) i++;
    }
    if (columns > 0) out[o++] = QUOTE;
    else out[o++] = 123;
    out[o++] = 125;
    this.used = o;
    this.first = false;
  }
  /** A view of the rows' buffer for reading four bytes at a time (made once per chunk). */
  viewOf(line) {
    if (this.lineBuffer !== line) {
      this.lineBuffer = line;
      this.lineView = new DataView(line.buffer, line.byteOffset, line.length);
    }
    return this.lineView;
  }
  jsonSlow(line, start, end) {
    const fields = line.toString("utf8", start, end).split("	");
    const members = this.columns.map((c, i) => `${JSON.stringify(c)}:${JSON.stringify(fields[i] ?? "")}`);
    this.text(`${this.first ? "\n" : ",\n"}{${members.join(",")}}`);
    this.first = false;
  }
  text(text) {
    this.reserve(Buffer.byteLength(text));
    this.used += this.out.write(text, this.used);
  }
  /** Room for `bytes` more. */
  reserve(bytes) {
    if (this.used + bytes <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.used + bytes));
    this.out.copy(bigger, 0, 0, this.used);
    this.use(bigger);
  }
  /** The bytes converted since the last call. */
  take() {
    const taken = this.out.subarray(0, this.used);
    this.use(this.spare.pop() ?? Buffer.allocUnsafe(this.out.length));
    this.used = 0;
    return taken;
  }
  use(out) {
    this.out = out;
    this.view = new DataView(out.buffer, out.byteOffset, out.length);
  }
  /** A buffer from `take()` that has been written: its memory serves again (no new pages to fault in). */
  recycle(taken) {
    if (taken.byteOffset !== 0 || taken.buffer.byteLength < this.out.length || this.spare.length >= SPARE_BUFFERS)
      return;
    this.spare.push(Buffer.from(taken.buffer));
  }
  finish() {
    return Buffer.from(this.format === "json" ? `${this.first ? "" : "\n"}]
` : "");
  }
};
function packKeys(keys) {
  const eights = [];
  const words = [];
  const tail = [];
  const at = () => new Int32Array(keys.length + 1);
  const packed = { eightAt: at(), wordAt: at(), tailAt: at(), bytes: 0 };
  keys.forEach((key, f) => {
    packed.eightAt[f] = eights.length;
    packed.wordAt[f] = words.length;
    packed.tailAt[f] = tail.length;
    let nan = false;
    for (let i2 = 0; i2 + 8 <= key.length; i2 += 8) nan ||= Number.isNaN(key.readDoubleLE(i2));
    let i = 0;
    if (!nan) for (; i + 8 <= key.length; i += 8) eights.push(key.readDoubleLE(i));
    for (; i + 4 <= key.length; i += 4) words.push(key.readInt32LE(i));
    for (; i < key.length; i++) tail.push(key[i]);
    packed.bytes += key.length;
  });
  packed.eightAt[keys.length] = eights.length;
  packed.wordAt[keys.length] = words.length;
  packed.tailAt[keys.length] = tail.length;
  return {
    ...packed,
    eights: Float64Array.from(eights),
    words: Int32Array.from(words),
    tail: Uint8Array.from(tail)
  };
}

// src/reports/tsv.ts
var LineTooLongError = class extends Error {
  constructor(line, maxLineBytes) {
    super(`line ${line} of the report runs past ${maxLineBytes} bytes without a line break`);
    this.line = line;
    this.maxLineBytes = maxLineBytes;
    this.name = "LineTooLongError";
  }
  line;
  maxLineBytes;
};
var TOTAL_ = Buffer.from("Total_");
var TsvReader = class {
  constructor(sinks, maxLineBytes = Infinity) {
    this.sinks = sinks;
    this.maxLineBytes = maxLineBytes;
  }
  sinks;
  maxLineBytes;
  /** Pieces of the line not yet ended by a line break. */
  carry = [];
  carryBytes = 0;
  headerBytes;
  /** The header's column names, once read. */
  columns;
  /** Data rows seen. */
  rows = 0;
  /** Lines seen (for messages). */
  lines = 0;
  /**
   * Feeds the next chunk of the (decompressed) file. What is kept of it (a line not yet ended)
   * is a copy, so the chunk's memory may serve again once this returns.
   */
  write(chunk) {
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
  end() {
    if (this.carryBytes === 0) return;
    const line = Buffer.concat(this.carry, this.carryBytes);
    this.carry = [];
    this.carryBytes = 0;
    this.line(line, 0, line.length);
  }
  keep(part) {
    this.carryBytes += part.length;
    if (this.carryBytes > this.maxLineBytes) throw new LineTooLongError(this.lines + 1, this.maxLineBytes);
    this.carry.push(part);
  }
  line(buf, start, end) {
    this.lines += 1;
    if (end > start && buf[end - 1] === 13) end -= 1;
    if (end === start) return;
    const first = buf[start];
    if ((first === 32 || first === 9 || first === 239 || first === 194) && buf.toString("utf8", start, end).trim() === "")
      return;
    const header = this.headerBytes;
    if (header === void 0) {
      if (first === 239 && buf[start + 1] === 187 && buf[start + 2] === 191) start += 3;
      this.headerBytes = Buffer.from(buf.subarray(start, end));
      this.columns = this.headerBytes.toString("utf8").split("	");
      const names = this.columns.map((c) => c.trim());
      for (const sink of this.sinks) sink.header(names);
      return;
    }
    if (end - start === header.length && first === header[0] && header.compare(buf, start, end) === 0) return;
    if (first === 84 && TOTAL_.compare(buf, start, start + 6) === 0 && this.trailer(buf.toString("utf8", start, end)))
      return;
    this.rows += 1;
    for (const sink of this.sinks) sink.row(buf, start, end);
  }
  trailer(line) {
    const fields = line.split("	");
    const name = fields[0].trim();
    const values = fields.slice(1).filter((f) => f.trim() !== "");
    if (!/^Total_[A-Za-z_]+$/.test(name) || values.length > 1) return false;
    for (const sink of this.sinks) sink.trailer?.(name, (values[0] ?? "").trim());
    return true;
  }
};
function fieldRanges(buf, start, end, count, starts, ends) {
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
var isBlankByte = (byte) => byte <= 32;
function fieldText(buf, start, end) {
  while (start < end && isBlankByte(buf[start])) start++;
  while (end > start && isBlankByte(buf[end - 1])) end--;
  return start === end ? "" : buf.toString("utf8", start, end).trim();
}
function fieldBlank(buf, start, end) {
  for (let i = start; i < end; i++) if (!isBlankByte(buf[i])) return false;
  return true;
}
function fieldKey(buf, start, end) {
  while (start < end && isBlankByte(buf[start])) start++;
  while (end > start && isBlankByte(buf[end - 1])) end--;
  const length = end - start;
  if (length <= 6) {
    let key = length;
    for (let i = start; i < end; i++) {
      const byte = buf[i];
      if (byte >= 128) return buf.toString("utf8", start, end).trim();
      key = key * 128 + byte;
    }
    return key;
  }
  if (length <= 14) {
    let value = 0;
    for (let i = start; i < end; i++) {
      const digit = buf[i] - 48;
      if (digit < 0 || digit > 9) return buf.toString("utf8", start, end).trim();
      value = value * 10 + digit;
    }
    return -(value * 16 + length) - 1;
  }
  return buf.toString("utf8", start, end).trim();
}
function fieldNumber(buf, start, end) {
  while (start < end && isBlankByte(buf[start])) start++;
  while (end > start && isBlankByte(buf[end - 1])) end--;
  if (start === end) return 0;
  let i = start;
  const negative = buf[i] === 45;
  if (negative || buf[i] === 43) i++;
  if (i === end) return NaN;
  let value = 0;
  for (; i < end; i++) {
    const digit = buf[i] - 48;
    if (digit < 0 || digit > 9) return Number(buf.toString("utf8", start, end));
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}
function fieldScaled(buf, start, end) {
  while (start < end && isBlankByte(buf[start])) start++;
  while (end > start && isBlankByte(buf[end - 1])) end--;
  if (start === end) return 0;
  let i = start;
  const negative = buf[i] === 45;
  if (negative || buf[i] === 43) i++;
  let whole = 0;
  let any = false;
  for (; i < end; i++) {
    const byte = buf[i];
    if (byte === 46) break;
    const digit = byte - 48;
    if (digit < 0 || digit > 9) return parseScaled(buf.toString("utf8", start, end));
    whole = whole * 10 + digit;
    any = true;
  }
  let minor = 0;
  let kept = 0;
  let round = 0;
  if (i < end) {
    for (i++; i < end; i++) {
      const digit = buf[i] - 48;
      if (digit < 0 || digit > 9) return parseScaled(buf.toString("utf8", start, end));
      any = true;
      if (kept < 4) {
        minor = minor * 10 + digit;
        kept++;
      } else if (kept === 4) {
        if (digit >= 5) round = 1;
        kept++;
      }
    }
  }
  if (!any) return NaN;
  for (let k = Math.min(kept, 4); k < 4; k++) minor *= 10;
  const value = whole * 1e4 + minor + round;
  return negative ? -value : value;
}
function parseScaled(text) {
  if (text === void 0) return NaN;
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text.trim().replace(/,/g, ""));
  if (!m || m[2] === "" && (m[3] ?? "") === "") return NaN;
  const whole = Number(m[2] || "0");
  const fraction = (m[3] ?? "").padEnd(4, "0");
  let minor = Number(fraction.slice(0, 4));
  if (fraction.length > 4 && Number(fraction[4]) >= 5) minor += 1;
  const value = whole * 1e4 + minor;
  return m[1] === "-" ? -value : value;
}
function fromScaled(scaled) {
  return Math.round(scaled) / 1e4;
}

export {
  writeFully,
  FormatWriter,
  LineTooLongError,
  TsvReader,
  fieldRanges,
  fieldText,
  fieldBlank,
  fieldKey,
  fieldNumber,
  fieldScaled,
  fromScaled
};
