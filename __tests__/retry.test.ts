import { backoffDelay, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter } from '../src/api/retry.js';

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
