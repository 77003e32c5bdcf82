import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Logger } from '../logger.js';
import { trackTempFile, untrackTempFile } from '../temp-files.js';

export type ListCell = string | number | boolean | null | undefined;

/**
 * Writes a list for a later step: CSV (header row, RFC 4180 quoting, CRLF line ends) or JSON
 * (an array of objects with the given columns). The folder is created; the file is written to a
 * temporary name beside it and renamed, so a reader never sees half a file.
 */
export async function writeListFile(
  path: string,
  format: 'csv' | 'json',
  columns: string[],
  rows: Array<Record<string, ListCell>>,
): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  const content =
    format === 'json'
      ? `${JSON.stringify(
          rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))),
          null,
          2,
        )}\n`
      : [columns.map(csvCell), ...rows.map((row) => columns.map((c) => csvCell(row[c])))]
          .map((cells) => cells.join(','))
          .join('\r\n') + '\r\n';
  await writeWhole(target, content);
}

/**
 * Writes a list operation's `output-file` when it is set (`rows` is only built then) and logs it:
 * "Wrote 3 groups to groups.csv (csv)."
 */
export async function writeListOutput(
  log: Logger,
  file: { outputFile?: string; format: 'csv' | 'json' },
  columns: string[],
  noun: string,
  rows: () => Array<Record<string, ListCell>>,
): Promise<void> {
  if (!file.outputFile) return;
  const list = rows();
  await writeListFile(file.outputFile, file.format, columns, list);
  log.info(`Wrote ${list.length} ${noun} to ${file.outputFile} (${file.format}).`);
}

/**
 * Writes `content` to a temporary name beside `path` and renames it into place, so a reader never
 * sees half a file; the temporary file is removed on failure (or by the cancel handler).
 */
export async function writeWhole(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  trackTempFile(temp);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrackTempFile(temp);
  }
}

/**
 * One CSV field: quoted when it holds a comma, a quote, or a line break; quotes doubled. Text that
 * a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a CR, as
 * OWASP's CSV-injection advice lists) gets a leading `'`; a plain number such as `-1.5` stays.
 */
export function csvCell(value: ListCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
