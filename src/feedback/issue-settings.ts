/** feedback-to-issues' GitHub inputs: the token, the repository, the labels. */
import { isHttpsOrLoopback } from '../api/url.js';
import { Input } from '../constants.js';
import { InputError, quote, type InputReader } from '../input-reader.js';
import type { GitHubTarget } from './github-issues.js';

const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
/** GitHub's label names: up to 50 characters; commas would split the list filter. */
const LABEL = /^[^,\s][^,]{0,49}$/;

/** The token, the repository (input or the workflow's) and the API URL (GITHUB_API_URL on GHES). */
export function parseGitHubTarget(inputs: InputReader, env: NodeJS.ProcessEnv): GitHubTarget {
  const token = inputs.string(Input.GithubToken);
  if (!token) {
    throw new InputError(
      Input.GithubToken,
      `Input '${Input.GithubToken}' is required for feedback-to-issues: the workflow's token (default \${{ github.token }}, with permissions: issues: write) or a personal access token.`,
    );
  }
  const given = inputs.string(Input.GithubRepository);
  const repository = given ?? env.GITHUB_REPOSITORY;
  if (!repository) {
    throw new InputError(
      Input.GithubRepository,
      `Input '${Input.GithubRepository}' is required outside a workflow run (GITHUB_REPOSITORY is not set): owner/name.`,
    );
  }
  if (!REPOSITORY.test(repository)) {
    throw new InputError(
      Input.GithubRepository,
      `Input '${Input.GithubRepository}' has an invalid value ${quote(repository)}: expected owner/name, such as octo-org/weather-app.`,
    );
  }
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new InputError(Input.GithubToken, `GITHUB_API_URL ${quote(apiUrl)} is not a URL.`);
  }
  if (!isHttpsOrLoopback(url)) {
    throw new InputError(
      Input.GithubToken,
      `GITHUB_API_URL ${quote(apiUrl)} must use https, so the token is never sent in clear.`,
    );
  }
  return { token, repository, apiUrl };
}

/** issue-labels: default testflight; each a valid label name. */
export function parseIssueLabels(inputs: InputReader): string[] {
  const labels = inputs.list(Input.IssueLabels);
  for (const label of labels) {
    if (!LABEL.test(label)) {
      throw new InputError(
        Input.IssueLabels,
        `Input '${Input.IssueLabels}' has an invalid value ${quote(label)}: a label name has 1 to 50 characters.`,
      );
    }
  }
  return labels.length ? [...new Set(labels)] : ['testflight'];
}
