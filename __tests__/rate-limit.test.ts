import { pacingDelay, parseRateLimit } from '../src/api/rate-limit.js';

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
