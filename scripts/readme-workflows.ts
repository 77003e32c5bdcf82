/**
 * The README's ```yaml blocks, as workflows actionlint can check. A whole workflow (it has
 * `jobs:`) is checked as written; a list of steps (`- uses: ...`) is checked inside a one-job
 * workflow; any other block must say why it is not a workflow with a
 * `<!-- not a workflow: reason -->` comment on one of the two lines above its fence.
 */

export interface ReadmeWorkflow {
  /** 1-based line of the block's first line in the README. */
  line: number;
  kind: 'workflow' | 'steps';
  /** The workflow text to lint. */
  text: string;
  /** Lines added above the block's own text (for mapping positions back). */
  offset: number;
}

export interface ReadmeBlocks {
  workflows: ReadmeWorkflow[];
  /** Blocks marked as not workflows, with the reason given. */
  excluded: Array<{ line: number; reason: string }>;
  /** Blocks that are neither: each is an error. */
  unclassified: number[];
}

const STEPS_WRAPPER = [
  '# A README example that is a list of steps, checked inside a one-job workflow.',
  'name: README example',
  'on: workflow_dispatch',
  'permissions: {}',
  'jobs:',
  '  example:',
  '    runs-on: ubuntu-latest',
  '    steps:',
];

export function readmeWorkflows(readme: string): ReadmeBlocks {
  const lines = readme.split(/\r?\n/);
  const result: ReadmeBlocks = { workflows: [], excluded: [], unclassified: [] };
  for (let i = 0; i < lines.length; i++) {
    // A fence may be indented (an example inside a list item); its lines lose that indent.
    const fence = /^( *)```ya?ml\s*$/.exec(lines[i] as string);
    if (!fence) continue;
    const indent = (fence[1] as string).length;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^ *```\s*$/.test(lines[end] as string)) end++;
    const body = lines
      .slice(start, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)));
    const line = start + 1;
    i = end;
    const marker = lines
      .slice(Math.max(0, start - 3), start - 1)
      .map((l) => /<!--\s*not a workflow:\s*(.+?)\s*-->/.exec(l))
      .find(Boolean);
    if (marker) {
      result.excluded.push({ line, reason: marker[1] as string });
    } else if (body.some((l) => /^jobs:\s*$/.test(l))) {
      result.workflows.push({ line, kind: 'workflow', text: `${body.join('\n')}\n`, offset: 0 });
    } else if (/^-\s/.test(body.find((l) => l.trim() && !l.startsWith('#')) ?? '')) {
      const steps = body.map((l) => (l.trim() ? `      ${l}` : ''));
      result.workflows.push({
        line,
        kind: 'steps',
        text: `${[...STEPS_WRAPPER, ...steps].join('\n')}\n`,
        offset: STEPS_WRAPPER.length,
      });
    } else {
      result.unclassified.push(line);
    }
  }
  return result;
}
