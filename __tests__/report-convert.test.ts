import { packKeys, type PackedKeys } from '../src/reports/report-convert.js';

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
