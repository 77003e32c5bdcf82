import { csvCell } from '../src/output/list-file.js';
import { FormatWriter, packKeys, type PackedKeys } from '../src/reports/report-convert.js';

/** Writes packed string `f` the way the JSON converter does, and returns the bytes. */
function unpack(packed: PackedKeys, f: number): Buffer {
  const out = Buffer.alloc(packed.bytes + 16);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  let o = 0;
  for (let e = packed.eightAt[f] as number; e < (packed.eightAt[f + 1] as number); e++, o += 8)
    view.setFloat64(o, packed.eights[e] as number, true);
  for (let w = packed.wordAt[f] as number; w < (packed.wordAt[f + 1] as number); w++, o += 4)
    view.setInt32(o, packed.words[w] as number, true);
  for (let t = packed.tailAt[f] as number; t < (packed.tailAt[f + 1] as number); t++)
    out[o++] = packed.tail[t] as number;
  return out.subarray(0, o);
}

describe('packKeys', () => {
  test('every string comes back byte for byte, whatever its length', () => {
    const keys = ['', 'a', '{"Units":"', '","Developer Proceeds":"', '","Café ☕ 😀":"', 'x'.repeat(33)].map(
      (k) => Buffer.from(k),
    );
    const packed = packKeys(keys);
    keys.forEach((key, f) => expect(unpack(packed, f).equals(key)).toBe(true));
    expect(packed.bytes).toBe(keys.reduce((n, k) => n + k.length, 0));
    // Eight-byte stores for the long ones.
    expect(packed.eights.length).toBeGreaterThan(0);
  });

  test('bytes that read as a NaN go as int32s, so their bits cannot change', () => {
    // 0xF8 0x7F as the top bytes of a little-endian double: a NaN with a payload.
    const nan = Buffer.from([1, 2, 3, 4, 5, 6, 0xf8, 0x7f, 9, 10, 11]);
    expect(Number.isNaN(nan.readDoubleLE(0))).toBe(true);
    const packed = packKeys([Buffer.from('{"A":"'), nan]);
    expect(packed.eightAt[2]! - packed.eightAt[1]!).toBe(0);
    expect(unpack(packed, 1).equals(nan)).toBe(true);
    expect(unpack(packed, 0).toString()).toBe('{"A":"');
  });
});

describe('FormatWriter json', () => {
  const convert = (columns: string[], rows: string[]): string => {
    const writer = new FormatWriter('json');
    writer.header(columns);
    const parts: Buffer[] = [];
    for (const row of rows) {
      // Each row at an odd offset of a larger buffer, as rows sit in a gunzip chunk.
      const line = Buffer.from(`xyz${row}\n`);
      writer.row(line, 3, line.length - 1);
      parts.push(Buffer.from(writer.take()));
    }
    parts.push(writer.finish());
    return Buffer.concat(parts).toString('utf8');
  };
  const expected = (columns: string[], rows: string[]) =>
    `[\n${rows
      .map((r) => r.split('\t'))
      .map(
        (f) => `{${columns.map((c, i) => `${JSON.stringify(c)}:${JSON.stringify(f[i] ?? '')}`).join(',')}}`,
      )
      .join(',\n')}\n]\n`;

  // Values read four bytes at a time: a byte that needs escaping (or is not ASCII) at every
  // offset of a long value must still be caught.
  test.each(['"', '\\', '\u0001', '\u001f', 'é', '☕', ' ', '!', '#', '[', ']', '~', '\u007f'])(
    '%j at every offset of a long value: what JSON.stringify makes',
    (special) => {
      const columns = ['A', 'B', 'C'];
      const rows: string[] = [];
      for (let at = 0; at < 13; at++) {
        const value = `${'abcdefghijkl'.slice(0, at)}${special}${'mnopqrstuvwx'.slice(at)}`;
        rows.push(`${value}\tplain value\t${value}`, `${value}`, `${value}\t\t`);
      }
      expect(convert(columns, rows)).toBe(expected(columns, rows));
    },
  );
});

describe('FormatWriter csv', () => {
  const convert = (columns: string[], rows: string[]): string => {
    const writer = new FormatWriter('csv');
    writer.header(columns);
    const parts: Buffer[] = [];
    for (const row of rows) {
      const line = Buffer.from(`xyz${row}\n`);
      writer.row(line, 3, line.length - 1);
      parts.push(Buffer.from(writer.take()));
    }
    parts.push(writer.finish());
    return Buffer.concat(parts).toString('utf8');
  };
  const expected = (columns: string[], rows: string[]) =>
    [
      columns,
      ...rows
        .map((r) => r.split('\t'))
        .map((f) => [...columns.map((_, i) => f[i] ?? ''), ...f.slice(columns.length)]),
    ]
      .map((cells) => `${cells.map(csvCell).join(',')}\r\n`)
      .join('');

  // Plain fields are copied four bytes at a time: a byte that needs quoting at any offset of a
  // long field, and formula starts, must still reach csvCell.
  test.each(['"', ',', '\r', '=', '+', '-', '@', ' ', 'é', '☕', '0', '.'])(
    '%j at every offset of a long field',
    (special) => {
      const columns = ['A', 'B', 'C'];
      const rows: string[] = [];
      for (let at = 0; at < 13; at++) {
        const value = `${'abcdefghijkl'.slice(0, at)}${special}${'mnopqrstuvwx'.slice(at)}`;
        rows.push(`${value}\tplain value\t${value}`, `${special}${at}\t-${at}.5\t${value}`);
      }
      expect(convert(columns, rows)).toBe(expected(columns, rows));
    },
  );
});
