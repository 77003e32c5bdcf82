/** Apple-shaped error documents: `{errors:[{id, status, code, title, detail, source?}]}`. */
import { randomUUID } from 'node:crypto';
import type { FakeResponse } from './types.js';

export interface ErrorSource {
  pointer?: string;
  parameter?: string;
}

export interface ApiErrorObject {
  id: string;
  status: string;
  code: string;
  title: string;
  detail: string;
  source?: ErrorSource;
}

export interface ErrorSpec {
  code: string;
  title: string;
  detail: string;
  source?: ErrorSource;
}

/** Throw from a handler (or return `.toResponse()`) to answer with an error document. */
export class ApiError extends Error {
  readonly errors: ApiErrorObject[] = [];

  constructor(
    readonly status: number,
    errors: ErrorSpec[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => `${e.code}: ${e.detail}`).join('; '));
    this.name = 'ApiError';
    for (const e of errors) this.add(e.code, e.title, e.detail, e.source);
  }

  /** Appends one more error to the same document. */
  add(code: string, title: string, detail: string, source?: ErrorSource): this {
    const error: ApiErrorObject = { id: randomUUID(), status: String(this.status), code, title, detail };
    if (source) error.source = source;
    this.errors.push(error);
    return this;
  }

  toResponse(): FakeResponse {
    return { status: this.status, body: { errors: this.errors }, headers: { ...this.headers } };
  }
}

export function apiError(
  status: number,
  code: string,
  title: string,
  detail: string,
  source?: ErrorSource,
): ApiError {
  return new ApiError(status, [{ code, title, detail, ...(source ? { source } : {}) }]);
}

/** Several errors in one document. */
export function apiErrors(status: number, errors: ErrorSpec[]): ApiError {
  return new ApiError(status, errors);
}

export function notFound(type: string, id: string): ApiError {
  return apiError(
    404,
    'NOT_FOUND',
    'The specified resource does not exist',
    `There is no resource of type '${type}' with id '${id}'`,
  );
}

export function forbidden(detail = 'The API key in use does not allow this request'): ApiError {
  return apiError(403, 'FORBIDDEN_ERROR', 'This request is forbidden for security reasons', detail);
}

/** 403 unless the request's key has one of `roles` (ADMIN always passes). */
export function requireRole(key: { roles?: string[] }, ...roles: string[]): void {
  const held = key.roles ?? ['ADMIN'];
  if (held.includes('ADMIN') || roles.some((r) => held.includes(r))) return;
  throw forbidden(`The API key in use does not allow this request (needs one of: ${roles.join(', ')})`);
}

export const NOT_AUTHORIZED: ErrorSpec = {
  code: 'NOT_AUTHORIZED',
  title: 'Authentication credentials are missing or invalid.',
  detail:
    'Provide a properly configured and signed bearer token, and make sure that it has not expired. ' +
    'Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens',
};

export const RATE_LIMIT_EXCEEDED: ErrorSpec = {
  code: 'RATE_LIMIT_EXCEEDED',
  title: 'The request rate limit has been reached.',
  detail:
    "We've received too many requests for this API. Please wait and try again or slow down your request rate.",
};

/** The default error document of an injected status fault. */
export function defaultErrorFor(status: number): ApiError {
  if (status === 401) return new ApiError(401, [NOT_AUTHORIZED]);
  if (status === 429) return new ApiError(429, [RATE_LIMIT_EXCEEDED]);
  if (status === 403) return forbidden();
  if (status === 404) return notFound('unknown', 'unknown');
  if (status === 409) {
    return apiError(409, 'STATE_ERROR', 'The request cannot be fulfilled.', 'Injected conflict');
  }
  if (status >= 500) {
    return apiError(
      status,
      'UNEXPECTED_ERROR',
      'An unexpected error occurred.',
      'An unexpected error occurred on the server side. If this issue continues, contact us at https://developer.apple.com/contact/.',
    );
  }
  return apiError(status, 'PARAMETER_ERROR', 'Injected error', `Injected ${status} response`);
}
