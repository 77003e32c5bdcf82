/** prune-testers' inputs, read and checked before any request. */
import { periodFor, type UsagePeriod } from '../api/beta-tester-usages.js';
import { Input } from '../constants.js';
import { isEmail } from '../email.js';
import { InputError, quote, readInputFile, splitList, type InputReader } from '../input-reader.js';
import { emailKey } from './testers-list.js';

export const TESTER_STATES = ['NOT_INVITED', 'INVITED', 'ACCEPTED', 'INSTALLED', 'REVOKED'] as const;
export type TesterState = (typeof TESTER_STATES)[number];

export interface PruneSettings {
  inactiveDays: number;
  period: UsagePeriod;
  states: TesterState[];
  /** Lower-cased emails never removed. */
  keep: Set<string>;
  includeInternal: boolean;
  maxRemovals: number;
  removeFrom: 'app' | 'groups';
  groups: string[];
  outputFile?: string;
  format: 'csv' | 'json';
}

const MAX_KEEP_FILE_BYTES = 1_000_000;

export function parsePruneSettings(inputs: InputReader): PruneSettings {
  const inactiveDays = inputs.int(Input.InactiveDays, { min: 1, max: 365, fallback: 30 });
  const period = periodFor(inactiveDays) ?? 'P365D';
  const states = parseStates(inputs.string(Input.TesterStates));
  const keep = new Set<string>();
  inputs
    .lines(Input.KeepTesters)
    .forEach((line, i) => addKeep(keep, line, Input.KeepTesters, `line ${i + 1}`));
  const keepFile = inputs.string(Input.KeepTestersFile);
  if (keepFile) readKeepFile(keepFile, keep);
  const includeInternal = inputs.bool(Input.IncludeInternal, false);
  const maxRemovals = inputs.int(Input.MaxRemovals, { min: 0, fallback: 100 });
  const removeFrom = inputs.choice(Input.RemoveFrom, ['app', 'groups'] as const, 'app');
  const groups = inputs.list(Input.Groups);
  if (removeFrom === 'groups' && groups.length === 0) {
    throw new InputError(
      Input.Groups,
      `Input '${Input.Groups}' is required when '${Input.RemoveFrom}' is groups: the groups to remove inactive testers from.`,
    );
  }
  const outputFile = inputs.string(Input.OutputFile);
  const format = inputs.choice(Input.Format, ['csv', 'json'] as const, 'csv');
  return {
    inactiveDays,
    period,
    states,
    keep,
    includeInternal,
    maxRemovals,
    removeFrom,
    groups,
    outputFile,
    format,
  };
}

function parseStates(value: string | undefined): TesterState[] {
  if (value === undefined) return ['INSTALLED'];
  const states: TesterState[] = [];
  for (const item of splitList(value)) {
    const state = TESTER_STATES.find((s) => s === item.toUpperCase().replace(/-/g, '_'));
    if (!state) {
      throw new InputError(
        Input.TesterStates,
        `Input '${Input.TesterStates}' has an invalid value ${quote(item)}: expected one or more of ${TESTER_STATES.join(', ')}.`,
      );
    }
    if (!states.includes(state)) states.push(state);
  }
  if (states.length === 0) {
    throw new InputError(
      Input.TesterStates,
      `Input '${Input.TesterStates}' names no state: expected e.g. INSTALLED.`,
    );
  }
  return states;
}

function addKeep(keep: Set<string>, raw: string, input: string, where: string): void {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) return;
  if (!isEmail(line)) {
    throw new InputError(
      input,
      `Input '${input}' ${where}: ${quote(line)} is not an email address (one email per line).`,
    );
  }
  keep.add(emailKey(line));
}

function readKeepFile(path: string, keep: Set<string>): void {
  const text = readInputFile(Input.KeepTestersFile, path, MAX_KEEP_FILE_BYTES);
  text
    .split(/\r?\n/)
    .forEach((line, i) => addKeep(keep, line, Input.KeepTestersFile, `${path} line ${i + 1}`));
}
