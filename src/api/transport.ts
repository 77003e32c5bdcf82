/**
 * undici's connection pool and request API, loaded on their own. The package's index also
 * parses fetch, WebSocket, caches and mocks; skipping them takes about 70 ms off every cold
 * start of the action (measured by `npm run bench`, scenario cold-start).
 */
import { setFlagsFromString } from 'node:v8';
import AgentClass from 'undici/lib/dispatcher/agent.js';
import requestOnDispatcher from 'undici/lib/api/api-request.js';
import type { Dispatcher } from 'undici';

export type { Dispatcher };

/**
 * undici's HTTP parser (llhttp) is WebAssembly, which V8 compiles twice: at once with its baseline
 * compiler, then again optimised on background threads. The second compile costs about 36 MB of
 * memory and 60 ms of CPU per run, and Node waits for it before the process may exit (about 60 ms
 * of every step's wall time here); the parser's share of the work (headers, and the body handed
 * on in spans) gains nothing from it. Set before the first connection compiles the parser; it
 * touches nothing else, as no other code of the action is WebAssembly.
 */
setFlagsFromString('--liftoff-only');

const AGENT_OPTIONS = { connections: 16, keepAliveTimeout: 10_000, connect: { timeout: 15_000 } };

export function createAgent(): Dispatcher {
  return new AgentClass(AGENT_OPTIONS);
}

/** True when HTTPS_PROXY or HTTP_PROXY (either case) is set. */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) => !!env[name]);
}

/**
 * The dispatcher for this run: behind a proxy (self-hosted runners), undici's EnvHttpProxyAgent,
 * which honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (tunnelling with CONNECT); otherwise the
 * plain pool. The package index is loaded only behind a proxy, so other runs keep their cold start.
 */
export async function createDispatcher(env: NodeJS.ProcessEnv = process.env): Promise<Dispatcher> {
  if (!proxyConfigured(env)) return createAgent();
  const { EnvHttpProxyAgent } = await import('undici');
  return new EnvHttpProxyAgent(AGENT_OPTIONS);
}

/** Sends one request through `dispatcher` and resolves with the status, headers and body stream. */
export function send(
  dispatcher: Dispatcher,
  options: Dispatcher.RequestOptions,
): Promise<Dispatcher.ResponseData> {
  return requestOnDispatcher.call(dispatcher, options);
}
