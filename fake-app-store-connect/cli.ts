/**
 * Runs the fake server by itself: `npx tsx fake-app-store-connect/cli.ts [--port N] [--latency MS]`.
 * Generates a key, writes it as AuthKey_<KEYID>.p8 in a temp dir, seeds demo data, and prints
 * what a client needs. Stops on Ctrl-C.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateTestKey } from './keys.js';
import { seedDemo } from './seed.js';
import { startFakeServer } from './server.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, latency: { type: 'string', default: '0' } },
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

function stop(): void {
  void server.close().then(() => {
    rmSync(dir, { recursive: true, force: true });
    console.log(`\nStopped after ${server.log.length} requests.`);
    process.exit(0);
  });
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
