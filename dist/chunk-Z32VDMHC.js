import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-XNDQ27F5.js";

// src/testflight/github-context.ts
import { execFile } from "node:child_process";
async function readContext() {
  const github = await import("./chunk-PC7QUW25.js");
  const Context = github.context.constructor;
  const context = new Context();
  return { eventName: context.eventName, sha: context.sha, payload: context.payload };
}
var short = (sha) => sha ? sha.slice(0, 7) : "unknown";
async function whatToTestFromContext() {
  const { eventName, sha, payload } = await readContext();
  const pr = payload.pull_request;
  if (pr?.title && (eventName === "pull_request" || eventName === "pull_request_target" || !eventName)) {
    return { text: pr.title.trim(), source: `pull request #${pr.number ?? "?"} title` };
  }
  const head = payload.head_commit ?? payload.workflow_run?.head_commit ?? payload.merge_group?.head_commit;
  if (head?.message?.trim()) {
    const id = payload.head_commit?.id ?? payload.workflow_run?.head_sha ?? payload.merge_group?.head_sha ?? sha;
    return { text: head.message.trim(), source: `commit ${short(id)}` };
  }
  const commit = payload.commits?.find((c) => c.id === sha) ?? payload.commits?.at(-1);
  if (commit?.message?.trim()) return { text: commit.message.trim(), source: `commit ${short(commit.id)}` };
  if (pr?.title) return { text: pr.title.trim(), source: `pull request #${pr.number ?? "?"} title` };
  if (sha) {
    const message = await gitMessage(sha);
    if (message) return { text: message, source: `commit ${short(sha)} (git log)` };
  }
  return void 0;
}
function gitMessage(sha) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["log", "-1", "--format=%B", sha],
      { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), timeout: 5e3 },
      (error, stdout) => resolve(error ? void 0 : stdout.trim() || void 0)
    );
  });
}
export {
  whatToTestFromContext
};
