import { runAction, type ActionRun } from '../support/action.js';
import { FAST_RETRY, instantSleepClock, startFixture, type Fixture } from '../support/fixture.js';

let fx: Fixture;
const runs: ActionRun[] = [];
const tokens = new Set<string>();

async function act(
  inputs: Record<string, string | undefined>,
  options: Parameters<typeof runAction>[1] = {},
) {
  const r = await runAction(fx.inputs(inputs), { retry: FAST_RETRY, ...options });
  runs.push(r);
  if (r.outputs.token) tokens.add(r.outputs.token);
  for (const line of r.stdout.split('\n'))
    if (line.startsWith('::add-mask::eyJ')) tokens.add(line.slice('::add-mask::'.length));
  return r;
}

beforeAll(async () => {
  fx = await startFixture();
  for (let i = 0; i < 450; i++) {
    fx.server.store.create(
      'apps',
      { name: `App ${i}`, bundleId: `com.example.app${i}`, sku: `SKU${i}`, primaryLocale: 'en-US' },
      {},
      String(1000000000 + i),
    );
  }
});
afterAll(() => fx.close());
beforeEach(() => {
  fx.server.faults.clear();
  fx.server.log.length = 0;
});

describe('token', () => {
  test('outputs a token the server accepts, with its expiry', async () => {
    const r = await act({ operation: 'token' });
    expect(r.failed).toBe(false);
    expect(r.outputs.token?.split('.')).toHaveLength(3);
    expect(r.result).toMatchObject({ keyId: fx.key.keyId, issuerId: fx.key.issuerId, keyType: 'team' });
    const expires = Date.parse(r.outputs['token-expires-at'] ?? '');
    expect(expires - Date.now()).toBeGreaterThan(15 * 60_000);
    expect(expires - Date.now()).toBeLessThan(20 * 60_000);
    expect(r.stdout).toContain(`::add-mask::${r.outputs.token}`);
    expect(r.summary).toContain('App Store Connect: token');
    // The server accepts it.
    const res = await fetch(`${fx.server.url}/v1/apps?limit=1`, {
      headers: { authorization: `Bearer ${r.outputs.token}` },
    });
    expect(res.status).toBe(200);
  });
});

describe('request', () => {
  test('GET sends a token whose claims the server checked', async () => {
    const r = await act({ operation: 'request', path: '/v1/apps?limit=2' });
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('200');
    expect((r.result as { data: unknown[] }).data).toHaveLength(2);
    const entry = fx.server.log[0];
    expect(entry?.claims).toMatchObject({ iss: fx.key.issuerId, aud: 'appstoreconnect-v1' });
    const claims = entry?.claims as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(1200);
    expect(Math.abs(claims.iat - (Date.now() / 1000 - 60))).toBeLessThan(5);
  });

  test('all-pages follows links.next over 3 pages and combines data', async () => {
    const r = await act({ operation: 'request', path: '/v1/apps', 'all-pages': 'true' });
    expect(r.failed).toBe(false);
    const result = r.result as { data: Array<{ id: string }>; meta: { pages: number } };
    expect(result.meta.pages).toBe(3);
    expect(result.data).toHaveLength(450);
    expect(new Set(result.data.map((d) => d.id)).size).toBe(450);
    expect(fx.server.log.map((l) => l.query.limit)).toEqual(['200', '200', '200']);
    expect(fx.server.log.filter((l) => l.query.cursor)).toHaveLength(2);
  });

  test('a POST under dry-run is planned and not sent', async () => {
    const body = JSON.stringify({ data: { type: 'betaGroups', attributes: { name: 'QA' } } });
    const r = await act({
      operation: 'request',
      method: 'POST',
      path: '/v1/betaGroups',
      body,
      'dry-run': 'true',
    });
    expect(r.failed).toBe(false);
    expect(r.result).toMatchObject({ dryRun: true, planned: { method: 'POST', path: '/v1/betaGroups' } });
    expect(fx.server.log).toHaveLength(0);
  });

  test('a contract mistake is reported with Apple’s error and no retry', async () => {
    const r = await act({ operation: 'request', path: '/v1/apps?filter[colour]=blue' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/400 to GET \/v1\/apps\?filter\[colour\]=blue: PARAMETER_ERROR/);
    expect(fx.server.log).toHaveLength(1);
    expect(r.outputs.status).toBe('400');
    expect(r.result).toMatchObject({
      error: { status: 400, errors: [{ code: expect.stringMatching(/^PARAMETER_ERROR/) }] },
    });
  });

  test('an error answer still sets status, for a step with continue-on-error', async () => {
    const r = await act({ operation: 'request', path: '/v1/apps/999999' });
    expect(r.failed).toBe(true);
    expect(r.outputs.status).toBe('404');
  });

  test('an individual key signs sub "user"', async () => {
    const ind = await startFixture({ individual: true });
    try {
      const r = await runAction(
        ind.inputs({ operation: 'request', path: '/v1/apps', 'issuer-id': undefined }),
      );
      expect(r.failed).toBe(false);
      expect(ind.server.log[0]?.claims).toMatchObject({ sub: 'user', aud: 'appstoreconnect-v1' });
      expect(ind.server.log[0]?.claims?.iss).toBeUndefined();
      runs.push(r);
    } finally {
      await ind.close();
    }
  });
});

describe('auth failures', () => {
  test('a 401 on a good token is recovered with a fresh token, once', async () => {
    fx.server.faults.add({ path: '/v1/apps', status: 401 });
    const r = await act({ operation: 'request', path: '/v1/apps?limit=1' });
    expect(r.failed).toBe(false);
    expect(fx.server.log.map((l) => l.status)).toEqual([401, 200]);
  });

  test('a key the server does not know fails after two tries, naming key, issuer and the checks', async () => {
    const other = await startFixture();
    try {
      const r = await runAction(
        other.inputs({ operation: 'request', path: '/v1/apps', 'api-url': fx.server.url }),
        {
          retry: FAST_RETRY,
        },
      );
      runs.push(r);
      expect(r.failed).toBe(true);
      expect(fx.server.log.map((l) => l.status)).toEqual([401, 401]);
      const message = r.errors[0] ?? '';
      expect(message).toContain(other.key.keyId);
      expect(message).toContain(other.key.issuerId);
      expect(message).toMatch(/revoked/);
      expect(message).toMatch(/clock.*Date header/);
      // The checklist first (issuer of the team, key id, revoked, individual key, clock), then Apple's answer.
      expect(message).toMatch(/^App Store Connect rejected a freshly signed token .* Check: 1\) issuer-id/);
      expect(message).toMatch(
        /2\) key-id .*3\) .*revoked.*4\) an individual key takes no issuer-id.*5\) the runner clock/,
      );
      expect(message).toMatch(/\(App Store Connect answered 401 to GET \/v1\/apps/);
    } finally {
      await other.close();
    }
  });

  test('a runner clock 90 s fast is corrected from the Date header', async () => {
    const clock = { now: () => Date.now() + 90_000, sleep: async () => undefined };
    const r = await act({ operation: 'request', path: '/v1/apps?limit=1' }, { clock });
    expect(r.failed).toBe(false);
    const ok = fx.server.log.filter((l) => l.status === 200);
    expect(ok).toHaveLength(1);
    expect(fx.server.log.length).toBeLessThanOrEqual(2);
  });
});

describe('retries', () => {
  test('500 twice, then success', async () => {
    fx.server.faults.sequence('GET', '/v1/apps', [500, 500]);
    const r = await act({ operation: 'request', path: '/v1/apps?limit=1' });
    expect(r.failed).toBe(false);
    expect(fx.server.log.map((l) => l.status)).toEqual([500, 500, 200]);
    expect(r.stdout).toMatch(/500; retrying/);
  });

  test('429 with Retry-After in seconds waits that long', async () => {
    fx.server.faults.add({ path: '/v1/apps', status: 429, headers: { 'Retry-After': '7' } });
    const clock = instantSleepClock();
    const r = await act(
      { operation: 'request', path: '/v1/apps?limit=1' },
      { clock, retry: { budgetMs: 60_000 } },
    );
    expect(r.failed).toBe(false);
    expect(clock.slept).toContain(7000);
  });

  test('429 with Retry-After as an HTTP date waits until then', async () => {
    const at = new Date(Date.now() + 12_000).toUTCString();
    fx.server.faults.add({ path: '/v1/apps', status: 429, headers: { 'Retry-After': at } });
    const clock = instantSleepClock();
    const r = await act(
      { operation: 'request', path: '/v1/apps?limit=1' },
      { clock, retry: { budgetMs: 60_000 } },
    );
    expect(r.failed).toBe(false);
    expect(clock.slept).toHaveLength(1);
    expect(clock.slept[0]).toBeGreaterThan(9_000);
    expect(clock.slept[0]).toBeLessThanOrEqual(13_000);
  });

  test('429 without Retry-After backs off exponentially', async () => {
    fx.server.faults.sequence('GET', '/v1/apps', [429, 429]);
    const clock = instantSleepClock();
    const r = await act(
      { operation: 'request', path: '/v1/apps?limit=1' },
      { clock, retry: { baseDelayMs: 1000, budgetMs: 60_000 } },
    );
    expect(r.failed).toBe(false);
    expect(clock.slept).toHaveLength(2);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(500);
    expect(clock.slept[1]).toBeGreaterThanOrEqual(1000);
  });

  test('403 is not retried and says what to check', async () => {
    fx.server.faults.add({
      path: '/v1/apps',
      status: 403,
      body: {
        errors: [
          {
            status: '403',
            code: 'FORBIDDEN_ERROR',
            title: 'This request is forbidden for security reasons',
            detail: 'The API key in use does not allow this request',
          },
        ],
      },
    });
    const r = await act({ operation: 'request', path: '/v1/apps' });
    expect(r.failed).toBe(true);
    expect(fx.server.log).toHaveLength(1);
    expect(r.errors[0]).toMatch(/FORBIDDEN_ERROR.*role/);
  });

  test('an HTML 502 page is retried, and reported readably when it persists', async () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    fx.server.faults.add({ path: '/v1/apps', status: 502, html });
    const ok = await act({ operation: 'request', path: '/v1/apps?limit=1' });
    expect(ok.failed).toBe(false);
    fx.server.faults.add({ path: '/v1/apps', status: 502, html, times: 10 });
    const r = await act(
      { operation: 'request', path: '/v1/apps?limit=1' },
      { retry: { ...FAST_RETRY, maxAttempts: 3 } },
    );
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(/502 .* after 3 tries: non-JSON response: 502 Bad Gateway Bad Gateway/);
  });

  test('a connection reset is retried', async () => {
    fx.server.faults.add({ path: '/v1/apps', reset: true });
    const r = await act({ operation: 'request', path: '/v1/apps?limit=1' });
    expect(r.failed).toBe(false);
    expect(r.stdout).toMatch(/connection was reset; retrying/);
  });

  test('a request that hangs past the timeout is retried', async () => {
    fx.server.faults.add({ path: '/v1/apps', delayMs: 1500 });
    const r = await act({ operation: 'request', path: '/v1/apps?limit=1' }, { timeoutMs: 300 });
    expect(r.failed).toBe(false);
    expect(r.stdout).toMatch(/no answer before the timeout; retrying/);
  });
});

describe('bad input fails before any request', () => {
  test.each([
    [{ operation: 'fly' }, /'operation'.*'fly'.*expected one of token, request/],
    [{ operation: 'token', 'key-id': '' }, /'key-id' is required/],
    [{ operation: 'token', 'issuer-id': 'not-a-uuid' }, /'issuer-id'.*'not-a-uuid'.*UUID/],
    [{ operation: 'token', 'private-key': 'garbage' }, /'private-key' is not a private key/],
    [{ operation: 'token', 'api-url': 'http://example.com' }, /'api-url'.*https/],
    [
      { operation: 'token', 'api-url': 'https://:hunter2@example.com' },
      /'api-url'.*'https:\/\/\*\*\*@example\.com'.*only the scheme/,
    ],
    [{ operation: 'token', platform: 'android' }, /'platform'.*'android'/],
    [{ operation: 'token', 'dry-run': 'perhaps' }, /'dry-run'.*'perhaps'/],
    [{ operation: 'token', app: 'not a bundle' }, /'app'.*'not a bundle'/],
    [{ operation: 'request' }, /'path' is required/],
    [{ operation: 'request', path: 'https://evil.example/v1/apps' }, /'path'.*expected a path/],
    [{ operation: 'request', path: '/v1/apps', method: 'POST', body: '{nope' }, /'body' is not valid JSON/],
    [
      { operation: 'request', path: '/v1/apps', method: 'POST', 'all-pages': 'true' },
      /'all-pages'.*only GET/,
    ],
  ])('%j', async (inputs, pattern) => {
    const r = await act(inputs as Record<string, string>);
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(pattern);
    expect(fx.server.log).toHaveLength(0);
  });

  test('an input the operation does not use is warned about', async () => {
    const r = await act({ operation: 'token', groups: 'QA' });
    expect(r.failed).toBe(false);
    expect(r.warnings.join('\n')).toMatch(/Ignored input 'groups': not used by token/);
  });
});

describe('secrets never reach the log', () => {
  test('no line of the key, its base64, or any token appears outside ::add-mask:: and the token output', () => {
    const pem = fx.key.privateKeyPem;
    const forbidden = [
      ...pem.split('\n').filter((l) => l.length > 10 && !l.startsWith('-----')),
      Buffer.from(pem).toString('base64').slice(0, 60),
      ...tokens,
    ];
    expect(runs.length).toBeGreaterThan(20);
    expect(tokens.size).toBeGreaterThan(10);
    for (const r of runs) {
      const visible = [
        ...r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')),
        r.summary,
        ...Object.entries(r.outputs)
          .filter(([name]) => name !== 'token')
          .map(([, v]) => v),
      ].join('\n');
      for (const secret of forbidden) expect(visible).not.toContain(secret);
    }
  });
});

describe('the secret check every run goes through', () => {
  test('catches a key line or a token in the visible output', async () => {
    const { assertNoSecrets } = await import('../support/action.js');
    const pem = fx.key.privateKeyPem;
    const line = pem.split('\n')[1] as string;
    const base = { outputs: {}, result: undefined, summary: '', failed: false, errors: [], warnings: [] };
    expect(() => assertNoSecrets({ ...base, stdout: `oops ${line}` }, { 'private-key': pem })).toThrow(
      /secret/,
    );
    expect(() =>
      assertNoSecrets({ ...base, stdout: '::add-mask::eyJabc.def.ghi\nsent eyJabc.def.ghi' }, {}),
    ).toThrow(/secret/);
    expect(() =>
      assertNoSecrets({ ...base, stdout: `::add-mask::${line}`, summary: 'fine' }, { 'private-key': pem }),
    ).not.toThrow();
    // A key given as base64: a line of the decoded PEM is still caught.
    const b64 = Buffer.from(pem).toString('base64');
    expect(() => assertNoSecrets({ ...base, stdout: `oops ${line}` }, { 'private-key': b64 })).toThrow(
      /secret/,
    );
    // A token the action never masked (no ::add-mask:: line) is caught too, except in `token`.
    const token = (await act({ operation: 'token' })).outputs.token ?? '';
    expect(() => assertNoSecrets({ ...base, stdout: `Authorization: Bearer ${token}` }, {})).toThrow(/token/);
    expect(() => assertNoSecrets({ ...base, stdout: 'ok', outputs: { token } }, {})).not.toThrow();
  });
});

describe('the job summary', () => {
  test('ends with the requests made and the rate limit left', async () => {
    fx.server.faults.add({ path: '/v1/apps', status: 500 });
    const r = await act({ operation: 'request', path: '/v1/apps?limit=1' });
    expect(r.summary).toMatch(/_2 requests to App Store Connect, 1 retried; \d+ of 3600 left this hour\._/);
  });
});
