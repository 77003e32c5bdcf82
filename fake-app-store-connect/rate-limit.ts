/**
 * Apple's hourly request budget per key, reported on every response as
 * `X-Rate-Limit: user-hour-lim:3600;user-hour-rem:3599;`. The window restarts an hour after
 * its first request (Apple's is rolling; a fixed window is close enough for tests).
 */
const HOUR_MS = 60 * 60 * 1000;

interface Budget {
  windowStart: number;
  used: number;
}

export class RateLimiter {
  private readonly budgets = new Map<string, Budget>();

  constructor(
    readonly limit: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request; false when the budget was already spent (the request gets 429). */
  take(keyId: string): boolean {
    const budget = this.budget(keyId);
    if (budget.used >= this.limit) return false;
    budget.used++;
    return true;
  }

  remaining(keyId: string | undefined): number {
    if (keyId === undefined) return this.limit;
    return Math.max(0, this.limit - this.budget(keyId).used);
  }

  header(keyId: string | undefined): string {
    return `user-hour-lim:${this.limit};user-hour-rem:${this.remaining(keyId)};`;
  }

  /** Sets what is left for each of these keys in a fresh window. */
  setRemaining(keyIds: string[], n: number): void {
    for (const keyId of keyIds) {
      this.budgets.set(keyId, { windowStart: this.now(), used: Math.max(0, this.limit - n) });
    }
  }

  private budget(keyId: string): Budget {
    const now = this.now();
    let budget = this.budgets.get(keyId);
    if (!budget || now - budget.windowStart >= HOUR_MS) {
      budget = { windowStart: now, used: 0 };
      this.budgets.set(keyId, budget);
    }
    return budget;
  }
}
