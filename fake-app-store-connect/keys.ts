/** Throwaway App Store Connect API keys for tests, the demo and the benchmark. */
import { generateKeyPairSync, randomInt, randomUUID } from 'node:crypto';
import type { FakeKey } from './types.js';

export interface TestKey {
  keyId: string;
  /** Undefined for an individual key. */
  issuerId?: string;
  /** PKCS#8 PEM (`BEGIN PRIVATE KEY`), EC P-256, like an AuthKey_<KEYID>.p8 file. */
  privateKeyPem: string;
  /** What to pass to startFakeServer({ keys }). */
  fakeKey: FakeKey;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function generateTestKey(opts: { individual?: boolean; roles?: string[] } = {}): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const keyId = Array.from({ length: 10 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
  const issuerId = opts.individual ? undefined : randomUUID();
  const fakeKey: FakeKey = { keyId, publicKey, roles: opts.roles ?? ['ADMIN'] };
  if (issuerId) fakeKey.issuerId = issuerId;
  const privateKeyPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { keyId, ...(issuerId ? { issuerId } : {}), privateKeyPem, fakeKey };
}
