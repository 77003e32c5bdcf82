import { InputError, InputReader } from '../src/input-reader.js';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('InputReader', () => {
  test('booleans accept the usual spellings and name the input otherwise', () => {
    expect(reader({ 'dry-run': 'TRUE' }).bool('dry-run', false)).toBe(true);
    expect(reader({ 'dry-run': ' no ' }).bool('dry-run', true)).toBe(false);
    expect(reader({}).bool('dry-run', true)).toBe(true);
    expect(() => reader({ 'dry-run': 'maybe' }).bool('dry-run', false)).toThrow(
      /Input 'dry-run' has an invalid value 'maybe': expected true or false/,
    );
  });
  test('integers check their range', () => {
    expect(reader({ keep: '3' }).int('keep', { min: 0 })).toBe(3);
    expect(() => reader({ keep: '-1' }).int('keep', { min: 0 })).toThrow(InputError);
    expect(() => reader({ keep: '2.5' }).int('keep', { min: 0 })).toThrow(
      /'keep'.*'2.5'.*whole number of at least 0/,
    );
    expect(() => reader({ 'poll-interval': '0' }).int('poll-interval', { min: 1, max: 600 })).toThrow(
      /from 1 to 600/,
    );
  });
  test('choices match case-insensitively and list the valid values', () => {
    expect(reader({ platform: 'mac_os' }).choice('platform', ['IOS', 'MAC_OS'] as const, 'IOS')).toBe(
      'MAC_OS',
    );
    expect(reader({ platform: 'mac-os' }).choice('platform', ['IOS', 'MAC_OS'] as const, 'IOS')).toBe(
      'MAC_OS',
    );
    expect(() =>
      reader({ platform: 'android' }).choice('platform', ['IOS', 'MAC_OS'] as const, 'IOS'),
    ).toThrow(/'platform' has an invalid value 'android': expected one of IOS, MAC_OS/);
  });
  test('lists split on commas and newlines and drop empties', () => {
    expect(reader({ groups: 'QA, Beta\nExternal ,,\n' }).list('groups')).toEqual(['QA', 'Beta', 'External']);
  });
  test('required inputs say what they are for', () => {
    expect(() => reader({}).required('path', 'for request')).toThrow("Input 'path' is required for request.");
  });
  test('records which inputs were read', () => {
    const r = reader({});
    r.string('app');
    r.list('groups');
    expect([...r.names]).toEqual(['app', 'groups']);
  });
});
