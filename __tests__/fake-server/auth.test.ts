import { sign } from 'node:crypto';
import { createPrivateKey } from 'node:crypto';
import { generateTestKey } from '../../fake-app-store-connect/index.js';
import { startHarness, tokenFor } from './helpers.js';
import type { Harness, TokenOptions } from './helpers.js';

const NOT_AUTHORIZED = {
  status: '401',
  code: 'NOT_AUTHORIZED',
  title: 'Authentication credentials are missing or invalid.',
  detail:
    'Provide a properly configured and signed bearer token, and make sure that it has not expired. ' +
    'Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens',
};

const teamKey = generateTestKey();
const otherKey = generateTestKey();
const individualKey = generateTestKey({ individual: true });
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ key: teamKey, keys: [teamKey.fakeKey, individualKey.fakeKey] });
});
afterAll(() => h.server.close());

async function expectRefused(token: string | undefined, reason: string): Promise<void> {
  const headers: Record<string, string> = token === undefined ? {} : { Authorization: `Bearer ${token}` };
  const res = await fetch(`${h.server.url}/v1/apps`, { headers });
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toBe('application/json');
  const body = (await res.json()) as { errors: Array<Record<string, unknown>> };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toMatchObject(NOT_AUTHORIZED);
  expect(body.errors[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(h.server.log.at(-1)).toMatchObject({ status: 401, authError: reason });
}

describe('bearer token checks', () => {
  test('accepts a valid team key token', async () => {
    const res = await h.call('/v1/apps');
    expect(res.status).toBe(200);
    expect(h.server.log.at(-1)).toMatchObject({
      status: 200,
      keyId: teamKey.keyId,
      claims: { iss: teamKey.issuerId, aud: 'appstoreconnect-v1' },
    });
    expect(h.server.log.at(-1)?.authError).toBeUndefined();
  });

  test('accepts an individual key token (sub "user", no iss)', async () => {
    const token = await tokenFor(individualKey, h.clock.now());
    expect((await h.call('/v1/apps', { token })).status).toBe(200);
  });

  test('a team key token may also carry sub', async () => {
    const token = await tokenFor(teamKey, h.clock.now(), { claims: { sub: 'user' } });
    expect((await h.call('/v1/apps', { token })).status).toBe(200);
  });

  const now = (): number => h.clock.now() / 1000;
  const cases: Array<[string, () => TokenOptions, string, typeof teamKey?]> = [
    ['signed with another key', () => ({ signWith: otherKey }), 'signature'],
    ['expired', () => ({ claims: { iat: now() - 1200, exp: now() - 1 } }), 'expired'],
    ['lifetime over 20 minutes', () => ({ claims: { iat: now() - 60, exp: now() - 60 + 1201 } }), 'lifetime'],
    ['issued in the future', () => ({ claims: { iat: now() + 60, exp: now() + 600 } }), 'iat-future'],
    ['wrong audience', () => ({ claims: { aud: 'appstoreconnect-v2' } }), 'aud'],
    ['unknown kid', () => ({ header: { kid: 'ZZZZZZZZZZ' } }), 'unknown-kid'],
    ['missing typ', () => ({ header: { typ: undefined } }), 'typ'],
    ['team key without iss', () => ({ claims: { iss: undefined } }), 'iss'],
    ['team key with another issuer', () => ({ claims: { iss: otherKey.issuerId } }), 'iss'],
    ['missing iat', () => ({ claims: { iat: undefined } }), 'iat'],
    [
      'individual key with iss',
      () => ({ claims: { iss: teamKey.issuerId } }),
      'individual-iss',
      individualKey,
    ],
    ['individual key without sub', () => ({ claims: { sub: undefined } }), 'sub', individualKey],
  ];
  test.each(cases)('refuses a token %s', async (_name, opts, reason, key = teamKey) => {
    await expectRefused(await tokenFor(key, h.clock.now(), opts()), reason);
  });

  test('iat within the allowed skew is fine', async () => {
    const token = await tokenFor(teamKey, h.clock.now(), { claims: { iat: now() + 5, exp: now() + 600 } });
    expect((await h.call('/v1/apps', { token })).status).toBe(200);
  });

  test('refuses a missing header, another scheme and garbage', async () => {
    await expectRefused(undefined, 'missing');
    const res = await fetch(`${h.server.url}/v1/apps`, { headers: { Authorization: 'Basic abc' } });
    expect(res.status).toBe(401);
    expect(h.server.log.at(-1)?.authError).toBe('scheme');
    await expectRefused('not-a-jwt', 'malformed');
  });

  test('refuses a DER-encoded ES256 signature (Apple wants raw r||s)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'ES256', kid: teamKey.keyId, typ: 'JWT' })).toString(
      'base64url',
    );
    const iat = Math.floor(now()) - 60;
    const payload = Buffer.from(
      JSON.stringify({ iss: teamKey.issuerId, iat, exp: iat + 600, aud: 'appstoreconnect-v1' }),
    ).toString('base64url');
    const der = sign('sha256', Buffer.from(`${header}.${payload}`), createPrivateKey(teamKey.privateKeyPem));
    await expectRefused(`${header}.${payload}.${der.toString('base64url')}`, 'signature-encoding');
  });

  test('honours the scope claim', async () => {
    const scoped = await tokenFor(teamKey, h.clock.now(), { claims: { scope: ['GET /v1/apps'] } });
    expect((await h.call('/v1/apps', { token: scoped })).status).toBe(200);
    expect((await h.call('/v1/apps/1', { token: scoped })).status).toBe(401);
    expect(h.server.log.at(-1)?.authError).toBe('scope');
  });

  test('checks expiry against the server clock', async () => {
    const token = await tokenFor(teamKey, h.clock.now());
    h.clock.advance(15 * 60 * 1000);
    try {
      await expectRefused(token, 'expired');
    } finally {
      h.clock.advance(-15 * 60 * 1000);
    }
  });

  test('refused requests never count as writes', async () => {
    const res = await fetch(`${h.server.url}/v1/betaGroups`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(h.server.writes()).toEqual([]);
  });
});
