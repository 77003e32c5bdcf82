import { chunk, mapLimit } from '../src/api/concurrency.js';

describe('concurrency helper', () => {
  test('keeps order, bounds concurrency and runs every item even when some fail', async () => {
    let active = 0;
    let peak = 0;
    const results = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      if (n === 4) throw new Error('four');
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results.map((r) => ('value' in r ? r.value : 'error'))).toEqual([10, 20, 30, 'error', 50, 60, 70]);
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
