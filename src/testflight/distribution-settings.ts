/**
 * The distribute-build inputs that need more than a reader call: What to Test (text, or 'auto'
 * from the GitHub context) and its locale.
 */
import { Input } from '../constants.js';
import { InputError, quote, type InputReader } from '../input-reader.js';
import type { Logger } from '../logger.js';

/** Apple's limit for What to Test. */
export const WHATS_NEW_MAX = 4000;
const LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export type WhatToTest = { kind: 'text'; text: string } | { kind: 'auto' };

/** Reads `what-to-test`: a text of at most 4,000 characters, or 'auto'. */
export function parseWhatToTest(inputs: InputReader): WhatToTest | undefined {
  const raw = inputs.string(Input.WhatToTest);
  if (raw === undefined) return undefined;
  if (raw.toLowerCase() === 'auto') return { kind: 'auto' };
  if (raw.length > WHATS_NEW_MAX) {
    throw new InputError(
      Input.WhatToTest,
      `Input '${Input.WhatToTest}' is ${raw.length} characters long; App Store Connect takes at most ${WHATS_NEW_MAX}.`,
    );
  }
  return { kind: 'text', text: raw };
}

/** Reads `what-to-test-locale` (default en-US). */
export function parseLocale(inputs: InputReader): string {
  const locale = inputs.string(Input.WhatToTestLocale) ?? 'en-US';
  if (!LOCALE.test(locale)) {
    throw new InputError(
      Input.WhatToTestLocale,
      `Input '${Input.WhatToTestLocale}' has an invalid value ${quote(locale)}: expected a locale such as en-US or de-DE.`,
    );
  }
  return locale;
}

/**
 * The What to Test text itself: as given, or for 'auto' the commit message or pull request title
 * of this run (cut to Apple's limit). Settled before any request.
 */
export async function whatToTestText(
  whatToTest: WhatToTest | undefined,
  log: Logger,
): Promise<{ text?: string; source?: string }> {
  if (whatToTest?.kind === 'text') return { text: whatToTest.text };
  if (whatToTest?.kind !== 'auto') return {};
  const { whatToTestFromContext } = await import('./github-context.js');
  const found = await whatToTestFromContext();
  if (!found) {
    throw new InputError(
      Input.WhatToTest,
      `Input '${Input.WhatToTest}' is 'auto', but this run's GitHub context has no commit message or pull request title (event ${quote(process.env.GITHUB_EVENT_NAME ?? 'unknown')}); give the text instead.`,
    );
  }
  const text = found.text.length > WHATS_NEW_MAX ? `${found.text.slice(0, WHATS_NEW_MAX - 1)}…` : found.text;
  log.info(`What to Test from the ${found.source}: ${quote(text)}.`);
  return { text, source: found.source };
}
