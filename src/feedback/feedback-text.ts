/**
 * Text from testers is untrusted. These helpers keep it from forming a workflow command in the
 * log, or a link, mention or issue reference in Markdown (CSV cells are guarded by writeListFile).
 */

/** Control characters other than tab and line breaks, and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Drops control characters and normalises line ends to \n. */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** The first non-empty line, whitespace collapsed, cut to `max` characters with an ellipsis. */
export function firstLine(text: string | undefined, max: number): string {
  const line =
    clean(text ?? '')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .find((l) => l !== '') ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/**
 * One line that is safe in the runner's log: no line break, nothing the runner reads as a
 * command (`::name::` at a line's start, the legacy `##[name]` anywhere).
 */
export function forLog(text: string): string {
  return clean(text).replace(/\s+/g, ' ').replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}

/**
 * Inline code for a summary or issue: shows the text as typed and makes no link, mention or
 * reference of it. Backticks become a look-alike so the span cannot be closed early.
 */
export function codeSpan(text: string): string {
  const inner = clean(text).replace(/\s+/g, ' ').replace(/`/g, 'ˋ').trim();
  return inner === '' ? '' : `\`${inner}\``;
}
