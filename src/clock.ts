/** Time as the action sees it. Injected so tests can run a 35-minute wait in milliseconds. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Waits `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * The start of a poll's log line, saying how much of the wait is used: `Poll 5 (2 of 30 min)`,
 * or in seconds for a wait under two minutes (`Poll 2 (30 of 90 s)`).
 */
export function pollLabel(poll: number, waitedMs: number, timeoutMs: number): string {
  if (timeoutMs < 120_000)
    return `Poll ${poll} (${Math.round(waitedMs / 1000)} of ${Math.round(timeoutMs / 1000)} s)`;
  const minutes = (ms: number) => {
    const m = ms / 60_000;
    return String(m >= 10 || Number.isInteger(m) ? Math.floor(m) : Math.floor(m * 10) / 10);
  };
  return `Poll ${poll} (${minutes(waitedMs)} of ${minutes(timeoutMs)} min)`;
}
