/**
 * Runs one job of a workflow file here, as the runner would, for the steps that matter to this
 * repository: `uses: ./` runs the built dist/index.js with the step's `with:` as inputs, `run:`
 * scripts run in bash with their `env:` and a GITHUB_OUTPUT file. Expressions are limited to
 * `steps.<id>.outputs.<name>`, `runner.temp`, `github.workspace` and `always()`, and anything
 * else is an error, so the workflow cannot drift from what this runner understands.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile, runDist, type ActionRun } from './action.js';

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface StepRun {
  step: WorkflowStep;
  /** What happened: skipped (setup steps that a local run already has), or how it ended. */
  outcome: 'skipped' | 'success' | 'failure';
  outputs: Record<string, string>;
  log: string;
  action?: ActionRun;
}

/** Steps that prepare a fresh runner (checkout, Node, npm ci); a local run already has them. */
export function isSetupStep(step: WorkflowStep): boolean {
  return (
    (step.uses !== undefined && /^actions\/(checkout|setup-node)@v\d+$/.test(step.uses)) ||
    (step.run !== undefined && /^npm ci\b/.test(step.run.trim()))
  );
}

export function readJob(file: string, job: string): WorkflowStep[] {
  const doc = parse(readFileSync(file, 'utf8')) as { jobs?: Record<string, { steps?: WorkflowStep[] }> };
  const steps = doc.jobs?.[job]?.steps;
  if (!steps) throw new Error(`${file} has no job '${job}' with steps`);
  return steps;
}

export function stepLabel(step: WorkflowStep): string {
  return step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0] ?? '?';
}

export async function runJob(
  steps: WorkflowStep[],
  options: { root: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<StepRun[]> {
  const temp = mkdtempSync(path.join(tmpdir(), 'asc-runner-temp-'));
  const outputs: Record<string, Record<string, string>> = {};
  const runs: StepRun[] = [];
  let failed = false;
  const context = { temp, workspace: options.root, outputs };
  const condition = (step: WorkflowStep) =>
    step.if === undefined ? 'success()' : step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
  // Checked before any step runs, so a step that starts a server is never left running.
  for (const step of steps)
    if (!['success()', 'always()'].includes(condition(step)))
      throw new Error(`Step '${stepLabel(step)}': unsupported if: ${step.if}`);
  for (const step of steps) {
    if (isSetupStep(step)) {
      runs.push({ step, outcome: 'skipped', outputs: {}, log: '' });
      continue;
    }
    if (failed && condition(step) !== 'always()') {
      runs.push({ step, outcome: 'skipped', outputs: {}, log: '' });
      continue;
    }
    let run: StepRun;
    try {
      run = await runStep(step, context, options);
    } catch (error) {
      // A step that hangs or cannot start fails the job; `always()` steps still run after it.
      run = { step, outcome: 'failure', outputs: {}, log: String(error) };
    }
    if (step.id) outputs[step.id] = run.outputs;
    if (run.outcome === 'failure') failed = true;
    runs.push(run);
  }
  return runs;
}

async function runStep(
  step: WorkflowStep,
  context: Context,
  options: { root: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<StepRun> {
  const temp = context.temp;
  const env = evaluateMap(step.env, context, step);
  let run: StepRun;
  if (step.uses === './') {
    const action = await runDist(evaluateMap(step.with, context, step), {
      env: { RUNNER_TEMP: temp, GITHUB_WORKSPACE: options.root, ...options.env, ...env },
      timeoutMs: options.timeoutMs,
    });
    run = {
      step,
      outcome: action.code === 0 ? 'success' : 'failure',
      outputs: action.outputs,
      log: action.stdout,
      action,
    };
  } else if (step.run !== undefined) {
    run = await runScript(
      step,
      { RUNNER_TEMP: temp, GITHUB_WORKSPACE: options.root, ...options.env, ...env },
      options,
    );
  } else {
    throw new Error(`Step '${stepLabel(step)}' uses ${step.uses}, which this local runner cannot run`);
  }
  return run;
}

async function runScript(
  step: WorkflowStep,
  env: Record<string, string>,
  options: { root: string; timeoutMs?: number },
): Promise<StepRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'asc-runner-step-'));
  const outputFile = path.join(dir, 'output');
  writeFileSync(outputFile, '');
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_') && k !== 'NODE_OPTIONS') childEnv[k] = v;
  // The runner's default shell for run: on Linux.
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run as string], {
    cwd: options.root,
    env: { ...childEnv, ...env, GITHUB_OUTPUT: outputFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Step '${stepLabel(step)}' did not finish:\n${log}`));
    }, options.timeoutMs ?? 60_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return {
    step,
    outcome: code === 0 ? 'success' : 'failure',
    outputs: parseKeyValueOutputs(readFileSync(outputFile, 'utf8')),
    log,
  };
}

/** GITHUB_OUTPUT holds `name=value` lines and `name<<DELIMITER` blocks. */
function parseKeyValueOutputs(text: string): Record<string, string> {
  const out = parseOutputFile(text);
  for (const line of text.split('\n')) {
    const m = /^([\w-]+)=(.*)$/.exec(line);
    if (m) out[m[1] as string] = m[2] as string;
  }
  return out;
}

interface Context {
  temp: string;
  workspace: string;
  outputs: Record<string, Record<string, string>>;
}

function evaluateMap(
  map: Record<string, unknown> | undefined,
  context: Context,
  step: WorkflowStep,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[k] = evaluate(String(v), context, step);
  return out;
}

function evaluate(text: string, context: Context, step: WorkflowStep): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expression: string) => {
    if (expression === 'runner.temp') return context.temp;
    if (expression === 'github.workspace') return context.workspace;
    const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (m) return context.outputs[m[1] as string]?.[m[2] as string] ?? '';
    throw new Error(`Step '${stepLabel(step)}': unsupported expression \${{ ${expression} }}`);
  });
}
