/** Types shared by the fake App Store Connect server's modules and its route modules. */
import type { KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Store } from './store.js';
import type { Router } from './router.js';

/** An API key the server accepts. */
export interface FakeKey {
  keyId: string;
  /** Undefined for an individual key (tokens carry `sub: "user"` and no `iss`). */
  issuerId?: string;
  publicKey: KeyObject;
  /** Default `['ADMIN']`. */
  roles?: string[];
}

/** What the server hands to every route handler. */
export interface ServerContext {
  store: Store;
  /** ms epoch clock. */
  now(): number;
  /** "http://127.0.0.1:PORT", known once the server listens. */
  readonly baseUrl: string;
  keys: readonly FakeKey[];
  /** Runs `fn` when the server closes (e.g. to close a second origin a route module opened). */
  onClose(fn: () => Promise<void> | void): void;
}

export interface FakeRequest {
  method: string;
  /** Path without query, e.g. `/v1/apps/123`. */
  path: string;
  /** Values of the `{name}` segments of the route pattern. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The key that signed the token (absent only on routes registered with `auth: false`). */
  key: FakeKey;
  claims: Record<string, unknown>;
  /** Absolute URL of the request as the client sent it (base for `links`). */
  url: URL;
  ctx: ServerContext;
}

/** A JSON value, a Buffer, or a stream to pipe. */
export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (req: FakeRequest, ctx: ServerContext) => FakeResponse | Promise<FakeResponse>;

/** Registers routes; called once per server with its router and context. */
export type RouteModule = (router: Router, ctx: ServerContext) => void;

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  headers: Record<string, string>;
  /** 0 while in flight and when the socket was reset without an answer. */
  status: number;
  keyId?: string;
  claims?: Record<string, unknown>;
  /** now() when the request arrived. */
  at: number;
  /** now() when the answer was sent or the socket dropped. */
  doneAt?: number;
  /** Why the token was refused (401), e.g. `expired`, `signature`, `unknown-kid`. */
  authError?: string;
  /** Error codes of the answer's error document. */
  errorCodes?: string[];
  /** Kind of injected fault that shaped this answer. */
  fault?: 'status' | 'reset' | 'delay' | 'afterHandler';
  /** True when a route handler ran for it. */
  handled?: boolean;
  /** Message of an exception thrown by a handler (500). */
  exception?: string;
}
