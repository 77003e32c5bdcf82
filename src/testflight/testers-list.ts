/**
 * The tester list an operation works on: the `testers` input (one tester per line) and the
 * `testers-file` CSV, combined. Emails are trimmed, checked, and compared case-insensitively;
 * duplicates collapse into one entry. Every problem is an InputError naming the input and line.
 */
import { readFileSync } from 'node:fs';
// The sync parser: testers files are small (and this module loads only with the testers operations).
import { parse } from 'csv-parse/sync';
import { Input } from '../constants.js';
import { isEmail } from '../email.js';
import { InputError, quote, unreadableFile, type InputReader } from '../input-reader.js';

/** One tester as the user listed them. */
export interface TesterEntry {
  /** As given, trimmed. */
  email: string;
  firstName?: string;
  lastName?: string;
  /** Where it came from, for messages: "testers line 3" or "testers.csv line 4". */
  where: string;
}

/** The key testers are compared by. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Parses the `testers` input: one tester per line, as `email`, `email,First,Last` or
 * `First Last <email>`. Blank lines and lines starting with `#` are skipped.
 */
export function parseTesterLines(text: string, input: string = Input.Testers): TesterEntry[] {
  const out: TesterEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${input} line ${index + 1}`;
    const bad = (why: string): InputError =>
      new InputError(
        input,
        `Input '${input}' line ${index + 1}: ${quote(line)} ${why} (expected one tester per line: email, email,First,Last, or First Last <email>).`,
      );
    const angle = /^(.*?)\s*<([^<>]*)>$/.exec(line);
    if (angle) {
      const email = (angle[2] ?? '').trim();
      if (!isEmail(email)) throw bad(`has an invalid email address ${quote(email)}`);
      const words = (angle[1] ?? '')
        .replace(/^"(.*)"$/, '$1')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      out.push(named(email, words[0], words.slice(1).join(' '), where));
      return;
    }
    const fields = line.split(',').map((f) => f.trim());
    if (fields.length > 3) throw bad('has more than three comma-separated fields');
    const email = fields[0] ?? '';
    if (!isEmail(email)) {
      throw bad(
        email.includes(' ') && !email.includes('<')
          ? 'is not an email address (write a name as First Last <email>)'
          : 'is not a valid email address',
      );
    }
    out.push(named(email, fields[1], fields[2], where));
  });
  return out;
}

/** Column names accepted in a testers CSV header, compared without case, spaces, '_' or '-'. */
const COLUMNS: Record<string, 'email' | 'firstName' | 'lastName'> = {
  email: 'email',
  emailaddress: 'email',
  firstname: 'firstName',
  givenname: 'firstName',
  lastname: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
};

/**
 * Parses a testers CSV: a header row naming `email` and optionally `first_name` and
 * `last_name` (also `First Name`, `firstName`, ...; other columns are ignored), RFC 4180
 * quoting, CRLF, LF or CR line ends, an optional byte order mark. A header without commas but with
 * semicolons switches to `;` (spreadsheets in some locales save that way).
 */
export function parseTestersCsv(
  text: string,
  file: string,
  input: string = Input.TestersFile,
): TesterEntry[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const fail = (message: string): InputError => new InputError(input, `Input '${input}': ${file} ${message}`);
  let records: CsvRecord[];
  try {
    records = parseCsv(body, separator);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw fail(`line ${error.line}: ${error.message}.`);
    throw error;
  }
  const header = records.find((r) => r.fields.some((f) => f.trim() !== ''));
  if (!header) return [];
  const columns = header.fields.map((name) => COLUMNS[name.toLowerCase().replace(/[\s_-]/g, '')]);
  const col = (name: 'email' | 'firstName' | 'lastName'): number => columns.indexOf(name);
  if (col('email') < 0) {
    throw fail(
      `has no email column: its header row is ${quote(header.fields.join(separator))} (expected a header row such as email,first_name,last_name).`,
    );
  }
  const out: TesterEntry[] = [];
  for (const record of records.slice(records.indexOf(header) + 1)) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    const cell = (name: 'email' | 'firstName' | 'lastName'): string | undefined => {
      const index = col(name);
      return index < 0 ? undefined : record.fields[index]?.trim();
    };
    const email = cell('email') ?? '';
    if (!isEmail(email)) {
      throw fail(
        `line ${record.line}: ${email === '' ? 'has no email address' : `${quote(email)} is not a valid email address`}.`,
      );
    }
    out.push(named(email, cell('firstName'), cell('lastName'), `${file} line ${record.line}`));
  }
  return out;
}

/** A CSV record and the line it starts on (1-based). */
interface CsvRecord {
  fields: string[];
  line: number;
}

/** A CSV that cannot be read: the line the broken record starts on, and what is wrong. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a missing ")',
  INVALID_OPENING_QUOTE:
    'a quote inside a field that is not quoted (quote the whole field and double the quote: "say ""hi""")',
  CSV_INVALID_CLOSING_QUOTE:
    'text after the closing quote of a field (double a quote inside quotes: "say ""hi""")',
};

/**
 * RFC 4180 through csv-parse: fields in double quotes may hold separators, line breaks and
 * doubled quotes; lines may end in CRLF, LF or a lone CR (old spreadsheet exports); spaces
 * around fields are dropped. A malformed quote throws CsvSyntaxError with its line.
 */
export function parseCsv(text: string, separator = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  // A record starts on the line after the previous one ended (context.lines is its last line).
  let lastLine = 0;
  try {
    parse(text, {
      delimiter: separator,
      relax_column_count: true,
      trim: true,
      on_record: (fields: string[], context: { lines: number }) => {
        records.push({ fields, line: lastLine + 1 });
        lastLine = context.lines;
        return null;
      },
    });
    return records;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw new CsvSyntaxError(lastLine + 1, CSV_PROBLEMS[code] ?? (error as Error).message);
  }
}

/** Combines lists: the first mention of an email wins, later ones fill in missing names. */
export function mergeTesters(...lists: TesterEntry[][]): { testers: TesterEntry[]; duplicates: number } {
  const byKey = new Map<string, TesterEntry>();
  let duplicates = 0;
  for (const entry of lists.flat()) {
    const key = emailKey(entry.email);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...entry });
      continue;
    }
    duplicates += 1;
    seen.firstName ??= entry.firstName;
    seen.lastName ??= entry.lastName;
  }
  return { testers: [...byKey.values()], duplicates };
}

/** The error for a tester list that names no one; `consequence` ends the message (default: "for <operation>."). */
export function noTesters(consequence: string): InputError {
  return new InputError(
    Input.Testers,
    `Inputs '${Input.Testers}' and '${Input.TestersFile}' list no tester${consequence}`,
  );
}

/** Reads the tester list `operation` needs and fails when it names no one. */
export function requireTesters(
  inputs: InputReader,
  operation: string,
): { testers: TesterEntry[]; duplicates: number } {
  const { testers, duplicates } = readTesterInputs(inputs, operation);
  if (testers.length === 0) throw noTesters(` for ${operation}.`);
  return { testers, duplicates };
}

/**
 * Reads `testers` and `testers-file` (either or both). With `required`, at least one of them
 * must be set. The file is read here, so a missing file fails before any request.
 */
export function readTesterInputs(
  inputs: InputReader,
  operation: string,
  required = true,
): { testers: TesterEntry[]; duplicates: number; given: boolean } {
  const text = inputs.string(Input.Testers);
  const file = inputs.string(Input.TestersFile);
  if (required && text === undefined && file === undefined) {
    throw new InputError(
      Input.Testers,
      `Input '${Input.Testers}' or '${Input.TestersFile}' is required for ${operation}: one tester per line (email, email,First,Last, or First Last <email>), or a CSV file with an email column.`,
    );
  }
  const fromText = text === undefined ? [] : parseTesterLines(text);
  let fromFile: TesterEntry[] = [];
  if (file !== undefined) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      throw unreadableFile(Input.TestersFile, file, error);
    }
    fromFile = parseTestersCsv(content, file);
  }
  return { ...mergeTesters(fromText, fromFile), given: text !== undefined || file !== undefined };
}

function named(
  email: string,
  first: string | undefined,
  last: string | undefined,
  where: string,
): TesterEntry {
  const entry: TesterEntry = { email, where };
  if (first) entry.firstName = first;
  if (last) entry.lastName = last;
  return entry;
}
