import { backoffDelay, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter } from '../src/api/retry.js';
import { pacingDelay, parseRateLimit } from '../src/api/rate-limit.js';
import { chunk, mapLimit } from '../src/api/concurrency.js';

describe('retry rules', () => {
  test('retries 429 and 5xx, never 400, 401, 403, 404, 409, 422', () => {
    for (const s of [429, 500, 502, 503, 504]) expect(isRetryableStatus(s)).toBe(true);
    for (const s of [400, 401, 403, 404, 409, 422]) expect(isRetryableStatus(s)).toBe(false);
  });
  test('backoff doubles with jitter and is capped', () => {
    expect(backoffDelay(DEFAULT_RETRY, 1, () => 0)).toBe(500);
    expect(backoffDelay(DEFAULT_RETRY, 1, () => 1)).toBe(1000);
    expect(backoffDelay(DEFAULT_RETRY, 3, () => 1)).toBe(4000);
    expect(backoffDelay(DEFAULT_RETRY, 30, () => 1)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
  test('Retry-After in seconds or as an HTTP date (against the Date header)', () => {
    expect(parseRetryAfter('3', undefined, 0)).toBe(3000);
    const date = 'Mon, 23 Nov 2026 12:00:00 GMT';
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:05 GMT', date, 0)).toBe(5000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:05 GMT', undefined, Date.parse(date) + 1000)).toBe(4000);
    expect(parseRetryAfter('soon', undefined, 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, undefined, 0)).toBeUndefined();
  });
});

describe('rate limit', () => {
  test('parses X-Rate-Limit', () => {
    expect(parseRateLimit('user-hour-lim:3600;user-hour-rem:3599;')).toEqual({
      limit: 3600,
      remaining: 3599,
    });
    expect(parseRateLimit('garbage')).toBeUndefined();
  });
  test('paces only when the remainder runs low', () => {
    expect(pacingDelay({ limit: 3600, remaining: 3000 })).toBe(0);
    expect(pacingDelay({ limit: 3600, remaining: 50 })).toBe(500);
    expect(pacingDelay({ limit: 3600, remaining: 0 })).toBe(1000);
  });
});

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
