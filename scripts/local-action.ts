/**
 * `npm run local-action`: runs src/main.ts with @github/local-action (no build, breakpoints in
 * the TypeScript) against the fake App Store Connect server with demo data. The operation's
 * inputs come from `.env` (start from `.env.example`); the server's URL and a key it accepts are
 * added here. When `.env` sets INPUT_KEY-ID itself, no fake server is started and `.env` is used
 * as it is (your own credentials: the real API, with real effects).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTestKey } from '../fake-app-store-connect/keys.js';
import { seedDemo } from '../fake-app-store-connect/seed.js';
import { startFakeServer } from '../fake-app-store-connect/server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(root, process.argv[2] ?? '.env');
if (!existsSync(envFile)) {
  console.error(`${path.relative(root, envFile)} not found: copy .env.example to .env and set the inputs.`);
  process.exit(1);
}
const own = readFileSync(envFile, 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'asc-local-action-'));
let stop = async () => {};
let dotenv = envFile;

if (!/^\s*INPUT_KEY-ID\s*=/m.test(own)) {
  const key = generateTestKey();
  const keyPath = path.join(dir, `AuthKey_${key.keyId}.p8`);
  writeFileSync(keyPath, key.privateKeyPem, { mode: 0o600 });
  const server = await startFakeServer({ keys: [key.fakeKey] });
  seedDemo(server.store);
  stop = () => server.close();
  console.log(`Fake App Store Connect at ${server.url} (demo data, key ${key.keyId}).`);
  dotenv = path.join(dir, '.env');
  const lines = [
    own.trimEnd(),
    `INPUT_API-URL=${server.url}`,
    `INPUT_KEY-ID=${key.keyId}`,
    `INPUT_ISSUER-ID=${key.issuerId ?? ''}`,
    `INPUT_PRIVATE-KEY-PATH=${keyPath}`,
  ];
  writeFileSync(dotenv, `${lines.join('\n')}\n`, { mode: 0o600 });
}

const bin = path.join(root, 'node_modules/.bin/local-action');
const child = spawn(bin, ['run', root, 'src/main.ts', dotenv], { stdio: 'inherit', cwd: root });
const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
await stop();
rmSync(dir, { recursive: true, force: true });
process.exit(code);
