import { runDist } from '../support/action.js';
import { startFixture, type Fixture } from '../support/fixture.js';

// CI runs this file again with ASC_DIST_NODE pointing at a Node 24 binary (runs.using: node24).
const node = process.env.ASC_DIST_NODE ?? process.execPath;
let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture();
  for (let i = 0; i < 5; i++)
    fx.server.store.create(
      'apps',
      { name: `App ${i}`, bundleId: `com.example.d${i}`, sku: `D${i}`, primaryLocale: 'en-US' },
      {},
      String(2000 + i),
    );
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
    expect((r.result as { data: unknown[] }).data).toHaveLength(5);
    expect(fx.server.log).toHaveLength(3);
    const keyLines = fx.key.privateKeyPem.split('\n').filter((l) => l.length > 10 && !l.startsWith('-----'));
    const visible = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const line of keyLines) expect(visible).not.toContain(line);
  });

  test('bad input exits 1 with an error annotation and sends nothing', async () => {
    fx.server.log.length = 0;
    const r = await runDist(fx.inputs({ operation: 'token', 'issuer-id': 'nope' }), { node });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/Input 'issuer-id' has an invalid value 'nope'/);
    expect(fx.server.log).toHaveLength(0);
  });
});
