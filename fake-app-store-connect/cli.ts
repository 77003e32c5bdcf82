/**
 * Runs the fake server by itself:
 * `npx tsx fake-app-store-connect/cli.ts [--port N] [--latency MS] [--ready-file PATH]`.
 * Generates a key, writes it as AuthKey_<KEYID>.p8 in a temp dir, seeds demo data, and prints
 * what a client needs. With --ready-file, also writes `url=`, `key-id=`, `issuer-id=` and
 * `key-file=` lines there once it listens (the format of GITHUB_OUTPUT, so a workflow step can
 * append it). Stops on Ctrl-C or SIGTERM.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateTestKey } from './keys.js';
import { seedDemo } from './seed.js';
import { startFakeServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    latency: { type: 'string', default: '0' },
    'ready-file': { type: 'string' },
  },
});

const key = generateTestKey();
const dir = mkdtempSync(path.join(tmpdir(), 'fake-asc-'));
const keyPath = path.join(dir, `AuthKey_${key.keyId}.p8`);
writeFileSync(keyPath, key.privateKeyPem, { mode: 0o600 });

const server = await startFakeServer({
  keys: [key.fakeKey],
  port: Number(values.port),
  latencyMs: Number(values.latency),
});
seedDemo(server.store);

console.log(`Fake App Store Connect API listening on ${server.url}`);
console.log(`  key id:    ${key.keyId}`);
console.log(`  issuer id: ${key.issuerId ?? ''}`);
console.log(`  key file:  ${keyPath}`);
console.log('Press Ctrl-C to stop.');

const readyFile = values['ready-file'];
if (readyFile) {
  // Written whole and renamed, so a reader polling for the file never sees half of it.
  const lines = [
    `url=${server.url}`,
    `key-id=${key.keyId}`,
    `issuer-id=${key.issuerId ?? ''}`,
    `key-file=${keyPath}`,
  ];
  writeFileSync(`${readyFile}.tmp`, `${lines.join('\n')}\n`);
  renameSync(`${readyFile}.tmp`, readyFile);
}

function stop(): void {
  void server.close().then(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`\nStopped after ${server.log.length} requests.`);
    process.exit(0);
  });
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
