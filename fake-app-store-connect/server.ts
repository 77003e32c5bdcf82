/** Starts the fake App Store Connect server on 127.0.0.1 and wires its parts together. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Contract } from './contract.js';
import { Faults } from './faults.js';
import { handleRequest } from './pipeline.js';
import { RateLimiter } from './rate-limit.js';
import { defineAppStoreRelationships } from './relationships.js';
import { Router } from './router.js';
import { appsRoutes } from './routes/apps.js';
import { betaAppInfoRoutes } from './routes/beta-app-info.js';
import { betaFeedbackRoutes } from './routes/beta-feedback.js';
import { betaGroupsReadRoutes } from './routes/beta-groups.js';
import { betaGroupsWriteRoutes } from './routes/beta-groups-write.js';
import { betaTestersRoutes } from './routes/beta-testers.js';
import { betaTesterUsagesRoutes } from './routes/beta-tester-usages.js';
import { buildUploadsRoutes } from './routes/build-uploads.js';
import { buildsRoutes } from './routes/builds.js';
import { reportsRoutes } from './routes/reports.js';
import { usersRoutes } from './routes/users.js';
import { Store } from './store.js';
import type { FakeKey, LoggedRequest, RouteModule, ServerContext } from './types.js';

/** Route modules every server registers, before `options.routes`. */
export const BUILT_IN_ROUTES: RouteModule[] = [
  appsRoutes,
  betaGroupsReadRoutes,
  betaGroupsWriteRoutes,
  betaTestersRoutes,
  betaAppInfoRoutes,
  betaTesterUsagesRoutes,
  buildsRoutes,
  buildUploadsRoutes,
  reportsRoutes,
  usersRoutes,
  betaFeedbackRoutes,
];

export interface FakeServerOptions {
  keys: FakeKey[];
  /** ms epoch clock for token checks, the Date header and the rate limit (default Date.now). */
  now?: () => number;
  /** Hourly budget per key (default 3600); when spent, 429 RATE_LIMIT_EXCEEDED. */
  rateLimit?: number;
  /** Delay added before every response (benchmarks), default 0. */
  latencyMs?: number;
  /** How far in the future `iat` may be, default 10. */
  iatSkewSeconds?: number;
  /** Extra route modules, registered after the built-in ones (same route: the later wins). */
  routes?: RouteModule[];
  /** Port to listen on (default 0: any free port). */
  port?: number;
}

export interface FakeServer {
  /** "http://127.0.0.1:PORT" */
  url: string;
  store: Store;
  faults: Faults;
  /** Every request, in order of arrival. */
  log: LoggedRequest[];
  /** POST/PATCH/DELETE/PUT requests that reached a route handler. */
  writes(): LoggedRequest[];
  setRateLimitRemaining(n: number): void;
  close(): Promise<void>;
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'DELETE', 'PUT']);

export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const now = options.now ?? Date.now;
  const store = new Store();
  defineAppStoreRelationships(store);
  const contract = new Contract();
  const router = new Router(contract);
  const faults = new Faults();
  const limiter = new RateLimiter(options.rateLimit ?? 3600, now);
  const log: LoggedRequest[] = [];
  const aborter = new AbortController();
  const closers: Array<() => Promise<void> | void> = [];
  const ctx: ServerContext & { baseUrl: string } = {
    store,
    now,
    baseUrl: '',
    keys: options.keys,
    onClose: (fn) => void closers.push(fn),
  };
  const deps = {
    ctx,
    contract,
    router,
    faults,
    limiter,
    log,
    iatSkewSeconds: options.iatSkewSeconds ?? 10,
    latencyMs: options.latencyMs ?? 0,
    signal: aborter.signal,
  };

  // Before listening, so that a failing route module leaves nothing open; handlers read
  // ctx.baseUrl only when requests arrive.
  for (const register of [...BUILT_IN_ROUTES, ...(options.routes ?? [])]) register(router, ctx);

  const server = createServer((req, res) => void handleRequest(deps, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  ctx.baseUrl = `http://127.0.0.1:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url: ctx.baseUrl,
    store,
    faults,
    log,
    writes: () => log.filter((e) => WRITE_METHODS.has(e.method) && e.handled),
    setRateLimitRemaining: (n) =>
      limiter.setRemaining(
        options.keys.map((k) => k.keyId),
        n,
      ),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        aborter.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(async () => {
        for (const fn of closers) await fn();
      })),
  };
}
