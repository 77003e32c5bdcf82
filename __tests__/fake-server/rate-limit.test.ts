import { startHarness } from './helpers.js';
import type { Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.server.close());

describe('rate limit', () => {
  test('X-Rate-Limit counts down per authenticated request, Date follows the clock', async () => {
    const first = await h.call('/v1/apps');
    expect(first.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:3599;');
    expect(first.headers.get('date')).toBe(new Date(h.clock.now()).toUTCString());
    const error = await h.call('/v1/nope');
    expect(error.status).toBe(404);
    expect(error.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:3598;');
    const refused = await h.call('/v1/apps', { token: 'bad' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:3600;');
  });

  test('429 RATE_LIMIT_EXCEEDED once the budget is spent, until the hour passes', async () => {
    h.server.setRateLimitRemaining(1);
    const last = await h.call('/v1/apps');
    expect(last.status).toBe(200);
    expect(last.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:0;');
    const { res, body } = await h.callJson('/v1/apps');
    expect(res.status).toBe(429);
    expect(res.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:0;');
    expect(body.errors[0]).toMatchObject({
      status: '429',
      code: 'RATE_LIMIT_EXCEEDED',
      title: 'The request rate limit has been reached.',
    });
    h.clock.advance(60 * 60 * 1000);
    const again = await h.call('/v1/apps');
    expect(again.status).toBe(200);
    expect(again.headers.get('x-rate-limit')).toBe('user-hour-lim:3600;user-hour-rem:3599;');
  });

  test('the budget is configurable', async () => {
    const small = await startHarness({ rateLimit: 2 });
    try {
      expect((await small.call('/v1/apps')).status).toBe(200);
      expect((await small.call('/v1/apps')).headers.get('x-rate-limit')).toBe(
        'user-hour-lim:2;user-hour-rem:0;',
      );
      expect((await small.call('/v1/apps')).status).toBe(429);
    } finally {
      await small.server.close();
    }
  });
});
