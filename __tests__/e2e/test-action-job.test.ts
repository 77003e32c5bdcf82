import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSetupStep, readJob, runJob, stepLabel, type StepRun } from '../support/workflow-job.js';

// The test-action job of .github/workflows/test-action.yml, run here with the same inputs,
// scripts and checks (the workflow file is the one place they live), against the built action.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workflow = path.join(root, '.github/workflows/test-action.yml');
const steps = readJob(workflow, 'test-action');

describe('the test-action job of .github/workflows/test-action.yml', () => {
  test('skips only the runner set-up here and runs the action itself (uses: ./)', () => {
    const setup = steps.filter(isSetupStep).map((s) => s.uses ?? s.run);
    expect(setup).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'npm ci --no-audit --no-fund']);
    const operations = steps.filter((s) => s.uses === './').map((s) => s.with?.operation);
    expect(operations).toEqual(
      expect.arrayContaining(['token', 'distribute-build', 'list-testers', 'sales-report']),
    );
  });

  test('every step passes, the checks included', async () => {
    const runs: StepRun[] = await runJob(steps, { root, timeoutMs: 60_000 });
    const report = runs.map((r) => `${r.outcome.padEnd(7)} ${stepLabel(r.step)}`).join('\n');
    const failed = runs.filter((r) => r.outcome === 'failure');
    if (failed.length > 0) throw new Error(`${report}\n\n${failed.map((r) => r.log).join('\n---\n')}`);
    expect(runs.filter((r) => r.outcome === 'skipped')).toHaveLength(3);
    const check = runs.find((r) => r.step.name === 'Check the outputs');
    expect(check?.log).toContain('All outputs are as expected.');
    expect(check?.log).not.toContain('FAIL');
  }, 120_000);
});
