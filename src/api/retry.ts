/** How the client retries what can pass: 429, 5xx and network failures. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** First backoff delay in ms; doubles each try, with jitter. */
  baseDelayMs: number;
  /** Longest single wait in ms. */
  maxDelayMs: number;
  /** Time budget for one request and its retries, in ms. */
  budgetMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  budgetMs: 5 * 60_000,
};

/** Statuses worth another try. 400, 401 (handled apart), 403, 404, 409 and 422 never are. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** Exponential backoff with jitter (50-100 % of the step), `attempt` counting from 1. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step * (0.5 + random() * 0.5));
}

/**
 * Parses `Retry-After`: delay-seconds or an HTTP date. A date is measured against the
 * response's own Date header when present, so a skewed runner clock does not matter.
 */
export function parseRetryAfter(
  value: string | undefined,
  serverDate: string | undefined,
  nowMs: number,
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  const reference = serverDate ? Date.parse(serverDate) : NaN;
  return Math.max(0, at - (Number.isNaN(reference) ? nowMs : reference));
}

/** Network failures worth another try, by undici / Node error code. */
export function isRetryableNetworkError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  return [
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
  ].includes(code);
}

/** A deadline that passed: retried like a timeout. */
export class DeadlineError extends Error {
  readonly code = 'UND_ERR_BODY_TIMEOUT';
  constructor(ms: number) {
    super(`no complete answer within ${formatMs(ms)}`);
  }
}

/** What a network failure was, in words. */
export function describeNetworkError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ASC_BODY_BROKE_OFF':
      return e.message ?? 'the answer broke off';
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return error instanceof DeadlineError ? error.message : 'no answer before the timeout';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'could not connect before the timeout';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was reset';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    default:
      return e.code ? `${e.code}: ${e.message ?? ''}`.trim() : (e.message ?? String(error));
  }
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
