import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/api/retry.ts
var DEFAULT_RETRY = {
  maxAttempts: 6,
  baseDelayMs: 1e3,
  maxDelayMs: 6e4,
  budgetMs: 5 * 6e4
};
function isRetryableStatus(status) {
  return status === 429 || status >= 500 && status <= 599 && status !== 501;
}
function backoffDelay(policy, attempt, random = Math.random) {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step * (0.5 + random() * 0.5));
}
function parseRetryAfter(value, serverDate, nowMs) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1e3);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return void 0;
  const reference = serverDate ? Date.parse(serverDate) : NaN;
  return Math.max(0, at - (Number.isNaN(reference) ? nowMs : reference));
}
function isRetryableNetworkError(error) {
  const code = error?.code ?? "";
  return [
    "ECONNRESET",
    "ECONNREFUSED",
    "EPIPE",
    "ETIMEDOUT",
    "EAI_AGAIN",
    "UND_ERR_SOCKET",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
    "UND_ERR_CLOSED"
  ].includes(code);
}
var DeadlineError = class extends Error {
  code = "UND_ERR_BODY_TIMEOUT";
  constructor(ms) {
    super(`no complete answer within ${formatMs(ms)}`);
  }
};
function describeNetworkError(error) {
  const e = error;
  switch (e.code) {
    case "ASC_BODY_BROKE_OFF":
      return e.message ?? "the answer broke off";
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return error instanceof DeadlineError ? error.message : "no answer before the timeout";
    case "UND_ERR_CONNECT_TIMEOUT":
      return "could not connect before the timeout";
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return "the connection was reset";
    case "ECONNREFUSED":
      return "the connection was refused";
    default:
      return e.code ? `${e.code}: ${e.message ?? ""}`.trim() : e.message ?? String(error);
  }
}
function formatMs(ms) {
  return ms >= 1e3 ? `${(ms / 1e3).toFixed(1)} s` : `${ms} ms`;
}

export {
  DEFAULT_RETRY,
  isRetryableStatus,
  backoffDelay,
  parseRetryAfter,
  isRetryableNetworkError,
  DeadlineError,
  describeNetworkError,
  formatMs
};
