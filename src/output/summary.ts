/**
 * A link the action builds itself (an App Store Connect page from validated ids, see
 * `asc-links.ts`); text from outside never becomes one.
 */
export interface SummaryLink {
  text: string;
  href: string;
}
export type Cell = string | number | boolean | null | undefined | SummaryLink;

/** A piece of the job summary, rendered to GitHub-flavoured Markdown by `renderSummary`. */
export type SummaryBlock =
  | { kind: 'heading'; text: string; level?: 2 | 3 }
  | { kind: 'text'; text: string }
  | {
      kind: 'table';
      head: string[];
      rows: Cell[][];
      note?: string;
    }
  | { kind: 'mermaid'; source: string };

export const heading = (text: string, level: 2 | 3 = 3): SummaryBlock => ({ kind: 'heading', text, level });
export const text = (value: string): SummaryBlock => ({ kind: 'text', text: value });
export const table = (head: string[], rows: Cell[][], note?: string): SummaryBlock => ({
  kind: 'table',
  head,
  rows,
  note,
});
/** A two-column table of names and values; the first fact is its header row (none empty). */
export const facts = (rows: Array<[string, Cell]>): SummaryBlock => table([], rows);

/** Keeps long tables readable: the first `max` rows and a note with the total. */
export function capped<T>(rows: T[], max = 100): { rows: T[]; note?: string } {
  return rows.length <= max
    ? { rows }
    : {
        rows: rows.slice(0, max),
        note: `Showing ${max} of ${rows.length} rows; the result output has all of them.`,
      };
}

export function renderSummary(title: string, blocks: SummaryBlock[]): string {
  const out: string[] = [`## ${title.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`, ''];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level ?? 3)} ${escapeInline(block.text)}`, '');
        break;
      case 'text':
        out.push(block.text, '');
        break;
      case 'table': {
        // A table needs a header row: a fact table's is its first fact, not an empty row.
        const head: Cell[] | undefined = block.head.length > 0 ? block.head : block.rows[0];
        if (!head) break;
        const rows = block.head.length > 0 ? block.rows : block.rows.slice(1);
        out.push(`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
        for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
        out.push('');
        if (block.note) out.push(`_${block.note}_`, '');
        break;
      }
      case 'mermaid':
        out.push('```mermaid', block.source, '```', '');
        break;
    }
  }
  return out.join('\n');
}

function cell(value: Cell): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'object') return link(value);
  const shown = typeof value === 'string' ? readableTime(value) : String(value);
  return escapeInline(shown)
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A link to App Store Connect only (anything else is shown as its text). */
function link(value: SummaryLink): string {
  const text = cell(value.text);
  return /^https:\/\/appstoreconnect\.apple\.com\/[\w/-]*$/.test(value.href)
    ? `[${text}](${value.href})`
    : text;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** An ISO 8601 time (as App Store Connect sends them) as `2025-03-09 14:05 UTC`; other text as is. */
export function readableTime(value: string): string {
  if (!ISO_TIME.test(value)) return value;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return value;
  return `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Text from outside shown as text: no HTML, no link or image (`[` and `]` escaped, so `(` and
 * `!` cannot start one), no emphasis (`*`, `~`, and `_` outside a word, escaped where they could
 * open it: before a non-space), no bare-URL autolink (a zero-width space after `:` in `://` and
 * after `www`). Backticks stay, so a cell can hold inline code; a code span cannot add a link.
 */
export function escapeInline(value: string): string {
  return value
    .replace(/[\\[\]]/g, '\\$&')
    .replace(/(?<![A-Za-z0-9])_(?=\S)/g, '\\_')
    .replace(/[*~](?=\S)/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/:\/\//g, ':\u200B//')
    .replace(/\b(www)\./gi, '$1\u200B.');
}
