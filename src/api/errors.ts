import { redactSecrets } from '../safe-text.js';

/** One entry of an App Store Connect error document. */
export interface ApiErrorItem {
  status?: string;
  code?: string;
  title?: string;
  detail?: string;
  source?: { pointer?: string; parameter?: string };
}

export interface ApiErrorInit {
  method: string;
  /** Path and query, never the host or the token. */
  path: string;
  status: number;
  errors?: ApiErrorItem[];
  /** A non-JSON body (an HTML 502 page), shortened. */
  bodyText?: string;
  /** What a person should check, already worded. */
  hint?: string;
  attempts?: number;
  rateLimit?: { limit: number; remaining: number };
}

/**
 * A failed App Store Connect request: the status, every error Apple returned, the method and
 * path (never the token), and a hint that says what to check.
 */
export class ApiError extends Error {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly errors: ApiErrorItem[];
  readonly hint: string;
  readonly attempts: number;

  constructor(init: ApiErrorInit) {
    // Apple's text can echo the request, Authorization header included: no token is kept.
    const errors = (init.errors ?? []).map(redactItem);
    if (init.bodyText) init = { ...init, bodyText: redactSecrets(init.bodyText) };
    // An agreement to accept is never a role problem, whatever an operation says a 403 means.
    const hint =
      init.status === 403 && mentionsAgreement(errors)
        ? defaultHint(init.status, errors)
        : (init.hint ?? defaultHint(init.status, errors, init.rateLimit));
    super(formatMessage(init, errors, hint));
    this.name = 'ApiError';
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.errors = errors;
    this.hint = hint;
    this.attempts = init.attempts ?? 1;
  }

  /**
   * True when an earlier try of this same request failed on the way (network, 5xx, 429): a 409
   * on a create then most likely answers our own first try, whose answer was lost.
   */
  get afterRetry(): boolean {
    return this.attempts > 1;
  }

  /** True when any error code equals `code` or starts with `code.` (Apple's codes are dotted). */
  hasCode(code: string): boolean {
    return this.errors.some((e) => e.code === code || e.code?.startsWith(`${code}.`) === true);
  }

  /** A copy with another hint, for operations that know better what a status means for them. */
  withHint(hint: string): ApiError {
    return new ApiError({
      method: this.method,
      path: this.path,
      status: this.status,
      errors: this.errors,
      hint,
      attempts: this.attempts,
    });
  }

  toJSON(): Record<string, unknown> {
    return {
      status: this.status,
      method: this.method,
      path: this.path,
      errors: this.errors,
      hint: this.hint,
    };
  }
}

/** Network failure (reset, refused, timeout) after all retries. */
export class NetworkError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(
      `${method} ${path} failed: ${reason} (after ${attempts} ${attempts === 1 ? 'try' : 'tries'}). ` +
        'Check that the runner can reach api.appstoreconnect.apple.com (or the api-url given) and try again; Apple has passing outages.',
    );
    this.name = 'NetworkError';
  }
}

function redactItem(item: ApiErrorItem): ApiErrorItem {
  const out: ApiErrorItem = { ...item };
  for (const key of ['code', 'title', 'detail', 'status'] as const) {
    const value = item[key];
    if (typeof value === 'string') out[key] = redactSecrets(value);
  }
  return out;
}

function formatMessage(init: ApiErrorInit, errors: ApiErrorItem[], hint: string): string {
  const parts = errors.map((e) => {
    const where = e.source?.pointer ?? e.source?.parameter;
    const text = [e.title, e.detail].filter((t, i, all) => t && all.indexOf(t) === i).join(': ');
    return `${e.code ?? 'ERROR'}${where ? ` (${where})` : ''}${text ? ` ${text}` : ''}`;
  });
  if (parts.length === 0 && init.bodyText) parts.push(`non-JSON response: ${init.bodyText}`);
  const attempts = init.attempts && init.attempts > 1 ? ` after ${init.attempts} tries` : '';
  const answer = `App Store Connect answered ${init.status} to ${init.method} ${init.path}${attempts}${
    parts.length ? `: ${parts.join('; ')}` : ''
  }.`;
  // A 401 is nearly always the set-up, not the request: the checklist comes first.
  if (init.status === 401 && hint) return `${hint} (${answer.slice(0, -1)})`;
  return `${answer}${hint ? ` ${hint}` : ''}`;
}

function mentionsAgreement(errors: ApiErrorItem[]): boolean {
  return errors.some((e) => /agreement/i.test(`${e.code ?? ''} ${e.title ?? ''} ${e.detail ?? ''}`));
}

function defaultHint(
  status: number,
  errors: ApiErrorItem[],
  rateLimit?: { limit: number; remaining: number },
): string {
  const text = errors.map((e) => `${e.code ?? ''} ${e.title ?? ''} ${e.detail ?? ''}`).join(' ');
  switch (status) {
    case 400:
      return 'The request was malformed; if this came from the request operation, check its path, query and body against Apple’s API reference.';
    case 401:
      return 'Check the key id, the issuer id and the private key.';
    case 403:
      return /agreement/i.test(text)
        ? 'An agreement must be accepted first: the Account Holder must sign in to App Store Connect (or the developer website) and accept the latest agreements.'
        : 'The API key’s role does not allow this request: give the key a role with access (Users and Access → Integrations) or use another key.';
    case 404:
      return 'Nothing exists at that path: check the ids and names given, and that the key’s team owns the app.';
    case 409:
      return 'App Store Connect refused the change because of the object’s current state or because it conflicts with an existing one.';
    case 422:
      return 'App Store Connect could not process the request in the object’s current state (for a build: is it still processing?).';
    case 429:
      return `The API rate limit was reached${
        rateLimit ? ` (${rateLimit.remaining} of ${rateLimit.limit} requests left this hour)` : ''
      }: wait, or spread the work over several runs.`;
    default:
      return status >= 500
        ? 'App Store Connect had a server error; it usually passes: re-run the job later.'
        : '';
  }
}

/**
 * Something looked up by a name or id the caller gave does not exist (or the key cannot see it).
 * The message says what was looked for, without naming an action input: the operation that
 * passed the value names the input (see `namingInput` in `src/operation.ts`).
 */
export class NotFoundError extends Error {
  constructor(
    /** What was looked for: 'app', 'beta group', ... */
    readonly subject: string,
    message: string,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Apple's words for a refusal, for one item of many: the status and codes, every error's detail
 * (or title), the method and path, and for 401/403 what to fix (the role the call needs).
 */
export function reasonOf(error: unknown): string {
  if (error instanceof ApiError) {
    const parts = error.errors.map((e) => e.detail ?? e.title).filter((t): t is string => !!t);
    if (parts.length) {
      const codes = [...new Set(error.errors.map((e) => e.code).filter((c): c is string => !!c))];
      const hint = (error.status === 401 || error.status === 403) && error.hint ? ` ${error.hint}` : '';
      return (
        `${error.status}${codes.length ? ` ${codes.join(', ')}` : ''}: ${[...new Set(parts)].join('; ')} ` +
        `(${error.method} ${error.path}).${hint}`
      );
    }
  }
  return messageOf(error);
}

/**
 * True when a failed write concerns the whole run rather than the item it was for: the network,
 * the key (401, 403), the rate limit (429), Apple's servers (5xx), or anything not an answer.
 */
export function stopsTheRun(error: unknown): boolean {
  if (error instanceof NetworkError || !(error instanceof ApiError)) return true;
  return error.status === 401 || error.status === 403 || error.status === 429 || error.status >= 500;
}

/** What a 401 on a freshly signed token means: the checklist, most common cause first. */
export function unauthorizedHint(
  credentials: { keyId: string; issuerId?: string },
  dateHeader: string | undefined,
  nowMs: number,
): string {
  const { keyId, issuerId } = credentials;
  const local = new Date(nowMs).toISOString();
  const server = dateHeader ? new Date(Date.parse(dateHeader)).toISOString() : 'not given';
  const checks = issuerId
    ? [
        `issuer-id '${issuerId}' is the issuer id of the team that owns key '${keyId}' (shown above the team keys list)`,
        `key-id '${keyId}' is this key's id (its file is AuthKey_${keyId}.p8)`,
        'the key is active, not revoked (Users and Access → Integrations)',
        'an individual key takes no issuer-id: leave it empty',
      ]
    : [
        `key-id '${keyId}' is this key's id (its file is AuthKey_${keyId}.p8)`,
        'the key is active, not revoked (Users and Access → Integrations)',
        'a team key needs issuer-id (shown above the team keys list); without it the key is read as an individual key',
      ];
  checks.push(`the runner clock (${local}) against App Store Connect's Date header (${server})`);
  return (
    `App Store Connect rejected a freshly signed token for key '${keyId}' ` +
    `${issuerId ? `with issuer '${issuerId}'` : 'as an individual key (no issuer-id)'}. Check: ` +
    checks.map((c, i) => `${i + 1}) ${c}`).join('; ') +
    '.'
  );
}
