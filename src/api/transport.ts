/**
 * undici's connection pool and request API, loaded on their own. The package's index also
 * parses fetch, WebSocket, caches and mocks; skipping them takes about 70 ms off every cold
 * start of the action (measured by `npm run bench`, scenario cold-start).
 */
import AgentClass from 'undici/lib/dispatcher/agent.js';
import requestOnDispatcher from 'undici/lib/api/api-request.js';
import type { Dispatcher } from 'undici';

export type { Dispatcher };

export function createAgent(): Dispatcher {
  return new AgentClass({ connections: 16, keepAliveTimeout: 10_000, connect: { timeout: 15_000 } });
}

/** Sends one request through `dispatcher` and resolves with the status, headers and body stream. */
export function send(
  dispatcher: Dispatcher,
  options: Dispatcher.RequestOptions,
): Promise<Dispatcher.ResponseData> {
  return requestOnDispatcher.call(dispatcher, options);
}
