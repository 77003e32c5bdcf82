import { Readable } from 'node:stream';
import { UnexpectedAnswerError, checkDocument, isSafeId, readCapped } from '../src/api/answer.js';

describe('readCapped', () => {
  test('reads a body under the cap; stops one without Content-Length once it passes the cap', async () => {
    const small = Readable.from([Buffer.from('{"data":'), Buffer.from('[]}')]);
    await expect(readCapped(small, {}, 100, 'GET', '/v1/apps')).resolves.toBe('{"data":[]}');
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(1024, 32));
      },
    });
    await expect(readCapped(endless, {}, 4096, 'GET', '/v1/apps')).rejects.toThrow(
      /GET \/v1\/apps: the answer is more than 4 KB, over the 4 KB the action reads/,
    );
    expect(pulled).toBeLessThan(10);
  });

  test('a Content-Length over the cap fails before reading', async () => {
    const body = Readable.from([Buffer.from('x')]);
    await expect(readCapped(body, { 'content-length': '99999999' }, 1024, 'GET', '/v1/x')).rejects.toThrow(
      /the answer is 95 MB, over the 1 KB/,
    );
  });
});

describe('checkDocument', () => {
  const check = (doc: unknown, list?: boolean) => () => checkDocument(doc, 'GET', '/v1/apps', list);
  test('accepts a resource, a list, metrics rows without ids', () => {
    expect(check({ data: { type: 'apps', id: '1' } })).not.toThrow();
    expect(check({ data: [{ type: 'apps', id: '1' }], included: [] }, true)).not.toThrow();
    expect(check({ data: [{ dataPoints: [] }] }, true)).not.toThrow();
  });
  test.each([
    [null, 'not a JSON:API document'],
    [{}, 'no data'],
    [{ data: null }, 'data is null'],
    [{ data: 3 }, 'neither a resource nor a list'],
    [{ data: [], included: {} }, 'included is not a list'],
    [{ data: [null] }, 'not an object'],
    [{ data: [{ type: 1, id: '1' }] }, 'type is not text'],
    [{ data: [{ type: 'apps', id: '..' }] }, 'cannot be used in a path'],
    [{ data: [], included: [{ type: 'builds', id: '' }] }, 'cannot be used in a path'],
  ])('%j fails: %s', (doc, what) => {
    expect(check(doc)).toThrow(UnexpectedAnswerError);
    expect(check(doc)).toThrow(what);
  });
  test('a list where one resource was expected, and the reverse', () => {
    expect(check({ data: {} }, true)).toThrow('data is not a list');
    expect(check({ data: [] }, false)).toThrow('data is a list');
  });
});

test('isSafeId', () => {
  for (const id of ['1234567890', 'a1b2-c3', '6f0e.9', 'AbC_d~']) expect(isSafeId(id)).toBe(true);
  for (const id of ['', '.', '..', '../x', 'a/b', 'a\\b', 'a?b', 'a#b', 'a%2F', 'a b', 'a\nb'])
    expect(isSafeId(id)).toBe(false);
});
