import { readmeWorkflows } from '../scripts/readme-workflows.js';

const readme = [
  '# Title', //                                     1
  '```yaml', //                                     2
  'on: push', //                                    3
  'jobs:', //                                       4
  '  a:', //                                        5
  '    runs-on: ubuntu-latest', //                  6
  '    steps: [{ run: echo hi }]', //               7
  '```', //                                         8
  '```yaml', //                                     9
  '# one step', //                                  10
  '- uses: your-org/app-store-connect-action@v1', // 11
  '  with: { operation: token }', //                12
  '```', //                                         13
  '<!-- not a workflow: a users file -->', //       14
  '```yaml', //                                     15
  '- email: ada@example.com', //                    16
  '```', //                                         17
  '```yaml', //                                     18
  'key: value', //                                  19
  '```', //                                         20
  '```json', //                                     21
  '{}', //                                          22
  '```', //                                         23
  '- a list item:', //                              24
  '  ```yaml', //                                   25
  '  - run: echo indented', //                      26
  '  ```', //                                       27
].join('\n');

describe('readmeWorkflows', () => {
  const blocks = readmeWorkflows(readme);

  test('a whole workflow is linted as written', () => {
    expect(blocks.workflows[0]).toMatchObject({ line: 3, kind: 'workflow', offset: 0 });
    expect(blocks.workflows[0]?.text).toBe(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo hi }]\n',
    );
  });

  test('a list of steps is wrapped in a one-job workflow, its lines mapped back', () => {
    const steps = blocks.workflows[1];
    expect(steps).toMatchObject({ line: 10, kind: 'steps' });
    const lines = steps?.text.split('\n') ?? [];
    // Text line offset + 1 (1-based) is the block's first line, README line 10.
    expect(lines[steps?.offset ?? 0]).toBe('      # one step');
    expect(lines[(steps?.offset ?? 0) + 1]).toBe('      - uses: your-org/app-store-connect-action@v1');
    expect(steps?.text).toMatch(/^jobs:\n {2}example:\n {4}runs-on: ubuntu-latest\n {4}steps:$/m);
  });

  test('a marked block is left out with its reason; an unmarked other block is an error', () => {
    expect(blocks.excluded).toEqual([{ line: 16, reason: 'a users file' }]);
    expect(blocks.unclassified).toEqual([19]);
    expect(blocks.workflows).toHaveLength(3);
  });

  test('a fence indented in a list item is read without its indent', () => {
    expect(blocks.workflows[2]).toMatchObject({ line: 26, kind: 'steps' });
    expect(blocks.workflows[2]?.text).toContain('\n      - run: echo indented\n');
  });
});
