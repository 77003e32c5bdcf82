/**
 * The few GitHub REST calls feedback-to-issues makes, through @actions/github's Octokit (loaded
 * on first use, so other operations never parse it). Each call has a timeout; 5xx and network
 * errors are retried; GitHub's rate limits (403/429 with retry-after or x-ratelimit-*) are waited
 * out when the wait is short, and end the run cleanly (`GitHubRateLimited`) when it is not.
 */
import { parseRetryAfter } from '../api/retry.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

export interface GitHubTarget {
  token: string;
  /** owner/name */
  repository: string;
  /** https://api.github.com, or GITHUB_API_URL on GitHub Enterprise Server. */
  apiUrl: string;
}

export interface IssueRef {
  number: number;
  url: string;
  state: string;
  body: string;
}

/** The rate limit asks for a longer wait than a step should spend. */
export class GitHubRateLimited extends Error {
  constructor(
    readonly waitMs: number,
    readonly resetAt: string,
  ) {
    super(`GitHub's rate limit asks to wait until ${resetAt}.`);
    this.name = 'GitHubRateLimited';
  }
}

/** Any other failed GitHub request: the status, what was asked, and what to check. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    readonly route: string,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubError';
  }
}

/** The longest rate-limit wait taken inside one run. */
export const MAX_RATE_WAIT_MS = 60_000;
const TIMEOUT_MS = 30_000;
const MAX_TRIES = 3;
/** Pages of 100 issues read at most when looking for earlier imports. */
export const MAX_ISSUE_PAGES = 50;

type Octokit = {
  request(
    route: string,
    params: Record<string, unknown>,
  ): Promise<{ status: number; data: unknown; headers: Record<string, unknown> }>;
};

interface RequestErrorLike {
  status?: number;
  response?: { headers?: Record<string, unknown>; data?: unknown };
  message?: string;
}

export class GitHubIssues {
  private octokit?: Octokit;
  requests = 0;
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly target: GitHubTarget,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    [this.owner, this.repo] = target.repository.split('/') as [string, string];
  }

  private async client(): Promise<Octokit> {
    if (!this.octokit) {
      const { getOctokit } = await import('@actions/github');
      this.octokit = getOctokit(this.target.token, {
        baseUrl: this.target.apiUrl,
        userAgent: 'app-store-connect-action',
      }) as unknown as Octokit;
    }
    return this.octokit;
  }

  /** One request with timeout, retries and rate-limit waits. */
  private async call<T>(
    route: string,
    params: Record<string, unknown>,
    options: { retry?: boolean } = {},
  ): Promise<T> {
    const octokit = await this.client();
    for (let attempt = 1; ; attempt++) {
      this.requests += 1;
      try {
        const res = await octokit.request(route, {
          owner: this.owner,
          repo: this.repo,
          ...params,
          request: { signal: AbortSignal.timeout(TIMEOUT_MS) },
        });
        return res.data as T;
      } catch (error) {
        const e = error as RequestErrorLike;
        const status = typeof e.status === 'number' ? e.status : 0;
        const headers = e.response?.headers ?? {};
        const said = (e.response?.data as { message?: unknown } | undefined)?.message;
        const limited = rateLimitWait(
          status,
          headers,
          this.clock.now(),
          typeof said === 'string' ? said : '',
        );
        if (limited !== undefined) {
          if (limited > MAX_RATE_WAIT_MS || attempt >= MAX_TRIES) {
            throw new GitHubRateLimited(limited, new Date(this.clock.now() + limited).toISOString());
          }
          this.log.info(`GitHub rate limit on ${route}: waiting ${Math.ceil(limited / 1000)} s as asked.`);
          await this.clock.sleep(limited);
          continue;
        }
        const transient = status === 0 || status >= 500;
        if (transient && options.retry !== false && attempt < MAX_TRIES) {
          this.log.info(`${route}: ${status || describe(e)}; trying again in ${attempt} s.`);
          await this.clock.sleep(attempt * 1000);
          continue;
        }
        throw toGitHubError(route, status, e, this.target.repository);
      }
    }
  }

  /** Issues (open and closed) with `label`, newest first; pull requests left out. */
  async *issuesWithLabel(label: string): AsyncGenerator<IssueRef> {
    for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
      const items = await this.call<
        Array<{
          number: number;
          html_url: string;
          state: string;
          body?: string | null;
          pull_request?: unknown;
        }>
      >('GET /repos/{owner}/{repo}/issues', {
        labels: label,
        state: 'all',
        sort: 'created',
        direction: 'desc',
        per_page: 100,
        page,
      });
      for (const i of items)
        if (!i.pull_request) yield { number: i.number, url: i.html_url, state: i.state, body: i.body ?? '' };
      if (items.length < 100) return;
    }
    this.log.warning(`Read the newest ${MAX_ISSUE_PAGES * 100} issues labelled '${label}' only.`);
  }

  async getIssue(number: number): Promise<IssueRef> {
    const i = await this.call<{ number: number; html_url: string; state: string; body?: string | null }>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}',
      { issue_number: number },
    );
    return { number: i.number, url: i.html_url, state: i.state, body: i.body ?? '' };
  }

  /** True when the label exists in the repository. */
  async hasLabel(name: string): Promise<boolean> {
    try {
      await this.call('GET /repos/{owner}/{repo}/labels/{name}', { name });
      return true;
    } catch (error) {
      if (error instanceof GitHubError && error.status === 404) return false;
      throw error;
    }
  }

  /** Creates a label; one created meanwhile (422 already_exists) is fine. */
  async createLabel(name: string, color: string, description: string): Promise<void> {
    try {
      await this.call('POST /repos/{owner}/{repo}/labels', { name, color, description });
    } catch (error) {
      if (error instanceof GitHubError && error.status === 422) return;
      throw error;
    }
  }

  /** Creates an issue. Not retried blindly: the caller looks for it first (a lost answer). */
  async createIssue(title: string, body: string, labels: string[]): Promise<IssueRef> {
    const i = await this.call<{ number: number; html_url: string; state: string; body?: string | null }>(
      'POST /repos/{owner}/{repo}/issues',
      { title, body, labels },
      { retry: false },
    );
    return { number: i.number, url: i.html_url, state: i.state, body: i.body ?? '' };
  }
}

/** How long GitHub asks to wait, or undefined when the answer is no rate limit. */
export function rateLimitWait(
  status: number,
  headers: Record<string, unknown>,
  now: number,
  message = '',
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = parseRetryAfter(stringHeader(headers['retry-after']), stringHeader(headers.date), now);
  if (retryAfter !== undefined) return retryAfter;
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return Number.isFinite(reset) ? Math.max(1000, reset - now) : 60_000;
  }
  // A 429 with no header, or a secondary limit without retry-after: GitHub's advice is a minute.
  return status === 429 || /secondary rate limit/i.test(message) ? 60_000 : undefined;
}

function stringHeader(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

function describe(e: RequestErrorLike): string {
  return e.message ?? 'network error';
}

function toGitHubError(route: string, status: number, e: RequestErrorLike, repository: string): GitHubError {
  const data = e.response?.data as { message?: string } | undefined;
  const said =
    typeof data?.message === 'string' ? `: ${data.message.slice(0, 200).replace(/\s+/g, ' ')}` : '';
  const hint =
    status === 401
      ? ` Check github-token: it is missing, expired or revoked.`
      : status === 403
        ? ` Check that the token may write issues in ${repository} (workflow: permissions: issues: write).`
        : status === 404
          ? ` Check github-repository (${repository}) and that the token can see it.`
          : status === 410
            ? ` Issues are turned off in ${repository}.`
            : '';
  return new GitHubError(
    status,
    route,
    `GitHub ${route.replace('{owner}/{repo}', repository)} failed${status ? ` (${status})` : ''}${status ? said : `: ${describe(e)}`}.${hint}`,
  );
}
