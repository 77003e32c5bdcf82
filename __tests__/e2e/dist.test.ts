import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SALES_COLUMNS, addSalesReport } from '../../fake-app-store-connect/routes/reports.js';
import { seedDemo } from '../../fake-app-store-connect/seed.js';
import { DEMO_STEPS } from '../../scripts/demo-steps.js';
import { runAction, runDist } from '../support/action.js';
import { distribution, makeIpa, makePkg } from '../support/app-files.js';
import { startFixture, type Fixture } from '../support/fixture.js';

// CI runs this file again with ASC_DIST_NODE pointing at a Node 24 binary (runs.using: node24).
const node = process.env.ASC_DIST_NODE ?? process.execPath;
const work = mkdtempSync(path.join(tmpdir(), 'asc-dist-'));
let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture();
  seedDemo(fx.server.store);
});
afterAll(() => fx.close());

describe(`built dist/index.js on ${node}`, () => {
  test('token: a masked token output and a result', async () => {
    const r = await runDist(fx.inputs({ operation: 'token' }), { node });
    expect(r.code).toBe(0);
    expect(r.outputs.token).toMatch(/^eyJ/);
    expect(r.stdout).toContain(`::add-mask::${r.outputs.token}`);
    expect(r.result).toMatchObject({ keyId: fx.key.keyId });
    expect(r.summary).toContain('App Store Connect: token');
  });

  test('request with all-pages, the key given as base64', async () => {
    fx.server.log.length = 0;
    const r = await runDist(
      fx.inputs({
        operation: 'request',
        path: '/v1/apps?limit=2',
        'all-pages': 'true',
        'private-key': Buffer.from(fx.key.privateKeyPem).toString('base64'),
      }),
      { node },
    );
    expect(r.code).toBe(0);
    const apps = (r.result as { data: unknown[] }).data.length;
    expect(apps).toBe(fx.server.store.list('apps').length);
    expect(fx.server.log).toHaveLength(Math.ceil(apps / 2));
  });

  test('bad input exits 1 with an error annotation and sends nothing', async () => {
    fx.server.log.length = 0;
    const r = await runDist(fx.inputs({ operation: 'token', 'issuer-id': 'nope' }), { node });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/Input 'issuer-id' has an invalid value 'nope'/);
    expect(fx.server.log).toHaveLength(0);
  });

  // Each demo step loads its operation's chunk (yaml for users files, zlib streams for reports).
  test.each(DEMO_STEPS.map((step) => [step.inputs.operation, step] as const))(
    'demo step %s succeeds',
    async (_operation, step) => {
      const r = await runDist(fx.inputs({ 'output-dir': path.join(work, 'reports'), ...step.inputs }), {
        node,
        env: { GITHUB_WORKSPACE: work },
      });
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.result).toBeDefined();
      expect(r.summary).toContain(`App Store Connect: ${step.inputs.operation}`);
    },
  );

  // The upload chunks load yauzl, plist or bplist-parser, and stream parts to a second origin.
  test.each([
    ['an .ipa with a binary Info.plist', 'Weather.ipa'],
    ['a .pkg', 'Weather.pkg'],
  ])('upload-build: %s', async (_what, name) => {
    const file = path.join(work, name);
    if (name.endsWith('.ipa'))
      await makeIpa(file, {
        appName: 'Weather',
        bundleId: 'com.example.weather',
        version: '7.0',
        buildNumber: '70',
        plistFormat: 'binary',
        fillerBytes: 50_000,
      });
    else
      await makePkg(
        file,
        distribution({ bundleId: 'com.example.weather', version: '7.1', buildNumber: '71' }),
      );
    const r = await runDist(
      fx.inputs({ operation: 'upload-build', 'app-file': file, 'poll-interval': '1' }),
      { node },
    );
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['upload-state']).toBe('COMPLETE');
    expect(r.outputs['build-id']).toMatch(/./);
  });

  test('distribute-build with app-file: from the file to a group', async () => {
    const file = path.join(work, 'Weather-72.ipa');
    await makeIpa(file, {
      appName: 'Weather',
      bundleId: 'com.example.weather',
      version: '7.2',
      buildNumber: '72',
    });
    const r = await runDist(
      fx.inputs({
        operation: 'distribute-build',
        'app-file': file,
        groups: 'External Testers',
        'uses-non-exempt-encryption': 'false',
        'submit-for-review': 'false',
        'poll-interval': '1',
      }),
      { node },
    );
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['upload-state']).toBe('COMPLETE');
    const build = fx.server.store.get('builds', r.outputs['build-id'] as string);
    expect(build?.attributes.version).toBe('72');
    expect(fx.server.store.related(build!, 'betaGroups').map((g) => g.attributes.name)).toContain(
      'External Testers',
    );
  });

  test("what-to-test: auto reads the push event through @actions/github's lazy chunk", async () => {
    const event = path.join(work, 'push.json');
    writeFileSync(
      event,
      JSON.stringify({ head_commit: { id: 'abc1234', message: 'Faster radar\n\nDetails.' } }),
    );
    const r = await runDist(
      fx.inputs({
        operation: 'distribute-build',
        app: 'com.example.weather',
        version: '2.3',
        'build-number': '457',
        groups: 'External Testers',
        'what-to-test': 'auto',
        'submit-for-review': 'false',
      }),
      { node, env: { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'abc1234' } },
    );
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const texts = fx.server.store.list('betaBuildLocalizations').map((l) => l.attributes.whatsNew);
    expect(texts).toContain('Faster radar\n\nDetails.');
  });

  // The built action converts CSV and JSON in its report worker (dist/report-worker.js); the
  // sources under jest convert on the main thread. Both must write the same bytes.
  describe('report worker', () => {
    const VENDOR = '85012345';
    const odd = ['say "hi"', 'a, b', '=SUM(A1)', '+1', '-1', '-2.5', '@x', 'Café ☕', '\\back', ''];
    const rows = Array.from({ length: 6000 }, (_, i) =>
      Object.fromEntries(
        SALES_COLUMNS.map((c, j) => [c, i % 97 === 3 ? (odd[(i + j) % odd.length] as string) : `${c} ${i}`]),
      ),
    );
    beforeAll(() => {
      addSalesReport(fx.server.store, { vendorNumber: VENDOR, reportDate: '2025-03-09', rows, members: 3 });
      const long = Object.fromEntries(SALES_COLUMNS.map((c) => [c, c === 'Title' ? 'y'.repeat(2 << 20) : c]));
      addSalesReport(fx.server.store, {
        vendorNumber: VENDOR,
        reportDate: '2025-03-10',
        rows: [...rows.slice(0, 3000), long],
      });
    });

    // tsv too: on Node 24 the built action hands gunzip's chunks back as soon as they are read.
    test.each(['tsv', 'csv', 'json'])('%s: the same bytes and totals as the sources', async (format) => {
      const inputs = {
        operation: 'sales-report',
        'vendor-number': VENDOR,
        'report-date': '2025-03-09',
        format,
      };
      const built = path.join(work, `worker-${format}`);
      const sources = path.join(work, `thread-${format}`);
      const r = await runDist(fx.inputs({ ...inputs, 'output-dir': built }), { node });
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      const t = await runAction(fx.inputs({ ...inputs, 'output-dir': sources }));
      expect(t.failed).toBe(false);
      const name = readdirSync(built);
      expect(name).toEqual([`sales-${VENDOR}-sales-summary-daily-2025-03-09.${format}`]);
      expect(readdirSync(sources)).toEqual(name);
      const bytes = readFileSync(path.join(built, name[0] as string));
      expect(bytes.length).toBeGreaterThan(1 << 20);
      expect(bytes.equals(readFileSync(path.join(sources, name[0] as string)))).toBe(true);
      expect(r.outputs['report-rows']).toBe('6000');
      // The totals are the same whichever thread converts.
      const worker = JSON.parse(r.outputs.result ?? '{}') as { totals: unknown; topProducts: unknown[] };
      const thread = t.result as { totals: unknown; topProducts: unknown[] };
      expect(worker.totals).toEqual(thread.totals);
      expect(worker.topProducts).toEqual(thread.topProducts);
      expect(worker.topProducts.length).toBeGreaterThan(0);
    });

    test('a line past the cap stops the worker and leaves no file', async () => {
      const dir = path.join(work, 'worker-long');
      const r = await runDist(
        fx.inputs({
          operation: 'sales-report',
          'vendor-number': VENDOR,
          'report-date': '2025-03-10',
          format: 'json',
          'output-dir': dir,
        }),
        { node },
      );
      expect(r.code).toBe(1);
      expect(r.errors[0]).toMatch(
        /line 3002 of the report runs past 1048576 bytes .*No file was left behind\./,
      );
      expect(readdirSync(dir)).toEqual([]);
    });

    // Proves the built action converts in dist/report-worker.js (and stops cleanly when it fails).
    test('a report worker that fails stops the step and leaves no file', async () => {
      const copy = mkdtempSync(path.join(tmpdir(), 'asc-dist-copy-'));
      cpSync(path.join(process.cwd(), 'dist'), copy, { recursive: true });
      writeFileSync(path.join(copy, 'report-worker.js'), "throw new Error('the worker broke');\n");
      const dir = path.join(work, 'worker-broken');
      const r = await runDist(
        fx.inputs({
          operation: 'sales-report',
          'vendor-number': VENDOR,
          'report-date': '2025-03-09',
          format: 'csv',
          'output-dir': dir,
        }),
        { node, script: path.join(copy, 'index.js') },
      );
      expect(r.code).toBe(1);
      expect(r.errors.join('\n')).toContain('the worker broke');
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});
