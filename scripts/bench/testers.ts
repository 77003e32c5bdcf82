/**
 * Testers in bulk: 1,000 testers into one group, 500 of them already testers of the app, with
 * 50 ms added to every answer. Prints the requests, the wall time, and the lower bound given the
 * action's concurrency and Apple's hourly rate limit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBetaGroup } from '../../fake-app-store-connect/routes/beta-groups.js';
import { CONCURRENCY } from '../../src/testflight/testers-apply.js';
import { BATCH_SIZE } from '../../src/testflight/testers-plan.js';
import { ms, runDist, sequentialRoundTrips, startBenchServer, type Scenario } from './support.js';

const LATENCY_MS = 50;
const TESTERS = 1000;
const EXISTING = 500;
/** Apple's budget per key and hour. */
const RATE_LIMIT = 3600;
/** The client starts pacing when fewer requests than this are left (src/api/rate-limit.ts). */
const LOW_WATER = 100;

export const testersBulk: Scenario = {
  name: 'testers',
  async run() {
    const bench = await startBenchServer({ latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT });
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-testers-'));
    try {
      const { store } = bench.server;
      store.create(
        'apps',
        { name: 'Weather', bundleId: 'com.example.weather', sku: 'W', primaryLocale: 'en-US' },
        {},
        '1',
      );
      createBetaGroup(store, '1', { name: 'Beta' }, 'g-beta');
      createBetaGroup(store, '1', { name: 'Earlier' }, 'g-earlier');
      const rows = ['email,first_name,last_name'];
      for (let i = 0; i < TESTERS; i++) {
        const email = `tester${i}@example.com`;
        rows.push(`${email},Tester,${i}`);
        if (i < EXISTING) {
          store.create(
            'betaTesters',
            { email, firstName: 'Tester', lastName: String(i), inviteType: 'EMAIL', state: 'ACCEPTED' },
            { apps: ['1'], betaGroups: ['g-earlier'] },
          );
        }
      }
      const file = path.join(dir, 'testers.csv');
      writeFileSync(file, rows.join('\n'));

      const run = await runDist(
        bench.inputs({ operation: 'add-testers', app: '1', groups: 'Beta', 'testers-file': file }),
      );
      if (run.code !== 0) throw new Error(`testers run failed:\n${run.output.slice(-3000)}`);
      const log = bench.server.log;
      const requests = log.length;
      const writes = bench.server.writes().length;
      const reads = requests - writes;
      const testerPages = log.filter((l) => l.method === 'GET' && l.path === '/v1/betaTesters').length;
      const firstAt = Math.min(...log.map((l) => l.at));
      const lastAt = Math.max(...log.map((l) => l.doneAt ?? l.at));

      // Lower bound: the app lookup, then the tester pages one after another (the groups and
      // members are read alongside), then every write spread over CONCURRENCY calls in flight.
      const rounds = 1 + Math.max(testerPages, 2) + Math.ceil(writes / CONCURRENCY);
      const latencyBound = rounds * LATENCY_MS;
      // Rate limit: no pacing while more than LOW_WATER requests are left this hour; beyond
      // that, about one request per 3600000/limit ms.
      const paced = Math.max(0, requests - (RATE_LIMIT - LOW_WATER));
      const rateBound = paced * (3_600_000 / RATE_LIMIT);
      const bound = latencyBound + rateBound;
      const apiTime = lastAt - firstAt;
      const ratio = apiTime / bound;
      const minimalWrites = Math.ceil(EXISTING / BATCH_SIZE) + (TESTERS - EXISTING);
      return [
        {
          scenario: 'testers',
          metric: `requests for ${TESTERS} testers into one group, ${EXISTING} already in the app`,
          value: `${requests} (${reads} reads, ${writes} writes)`,
          reference: `fewest writes: ${minimalWrites} (${EXISTING} existing in batches of ${BATCH_SIZE}, ${TESTERS - EXISTING} creates)`,
          target: 'writes = fewest',
          met: writes === minimalWrites,
        },
        {
          scenario: 'testers',
          metric: `API time, first request to last answer (${LATENCY_MS} ms latency, ${CONCURRENCY} in flight)`,
          value: ms(apiTime),
          reference: `lower bound ${ms(bound)} (${rounds} round trips${rateBound ? ` + ${ms(rateBound)} rate-limit pacing` : ''})`,
          target: '≤ 1.25× lower bound',
          met: ratio <= 1.25,
        },
        { scenario: 'testers', metric: 'ratio to lower bound', value: `${ratio.toFixed(2)}×` },
        {
          scenario: 'testers',
          metric: 'wall time of the step (node start to exit)',
          value: ms(run.wallMs),
          reference: `sequential round trips seen: ${sequentialRoundTrips(log)}`,
        },
        {
          scenario: 'testers',
          metric: 'throughput (testers handled per second of the whole step)',
          value: `${Math.round(TESTERS / (run.wallMs / 1000))} testers/s`,
        },
        {
          scenario: 'testers',
          metric: 'rate limit',
          value: `${requests} of ${RATE_LIMIT} requests/hour`,
          reference: paced
            ? `${paced} paced requests`
            : `no pacing needed (pacing starts below ${LOW_WATER} left)`,
        },
        { scenario: 'testers', metric: 'peak memory of the step', value: `${run.maxRssMb.toFixed(0)} MB` },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await bench.server.close();
    }
  },
};
