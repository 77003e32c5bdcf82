import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTION_YML_DEFAULTS, Input, Output } from '../src/constants.js';
import { OPERATIONS } from '../src/operations/registry.js';
import { renderTables } from '../scripts/readme-tables.js';

const actionYml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const action = parse(actionYml) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
};

describe('action.yml is the documentation', () => {
  test('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  test('declares exactly the inputs and outputs the code reads and writes, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort());
    for (const i of [...Object.values(action.inputs), ...Object.values(action.outputs)])
      expect(i.description?.length).toBeGreaterThan(10);
  });
  test('its defaults are the ones the code knows', () => {
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, i]) => i.default !== undefined)
        .map(([name, i]) => [name, String(i.default)]),
    );
    expect(defaults).toEqual(ACTION_YML_DEFAULTS);
  });
  test('the operation input lists every operation', () => {
    for (const op of OPERATIONS) expect(action.inputs.operation?.description).toContain(op);
  });
  test("README's input and output tables match action.yml", () => {
    expect(renderTables(actionYml, readme)).toBe(readme);
  });
  test('README documents every operation', () => {
    for (const op of OPERATIONS) expect(readme).toContain(`\`${op}\``);
  });
});
