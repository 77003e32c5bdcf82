/**
 * `what-to-test: auto`: the triggering commit's message, or the pull request's title, from the
 * GitHub context. '@actions/github' is imported here, lazily, so other operations never load it.
 */
import { execFile } from 'node:child_process';

export interface ContextText {
  text: string;
  /** Where it came from, for the log: "commit 1a2b3c4", "pull request #12". */
  source: string;
}

interface Payload {
  head_commit?: { id?: string; message?: string } | null;
  pull_request?: { number?: number; title?: string } | null;
  workflow_run?: { head_sha?: string; head_commit?: { message?: string } | null } | null;
  merge_group?: { head_sha?: string; head_commit?: { message?: string } | null } | null;
  release?: { name?: string | null; tag_name?: string } | null;
  commits?: Array<{ id?: string; message?: string }>;
}

/** The context as GitHub describes the current run (re-read from the environment on every call). */
async function readContext(): Promise<{ eventName?: string; sha?: string; payload: Payload }> {
  const github = await import('@actions/github');
  // A fresh Context reads GITHUB_EVENT_PATH and GITHUB_SHA now, not when the module was loaded.
  const Context = github.context.constructor as new () => typeof github.context;
  const context = new Context();
  return { eventName: context.eventName, sha: context.sha, payload: context.payload as Payload };
}

const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : 'unknown');

/** The commit message or pull request title of the run, or undefined when the context has none. */
export async function whatToTestFromContext(): Promise<ContextText | undefined> {
  const { eventName, sha, payload } = await readContext();
  const pr = payload.pull_request;
  if (pr?.title && (eventName === 'pull_request' || eventName === 'pull_request_target' || !eventName)) {
    return { text: pr.title.trim(), source: `pull request #${pr.number ?? '?'} title` };
  }
  const head = payload.head_commit ?? payload.workflow_run?.head_commit ?? payload.merge_group?.head_commit;
  if (head?.message?.trim()) {
    const id =
      payload.head_commit?.id ?? payload.workflow_run?.head_sha ?? payload.merge_group?.head_sha ?? sha;
    return { text: head.message.trim(), source: `commit ${short(id)}` };
  }
  const commit = payload.commits?.find((c) => c.id === sha) ?? payload.commits?.at(-1);
  if (commit?.message?.trim()) return { text: commit.message.trim(), source: `commit ${short(commit.id)}` };
  if (pr?.title) return { text: pr.title.trim(), source: `pull request #${pr.number ?? '?'} title` };
  // workflow_dispatch, schedule and others carry no message: ask git, when the repository is checked out.
  if (sha) {
    const message = await gitMessage(sha);
    if (message) return { text: message, source: `commit ${short(sha)} (git log)` };
  }
  return undefined;
}

function gitMessage(sha: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['log', '-1', '--format=%B', sha],
      { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), timeout: 5000 },
      (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}
