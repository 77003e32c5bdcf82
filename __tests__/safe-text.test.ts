import { neutralize, redactSecrets, safeLogText } from '../src/safe-text.js';
import { readAsRunner } from './support/runner-log.js';

const HOSTILE = [
  '::set-output name=build-id::x',
  '  ::error::indented',
  'a\n::warning::after LF',
  'a\r::warning::after CR',
  'a\r\n::stop-commands::pause',
  'text ##[set-output name=x;]y',
  '##[stop-commands]pause',
  '%0A::debug::encoded',
];

describe('neutralize', () => {
  test.each(HOSTILE)('%j runs no command, read as the runner reads it', (text) => {
    const out = neutralize(text);
    expect(readAsRunner(out).commands).toEqual([]);
    expect(out).not.toContain('##[');
    for (const line of out.split('\n')) expect(line.trim().startsWith('::')).toBe(false);
  });

  test('plain text is unchanged; a :: inside a line stays', () => {
    expect(neutralize('Group Beta: 3 testers (a::b)')).toBe('Group Beta: 3 testers (a::b)');
  });

  test('the hostile forms did run before neutralising (the check above can fail)', () => {
    expect(HOSTILE.filter((t) => readAsRunner(t).commands.length > 0)).toHaveLength(HOSTILE.length - 1);
  });
});

describe('redactSecrets', () => {
  test('a JWT and a bearer credential are replaced, other text kept', () => {
    const jwt = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJlLWxvbmctZW5vdWdo';
    expect(redactSecrets(`Authorization: Bearer ${jwt} sent`)).toBe(
      'Authorization: Bearer [redacted token] sent',
    );
    expect(redactSecrets('authorization: bearer abcdefgh12345678')).toBe('authorization: bearer [redacted]');
    expect(redactSecrets('Bearer of bad news')).toBe('Bearer of bad news');
    expect(safeLogText(`::x:: ${jwt}`)).not.toContain('eyJ');
  });
});
