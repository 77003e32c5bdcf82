/** sendParts against a real local server standing in for the part host. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { UploadOperation } from '../src/api/build-uploads.js';
import { silentLogger } from '../src/logger.js';
import { MAX_BYTES_AHEAD, OrderedHasher, checkOperations, sendParts } from '../src/uploads/upload-parts.js';
import { filler } from './support/app-files.js';
import { virtualClock } from './support/fixture.js';

const work = mkdtempSync(path.join(tmpdir(), 'upload-parts-'));
const file = path.join(work, 'data.bin');
const data = filler(100_000);
let server: Server;
let origin: string;
const received = new Map<string, Buffer>();
const seen: Array<{ url: string; headers: Record<string, unknown> }> = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  writeFileSync(file, data);
  server = createServer((req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    seen.push({ url: req.url ?? '', headers: req.headers });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.set(req.url ?? '', Buffer.concat(chunks));
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200).end();
      }, 5);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  received.clear();
  seen.length = 0;
  maxInFlight = 0;
});

const ops = (sizes: number[], shuffle = false): UploadOperation[] => {
  let offset = 0;
  const list = sizes.map((length, i) => {
    const op = {
      method: 'PUT',
      url: `${origin}/p/${i + 1}?sig=x`,
      offset,
      length,
      partNumber: i + 1,
      requestHeaders: [{ name: 'X-Part', value: String(i + 1) }],
    };
    offset += length;
    return op;
  });
  return shuffle ? list.reverse() : list;
};
const options = { clock: virtualClock(), log: silentLogger, refresh: async () => [] };
const sha = createHash('sha256').update(data).digest('hex');

test('every byte arrives at its part, at most `concurrency` at a time, hashed in file order', async () => {
  const sizes = [10_000, 25_000, 5_000, 30_000, 30_000];
  const out = await sendParts(file, data.length, ops(sizes, true), { ...options, concurrency: 2 });
  expect(out).toMatchObject({ parts: 5, bytes: data.length, sha256: sha, concurrency: 2 });
  expect(maxInFlight).toBe(2);
  let offset = 0;
  sizes.forEach((length, i) => {
    expect(received.get(`/p/${i + 1}?sig=x`)?.equals(data.subarray(offset, offset + length))).toBe(true);
    offset += length;
  });
  for (const s of seen) {
    expect(s.headers.authorization).toBeUndefined();
    expect(s.headers['x-part']).toBeDefined();
  }
});

test('operations that overlap still give the file’s hash (a second read)', async () => {
  const list = [
    ...ops([60_000, 40_000]),
    { ...ops([50_000])[0], url: `${origin}/p/9`, partNumber: 9 } as UploadOperation,
  ];
  const out = await sendParts(file, data.length, list, options);
  expect(out.sha256).toBe(sha);
});

test('plain http to another host, and ranges outside the file, are refused before sending', () => {
  expect(() =>
    checkOperations([{ ...ops([10])[0], url: 'http://uploads.example.com/p' } as UploadOperation], 10),
  ).toThrow(/https only/);
  expect(() => checkOperations(ops([10, 10]), 15)).toThrow(/outside the file/);
  expect(() => checkOperations([], 15)).toThrow(/no upload operations/);
});

describe('OrderedHasher', () => {
  const MB = 1024 * 1024;
  const bytes = Buffer.alloc(3 * MAX_BYTES_AHEAD, 7);
  for (let i = 0; i < bytes.length; i += 4099) bytes[i] = i % 251;
  const whole = createHash('sha256').update(bytes).digest('hex');
  const third = MAX_BYTES_AHEAD;

  test('parts ahead of the next wait once MAX_BYTES_AHEAD bytes wait for the hash; the next never waits', async () => {
    const hasher = new OrderedHasher([third, third, third]);
    // Part 2 streams while part 1 (the next in order) has not begun.
    let fed = 0;
    for (; fed < third && hasher.room(1) === undefined; fed += MB)
      hasher.feed(1, fed, bytes.subarray(third + fed, third + fed + MB));
    expect(fed).toBe(MAX_BYTES_AHEAD);
    const waiting = hasher.room(1);
    expect(waiting).toBeInstanceOf(Promise);
    expect(hasher.room(2)).toBeInstanceOf(Promise);
    // The next part reads on, and its end lets the others go.
    expect(hasher.room(0)).toBeUndefined();
    let released = false;
    void waiting?.then(() => (released = true));
    for (let at = 0; at < third; at += MB) {
      expect(hasher.room(0)).toBeUndefined();
      hasher.feed(0, at, bytes.subarray(at, at + MB));
    }
    await Promise.resolve();
    expect(released).toBe(true);
    expect(hasher.room(2)).toBeUndefined();
    for (let at = 0; at < third; at += MB)
      hasher.feed(2, at, bytes.subarray(2 * third + at, 2 * third + at + MB));
    expect(hasher.digest()).toBe(whole);
  });

  test('released (the upload failed): nothing waits any more', async () => {
    const hasher = new OrderedHasher([third, third, third]);
    for (let fed = 0; fed < third; fed += MB)
      hasher.feed(1, fed, bytes.subarray(third + fed, third + fed + MB));
    const waiting = hasher.room(2);
    expect(waiting).toBeInstanceOf(Promise);
    hasher.release();
    await waiting;
    expect(hasher.room(2)).toBeUndefined();
  });

  test('a retried part counts its bytes once', () => {
    const hasher = new OrderedHasher([third, 2 * third]);
    hasher.feed(1, 0, bytes.subarray(third, third + MB));
    hasher.feed(1, 0, bytes.subarray(third, third + 2 * MB));
    hasher.feed(0, 0, bytes.subarray(0, third));
    hasher.feed(1, 2 * MB, bytes.subarray(third + 2 * MB));
    expect(hasher.digest()).toBe(whole);
  });
});
