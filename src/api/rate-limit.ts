/** What `X-Rate-Limit: user-hour-lim:3600;user-hour-rem:3599;` says. */
export interface RateLimit {
  limit: number;
  remaining: number;
}

export function parseRateLimit(header: string | undefined): RateLimit | undefined {
  if (!header) return undefined;
  const limit = /user-hour-lim:(\d+)/.exec(header);
  const remaining = /user-hour-rem:(\d+)/.exec(header);
  if (!limit || !remaining) return undefined;
  return { limit: Number(limit[1]), remaining: Number(remaining[1]) };
}

/**
 * How long to wait before the next request so the hourly budget is not spent before the hour
 * turns: nothing while plenty is left, then a growing pause as the remainder runs low.
 */
export function pacingDelay(rate: RateLimit | undefined, lowWater = 100): number {
  if (!rate || rate.remaining >= lowWater || rate.limit <= 0) return 0;
  const perRequest = 3_600_000 / rate.limit;
  return Math.round(perRequest * (1 - rate.remaining / lowWater));
}
