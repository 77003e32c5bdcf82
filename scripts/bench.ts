/**
 * `npm run bench`: every benchmark scenario against the fake server, one table of figures.
 * Targets are checked and marked, never asserted in tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCENARIOS } from './bench/scenarios.js';
import { root, type BenchRow } from './bench/support.js';

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const scenario of SCENARIOS) {
  if (only.length && !only.includes(scenario.name)) continue;
  process.stderr.write(`running ${scenario.name}…\n`);
  rows.push(...(await scenario.run()));
}

const head = ['scenario', 'figure', 'value', 'reference / lower bound', 'target', 'met'];
const table = [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map(
    (r) =>
      `| ${r.scenario} | ${r.metric} | ${r.value} | ${r.reference ?? ''} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'yes' : 'NO'} |`,
  ),
].join('\n');
const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
console.log(`Machine: ${machine}\n\n${table}`);
mkdirSync(path.join(root, '.bench'), { recursive: true });
writeFileSync(
  path.join(root, '.bench/results.json'),
  JSON.stringify({ machine, at: new Date().toISOString(), rows }, null, 2),
);
