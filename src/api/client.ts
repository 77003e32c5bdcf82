import type { Readable } from 'node:stream';
import type { TokenSigner } from '../auth/token-signer.js';
import { systemClock, type Clock } from '../clock.js';
import { silentLogger, type Logger } from '../logger.js';
import {
  DEFAULT_MAX_JSON_BYTES,
  UnexpectedAnswerError,
  checkDocument,
  parseErrorBody,
  parseJson,
  readCapped,
  redirectHint,
} from './answer.js';
import { ApiError, NetworkError, unauthorizedHint } from './errors.js';
import { parseRateLimit, pacingDelay, type RateLimit } from './rate-limit.js';
import {
  DEFAULT_RETRY,
  DeadlineError,
  backoffDelay,
  describeNetworkError,
  formatMs,
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy,
} from './retry.js';
import type { Dispatcher } from './transport.js';

/**
 * undici's pool and request API, loaded with the first request: a run that sends none (the token
 * operation) never parses them, which keeps its cold start short.
 */
const loadTransport = () => import('./transport.js');
import type { Document, Resource } from './types.js';
import { apiUrl, nextPageUrl, type Query } from './url.js';

export type { Query, QueryValue } from './url.js';
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: Query;
  /** JSON body. */
  body?: unknown;
  /** Accept header; default application/json. */
  accept?: string;
  /** What a 403 means for this call (e.g. which role the key needs); replaces the generic hint. */
  forbiddenHint?: string;
  /** False: never send it a second time after a lost answer or a 5xx (the caller reads back instead). */
  replay?: boolean;
}

export interface ApiResponse<T> {
  status: number;
  headers: Record<string, string>;
  data: T;
}

export interface StreamResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable;
}

export interface ClientOptions {
  baseUrl: string;
  signer: TokenSigner;
  clock?: Clock;
  log?: Logger;
  retry?: Partial<RetryPolicy>;
  /** Timeout for response headers and between body chunks, ms; default 60 s. */
  timeoutMs?: number;
  /** Time for one try of a request, headers and whole body, ms; default 10 min. */
  deadlineMs?: number;
  /** Largest JSON answer read, bytes; default 64 MB. */
  maxJsonBytes?: number;
  userAgent?: string;
  dispatcher?: Dispatcher;
  random?: () => number;
}

export interface ClientStats {
  requests: number;
  retries: number;
  reauthentications: number;
}

/** What every page of a collection adds up to. */
export interface Collection<A = Record<string, unknown>> {
  data: Resource<A>[];
  included: Resource[];
  pages: number;
}

/**
 * The one door to App Store Connect: base URL, token, timeouts, retries, rate limit,
 * errors and pagination. Everything else calls its typed methods.
 */
export class AppStoreConnectClient {
  readonly stats: ClientStats = { requests: 0, retries: 0, reauthentications: 0 };
  /** The newest X-Rate-Limit reading. */
  rateLimit?: RateLimit;
  private readonly base: URL;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly deadlineMs: number;
  private readonly maxJsonBytes: number;
  private dispatcher?: Promise<Dispatcher>;
  private readonly ownsDispatcher: boolean;
  private readonly random: () => number;
  private lowBudgetWarned = false;

  constructor(private readonly options: ClientOptions) {
    this.base = new URL(options.baseUrl);
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? silentLogger;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.deadlineMs = options.deadlineMs ?? 10 * 60_000;
    this.maxJsonBytes = options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES;
    this.ownsDispatcher = !options.dispatcher;
    if (options.dispatcher) this.dispatcher = Promise.resolve(options.dispatcher);
    this.random = options.random ?? Math.random;
  }

  get signer(): TokenSigner {
    return this.options.signer;
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher && this.dispatcher) await (await this.dispatcher).close();
  }

  /** GET a JSON:API document, checked: `data` present and not null, ids safe in a path. */
  async get<T = Document>(path: string, query?: Query, options: RequestOptions = {}): Promise<T> {
    return this.document<T>('GET', path, { ...options, query });
  }

  async post<T = Document>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.document<T>('POST', path, { ...options, body });
  }

  async patch<T = Document>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.document<T>('PATCH', path, { ...options, body });
  }

  /** A checked document; a write answered 202/204 without a body has none (undefined). */
  private async document<T>(method: Method, path: string, options: RequestOptions): Promise<T> {
    const res = await this.request<T>(method, path, options);
    if (res.data === undefined && method !== 'GET' && (res.status === 202 || res.status === 204))
      return res.data;
    const url = this.url(path, options.query);
    checkDocument(res.data, method, `${url.pathname}${url.search}`);
    return res.data;
  }

  async delete(path: string, body?: unknown, options: RequestOptions = {}): Promise<void> {
    await this.request('DELETE', path, { ...options, body });
  }

  /** Sends one request with auth, retries and error mapping; parses a JSON answer. */
  async request<T = Document>(
    method: Method,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const url = this.url(path, options.query);
    const res = await this.send(method, url, options, this.readJson(method, url));
    const text = res.value ?? '';
    const display = `${url.pathname}${url.search}`;
    return {
      status: res.status,
      headers: res.headers,
      data: (text ? parseJson(text, method, display) : undefined) as T,
    };
  }

  private readJson(method: string, url: URL): (res: SentResponse) => Promise<string> {
    return (res) =>
      readCapped(
        res.body as unknown as Readable,
        res.headers,
        this.maxJsonBytes,
        method,
        `${url.pathname}${url.search}`,
      );
  }

  /**
   * Like request, but hands a successful answer's body as a stream to `consume` (for gzip'd
   * reports) inside the retry loop: a body that breaks off (connection reset, timeout, or a
   * `retryable` error thrown by `consume`) is asked for again under the same retry policy and
   * time budget as any request. `consume` must leave nothing behind when it throws.
   */
  async stream<T>(
    method: Method,
    path: string,
    options: RequestOptions & { retryable?: (error: unknown) => boolean },
    consume: (response: StreamResponse) => Promise<T>,
  ): Promise<T> {
    const res = await this.send(method, this.url(path, options.query), options, async (sent) => {
      const body = sent.body as unknown as Readable;
      try {
        return await consume({ status: sent.status, headers: sent.headers, body });
      } catch (error) {
        // Nothing more is read from it; its own "aborted" error has no one to tell.
        body.on('error', () => undefined).destroy();
        if (isRetryableNetworkError(error)) throw error;
        if (options.retryable?.(error))
          throw Object.assign(new Error((error as Error).message), { code: RETRYABLE_BODY, cause: error });
        // Not the network's doing (a full disk, a limit): no retry, and the error as it is.
        throw new ConsumerError(error);
      }
    });
    return res.value as T;
  }

  /**
   * Yields every page of a collection, following `links.next` exactly as given. Drops ids seen
   * on an earlier page and stops on a link it has already followed.
   */
  async *pages<A = Record<string, unknown>>(path: string, query: Query = {}): AsyncGenerator<Document<A>> {
    let url: URL | undefined = this.url(path, query);
    const visited = new Set<string>();
    const seen = new Set<string>();
    while (url) {
      visited.add(url.href);
      const res = await this.send('GET', url, {}, this.readJson('GET', url));
      const display = `${url.pathname}${url.search}`;
      const doc = parseJson(res.value ?? '', 'GET', display) as Document<A>;
      checkDocument(doc, 'GET', display, true);
      const items = doc.data as Resource<A>[];
      const fresh = items.filter((r) => {
        // Metrics rows have no type or id: only resources are de-duplicated.
        if (r.id === undefined) return true;
        const key = `${r.type}:${r.id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (fresh.length < items.length)
        this.log.debug(`Dropped ${items.length - fresh.length} ids repeated from an earlier page.`);
      yield { ...doc, data: fresh };
      const next = doc.links?.next;
      if (!next) break;
      const nextUrl = nextPageUrl(this.base, next);
      if (visited.has(nextUrl.href)) {
        this.log.debug(`Stopped paging ${path}: links.next repeats a page already read.`);
        break;
      }
      url = nextUrl;
    }
  }

  /** Every page of a collection combined: data de-duplicated, included de-duplicated by type and id. */
  async getAll<A = Record<string, unknown>>(path: string, query: Query = {}): Promise<Collection<A>> {
    const data: Resource<A>[] = [];
    const included = new Map<string, Resource>();
    let pages = 0;
    for await (const page of this.pages<A>(path, { limit: 200, ...query })) {
      pages += 1;
      data.push(...(page.data as Resource<A>[]));
      for (const r of page.included ?? []) included.set(`${r.type}:${r.id}`, r);
    }
    return { data, included: [...included.values()], pages };
  }

  /** Builds a URL on the base from a path that may carry its own query, plus `query`. */
  url(path: string, query: Query = {}): URL {
    return apiUrl(this.base, path, query);
  }

  /**
   * Sends with retries. A successful answer's body is read by `read` inside the retry loop, so
   * a connection reset or timeout in the middle of the body is retried like one before the
   * headers.
   */
  private async send<R>(
    method: Method,
    url: URL,
    options: RequestOptions,
    read: (res: SentResponse) => Promise<R>,
  ): Promise<SentResponse & { value?: R }> {
    const display = `${url.pathname}${url.search}`;
    const started = this.clock.now();
    let attempt = 0;
    let reauthenticated = false;
    for (;;) {
      attempt += 1;
      // Whatever X-Rate-Limit says, one pause is never longer than the retry policy allows.
      const pause = Math.min(pacingDelay(this.rateLimit), this.retry.maxDelayMs, this.retry.budgetMs);
      if (pause > 0) {
        if (!this.lowBudgetWarned) {
          this.lowBudgetWarned = true;
          this.log.warning(
            `Only ${this.rateLimit?.remaining} of ${this.rateLimit?.limit} App Store Connect requests left this hour: slowing down.`,
          );
        }
        await this.clock.sleep(pause);
      }
      let res: SentResponse;
      let value: R | undefined;
      // One deadline for the whole try, headers and body: a body dripping a byte at a time ends.
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(new DeadlineError(this.deadlineMs)), this.deadlineMs);
      try {
        res = await this.once(method, url, options, deadline.signal);
        if (res.status < 300) value = await read(res);
      } catch (caught) {
        const error = deadline.signal.aborted ? new DeadlineError(this.deadlineMs) : caught;
        const reason = describeNetworkError(error);
        const wait = backoffDelay(this.retry, attempt, this.random);
        if (error instanceof UnexpectedAnswerError) throw error;
        if (error instanceof ConsumerError) throw error.error;
        const retryable =
          isRetryableNetworkError(error) || (error as { code?: string }).code === RETRYABLE_BODY;
        if (!retryable || options.replay === false || !this.canRetry(attempt, started, wait)) {
          throw new NetworkError(method, display, reason, attempt);
        }
        this.log.info(
          `${method} ${url.pathname}: ${reason}; retrying in ${formatMs(wait)} (try ${attempt + 1} of ${this.retry.maxAttempts}).`,
        );
        this.stats.retries += 1;
        await this.clock.sleep(wait);
        continue;
      } finally {
        clearTimeout(timer);
      }
      const { status } = res;
      if (status < 300) return { ...res, value };
      if (status < 400) {
        // Redirects are not followed (the token must go nowhere else), and never read as success.
        res.body.on('error', () => undefined).destroy();
        throw new ApiError({
          method,
          path: display,
          status,
          hint: redirectHint(res.headers['location'], this.base),
        });
      }

      const parsed = parseErrorBody(await res.body.text().catch(() => ''));
      if (status === 401 && !reauthenticated) {
        // A fresh token, once: the cached one may have been revoked or signed with a skewed clock.
        reauthenticated = true;
        attempt -= 1;
        this.stats.reauthentications += 1;
        this.signer.invalidate();
        this.log.debug(`${method} ${url.pathname}: 401; signing a new token and trying once more.`);
        continue;
      }
      if (isRetryableStatus(status)) {
        const retryAfter = parseRetryAfter(res.headers['retry-after'], res.headers['date'], this.clock.now());
        const wait = retryAfter ?? backoffDelay(this.retry, attempt, this.random);
        if (options.replay !== false && this.canRetry(attempt, started, wait)) {
          this.log.info(
            `${method} ${url.pathname}: ${status}${retryAfter !== undefined ? ' (Retry-After)' : ''}; retrying in ${formatMs(wait)} (try ${attempt + 1} of ${this.retry.maxAttempts}).`,
          );
          this.stats.retries += 1;
          await this.clock.sleep(wait);
          continue;
        }
      }
      throw new ApiError({
        method,
        path: display,
        status,
        errors: parsed.errors,
        bodyText: parsed.text,
        attempts: attempt,
        rateLimit: this.rateLimit,
        hint:
          status === 401
            ? unauthorizedHint(this.signer.credentials, res.headers['date'], this.clock.now())
            : status === 403 && options.forbiddenHint
              ? options.forbiddenHint
              : undefined,
      });
    }
  }

  private canRetry(attempt: number, started: number, wait: number): boolean {
    return attempt < this.retry.maxAttempts && this.clock.now() - started + wait <= this.retry.budgetMs;
  }

  private async once(
    method: Method,
    url: URL,
    options: RequestOptions,
    signal?: AbortSignal,
  ): Promise<SentResponse> {
    const { token } = await this.signer.token();
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: options.accept ?? 'application/json',
      'user-agent': this.options.userAgent ?? 'app-store-connect-action',
    };
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const before = this.clock.now();
    this.stats.requests += 1;
    // Created on first use: behind a proxy it loads undici's proxy agent.
    const transport = await loadTransport();
    this.dispatcher ??= transport.createDispatcher();
    const res = await transport.send(await this.dispatcher, {
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method,
      headers,
      body,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      signal,
    });
    const flat: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers))
      if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
    const rate = parseRateLimit(flat['x-rate-limit']);
    if (rate) this.rateLimit = rate;
    const serverDate = flat['date'] ? Date.parse(flat['date']) : NaN;
    if (!Number.isNaN(serverDate)) this.signer.observeServerDate(serverDate, this.clock.now());
    this.log.debug(
      `${method} ${url.pathname}${url.search} -> ${res.statusCode} (${this.clock.now() - before} ms${
        rate ? `, rate limit ${rate.remaining}/${rate.limit} left` : ''
      })`,
    );
    return { status: res.statusCode, headers: flat, body: res.body };
  }
}

/** The code a `stream` consumer's retryable failure is given, so the retry loop knows it. */
const RETRYABLE_BODY = 'ASC_BODY_BROKE_OFF';

/** Carries a `stream` consumer's own error through the retry loop untouched. */
class ConsumerError {
  constructor(readonly error: unknown) {}
}

interface SentResponse {
  status: number;
  headers: Record<string, string>;
  body: Dispatcher.ResponseData['body'];
}
