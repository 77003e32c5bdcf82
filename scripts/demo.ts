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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The operations the demo runs, in order; each is one workflow step. */
const STEPS: Array<{ title: string; inputs: Record<string, string> }> = [
  { title: 'Sign a token for later steps', inputs: { operation: 'token' } },
  {
    title: 'Any API call: list the apps',
    inputs: { operation: 'request', path: '/v1/apps?fields[apps]=name,bundleId', 'all-pages': 'true' },
  },
  {
    title: 'TestFlight groups of Notes, with tester counts',
    inputs: { operation: 'list-groups', app: 'com.example.notes' },
  },
  {
    title: 'Add testers to a group (one is already there, one is new)',
    inputs: {
      operation: 'add-testers',
      app: 'com.example.notes',
      groups: 'Friends and Family',
      testers: 'Ada Lovelace <ada@example.com>\ngrace@example.com,Grace,Hopper',
    },
  },
  {
    title: 'The newest TestFlight build of Weather',
    inputs: { operation: 'find-build', app: 'com.example.weather' },
  },
  {
    title: 'After upload: export compliance, What to Test, groups and Beta App Review in one step',
    inputs: {
      operation: 'distribute-build',
      app: 'com.example.weather',
      version: '2.3',
      'build-number': '457',
      groups: 'External Testers, Weather QA, Weather Team',
      'uses-non-exempt-encryption': 'false',
      'what-to-test': 'Try the new radar view.',
      'expire-previous-builds': 'true',
    },
  },
  {
    title: 'Users and Access: team members and pending invitations',
    inputs: { operation: 'list-users' },
  },
  {
    title: 'Keep the team in line with examples/users.yml (dry run: prints the difference)',
    inputs: {
      operation: 'sync-users',
      'users-file': path.join(root, 'examples/users.yml'),
      'remove-missing': 'true',
      'dry-run': 'true',
    },
  },
  {
    title: "Yesterday's sales: the newest daily report, with totals and top products",
    inputs: { operation: 'sales-report', 'vendor-number': '85012345' },
  },
  {
    title: 'Last fiscal month: the finance report as CSV, with amounts per currency',
    inputs: { operation: 'finance-report', 'vendor-number': '85012345', format: 'csv' },
  },
];

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
