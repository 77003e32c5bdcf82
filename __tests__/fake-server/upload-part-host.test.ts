/** The fake part host: what it checks and records, as object storage would. */
import { createHash } from 'node:crypto';
import { PartHost, type PartOperation } from '../../fake-app-store-connect/upload-part-host.js';

let now = Date.parse('2026-11-30T12:00:00Z');
const host = new PartHost(() => now);
afterAll(() => host.close());
beforeEach(() => host.reset());

async function put(op: PartOperation, body: Buffer, extra: Record<string, string> = {}): Promise<number> {
  const headers: Record<string, string> = { 'content-length': String(body.length), ...extra };
  for (const h of op.requestHeaders) headers[h.name] = h.value;
  const res = await fetch(op.url, { method: op.method, headers, body });
  await res.arrayBuffer();
  return res.status;
}

test('parts are checked, stored, and joined in order', async () => {
  const data = Buffer.from('abcdefghij'.repeat(10));
  const ops = await host.plan('f1', data.length, 30, 60_000);
  expect(ops.map((o) => [o.offset, o.length])).toEqual([
    [0, 30],
    [30, 30],
    [60, 30],
    [90, 10],
  ]);
  for (const op of [...ops].reverse())
    expect(await put(op, data.subarray(op.offset, op.offset + op.length))).toBe(200);
  expect(host.missing('f1')).toEqual([]);
  expect(await host.join('f1')).toEqual({
    sha256: createHash('sha256').update(data).digest('hex'),
    bytes: 100,
  });
});

test('an Authorization header, a wrong length, a missing signature and an expired URL are refused and recorded', async () => {
  const ops = await host.plan('f2', 20, 10, 60_000);
  const [first, second] = ops as [PartOperation, PartOperation];
  expect(await put(first, Buffer.alloc(10), { authorization: 'Bearer eyJ.x.y' })).toBe(403);
  expect(await put(first, Buffer.alloc(9))).toBe(400);
  const unsigned = { ...first, requestHeaders: [] };
  expect(await put(unsigned, Buffer.alloc(10))).toBe(403);
  now += 120_000;
  expect(await put(second, Buffer.alloc(10))).toBe(403);
  expect(host.requests.map((r) => r.refused)).toEqual([
    'AuthorizationHeaderNotAllowed',
    'IncompleteBody',
    'SignatureDoesNotMatch',
    'RequestExpired',
  ]);
  expect(host.missing('f2')).toEqual([1, 2]);
});

test('faults: a status once, then the part goes through', async () => {
  const [op] = (await host.plan('f3', 5, 5, 3_600_000)) as [PartOperation];
  host.failPart(1, { kind: 'status', status: 503 });
  expect(await put(op, Buffer.alloc(5))).toBe(503);
  expect(host.missing('f3')).toEqual([1]);
  expect(await put(op, Buffer.alloc(5))).toBe(200);
  expect(host.missing('f3')).toEqual([]);
});
