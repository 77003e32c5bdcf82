import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDemo } from '../../fake-app-store-connect/seed.js';
import { DEMO_STEPS } from '../../scripts/demo-steps.js';
import { runDist } from '../support/action.js';
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
});
