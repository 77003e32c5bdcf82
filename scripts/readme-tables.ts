/**
 * Keeps README.md's input and output tables equal to action.yml.
 *   tsx scripts/readme-tables.ts          rewrite the tables
 *   tsx scripts/readme-tables.ts --check  exit 1 when they differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function renderTables(actionYml: string, readme: string): string {
  const action = parse(actionYml) as ActionYml;
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  const inputs = [
    '| input | required | default | description |',
    '|---|---|---|---|',
    ...Object.entries(action.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default ? `\`${i.default}\`` : ''} | ${clean(i.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${clean(o.description)} |`),
  ].join('\n');
  const replace = (text: string, marker: string, body: string) =>
    text.replace(
      new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`),
      `$1\n${body}\n$2`,
    );
  return replace(replace(readme, 'inputs-table', inputs), 'outputs-table', outputs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = renderTables(readFileSync(path.join(root, 'action.yml'), 'utf8'), readme);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md tables differ from action.yml: run npx tsx scripts/readme-tables.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(readmePath, next);
  }
}
