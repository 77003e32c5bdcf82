import { rateLimitWait } from '../src/feedback/github-issues.js';

test('rate limit waits: retry-after, x-ratelimit-reset, secondary without a header, none', () => {
  const now = 1_000_000;
  expect(rateLimitWait(403, { 'retry-after': '30' }, now)).toBe(30_000);
  expect(rateLimitWait(429, { 'retry-after': '0' }, now)).toBe(0);
  expect(rateLimitWait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1100' }, now)).toBe(
    100_000,
  );
  expect(rateLimitWait(403, {}, now, 'You have exceeded a secondary rate limit')).toBe(60_000);
  expect(rateLimitWait(429, {}, now)).toBe(60_000);
  expect(
    rateLimitWait(403, { 'x-ratelimit-remaining': '12' }, now, 'Resource not accessible by integration'),
  ).toBeUndefined();
  expect(rateLimitWait(500, { 'retry-after': '5' }, now)).toBeUndefined();
});
