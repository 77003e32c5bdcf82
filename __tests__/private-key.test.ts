import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPrivateKey } from '../src/auth/private-key.js';
import { InputError } from '../src/input-reader.js';

const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pkcs8 = ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const sec1 = ec.privateKey.export({ format: 'pem', type: 'sec1' }).toString();
const publicJwk = JSON.stringify(ec.publicKey.export({ format: 'jwk' }));

function expectSameKey(text: string | undefined, file?: string) {
  const key = loadPrivateKey({ text, path: file });
  const pub = JSON.stringify(
    (key.key as unknown as { asymmetricKeyType: string }) && key.key.export({ format: 'jwk' }),
  );
  // Same key: same public coordinates.
  const { x, y } = JSON.parse(pub) as { x: string; y: string };
  expect(JSON.parse(publicJwk)).toMatchObject({ x, y });
  expect(key.pem).toContain('-----BEGIN PRIVATE KEY-----');
  return key;
}

function expectRejected(source: { text?: string; path?: string }, pattern: RegExp, input = 'private-key') {
  let error: unknown;
  try {
    loadPrivateKey(source);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).input).toBe(input);
  expect((error as Error).message).toMatch(pattern);
  return error as Error;
}

describe('loadPrivateKey accepts every form a .p8 arrives in', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'key-'));
  test.each([
    ['PEM as downloaded', pkcs8],
    ['base64 of the PEM', Buffer.from(pkcs8).toString('base64')],
    [
      'base64 of the PEM with line breaks',
      Buffer.from(pkcs8)
        .toString('base64')
        .replace(/(.{60})/g, '$1\n'),
    ],
    ['one line with literal \\n', pkcs8.trim().replace(/\n/g, '\\n')],
    ['CRLF line ends', pkcs8.replace(/\n/g, '\r\n')],
    [
      'indented lines (YAML block)',
      pkcs8
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
    ],
    ['surrounded by quotes', `"${pkcs8.trim()}"`],
    ['one line with spaces', pkcs8.trim().replace(/\n/g, ' ')],
    ['the PEM body alone (base64 DER)', pkcs8.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')],
    ['SEC1 EC PRIVATE KEY', sec1],
    ['SEC1 base64-encoded', Buffer.from(sec1).toString('base64')],
  ])('%s', (_name, text) => {
    expectSameKey(text);
  });

  test('a path to the .p8 file', () => {
    const file = path.join(dir, 'AuthKey_TEST.p8');
    writeFileSync(file, pkcs8);
    expectSameKey(undefined, file);
  });

  test('lists every form of the key to mask: the PEM, its lines and its base64', () => {
    const key = expectSameKey(pkcs8);
    expect(key.secretForms).toContain(pkcs8.trim());
    expect(key.secretForms).toContain(Buffer.from(pkcs8).toString('base64'));
    for (const line of pkcs8.split('\n').filter((l) => l && !l.startsWith('-----')))
      expect(key.secretForms).toContain(line);
  });
});

describe('loadPrivateKey rejects, naming the input and never echoing the key', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'key-'));
  test('neither input', () => {
    expectRejected({}, /private-key.*is empty.*private-key-path/);
  });
  test('both inputs', () => {
    expectRejected({ text: pkcs8, path: '/tmp/x.p8' }, /both set/);
  });
  test('unreadable path', () => {
    expectRejected(
      { path: path.join(dir, 'missing.p8') },
      /cannot be read.*missing\.p8.*ENOENT/,
      'private-key-path',
    );
  });
  test('empty file', () => {
    const file = path.join(dir, 'empty.p8');
    writeFileSync(file, '\n');
    expectRejected({ path: file }, /empty file/, 'private-key-path');
  });
  test('not a key', () => {
    expectRejected({ text: 'hello world, this is not a key' }, /not a private key/);
  });
  test('base64 of something else', () => {
    expectRejected(
      { text: Buffer.from('just some text that is long enough to look like base64').toString('base64') },
      /does not decode/,
    );
  });
  test('truncated PEM', () => {
    const error = expectRejected({ text: pkcs8.slice(0, 120) }, /not a private key|damaged/);
    expect(error.message).not.toContain(pkcs8.split('\n')[1]);
  });
  test('damaged body', () => {
    expectRejected({ text: pkcs8.replace(/\n[A-Za-z0-9+/]{64}\n/, '\nAAAA\n') }, /damaged|not a readable/);
  });
  test('RSA key (PKCS#8)', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    expectRejected({ text: rsa }, /RSA key/);
  });
  test('RSA key (PKCS#1)', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs1' })
      .toString();
    expectRejected({ text: rsa }, /RSA key/);
  });
  test('EC key on P-384', () => {
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    expectRejected({ text: p384 }, /curve secp384r1.*P-256/);
  });
  test('Ed25519 key', () => {
    const ed = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expectRejected({ text: ed }, /ed25519 key/);
  });
  test('encrypted PKCS#8 key', () => {
    const enc = ec.privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    expectRejected({ text: enc }, /encrypted/);
  });
  test('encrypted SEC1 key', () => {
    const enc = ec.privateKey
      .export({ format: 'pem', type: 'sec1', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    expectRejected({ text: enc }, /encrypted/);
  });
  test('a public key', () => {
    const pub = ec.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expectRejected({ text: pub }, /public key/);
  });
});
