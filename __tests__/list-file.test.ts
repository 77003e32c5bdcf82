import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvCell, writeListFile } from '../src/output/list-file.js';
import { parseCsv } from '../src/testflight/testers-list.js';

const dir = mkdtempSync(path.join(tmpdir(), 'list-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeListFile', () => {
  test('CSV: header row, RFC 4180 quoting, empty cells for null, folders created, no temp file left', async () => {
    const file = path.join(dir, 'nested', 'deeper', 'list.csv');
    await writeListFile(
      file,
      'csv',
      ['email', 'name', 'count', 'ok'],
      [
        { email: 'a@example.com', name: 'Smith, "Jr."', count: 3, ok: true },
        { email: 'b@example.com', name: null, count: undefined, ok: false },
        { email: 'c@example.com', name: 'two\nlines' },
      ],
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(
      'email,name,count,ok\r\na@example.com,"Smith, ""Jr.""",3,true\r\nb@example.com,,,false\r\nc@example.com,"two\nlines",,\r\n',
    );
    expect(parseCsv(text).map((r) => r.fields)).toEqual([
      ['email', 'name', 'count', 'ok'],
      ['a@example.com', 'Smith, "Jr."', '3', 'true'],
      ['b@example.com', '', '', 'false'],
      ['c@example.com', 'two\nlines', '', ''],
    ]);
    expect(readdirSync(path.dirname(file))).toEqual(['list.csv']);
  });

  test('JSON: an array of objects with exactly the columns, null for missing values; replaces an old file', async () => {
    const file = path.join(dir, 'list.json');
    await writeListFile(file, 'json', ['a'], [{ a: 'old' }]);
    await writeListFile(
      file,
      'json',
      ['a', 'b'],
      [
        { a: 1, b: undefined, c: 'dropped' },
        { a: 'x', b: false },
      ],
    );
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([
      { a: 1, b: null },
      { a: 'x', b: false },
    ]);
  });

  test('csvCell puts a quote before what a spreadsheet reads as a formula (OWASP), not before numbers', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=A1,B1')).toBe('"\'=A1,B1"');
    expect(csvCell('-1.5')).toBe('-1.5');
    expect(csvCell('+44')).toBe('+44');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a=b')).toBe('a=b');
  });

  test('csvCell quotes only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
  });
});
