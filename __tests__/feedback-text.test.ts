import { codeSpan, firstLine, forCsv, forLog } from '../src/feedback/feedback-text.js';

test('forLog keeps text on one line that cannot form a workflow command', () => {
  expect(forLog('a\n::error::x')).toBe('a :\u200b:error:\u200b:x');
  expect(forLog('##[warning]x')).toBe('#\u200b#[warning]x');
  expect(forLog('::stop-commands::t')).not.toMatch(/^::/);
});

test('forCsv quotes a leading formula character', () => {
  expect(forCsv('=1+1')).toBe("'=1+1");
  expect(forCsv('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(forCsv('-2')).toBe("'-2");
  expect(forCsv('fine')).toBe('fine');
  expect(forCsv(undefined)).toBeUndefined();
});

test('firstLine and codeSpan', () => {
  expect(firstLine('\n\n  hello   world \nnext', 80)).toBe('hello world');
  expect(firstLine('abcdef', 4)).toBe('abc…');
  expect(codeSpan('a `b` [c](d)')).toBe('`a ˋbˋ [c](d)`');
  expect(codeSpan('  ')).toBe('');
});
