/** Text from outside (App Store Connect, files, git) made safe to show. */

/** Invisible, and not whitespace to the runner, so a line no longer matches a command form. */
const BREAK = '\u200B';

/**
 * Makes text unable to act as a runner workflow command: no line starts with `::` (after any
 * leading whitespace, which the runner trims), and no `##[` (the legacy form, matched anywhere in
 * a line) survives. Lone CRs become line breaks, so no part of the text hides after one.
 */
export function neutralize(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/##\[/g, `#${BREAK}#[`).replace(/^(\s*):(?=:)/, `$1:${BREAK}`))
    .join('\n');
}

const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer)(\s+|%20|\+)(?!\[redacted)[A-Za-z0-9._~+/=-]{8,}/gi;

/** Replaces anything shaped like a JWT or a bearer credential (an echoed Authorization header). */
export function redactSecrets(text: string): string {
  return text.replace(JWT, '[redacted token]').replace(BEARER, '$1 [redacted]');
}

/** Neutralised and redacted: what any text from outside must become before the log shows it. */
export function safeLogText(text: string): string {
  return neutralize(redactSecrets(text));
}
