/** Shared setup for the fake server's tests: a controllable clock, keys, tokens and requests. */
import { SignJWT, importPKCS8 } from 'jose';
import { generateTestKey, startFakeServer } from '../../fake-app-store-connect/index.js';
import type { FakeServer, FakeServerOptions, TestKey } from '../../fake-app-store-connect/index.js';

export const START = Date.parse('2026-03-02T09:00:00Z');

export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function fakeClock(start = START): Clock {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

export interface TokenOptions {
  /** Claims to set (undefined values are left out). Defaults: iat now-60, exp iat+15 min, aud, iss or sub. */
  claims?: Record<string, unknown>;
  /** Header overrides (kid, typ, alg). */
  header?: Record<string, unknown>;
  /** Sign with another key's private key (bad signature). */
  signWith?: TestKey;
}

/** An ES256 token for `key` at the clock's time, as a correct client would sign it. */
export async function tokenFor(key: TestKey, nowMs: number, opts: TokenOptions = {}): Promise<string> {
  const iat = Math.floor(nowMs / 1000) - 60;
  const defaults: Record<string, unknown> = { iat, exp: iat + 15 * 60, aud: 'appstoreconnect-v1' };
  if (key.issuerId) defaults.iss = key.issuerId;
  else defaults.sub = 'user';
  const claims = Object.fromEntries(
    Object.entries({ ...defaults, ...opts.claims }).filter(([, v]) => v !== undefined),
  );
  const privateKey = await importPKCS8((opts.signWith ?? key).privateKeyPem, 'ES256');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: key.keyId, typ: 'JWT', ...opts.header })
    .sign(privateKey);
}

export interface Harness {
  server: FakeServer;
  key: TestKey;
  clock: Clock;
  /** fetch against the server with a valid token (unless `token` is given). */
  call(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  /** call() and parse the JSON body. */
  callJson(
    path: string,
    init?: RequestInit & { token?: string; json?: unknown },
  ): Promise<{ res: Response; body: Json }>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export async function startHarness(
  options: Partial<FakeServerOptions> & { key?: TestKey } = {},
): Promise<Harness> {
  const key = options.key ?? generateTestKey();
  const clock = fakeClock();
  const server = await startFakeServer({ now: clock.now, ...options, keys: options.keys ?? [key.fakeKey] });
  const call: Harness['call'] = async (path, init = {}) => {
    const { token, json, ...rest } = init;
    const headers = new Headers(rest.headers);
    headers.set('Authorization', `Bearer ${token ?? (await tokenFor(key, clock.now()))}`);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    const url = path.startsWith('http') ? path : `${server.url}${path}`;
    return fetch(url, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
  };
  const callJson: Harness['callJson'] = async (path, init) => {
    const res = await call(path, init);
    return { res, body: (await res.json()) as Json };
  };
  return { server, key, clock, call, callJson };
}

/** The parsed JSON body of a response. */
export async function bodyOf(res: Response): Promise<Json> {
  return (await res.json()) as Json;
}
