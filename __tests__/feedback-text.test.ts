import { codeSpan, firstLine, forLog } from '../src/feedback/feedback-text.js';

test('forLog keeps text on one line that cannot form a workflow command', () => {
  expect(forLog('a\n::error::x')).toBe('a :\u200b:error:\u200b:x');
  expect(forLog('##[warning]x')).toBe('#\u200b#[warning]x');
  expect(forLog('::stop-commands::t')).not.toMatch(/^::/);
});

test('firstLine and codeSpan', () => {
  expect(firstLine('\n\n  hello   world \nnext', 80)).toBe('hello world');
  expect(firstLine('abcdef', 4)).toBe('abc…');
  expect(codeSpan('a `b` [c](d)')).toBe('`a ˋbˋ [c](d)`');
  expect(codeSpan('  ')).toBe('');
});
