import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};
function pollLabel(poll, waitedMs, timeoutMs) {
  if (timeoutMs < 12e4)
    return `Poll ${poll} (${Math.round(waitedMs / 1e3)} of ${Math.round(timeoutMs / 1e3)} s)`;
  const minutes = (ms) => {
    const m = ms / 6e4;
    return String(m >= 10 || Number.isInteger(m) ? Math.floor(m) : Math.floor(m * 10) / 10);
  };
  return `Poll ${poll} (${minutes(waitedMs)} of ${minutes(timeoutMs)} min)`;
}

export {
  systemClock,
  pollLabel
};
