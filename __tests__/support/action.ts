import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type RunOptions } from '../../src/main.js';
import { OWN_COMMANDS, readAsRunner } from './runner-log.js';

export interface ActionRun {
  outputs: Record<string, string>;
  /** `result` parsed. */
  result: unknown;
  summary: string;
  /** Everything the action printed (stdout, and stderr for the built action). */
  stdout: string;
  failed: boolean;
  /** The `::error::` annotations' messages. */
  errors: string[];
  warnings: string[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Parses a GITHUB_OUTPUT file (name<<delimiter ... delimiter). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string);
    out[m[1] as string] = value.join('\n');
  }
  return out;
}

function inputEnv(inputs: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs))
    if (v !== undefined) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

/**
 * Every run is checked: no line of the key, its base64, or any token signed may appear in what
 * the action printed (other than the runner's ::add-mask:: commands), its summary, or an output
 * other than `token` (which the runner masks).
 */
export function assertNoSecrets(run: ActionRun, inputs: Record<string, string | undefined>): void {
  let pem = inputs['private-key'] ?? '';
  if (!pem && inputs['private-key-path']) {
    try {
      pem = readFileSync(inputs['private-key-path'], 'utf8');
    } catch {
      pem = '';
    }
  }
  // A key given as base64 is checked in its decoded form too: every line of the PEM body.
  const compact = pem.replace(/\s+/g, '');
  const decoded = /^[A-Za-z0-9+/=]+$/.test(compact) ? Buffer.from(compact, 'base64').toString('utf8') : '';
  const forms = decoded.includes('-----BEGIN') ? [pem, decoded] : [pem];
  const secrets = new Set<string>();
  for (const form of forms) {
    for (const line of form.split(/\r?\n|\\n/))
      if (line.trim().length > 10 && !line.includes('-----')) secrets.add(line.trim());
    if (form.trim()) secrets.add(Buffer.from(form).toString('base64').slice(0, 48));
  }
  for (const line of run.stdout.split('\n'))
    if (line.startsWith('::add-mask::eyJ')) secrets.add(line.slice('::add-mask::'.length));
  const visible = [
    ...run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
    run.summary,
    ...Object.entries(run.outputs)
      .filter(([name]) => name !== 'token')
      .map(([, value]) => value),
  ].join('\n');
  for (const secret of secrets) {
    if (visible.includes(secret))
      throw new Error(`A secret reached the action's visible output: ${secret.slice(0, 12)}…`);
  }
  // Any signed token, even one the action forgot to mask (so it has no ::add-mask:: line).
  const jwt = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{20,}/.exec(visible);
  if (jwt) throw new Error(`A token reached the action's visible output: ${jwt[0].slice(0, 12)}…`);
  assertNoInjectedCommands(run.stdout);
}

/**
 * Read as the runner reads it, the log runs only the commands the action issues itself (no
 * `##[` form, no stop-commands, no set-output from printed text), and every mask took effect.
 */
export function assertNoInjectedCommands(stdout: string): void {
  const runner = readAsRunner(stdout);
  const foreign = runner.commands.filter(
    (c) =>
      c.form === 'legacy' || !OWN_COMMANDS.has(c.name) || (c.name !== 'add-mask' && c.data.startsWith('PWN')),
  );
  if (foreign.length)
    throw new Error(`Printed text ran as a workflow command: ${JSON.stringify(foreign[0]?.line)}`);
  const shown = runner.visible.find((l) => /^\s*::add-mask::/.test(l) || /eyJ[\w-]+\.eyJ/.test(l));
  if (shown) throw new Error(`A mask or token was shown as text: ${shown.slice(0, 40)}…`);
}

function collect(dir: string, stdout: string, failed: boolean): ActionRun {
  const outputs = parseOutputFile(readFileSync(path.join(dir, 'output'), 'utf8'));
  const summary = readFileSync(path.join(dir, 'summary'), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  let result: unknown;
  try {
    result = outputs.result !== undefined ? JSON.parse(outputs.result) : undefined;
  } catch {
    result = outputs.result;
  }
  const annotations = (kind: string) =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith(`::${kind}`))
      .map((l) =>
        l
          .replace(/^::[a-z]+[^:]*::/, '')
          .replace(/%0A/g, '\n')
          .replace(/%25/g, '%'),
      );
  return {
    outputs,
    result,
    summary,
    stdout,
    failed,
    errors: annotations('error'),
    warnings: annotations('warning'),
  };
}

function tempFiles(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'asc-action-'));
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary'), '');
  return dir;
}

/**
 * Runs the action in this process as GitHub would: INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files; captures what it prints. Sets RUNNER_DEBUG=1 so debug lines show.
 */
export async function runAction(
  inputs: Record<string, string | undefined>,
  options: RunOptions & { env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const dir = tempFiles();
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, inputEnv(inputs), {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_DEBUG: '1',
    ...options.env,
  });
  process.exitCode = undefined;
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  }) as typeof process.stdout.write;
  let failed: boolean;
  try {
    await run(options);
  } finally {
    process.stdout.write = write;
    failed = process.exitCode === 1;
    process.exitCode = savedExit;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  const result = collect(dir, chunks.join(''), failed);
  assertNoSecrets(result, inputs);
  return result;
}

/** Runs the built dist/index.js as a child process (optionally with another node binary). */
export async function runDist(
  inputs: Record<string, string | undefined>,
  options: {
    node?: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    /** Sees the child as soon as it runs (to signal it, say). */
    onSpawn?: (child: ReturnType<typeof spawn>) => void;
    /** Another copy of the built action (dist/index.js by default). */
    script?: string;
  } = {},
): Promise<ActionRun & { code: number | null }> {
  const dir = tempFiles();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_')) env[k] = v;
  delete env.NODE_OPTIONS;
  Object.assign(env, inputEnv(inputs), {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    RUNNER_DEBUG: '1',
    ...options.env,
  });
  const child = spawn(
    options.node ?? process.execPath,
    [options.script ?? path.join(root, 'dist/index.js')],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  options.onSpawn?.(child);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/index.js did not finish in ${options.timeoutMs ?? 60_000} ms:\n${out}`));
    }, options.timeoutMs ?? 60_000);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const result = { ...collect(dir, out, code !== 0), code };
  assertNoSecrets(result, inputs);
  return result;
}
