/**
 * Bearer token checks as Apple makes them: ES256 JWT signed by a known key, audience
 * `appstoreconnect-v1`, at most 20 minutes of lifetime, not expired, not issued in the future,
 * `iss` for team keys and `sub: "user"` without `iss` for individual keys.
 */
import { verify } from 'node:crypto';
import type { FakeKey } from './types.js';

export const AUDIENCE = 'appstoreconnect-v1';
export const MAX_LIFETIME_SECONDS = 20 * 60;

export type AuthResult =
  | { ok: true; key: FakeKey; claims: Record<string, unknown> }
  | { ok: false; reason: string; key?: FakeKey; claims?: Record<string, unknown> };

export interface AuthOptions {
  keys: readonly FakeKey[];
  nowMs: number;
  iatSkewSeconds: number;
  /** `METHOD path` and raw query of the request, for tokens that carry a `scope` claim. */
  method: string;
  path: string;
  rawQuery: string;
}

/** The key a token names in its header, without checking anything else (for rate-limit headers). */
export function keyNamedBy(authorization: string | undefined, keys: readonly FakeKey[]): FakeKey | undefined {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  const header = token ? decodePart(token.split('.')[0] ?? '') : undefined;
  return keys.find((k) => k.keyId === header?.kid);
}

export function authenticate(authorization: string | undefined, opts: AuthOptions): AuthResult {
  if (!authorization) return { ok: false, reason: 'missing' };
  const token = /^Bearer ([^\s]+)$/.exec(authorization)?.[1];
  if (!token) return { ok: false, reason: 'scheme' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodePart(headerPart);
  const claims = decodePart(payloadPart);
  if (!header || !claims) return { ok: false, reason: 'malformed' };
  if (header.alg !== 'ES256') return { ok: false, reason: 'alg', claims };
  if (header.typ !== 'JWT') return { ok: false, reason: 'typ', claims };
  const key = opts.keys.find((k) => k.keyId === header.kid);
  if (!key) return { ok: false, reason: 'unknown-kid', claims };
  const fail = (reason: string): AuthResult => ({ ok: false, reason, key, claims });

  const signature = Buffer.from(signaturePart, 'base64url');
  // Apple wants the raw 64-byte r||s form (JWS), not DER.
  if (signature.length !== 64) return fail('signature-encoding');
  const signed = Buffer.from(`${headerPart}.${payloadPart}`);
  if (!verify('sha256', signed, { key: key.publicKey, dsaEncoding: 'ieee-p1363' }, signature)) {
    return fail('signature');
  }

  if (claims.aud !== AUDIENCE) return fail('aud');
  const { iat, exp } = claims;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return fail('iat');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return fail('exp');
  if (exp <= iat || exp - iat > MAX_LIFETIME_SECONDS) return fail('lifetime');
  const now = opts.nowMs / 1000;
  if (exp <= now) return fail('expired');
  if (iat > now + opts.iatSkewSeconds) return fail('iat-future');
  if (key.issuerId !== undefined) {
    if (claims.iss !== key.issuerId) return fail('iss');
  } else {
    if (claims.iss !== undefined) return fail('individual-iss');
    if (claims.sub !== 'user') return fail('sub');
  }
  if (claims.scope !== undefined && !scopeAllows(claims.scope, opts)) return fail('scope');
  return { ok: true, key, claims };
}

/** Scope entries look like `GET /v1/apps?filter[platform]=IOS`; a query in the entry must match. */
function scopeAllows(scope: unknown, opts: AuthOptions): boolean {
  if (!Array.isArray(scope)) return false;
  const query = safeDecode(opts.rawQuery);
  return scope.some((entry) => {
    if (typeof entry !== 'string') return false;
    const [operation = '', entryQuery] = entry.split('?', 2);
    if (operation !== `${opts.method} ${opts.path}`) return false;
    return entryQuery === undefined || safeDecode(entryQuery) === query;
  });
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
