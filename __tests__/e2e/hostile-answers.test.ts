/**
 * Issue 11, items 5 and 6: answers that are not what was asked (redirects, documents without
 * data, unsafe ids) fail clearly; size and time are bounded (JSON cap, a total deadline per try,
 * pacing within the retry budget, a result over 1 MB in a file, temporary files removed when the
 * run is stopped).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { SALES_COLUMNS, addSalesReport, tsv } from '../../fake-app-store-connect/routes/reports.js';
import type { RouteModule } from '../../fake-app-store-connect/types.js';
import { runAction, runDist } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import { APP_ID, BUNDLE_ID, seedApp, seedGroup } from '../support/testers-seed.js';

let fx: Fixture;
let work: string;
const VENDOR = '85012345';

const act = (inputs: Record<string, string | undefined>, options: Parameters<typeof runAction>[1] = {}) =>
  runAction(fx.inputs({ app: BUNDLE_ID, ...inputs }), {
    retry: FAST_RETRY,
    clock: virtualClock(),
    ...options,
  });

beforeAll(async () => {
  fx = await startFixture();
  work = mkdtempSync(path.join(tmpdir(), 'hostile-answers-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  seedApp(fx.server.store);
  seedGroup(fx.server.store, 'Beta', { id: 'g-beta' });
});

describe('answers that are not what was asked', () => {
  test('a 302 is an error naming the status and the Location host; it is not followed', async () => {
    fx.server.faults.add({
      method: 'GET',
      path: '/v1/apps',
      status: 302,
      headers: { Location: 'https://elsewhere.example/v1/apps' },
      body: '',
    });
    const r = await act({ operation: 'list-groups' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/answered 302 to GET \/v1\/apps/);
    expect(r.errors[0]).toContain('elsewhere.example');
    expect(fx.server.log).toHaveLength(1);
  });

  test('a report download answered 302 fails and leaves no file', async () => {
    const dir = mkdtempSync(path.join(work, 'r302-'));
    fx.server.faults.add({
      path: '/v1/salesReports',
      status: 302,
      headers: { Location: 'https://cdn.example/r.gz' },
      body: '',
    });
    const r = await act({
      operation: 'sales-report',
      app: undefined,
      'vendor-number': VENDOR,
      'report-date': '2025-03-09',
      'output-dir': dir,
    });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/302.*cdn\.example/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each([
    ['no data', {}],
    ['data: null', { data: null }],
    ['data of the wrong shape', { data: 'apps' }],
    ['a list item that is not an object', { data: [7] }],
  ])(
    'a document with %s fails with "unexpected answer", never a TypeError or an empty list',
    async (_, body) => {
      fx.server.faults.add({ method: 'GET', path: '/v1/apps', status: 200, body });
      const r = await act({ operation: 'list-groups' });
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(/^Unexpected answer from App Store Connect to GET \/v1\/apps\?/);
      expect(r.errors[0]).not.toMatch(/TypeError|Cannot read|undefined/);
    },
  );

  test('a page of testers without data fails instead of reading as no testers', async () => {
    fx.server.faults.add({ method: 'GET', path: '/v1/betaTesters', status: 200, body: { links: {} } });
    const r = await act({ operation: 'list-testers' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /^Unexpected answer from App Store Connect to GET \/v1\/betaTesters\?.*no data/,
    );
  });

  test.each(['', '.', '..', '../apps', 'a?b'])(
    'an id %j is refused before it goes into a path',
    async (id) => {
      fx.server.faults.add({
        method: 'GET',
        path: '/v1/apps',
        status: 200,
        body: {
          data: [{ type: 'apps', id, attributes: { bundleId: BUNDLE_ID, name: 'Weather' } }],
          links: {},
        },
      });
      const r = await act({ operation: 'list-groups' });
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(/cannot be used in a path/);
      expect(fx.server.log).toHaveLength(1);
    },
  );
});

describe('limits on size and time', () => {
  test('a JSON answer over the cap fails clearly instead of filling memory', async () => {
    for (let i = 0; i < 40; i++) seedGroup(fx.server.store, `Group ${i}`);
    const r = await act({ operation: 'request', path: '/v1/betaGroups?limit=200' }, { maxJsonBytes: 4096 });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /GET \/v1\/betaGroups\?limit=200: the answer is (more than )?\d+ KB, over the 4 KB the action reads/,
    );
  });

  test('a result over 1 MB goes to the file named by result-file; result says so', async () => {
    for (let i = 0; i < 300; i++) seedGroup(fx.server.store, `${'G'.repeat(4000)} ${i}`);
    const temp = mkdtempSync(path.join(work, 'rt-'));
    const r = await act(
      { operation: 'request', path: `/v1/betaGroups?filter[app]=${APP_ID}`, 'all-pages': 'true' },
      { env: { RUNNER_TEMP: temp } },
    );
    expect(r.failed).toBe(false);
    const file = r.outputs['result-file'] as string;
    expect(path.dirname(file)).toBe(temp);
    expect(r.result).toMatchObject({
      resultFile: file,
      message: expect.stringMatching(/over GitHub's 1 MB limit/),
    });
    expect(Buffer.byteLength(r.outputs.result as string)).toBeLessThan(1000);
    const full = JSON.parse(readFileSync(file, 'utf8')) as { data: unknown[] };
    expect(full.data).toHaveLength(301);
    expect(readdirSync(temp)).toEqual([path.basename(file)]);
  });

  test('rate-limit pacing never sleeps longer than the retry budget, whatever X-Rate-Limit says', async () => {
    const clock = virtualClock();
    fx.server.faults.add({
      method: 'GET',
      path: '/v1/apps',
      status: 500,
      headers: { 'X-Rate-Limit': 'user-hour-lim:1;user-hour-rem:0;' },
    });
    const r = await act({ operation: 'list-groups' }, { clock });
    expect(r.failed).toBe(false);
    expect(clock.slept.length).toBeGreaterThan(0);
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(FAST_RETRY.budgetMs);
  });

  test('a body dripping a byte at a time ends at the deadline and is retried', async () => {
    let calls = 0;
    const dripping: RouteModule = (router) => {
      router.get(
        '/v1/betaGroups',
        () => {
          calls += 1;
          const first = calls === 1;
          let timer: NodeJS.Timeout | undefined;
          let ticks = 0;
          const body = new Readable({
            read() {
              if (timer || ticks > 0) return;
              this.push('{"data":[],"links":{}');
              // Whitespace is valid JSON: a first answer that takes 3 s in all, a byte every 50 ms.
              timer = setInterval(
                () => {
                  ticks += 1;
                  if (!first || ticks > 60) {
                    clearInterval(timer);
                    this.push('}');
                    this.push(null);
                  } else this.push(' ');
                },
                first ? 50 : 1,
              );
            },
            destroy(error, callback) {
              clearInterval(timer);
              callback(error);
            },
          });
          return { status: 200, body, headers: { 'Content-Type': 'application/json' } };
        },
        { supports: ['limit'] },
      );
    };
    const drip = await startFixture({ routes: [dripping] });
    try {
      const started = Date.now();
      const r = await runAction(drip.inputs({ operation: 'request', path: '/v1/betaGroups?limit=1' }), {
        retry: FAST_RETRY,
        timeoutMs: 2000,
        deadlineMs: 400,
      });
      expect(r.failed).toBe(false);
      expect(calls).toBe(2);
      expect(r.stdout).toMatch(/no complete answer within 400 ms; retrying/);
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await drip.close();
    }
  });

  test('SIGTERM while a report downloads removes its temporary file', async () => {
    const dir = mkdtempSync(path.join(work, 'sigterm-'));
    const gz = gzipSync(
      tsv(
        SALES_COLUMNS,
        [Object.fromEntries(SALES_COLUMNS.map((c) => [c, 'x']))].concat(
          Array.from({ length: 2000 }, (_, i) =>
            Object.fromEntries(SALES_COLUMNS.map((c) => [c, `${c}${i}`])),
          ),
        ),
      ),
    );
    const slow: RouteModule = (router) => {
      router.get(
        '/v1/salesReports',
        () => {
          let sent = false;
          const body = new Readable({
            read() {
              if (sent) return;
              sent = true;
              this.push(gz.subarray(0, gz.length >> 1)); // then nothing more: the download hangs
            },
          });
          return { status: 200, body, headers: { 'Content-Type': 'application/a-gzip' } };
        },
        {
          supports: [
            'filter[vendorNumber]',
            'filter[reportType]',
            'filter[reportSubType]',
            'filter[frequency]',
            'filter[reportDate]',
            'filter[version]',
          ],
        },
      );
    };
    const hang = await startFixture({ routes: [slow] });
    addSalesReport(hang.server.store, { vendorNumber: VENDOR, reportDate: '2025-03-09', rows: [] });
    try {
      let sawTemp = false;
      const r = await runDist(
        hang.inputs({
          operation: 'sales-report',
          'vendor-number': VENDOR,
          'report-date': '2025-03-09',
          'output-dir': dir,
          format: 'csv',
        }),
        {
          timeoutMs: 20_000,
          onSpawn: (child) => {
            const poll = setInterval(() => {
              if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
                sawTemp = true;
                clearInterval(poll);
                child.kill('SIGTERM');
              }
            }, 20);
            child.on('close', () => clearInterval(poll));
          },
        },
      );
      expect(sawTemp).toBe(true);
      expect(r.code).toBe(143);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      await hang.close();
    }
    expect(existsSync(dir)).toBe(true);
  });
});
