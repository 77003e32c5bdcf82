/** A piece of the job summary, rendered to GitHub-flavoured Markdown by `renderSummary`. */
export type SummaryBlock =
  | { kind: 'heading'; text: string; level?: 2 | 3 }
  | { kind: 'text'; text: string }
  | {
      kind: 'table';
      head: string[];
      rows: Array<Array<string | number | boolean | null | undefined>>;
      note?: string;
    }
  | { kind: 'mermaid'; source: string };

export const heading = (text: string, level: 2 | 3 = 3): SummaryBlock => ({ kind: 'heading', text, level });
export const text = (value: string): SummaryBlock => ({ kind: 'text', text: value });
export const table = (
  head: string[],
  rows: Array<Array<string | number | boolean | null | undefined>>,
  note?: string,
): SummaryBlock => ({ kind: 'table', head, rows, note });
/** A two-column table of names and values. */
export const facts = (rows: Array<[string, string | number | boolean | null | undefined]>): SummaryBlock =>
  table(['', ''], rows);

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
        const head = block.head.every((h) => h === '') ? block.head.map(() => ' ') : block.head;
        out.push(`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
        for (const row of block.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
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

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  return escapeInline(String(value))
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
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
