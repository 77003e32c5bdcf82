/**
 * What happens to each request, in Apple's order: injected faults, bearer token, rate limit,
 * contract (path, method, query, body), then the route handler. Everything is logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate, keyNamedBy } from './auth.js';
import { checkRequestBody } from './request-body.js';
import type { Contract } from './contract.js';
import { ApiError, NOT_AUTHORIZED, RATE_LIMIT_EXCEEDED, apiError, defaultErrorFor } from './errors.js';
import type { Fault, Faults } from './faults.js';
import { flatHeaders, isJsonContentType, parseJsonBody, readBody, writeResponse } from './http-io.js';
import type { RateLimiter } from './rate-limit.js';
import type { Route, Router } from './router.js';
import type { FakeKey, FakeRequest, FakeResponse, LoggedRequest, ServerContext } from './types.js';

export interface PipelineDeps {
  ctx: ServerContext;
  contract: Contract;
  router: Router;
  faults: Faults;
  limiter: RateLimiter;
  log: LoggedRequest[];
  iatSkewSeconds: number;
  latencyMs: number;
  /** Aborted when the server closes: pending delays end and their sockets are dropped. */
  signal: AbortSignal;
}

interface Incoming {
  req: IncomingMessage;
  method: string;
  url: URL;
  raw: Buffer;
  entry: LoggedRequest;
}

export async function handleRequest(
  deps: PipelineDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { ctx } = deps;
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', ctx.baseUrl);
  const entry: LoggedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flatHeaders(req),
    status: 0,
    at: ctx.now(),
  };
  deps.log.push(entry);
  try {
    const raw = await readBody(req);
    const parsed = parseJsonBody(raw);
    if (parsed.kind === 'json') entry.body = parsed.value;
    else if (parsed.kind === 'invalid') entry.body = parsed.text;
    const incoming: Incoming = { req, method, url, raw, entry };

    const fault = deps.faults.take(method, url.pathname);
    if (fault && (await applyFault(deps, fault, incoming, res))) return;

    const response = await serve(deps, incoming).catch((error: unknown) => failure(error, incoming));
    if (fault?.afterHandler) {
      entry.fault = 'afterHandler';
      entry.status = response.status;
      entry.doneAt = ctx.now();
      res.destroy();
      return;
    }
    if (fault?.headers) response.headers = { ...response.headers, ...fault.headers };
    await send(deps, incoming, res, response);
  } catch (error) {
    // The server is closing (aborted delay) or the body could not be read.
    if (!deps.signal.aborted) process.stderr.write(`fake-app-store-connect: ${String(error)}\n`);
    res.destroy();
  }
}

/** True when the fault answered (or dropped) the request itself. */
async function applyFault(
  deps: PipelineDeps,
  fault: Fault,
  incoming: Incoming,
  res: ServerResponse,
): Promise<boolean> {
  const { entry } = incoming;
  if (fault.delayMs) {
    entry.fault = 'delay';
    await sleep(fault.delayMs, undefined, { signal: deps.signal });
  }
  if (fault.reset) {
    entry.fault = 'reset';
    entry.doneAt = deps.ctx.now();
    res.destroy();
    return true;
  }
  const answers = fault.status !== undefined || fault.body !== undefined || fault.html !== undefined;
  if (!answers || fault.afterHandler) return false;
  entry.fault = 'status';
  const status = fault.status ?? 500;
  let response: FakeResponse;
  if (fault.html !== undefined) {
    response = { status, body: fault.html, headers: { 'Content-Type': 'text/html; charset=utf-8' } };
  } else if (fault.body !== undefined) {
    response = { status, body: fault.body };
  } else {
    response = defaultErrorFor(status).toResponse();
  }
  response.headers = { ...response.headers, ...fault.headers };
  await send(deps, incoming, res, response);
  return true;
}

async function serve(deps: PipelineDeps, incoming: Incoming): Promise<FakeResponse> {
  const { ctx, contract, router, limiter } = deps;
  const { req, method, url, entry } = incoming;
  const outside = router.matchOutside(method, url.pathname);

  let key: FakeKey | undefined;
  let claims: Record<string, unknown> = {};
  if (!outside || outside.route.options.auth !== false) {
    const auth = authenticate(req.headers.authorization, {
      keys: ctx.keys,
      nowMs: ctx.now(),
      iatSkewSeconds: deps.iatSkewSeconds,
      method,
      path: url.pathname,
      rawQuery: url.search.slice(1),
    });
    if (auth.key) entry.keyId = auth.key.keyId;
    if (auth.claims) entry.claims = auth.claims;
    if (!auth.ok) {
      entry.authError = auth.reason;
      throw new ApiError(401, [NOT_AUTHORIZED]);
    }
    key = auth.key;
    claims = auth.claims;
    if (!limiter.take(key.keyId)) throw new ApiError(429, [RATE_LIMIT_EXCEEDED]);
  }

  if (outside) {
    const parsed = parseJsonBody(incoming.raw);
    const body =
      isJsonContentType(req.headers['content-type']) && parsed.kind === 'json' ? parsed.value : incoming.raw;
    return invoke(deps, incoming, outside.route, outside.params, body, key, claims);
  }

  const match = contract.matchPath(url.pathname);
  if (!match) {
    throw apiError(
      404,
      'PATH_ERROR',
      'The URL path is not valid',
      `The resource '${url.pathname.slice(1)}' does not exist`,
    );
  }
  const op = match.operations[method.toLowerCase()];
  if (!op) {
    const allowed = Object.keys(match.operations).map((m) => m.toUpperCase());
    const error = apiError(
      405,
      'METHOD_NOT_ALLOWED',
      'The request method is not valid for the resource path.',
      `The request method is not valid for the resource path. Allowed methods: ${allowed.join(', ')}`,
    );
    error.headers.Allow = allowed.join(', ');
    throw error;
  }
  contract.checkQuery(op, url.searchParams);
  const body = checkRequestBody({
    method,
    template: match.template,
    params: match.params,
    contentType: req.headers['content-type'],
    raw: incoming.raw,
    schema: op.requestBody,
  });

  const route = router.forTemplate(method, match.template);
  if (!route) {
    throw apiError(
      501,
      'NOT_IMPLEMENTED',
      'Not implemented by the fake server',
      `The fake App Store Connect server does not implement ${method} ${match.template}`,
    );
  }
  if (route.options.supports) {
    const allowed = new Set([...route.options.supports, 'cursor']);
    for (const name of url.searchParams.keys()) {
      if (allowed.has(name)) continue;
      throw apiError(
        501,
        'NOT_IMPLEMENTED',
        'Not implemented by the fake server',
        `The fake App Store Connect server does not implement the parameter '${name}' for ${method} ${match.template}`,
        { parameter: name },
      );
    }
  }
  return invoke(deps, incoming, route, match.params, body, key, claims);
}

async function invoke(
  deps: PipelineDeps,
  incoming: Incoming,
  route: Route,
  params: Record<string, string>,
  body: unknown,
  key: FakeKey | undefined,
  claims: Record<string, unknown>,
): Promise<FakeResponse> {
  const request: FakeRequest = {
    method: incoming.method,
    path: incoming.url.pathname,
    params,
    query: incoming.url.searchParams,
    body,
    headers: incoming.req.headers,
    key: key as FakeKey,
    claims,
    url: incoming.url,
    ctx: deps.ctx,
  };
  incoming.entry.handled = true;
  return route.handler(request, deps.ctx);
}

function failure(error: unknown, incoming: Incoming): FakeResponse {
  if (error instanceof ApiError) return error.toResponse();
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  incoming.entry.exception = message;
  process.stderr.write(
    `fake-app-store-connect: ${incoming.method} ${incoming.url.pathname} threw: ${message}\n`,
  );
  return apiError(
    500,
    'UNEXPECTED_ERROR',
    'An unexpected error occurred.',
    `The fake server's handler threw: ${String(error)}`,
  ).toResponse();
}

async function send(
  deps: PipelineDeps,
  incoming: Incoming,
  res: ServerResponse,
  response: FakeResponse,
): Promise<void> {
  const { ctx, limiter } = deps;
  const { entry } = incoming;
  if (deps.latencyMs > 0) await sleep(deps.latencyMs, undefined, { signal: deps.signal });
  const keyId = entry.keyId ?? keyNamedBy(incoming.req.headers.authorization, ctx.keys)?.keyId;
  entry.status = response.status;
  const errors = (response.body as { errors?: Array<{ code?: unknown }> } | undefined)?.errors;
  if (Array.isArray(errors)) entry.errorCodes = errors.map((e) => String(e.code));
  await writeResponse(res, response, {
    Date: new Date(ctx.now()).toUTCString(),
    'X-Rate-Limit': limiter.header(keyId),
  });
  entry.doneAt = ctx.now();
}
