/** Cold start of the built action, and following every page of a collection. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppStoreConnectClient } from '../../src/api/client.js';
import { loadPrivateKey } from '../../src/auth/private-key.js';
import { TokenSigner } from '../../src/auth/token-signer.js';
import { systemClock } from '../../src/clock.js';
import { generateTestKey } from '../../fake-app-store-connect/keys.js';
import { median, ms, root, runDist, startBenchServer, type Scenario } from './support.js';

const RUNS = 10;
const TOKEN_RUNS = 11;

async function bareNodeMs(): Promise<number> {
  const start = performance.now();
  await new Promise((resolve) =>
    spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }).on('close', resolve),
  );
  return performance.now() - start;
}

export const coldStart: Scenario = {
  name: 'cold-start',
  async run() {
    const bench = await startBenchServer();
    bench.server.store.create(
      'apps',
      { name: 'Weather', bundleId: 'com.example.weather', sku: 'W', primaryLocale: 'en-US' },
      {},
      '1',
    );
    try {
      const bare: number[] = [];
      const toFirstRequest: number[] = [];
      await runDist(bench.inputs({ operation: 'request', path: '/v1/apps?limit=1' })); // warm the file cache
      for (let i = 0; i < RUNS; i++) {
        bare.push(await bareNodeMs());
        bench.server.log.length = 0;
        const run = await runDist(bench.inputs({ operation: 'request', path: '/v1/apps?limit=1' }));
        const first = bench.server.log[0];
        if (run.code !== 0 || !first) throw new Error(`cold-start run failed:\n${run.output}`);
        toFirstRequest.push(first.at - run.startedAt);
      }
      const a = median(toFirstRequest);
      const b = median(bare);
      return [
        {
          scenario: 'cold start',
          metric: 'dist/index.js start to first request (median of 10)',
          value: ms(a),
          reference: `bare node: ${ms(b)}`,
          target: '≤ 3× bare node',
          met: a <= 3 * b,
        },
        { scenario: 'cold start', metric: 'ratio to bare node', value: `${(a / b).toFixed(2)}×` },
      ];
    } finally {
      await bench.server.close();
    }
  },
};

/** The peer package, imported and signing one token, as a user's script would. */
const PEER_SCRIPT = [
  "import { api } from 'node-app-store-connect-api';",
  'await api({ issuerId: process.env.PEER_ISSUER, apiKey: process.env.PEER_KEY_ID, privateKey: process.env.PEER_PRIVATE_KEY });',
].join('\n');

/** Milliseconds from spawning `args` with `env` to the process's exit; throws on a failed run. */
async function spawnToExit(args: string[], env: Record<string, string>): Promise<number> {
  const start = performance.now();
  const code = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, args, { cwd: root, env, stdio: 'ignore' }).on('close', resolve),
  );
  if (code !== 0) throw new Error(`cold-start run failed (exit ${String(code)}): node ${args.join(' ')}`);
  return performance.now() - start;
}

/**
 * The `token` operation from spawn to exit, next to bare node and to the peer package
 * node-app-store-connect-api importing and signing a token, taken in turn in the same run.
 */
export const coldStartToken: Scenario = {
  name: 'cold-start-token',
  async run() {
    const key = generateTestKey();
    const base: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env))
      if (v !== undefined && !k.startsWith('INPUT_')) base[k] = v;
    delete base.NODE_OPTIONS;
    const dir = mkdtempSync(path.join(tmpdir(), 'asc-cold-'));
    // GitHub creates both files before the step starts.
    for (const file of ['output', 'summary']) writeFileSync(path.join(dir, file), '');
    const actionEnv = {
      ...base,
      INPUT_OPERATION: 'token',
      'INPUT_KEY-ID': key.keyId,
      'INPUT_ISSUER-ID': key.issuerId ?? '',
      'INPUT_PRIVATE-KEY': key.privateKeyPem,
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    };
    const peerEnv = {
      ...base,
      PEER_ISSUER: key.issuerId ?? '',
      PEER_KEY_ID: key.keyId,
      PEER_PRIVATE_KEY: key.privateKeyPem,
    };
    const runs = {
      node: () => spawnToExit(['-e', ''], base),
      action: () => spawnToExit([path.join(root, 'dist/index.js')], actionEnv),
      peer: () => spawnToExit(['--input-type=module', '-e', PEER_SCRIPT], peerEnv),
    };
    const times: Record<keyof typeof runs, number[]> = { node: [], action: [], peer: [] };
    try {
      for (const run of Object.values(runs)) await run(); // warm the file cache
      for (let i = 0; i < TOKEN_RUNS; i++) {
        for (const [name, run] of Object.entries(runs)) times[name as keyof typeof runs].push(await run());
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const node = median(times.node);
    const action = median(times.action);
    const peer = median(times.peer);
    return [
      {
        scenario: 'cold start',
        metric: `token operation, spawn to exit (median of ${TOKEN_RUNS})`,
        value: `${ms(action)} (${(action / node).toFixed(2)}× node)`,
        reference: `bare node: ${ms(node)}; node-app-store-connect-api import + sign: ${ms(peer)} (${(peer / node).toFixed(2)}× node)`,
        target: '≤ 2.5× bare node, faster than the peer',
        met: action <= 2.5 * node && action < peer,
      },
    ];
  },
};

export const pagination: Scenario = {
  name: 'pagination',
  async run() {
    const latencyMs = 50;
    const bench = await startBenchServer({ latencyMs });
    for (let i = 0; i < 1000; i++) {
      bench.server.store.create(
        'apps',
        { name: `App ${i}`, bundleId: `com.example.a${i}`, sku: `S${i}`, primaryLocale: 'en-US' },
        {},
        String(10_000 + i),
      );
    }
    const signer = new TokenSigner(
      {
        keyId: bench.key.keyId,
        issuerId: bench.key.issuerId,
        privateKey: loadPrivateKey({ text: bench.key.privateKeyPem }),
      },
      systemClock,
    );
    const client = new AppStoreConnectClient({ baseUrl: bench.server.url, signer });
    try {
      await signer.token();
      await client.get('/v1/apps', { limit: 1 }); // connection and token ready, as in a real run
      bench.server.log.length = 0;
      const start = performance.now();
      const all = await client.getAll('/v1/apps');
      const wall = performance.now() - start;
      const serverTime = bench.server.log.reduce((sum, l) => sum + ((l.doneAt ?? l.at) - l.at), 0);
      const ratio = wall / serverTime;
      return [
        {
          scenario: 'pagination',
          metric: `all pages of ${all.data.length} apps (${all.pages} pages, ${latencyMs} ms latency)`,
          value: ms(wall),
          reference: `sequential lower bound ${ms(serverTime)}`,
          target: '≤ 1.10× lower bound',
          met: ratio <= 1.1,
        },
        { scenario: 'pagination', metric: 'ratio to lower bound', value: `${ratio.toFixed(3)}×` },
      ];
    } finally {
      await client.close();
      await bench.server.close();
    }
  },
};
