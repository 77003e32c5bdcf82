/**
 * distribute-build right after an upload, on a build that has already processed: export
 * compliance, What to Test, three groups and Beta App Review, with 50 ms added to every answer.
 * Prints the requests, the sequential round trips, and the wall time of the requests against
 * the critical path's lower bound.
 */
import { createBetaGroup } from '../../fake-app-store-connect/routes/beta-groups.js';
import { createBuild } from '../../fake-app-store-connect/routes/builds.js';
import { ms, runDist, sequentialRoundTrips, startBenchServer, type Scenario } from './support.js';

const LATENCY_MS = 50;
/**
 * What must happen one after another, whatever the client: find the app (and its groups), find
 * the build, answer compliance and set What to Test, submit for review (Apple wants both first),
 * read back. Group assignment and the review submission can share a round trip.
 */
const CRITICAL_PATH = 5;

export const distributeBuild: Scenario = {
  name: 'builds',
  async run() {
    const bench = await startBenchServer({ latencyMs: LATENCY_MS });
    try {
      const { store } = bench.server;
      store.create(
        'apps',
        { name: 'Weather', bundleId: 'com.example.weather', sku: 'W', primaryLocale: 'en-US' },
        {},
        '1',
      );
      createBetaGroup(store, '1', { name: 'Public Beta' }, 'g-public');
      createBetaGroup(store, '1', { name: 'Partners' }, 'g-partners');
      createBetaGroup(store, '1', { name: 'QA', isInternalGroup: true }, 'g-qa');
      createBuild(
        store,
        { app: '1', version: '2.3', buildNumber: '457', usesNonExemptEncryption: null },
        'b-457',
      );
      const run = await runDist(
        bench.inputs({
          operation: 'distribute-build',
          app: 'com.example.weather',
          version: '2.3',
          'build-number': '457',
          groups: 'Public Beta, Partners, QA',
          'uses-non-exempt-encryption': 'false',
          'what-to-test': 'Try the new radar view.',
        }),
      );
      if (run.code !== 0) throw new Error(`distribute-build run failed:\n${run.output.slice(-3000)}`);
      const log = bench.server.log;
      const requests = log.length;
      const trips = sequentialRoundTrips(log);
      const firstAt = Math.min(...log.map((l) => l.at));
      const lastDone = Math.max(...log.map((l) => l.doneAt ?? l.at));
      const requestsMs = lastDone - firstAt;
      const lowerBound = CRITICAL_PATH * LATENCY_MS;
      const ratio = requestsMs / lowerBound;
      return [
        {
          scenario: 'distribute-build',
          metric: 'requests (3 groups, compliance, What to Test, review; build processed)',
          value: String(requests),
          target: '≤ 10',
          met: requests <= 10,
        },
        {
          scenario: 'distribute-build',
          metric: 'sequential round trips',
          value: String(trips),
          reference: `critical path ${CRITICAL_PATH}`,
          target: '≤ 7',
          met: trips <= 7,
        },
        {
          scenario: 'distribute-build',
          metric: `first request to last answer (${LATENCY_MS} ms latency)`,
          value: ms(requestsMs),
          reference: `critical-path lower bound ${ms(lowerBound)} (${CRITICAL_PATH} × ${LATENCY_MS} ms)`,
          target: '≤ 7 round trips',
          met: requestsMs <= 7 * LATENCY_MS * 1.25,
        },
        { scenario: 'distribute-build', metric: 'ratio to lower bound', value: `${ratio.toFixed(2)}×` },
        {
          scenario: 'distribute-build',
          metric: 'whole step, node start to exit',
          value: ms(run.wallMs),
          reference: `writes: ${bench.server.writes().length}`,
        },
      ];
    } finally {
      await bench.server.close();
    }
  },
};
