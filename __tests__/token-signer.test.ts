import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { loadPrivateKey } from '../src/auth/private-key.js';
import { TokenSigner } from '../src/auth/token-signer.js';
import type { Clock } from '../src/clock.js';

const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const privateKey = loadPrivateKey({
  text: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
});
const ISSUER = '57246542-96fe-1a63-e053-0824d011072a';

function fakeClock(start = Date.parse('2026-11-23T12:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

describe('TokenSigner', () => {
  test('signs ES256 with kid, typ and the claims Apple requires for a team key', async () => {
    const clock = fakeClock();
    const signer = new TokenSigner({ keyId: 'ABC123DEFG', issuerId: ISSUER, privateKey }, clock);
    const { token } = await signer.token();
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: 'ABC123DEFG', typ: 'JWT' });
    const claims = decodeJwt(token);
    const now = clock.now() / 1000;
    expect(claims).toMatchObject({ iss: ISSUER, aud: 'appstoreconnect-v1', iat: now - 60 });
    expect(claims.sub).toBeUndefined();
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThan(20 * 60);
    await expect(
      jwtVerify(token, pair.publicKey, { currentDate: new Date(clock.now()) }),
    ).resolves.toBeDefined();
  });

  test('an individual key signs sub "user" and no iss', async () => {
    const signer = new TokenSigner({ keyId: 'ABC123DEFG', privateKey }, fakeClock());
    const claims = decodeJwt((await signer.token()).token);
    expect(claims.sub).toBe('user');
    expect(claims.iss).toBeUndefined();
  });

  test('reuses a token until shortly before it expires, then signs a new one', async () => {
    const clock = fakeClock();
    const seen: string[] = [];
    const signer = new TokenSigner({ keyId: 'K', issuerId: ISSUER, privateKey }, clock, {
      onToken: (t) => seen.push(t),
    });
    const first = await signer.token();
    clock.advance(10 * 60_000);
    expect((await signer.token()).token).toBe(first.token);
    clock.advance(6 * 60_000 + 30_000); // 16.5 min after signing: under 2 min left
    const second = await signer.token();
    expect(second.token).not.toBe(first.token);
    expect(second.expiresAt).toBeGreaterThan(clock.now() / 1000 + 120);
    // Both were signed, and handed to onToken (masked), before the first was used.
    expect(seen).toContain(first.token);
    expect(seen).toContain(second.token);
    expect(signer.batches).toBe(1);
    // Over a 35-minute wait polled every 30 s, no token handed out is ever expired.
    for (let t = 0; t < 70; t++) {
      clock.advance(30_000);
      const { expiresAt } = await signer.token();
      expect(expiresAt).toBeGreaterThan(clock.now() / 1000 + 60);
    }
  });

  test('invalidate forces another token, one signed and masked ahead', async () => {
    const seen: string[] = [];
    const signer = new TokenSigner({ keyId: 'K', issuerId: ISSUER, privateKey }, fakeClock(), {
      onToken: (t) => seen.push(t),
    });
    const first = await signer.token();
    const masked = seen.length;
    signer.invalidate();
    const second = await signer.token();
    expect(second.token).not.toBe(first.token);
    expect(seen.slice(0, masked)).toContain(second.token);
    expect(signer.batches).toBe(1);
    // Both tokens of the span refused: a new batch, masked before it is used.
    signer.invalidate();
    const third = await signer.token();
    expect(signer.batches).toBe(2);
    expect(seen.slice(masked)).toContain(third.token);
  });

  test('signs ahead: every token of a 6-hour run is masked before the first is used', async () => {
    const clock = fakeClock();
    const seen: string[] = [];
    const signer = new TokenSigner({ keyId: 'K', issuerId: ISSUER, privateKey }, clock, {
      onToken: (t) => seen.push(t),
    });
    await signer.token();
    const masked = new Set(seen);
    for (let t = 0; t < 6 * 60; t++) {
      clock.advance(60_000);
      const { token, issuedAt, expiresAt } = await signer.token();
      expect(masked.has(token)).toBe(true);
      const now = clock.now() / 1000;
      expect(issuedAt).toBeLessThanOrEqual(now - 59);
      expect(expiresAt).toBeGreaterThan(now + 120);
    }
    expect(signer.batches).toBe(1);
  });

  test('corrects for a runner clock that is off, from the server Date', async () => {
    const clock = fakeClock();
    const signer = new TokenSigner({ keyId: 'K', issuerId: ISSUER, privateKey }, clock);
    const serverNow = clock.now() - 90_000; // runner 90 s fast
    signer.observeServerDate(serverNow);
    const claims = decodeJwt((await signer.token()).token);
    expect(claims.iat).toBe(Math.floor(serverNow / 1000) - 60);
    // Small differences (Date has one-second resolution) are not corrections.
    signer.observeServerDate(clock.now() + 2000);
    expect(signer.offsetMs).toBe(0);
  });
});
