import { parseSince, sinceMs } from '../src/feedback/feedback-fetch.js';
import { InputError } from '../src/input-reader.js';

test('since: spans and dates', () => {
  expect(sinceMs(parseSince('7d'), 10 * 86_400_000)).toBe(3 * 86_400_000);
  expect(sinceMs(parseSince('24h'), 86_400_000)).toBe(0);
  expect(parseSince('2w')?.ms).toBe(14 * 86_400_000);
  expect(sinceMs(parseSince('2025-03-01'), 0)).toBe(Date.parse('2025-03-01T00:00:00Z'));
  expect(sinceMs(parseSince('2025-03-01T12:30:00+02:00'), 0)).toBe(Date.parse('2025-03-01T10:30:00Z'));
  expect(parseSince(undefined)).toBeUndefined();
});

test.each(['yesterday', '0d', '7 days', '2025-02-30', '2025-13-01', '2025-03-01T25:00'])(
  'since %s is refused naming the input',
  (value) => {
    expect(() => parseSince(value)).toThrow(InputError);
    expect(() => parseSince(value)).toThrow(`'since'`);
  },
);
