/**
 * A small fake of GitHub's REST API for the feedback-to-issues tests: one repository's issues
 * (list with label/state filters and pages, one by number, create), its labels (get, create),
 * issue search, and GitHub's limits. Every request needs the token; every request is recorded.
 *
 * Limits as at GitHub: an issue's title has at most 256 characters and its body 65,536; an
 * unknown label is refused (stricter than GitHub, which would create it silently); creates less
 * than a second apart, or past `createBudget`, get a secondary rate limit (403 with retry-after);
 * `x-ratelimit-*` headers count down a primary budget, which answers 403 once spent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  created_at: string;
  pull_request?: boolean;
}

export interface GitHubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  at: number;
}

export interface FakeGitHubOptions {
  token: string;
  /** owner/name */
  repository: string;
  /** ms epoch clock (share the action's virtual clock to check pacing). */
  now?: () => number;
  /** Primary budget per hour (default 5000). */
  rateLimit?: number;
}

export interface FakeGitHub {
  url: string;
  issues: FakeIssue[];
  labels: Map<string, { name: string; color: string; description: string }>;
  requests: GitHubRequest[];
  /** Creates allowed before every further create gets a secondary limit (undefined: no cap). */
  createBudget: number | undefined;
  /** retry-after (seconds) sent with a secondary limit. */
  retryAfterSeconds: number;
  /** Primary requests left; at 0 every request answers 403 until `resetAt`. */
  remaining: number;
  /** Answers the next requests matching `method path` (path without query) with `status`. */
  failNext(
    method: string,
    path: string,
    status: number,
    headers?: Record<string, string>,
    times?: number,
  ): void;
  /** Seeds an issue as if filed earlier (or by someone else). */
  addIssue(issue: Partial<FakeIssue> & { title: string; body: string }): FakeIssue;
  creates(): GitHubRequest[];
  close(): Promise<void>;
}

const MAX_TITLE = 256;
const MAX_BODY = 65_536;

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const now = options.now ?? Date.now;
  const [owner, repo] = options.repository.split('/') as [string, string];
  const failures: Array<{ key: string; status: number; headers: Record<string, string>; times: number }> = [];
  let lastCreateAt = -Infinity;
  let base = '';

  const state: FakeGitHub = {
    url: '',
    issues: [],
    labels: new Map(),
    requests: [],
    createBudget: undefined,
    retryAfterSeconds: 60,
    remaining: options.rateLimit ?? 5000,
    failNext: (method, path, status, headers = {}, times = 1) =>
      failures.push({ key: `${method} ${path}`, status, headers, times }),
    addIssue: (seed) => {
      const issue: FakeIssue = {
        number: state.issues.length + 1,
        labels: [],
        state: 'open',
        created_at: new Date(now()).toISOString(),
        ...seed,
      };
      state.issues.push(issue);
      return issue;
    },
    creates: () =>
      state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues') && r.status === 201),
    close: async () => undefined,
  };

  const issueJson = (i: FakeIssue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    labels: i.labels.map((name) => ({ name })),
    created_at: i.created_at,
    html_url: `https://github.example/${options.repository}/issues/${i.number}`,
    url: `${base}/repos/${options.repository}/issues/${i.number}`,
    ...(i.pull_request
      ? { pull_request: { url: `${base}/repos/${options.repository}/pulls/${i.number}` } }
      : {}),
  });

  function handle(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
  ): [number, unknown, Record<string, string>?] {
    const repoPath = `/repos/${owner}/${repo}`;
    if (path.startsWith('/repos/') && !path.startsWith(`${repoPath}/`))
      return [404, { message: 'Not Found' }];
    const sub = path.startsWith(repoPath) ? path.slice(repoPath.length) : path;

    if (method === 'GET' && sub === '/issues') {
      const wanted =
        query
          .get('labels')
          ?.split(',')
          .map((l) => l.trim())
          .filter(Boolean) ?? [];
      const which = query.get('state') ?? 'open';
      const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
      const page = Math.max(1, Number(query.get('page') ?? 1));
      let list = state.issues.filter(
        (i) => (which === 'all' || i.state === which) && wanted.every((l) => i.labels.includes(l)),
      );
      list = [...list].sort((a, b) => a.number - b.number);
      if ((query.get('direction') ?? 'desc') === 'desc') list.reverse();
      const slice = list.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < list.length) {
        const next = new URL(`${base}${path}`);
        query.forEach((v, k) => next.searchParams.set(k, v));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return [200, slice.map(issueJson), headers];
    }
    const one = /^\/issues\/(\d+)$/.exec(sub);
    if (method === 'GET' && one) {
      const issue = state.issues.find((i) => i.number === Number(one[1]));
      return issue ? [200, issueJson(issue)] : [404, { message: 'Not Found' }];
    }
    if (method === 'POST' && sub === '/issues') {
      const b = (body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown };
      const errors: Array<Record<string, string>> = [];
      if (typeof b.title !== 'string' || b.title.trim() === '')
        errors.push({ field: 'title', code: 'missing_field' });
      else if (b.title.length > MAX_TITLE) errors.push({ field: 'title', code: 'invalid' });
      if (b.body !== undefined && (typeof b.body !== 'string' || b.body.length > MAX_BODY))
        errors.push({
          field: 'body',
          code: 'invalid',
          message: 'body is too long (maximum is 65536 characters)',
        });
      const labels = Array.isArray(b.labels) ? (b.labels as unknown[]).map(String) : [];
      for (const l of labels)
        if (!state.labels.has(l)) errors.push({ field: 'labels', code: 'invalid', value: l });
      if (errors.length) return [422, { message: 'Validation Failed', errors }];
      if (now() - lastCreateAt < 1000 || (state.createBudget !== undefined && state.createBudget <= 0)) {
        return [
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          },
          { 'retry-after': String(state.retryAfterSeconds) },
        ];
      }
      if (state.createBudget !== undefined) state.createBudget -= 1;
      lastCreateAt = now();
      const issue = state.addIssue({ title: b.title as string, body: (b.body as string) ?? '', labels });
      return [201, issueJson(issue)];
    }
    const label = /^\/labels\/(.+)$/.exec(sub);
    if (method === 'GET' && label) {
      const found = state.labels.get(decodeURIComponent(label[1] as string));
      return found ? [200, found] : [404, { message: 'Not Found' }];
    }
    if (method === 'POST' && sub === '/labels') {
      const b = (body ?? {}) as { name?: unknown; color?: unknown; description?: unknown };
      if (typeof b.name !== 'string' || !b.name || b.name.length > 50)
        return [422, { message: 'Validation Failed', errors: [{ field: 'name', code: 'invalid' }] }];
      if (typeof b.color !== 'string' || !/^[0-9a-fA-F]{6}$/.test(b.color))
        return [422, { message: 'Validation Failed', errors: [{ field: 'color', code: 'invalid' }] }];
      if (state.labels.has(b.name))
        return [422, { message: 'Validation Failed', errors: [{ field: 'name', code: 'already_exists' }] }];
      const created = { name: b.name, color: b.color, description: String(b.description ?? '') };
      state.labels.set(b.name, created);
      return [201, created];
    }
    if (method === 'GET' && path === '/search/issues') {
      const q = query.get('q') ?? '';
      const phrases = [...q.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
      const repoTerm = /(?:^|\s)repo:(\S+)/.exec(q)?.[1];
      const labelTerms = [...q.matchAll(/(?:^|\s)label:(\S+)/g)].map((m) => m[1] as string);
      if (repoTerm !== options.repository)
        return [200, { total_count: 0, incomplete_results: false, items: [] }];
      const items = state.issues.filter(
        (i) => labelTerms.every((l) => i.labels.includes(l)) && phrases.every((p) => i.body.includes(p)),
      );
      return [200, { total_count: items.length, incomplete_results: false, items: items.map(issueJson) }];
    }
    return [404, { message: 'Not Found' }];
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const method = req.method ?? 'GET';
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        state.requests.push({
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          body,
          status,
          at: now(),
        });
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-ratelimit-limit': String(options.rateLimit ?? 5000),
          'x-ratelimit-remaining': String(Math.max(0, state.remaining)),
          'x-ratelimit-reset': String(Math.ceil(now() / 1000) + 3600),
          ...headers,
        });
        res.end(JSON.stringify(payload));
      };
      const auth = req.headers.authorization ?? '';
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`)
        return reply(401, { message: 'Bad credentials' });
      if (state.remaining <= 0) return reply(403, { message: 'API rate limit exceeded' });
      state.remaining -= 1;
      const failure = failures.find((f) => f.key === `${method} ${url.pathname}` && f.times > 0);
      if (failure) {
        failure.times -= 1;
        return reply(failure.status, { message: 'Injected failure' }, failure.headers);
      }
      const [status, payload, headers] = handle(method, url.pathname, url.searchParams, body);
      reply(status, payload, headers);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.url = base;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}
