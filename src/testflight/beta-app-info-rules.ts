/**
 * What App Store Connect accepts in Beta App Information: the locales and the field limits.
 *
 * Locales: Apple's page on beta app localizations says they "can be localized for the languages
 * listed in App Store localizations" (developer.apple.com/documentation/appstoreconnectapi/
 * beta-app-localizations), and its BetaBuildLocalization attributes page lists the same codes.
 * The list below is that list; the OpenAPI description (4.4.1) types `locale` as a plain string.
 *
 * Limits: the OpenAPI description declares no `maxLength` on these attributes. The description's
 * 4,000 characters is App Store Connect's limit for the Beta App Description; 4,000 for review
 * notes is App Store Connect's limit as other clients report it (not confirmed by Apple's API
 * documentation). The other bounds are this action's own guards against a pasted blob (marked
 * `ours`), loose enough for any real value.
 */

/** The locales App Store Connect accepts, spelled as Apple spells them. */
export const BETA_LOCALES = [
  'ar-SA',
  'ca',
  'cs',
  'da',
  'de-DE',
  'el',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-US',
  'es-ES',
  'es-MX',
  'fi',
  'fr-CA',
  'fr-FR',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'nl-NL',
  'no',
  'pl',
  'pt-BR',
  'pt-PT',
  'ro',
  'ru',
  'sk',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-Hans',
  'zh-Hant',
] as const;

/** Apple's spelling of a locale given in any case (and with '_' for '-'), or undefined. */
export function canonicalLocale(value: string): string | undefined {
  const norm = value.trim().replace(/_/g, '-').toLowerCase();
  return BETA_LOCALES.find((l) => l.toLowerCase() === norm);
}

export interface Limit {
  max: number;
  source: 'Apple' | 'reported' | 'ours';
}

/** Longest values, in characters (UTF-16 code units, as App Store Connect counts them). */
export const LIMITS = {
  description: { max: 4000, source: 'Apple' },
  notes: { max: 4000, source: 'reported' },
  tvOsPrivacyPolicy: { max: 4000, source: 'ours' },
  url: { max: 2000, source: 'ours' },
  email: { max: 254, source: 'ours' },
  name: { max: 100, source: 'ours' },
  phone: { max: 40, source: 'ours' },
  demoAccountName: { max: 255, source: 'ours' },
  agreementText: { max: 100_000, source: 'ours' },
} as const satisfies Record<string, Limit>;

/** Largest file read for the info file or the license agreement file. */
export const MAX_FILE_BYTES = 1_000_000;

const PHONE = /^\+?[0-9][0-9 ().-]*[0-9)]$/;

export function isPhone(value: string): boolean {
  return PHONE.test(value) && value.replace(/\D/g, '').length >= 5;
}

export function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
