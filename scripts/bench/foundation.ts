/** Cold start of the built action, and following every page of a collection. */
import { spawn } from 'node:child_process';
import { AppStoreConnectClient } from '../../src/api/client.js';
import { loadPrivateKey } from '../../src/auth/private-key.js';
import { TokenSigner } from '../../src/auth/token-signer.js';
import { systemClock } from '../../src/clock.js';
import { median, ms, runDist, startBenchServer, type Scenario } from './support.js';

const RUNS = 10;

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
