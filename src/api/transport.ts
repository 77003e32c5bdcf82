/**
 * undici's connection pool and request API, loaded on their own. The package's index also
 * parses fetch, WebSocket, caches and mocks; skipping them takes about 70 ms off every cold
 * start of the action (measured by `npm run bench`, scenario cold-start).
 */
import AgentClass from 'undici/lib/dispatcher/agent.js';
import requestOnDispatcher from 'undici/lib/api/api-request.js';
import type { Dispatcher } from 'undici';

export type { Dispatcher };

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
