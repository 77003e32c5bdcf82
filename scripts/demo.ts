/**
 * `npm run demo`: starts the fake App Store Connect server with sample data, makes a throwaway
 * API key, and runs the built dist/index.js as GitHub would (INPUT_* variables, GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY files) for a few operations, printing outputs and summaries.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeServer } from '../fake-app-store-connect/index.js';
import { generateTestKey } from '../fake-app-store-connect/keys.js';
import { seedDemo } from '../fake-app-store-connect/seed.js';
import { parseOutputFile } from '../__tests__/support/action.js';
import { DEMO_STEPS as STEPS } from './demo-steps.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const work = mkdtempSync(path.join(tmpdir(), 'asc-demo-'));
const key = generateTestKey();
const keyPath = path.join(work, `AuthKey_${key.keyId}.p8`);
writeFileSync(keyPath, key.privateKeyPem, { mode: 0o600 });
const server = await startFakeServer({ keys: [key.fakeKey] });
seedDemo(server.store);
console.log(`Fake App Store Connect on ${server.url}; throwaway key ${key.keyId} at ${keyPath}\n`);

let failures = 0;
try {
  for (const [index, step] of STEPS.entries()) {
    const outputFile = path.join(work, `output-${index}`);
    const summaryFile = path.join(work, `summary-${index}`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    delete env.NODE_OPTIONS;
    const inputs: Record<string, string> = {
      'issuer-id': key.issuerId ?? '',
      'key-id': key.keyId,
      'private-key-path': keyPath,
      'api-url': server.url,
      ...step.inputs,
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    Object.assign(env, {
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: work,
    });
    console.log(`━━ ${index + 1}. ${step.title}: operation ${step.inputs.operation}`);
    // Run asynchronously in a child so the fake server in this process keeps answering.
    const child = await runChild(env);
    const log = child.output
      .split('\n')
      .filter((l) => l && !l.startsWith('::add-mask::') && !l.startsWith('::debug::'))
      .map((l) => `   │ ${l}`)
      .join('\n');
    if (log) console.log(log);
    const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    console.log('   outputs:');
    for (const [name, value] of Object.entries(outputs)) {
      const shown =
        name === 'token' ? '*** (masked)' : value.length > 300 ? `${value.slice(0, 300)}…` : value;
      console.log(`     ${name} = ${shown}`);
    }
    console.log('   job summary:');
    console.log(readFileSync(summaryFile, 'utf8').replace(/^/gm, '     '));
    if (child.code !== 0) {
      failures += 1;
      console.log(`   exit code ${child.code}`);
    }
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
if (failures) {
  console.error(`${failures} demo step(s) failed.`);
  process.exit(1);
}
console.log('Demo finished: every step succeeded. Next: npm test');

function runChild(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}
