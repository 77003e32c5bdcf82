import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isEmail } from '../src/email.js';
import { InputError, InputReader } from '../src/input-reader.js';
import {
  mergeTesters,
  parseCsv,
  parseTesterLines,
  parseTestersCsv,
  readTesterInputs,
} from '../src/testflight/testers-list.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseTesterLines', () => {
  test('reads the three forms, skips blanks and comments, keeps line numbers', () => {
    const text = [
      '  plain@example.com  ',
      '',
      'with.names@example.com, Grace , Hopper',
      '# a comment',
      'Ada Lovelace <ada@example.com>',
      'Ludwig van Beethoven <lvb@example.com>',
      '<bare@example.com>',
      'only.first@example.com,Solo',
    ].join('\r\n');
    expect(parseTesterLines(text)).toEqual([
      { email: 'plain@example.com', where: 'testers line 1' },
      { email: 'with.names@example.com', firstName: 'Grace', lastName: 'Hopper', where: 'testers line 3' },
      { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', where: 'testers line 5' },
      { email: 'lvb@example.com', firstName: 'Ludwig', lastName: 'van Beethoven', where: 'testers line 6' },
      { email: 'bare@example.com', where: 'testers line 7' },
      { email: 'only.first@example.com', firstName: 'Solo', where: 'testers line 8' },
    ]);
  });

  test.each([
    ['ok@example.com\nnope', /line 2: 'nope' is not a valid email address/],
    [
      'Grace Hopper grace@example.com',
      /line 1: .* is not an email address \(write a name as First Last <email>\)/,
    ],
    ['Grace <grace@>', /line 1: .* has an invalid email address 'grace@'/],
    ['a@example.com,A,B,C', /line 1: .* has more than three comma-separated fields/],
    ['a@@example.com', /not a valid email address/],
    ['a@example', /not a valid email address/],
  ])('%j fails naming the input and the line', (text, pattern) => {
    const error = errorOf(() => parseTesterLines(text));
    expect(error.input).toBe('testers');
    expect(error.message).toMatch(/^Input 'testers' line/);
    expect(error.message).toMatch(pattern);
  });
});

describe('isEmail', () => {
  test.each(['a@example.com', 'first.last+tag@sub.example.co.uk', "o'brien@example.ie"])(
    '%s is an email',
    (e) => expect(isEmail(e)).toBe(true),
  );
  test.each([
    '',
    'a',
    'a@b',
    '@example.com',
    'a b@example.com',
    'a@exa mple.com',
    '.a@example.com',
    'a..b@example.com',
  ])('%j is not', (e) => expect(isEmail(e)).toBe(false));
});

describe('parseCsv', () => {
  test('RFC 4180: quoted separators, doubled quotes, line breaks in quotes, CRLF, record line numbers', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nlast,,\r\n';
    expect(parseCsv(text)).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x, y', 'say "hi"', 'two\nlines'], line: 2 },
      { fields: ['last', '', ''], line: 4 },
    ]);
  });
  test('a last line without a line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
  });
});

describe('parseTestersCsv: line ends and quotes', () => {
  test('CR-only line ends (old spreadsheet exports) read as lines', () => {
    const testers = parseTestersCsv(
      'email,first_name\rada@example.com,Ada\rgrace@example.com,Grace\r',
      'old.csv',
    );
    expect(testers.map((t) => [t.email, t.firstName, t.where])).toEqual([
      ['ada@example.com', 'Ada', 'old.csv line 2'],
      ['grace@example.com', 'Grace', 'old.csv line 3'],
    ]);
  });

  test.each([
    [
      'a quote never closed',
      'email,first_name\nada@example.com,Ada\ngrace@example.com,"Grace\n',
      /old\.csv line 3: a quoted field is never closed/,
    ],
    [
      'a quote inside an unquoted field',
      'email,first_name\nada@example.com,Ada\ngrace@example.com,Gr"ace\n',
      /old\.csv line 3: a quote inside a field/,
    ],
    [
      'text after a closing quote',
      'email,first_name\n"ada@example.com"x,Ada\n',
      /old\.csv line 2: text after the closing quote/,
    ],
  ])('%s is an error naming the file and line', (_name, text, message) => {
    expect(() => parseTestersCsv(text, 'old.csv')).toThrow(message);
    expect(() => parseTestersCsv(text, 'old.csv')).toThrow(/^Input 'testers-file': /);
  });
});

describe('parseTestersCsv', () => {
  test('matches headers case-insensitively in their usual spellings and ignores other columns', () => {
    for (const header of [
      'email,first_name,last_name',
      'Email,First Name,Last Name',
      'EMAIL,firstName,lastName',
      'e-mail,First-Name,Surname',
    ]) {
      const [row] = parseTestersCsv(`${header}\nada@example.com,Ada,Lovelace\n`, 'list.csv');
      expect(row).toEqual({
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: 'Lovelace',
        where: 'list.csv line 2',
      });
    }
    expect(
      parseTestersCsv('\uFEFFgroups,Email Address,state\nBeta,x@example.com,INVITED\n\n,,\n', 'f.csv'),
    ).toEqual([{ email: 'x@example.com', where: 'f.csv line 2' }]);
  });

  test('semicolon-separated files from spreadsheets', () => {
    expect(parseTestersCsv('email;first_name\na@example.com;A\n', 'f.csv')).toEqual([
      { email: 'a@example.com', firstName: 'A', where: 'f.csv line 2' },
    ]);
  });

  test('a header-only file is an empty list', () => {
    expect(parseTestersCsv('email,first_name,last_name\r\n', 'f.csv')).toEqual([]);
    expect(parseTestersCsv('', 'f.csv')).toEqual([]);
  });

  test('no email column, a missing or invalid email: errors naming the input, file and line', () => {
    expect(errorOf(() => parseTestersCsv('name,phone\nAda,1\n', 'f.csv')).message).toMatch(
      /^Input 'testers-file': f.csv has no email column: its header row is 'name,phone'/,
    );
    expect(errorOf(() => parseTestersCsv('email,first_name\n,Ada\n', 'f.csv')).message).toMatch(
      /f.csv line 2: has no email address/,
    );
    expect(errorOf(() => parseTestersCsv('email\n"multi\nline"\nbad@\n', 'f.csv')).message).toMatch(
      /f.csv line 2: 'multi\\nline' is not a valid email address/,
    );
  });
});

describe('mergeTesters', () => {
  test('collapses emails case-insensitively; the first wins and later ones fill in names', () => {
    const merged = mergeTesters(
      [
        { email: 'Ada@Example.com', where: 'testers line 1' },
        { email: 'b@example.com', firstName: 'B', where: 'testers line 2' },
      ],
      [{ email: 'ada@example.com', firstName: 'Ada', lastName: 'L', where: 'f.csv line 2' }],
    );
    expect(merged.duplicates).toBe(1);
    expect(merged.testers).toEqual([
      { email: 'Ada@Example.com', firstName: 'Ada', lastName: 'L', where: 'testers line 1' },
      { email: 'b@example.com', firstName: 'B', where: 'testers line 2' },
    ]);
  });
});

describe('readTesterInputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'testers-list-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

  test('combines testers and testers-file', () => {
    const file = path.join(dir, 't.csv');
    writeFileSync(file, 'email\nb@example.com\na@example.com\n');
    const out = readTesterInputs(reader({ testers: 'a@example.com', 'testers-file': file }), 'add-testers');
    expect(out.testers.map((t) => t.email)).toEqual(['a@example.com', 'b@example.com']);
    expect(out.duplicates).toBe(1);
  });

  test('neither given, or a missing file: errors before any request', () => {
    expect(errorOf(() => readTesterInputs(reader({}), 'add-testers')).message).toMatch(
      /Input 'testers' or 'testers-file' is required for add-testers/,
    );
    const missing = errorOf(() =>
      readTesterInputs(reader({ 'testers-file': path.join(dir, 'nope.csv') }), 'x'),
    );
    expect(missing.input).toBe('testers-file');
    expect(missing.message).toMatch(/cannot read '.*nope.csv' \(no such file/);
  });
});
