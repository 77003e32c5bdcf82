/** Shared pieces of the benchmark scenarios: a fake server with latency, timed runs of dist/. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startFakeServer,
  type FakeServer,
  type FakeServerOptions,
} from '../../fake-app-store-connect/index.js';
import { generateTestKey } from '../../fake-app-store-connect/keys.js';
import { parseOutputFile } from '../../__tests__/support/action.js';
import type { LoggedRequest } from '../../fake-app-store-connect/types.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One line of the benchmark table. */
export interface BenchRow {
  scenario: string;
  metric: string;
  value: string;
  /** The lower bound or reference the value is compared with. */
  reference?: string;
  target?: string;
  met?: boolean;
}

export interface Scenario {
  name: string;
  run(): Promise<BenchRow[]>;
}

export interface BenchServer {
  server: FakeServer;
  key: ReturnType<typeof generateTestKey>;
  inputs(extra: Record<string, string>): Record<string, string>;
}

export async function startBenchServer(options: Partial<FakeServerOptions> = {}): Promise<BenchServer> {
  const key = generateTestKey();
  const server = await startFakeServer({ rateLimit: 1_000_000, ...options, keys: [key.fakeKey] });
  return {
    server,
    key,
    inputs: (extra) => ({
      'key-id': key.keyId,
      'issuer-id': key.issuerId ?? '',
      'private-key': key.privateKeyPem,
      'api-url': server.url,
      ...extra,
    }),
  };
}

export interface DistRun {
  code: number | null;
  wallMs: number;
  /** Peak resident memory of the action's process, MB. */
  maxRssMb: number;
  /** CPU time of the action's process (user + system, every thread), ms. */
  cpuMs: number;
  /** Of which system time, ms. */
  sysMs: number;
  outputs: Record<string, string>;
  output: string;
  startedAt: number;
}

/** Runs dist/index.js with these inputs in a child process; measures wall time and peak memory. */
export async function runDist(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<DistRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'asc-bench-'));
  const outputFile = path.join(dir, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(path.join(dir, 'summary'), '');
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_')) childEnv[k] = v;
  delete childEnv.NODE_OPTIONS;
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(childEnv, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    ...env,
  });
  // Reports the child's own peak RSS when it exits.
  const probe =
    'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBENCH_MAXRSS_KB="+u.maxRSS+"\\nBENCH_CPU_US="+(u.userCPUTime+u.systemCPUTime)+"\\nBENCH_SYS_US="+u.systemCPUTime+"\\n")})';
  const startedAt = Date.now();
  // BENCH_NODE_ARGS: extra node flags for the action (--cpu-prof, to see where a figure goes).
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', probe, path.join(root, 'dist/index.js')], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = Date.now() - startedAt;
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(output);
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const cpu = /BENCH_CPU_US=(\d+)/.exec(output);
  const sys = /BENCH_SYS_US=(\d+)/.exec(output);
  return {
    code,
    wallMs,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    cpuMs: cpu ? Number(cpu[1]) / 1000 : NaN,
    sysMs: sys ? Number(sys[1]) / 1000 : NaN,
    outputs,
    output,
    startedAt,
  };
}

/**
 * The number of sequential round trips in a request log: the longest chain of requests each of
 * which started after the previous one was answered.
 */
export function sequentialRoundTrips(log: readonly LoggedRequest[]): number {
  const spans = log.map((l) => ({ start: l.at, end: l.doneAt ?? l.at })).sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  spans.forEach((s, i) => {
    let best = 0;
    for (let j = 0; j < i; j++)
      if ((spans[j] as { end: number }).end <= s.start) best = Math.max(best, depth[j] as number);
    depth[i] = best + 1;
  });
  return Math.max(0, ...depth);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const ms = (n: number) => `${Math.round(n)} ms`;
