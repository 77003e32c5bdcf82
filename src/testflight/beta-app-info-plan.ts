/**
 * The difference between the Beta App Information file and what App Store Connect has: a pure
 * plan of writes, each with the fields it changes (old and new; the password only as changed).
 */
import type {
  BetaAppLocalization,
  BetaAppReviewDetail,
  BetaLicenseAgreement,
  LocalizationAttribute,
  ReviewAttributes,
} from '../api/beta-app-info.js';
import { quote } from '../input-reader.js';
import type { BetaAppInfoSpec } from './beta-app-info-file.js';

/** What App Store Connect has now. */
export interface BetaAppInfoState {
  localizations: BetaAppLocalization[];
  review: BetaAppReviewDetail;
  license: BetaLicenseAgreement;
}

export type FieldValue = string | boolean | null;

/** One field's change; `secret` values are never shown (old and new are '(hidden)'). */
export interface FieldChange {
  /** As the file names it: `localizations.en-US.description`, `review.contact-email`. */
  field: string;
  old: FieldValue;
  new: FieldValue;
  secret?: boolean;
}

export type BetaInfoWrite =
  | {
      kind: 'create-localization';
      locale: string;
      attributes: Partial<Record<LocalizationAttribute, string>>;
      fields: FieldChange[];
    }
  | {
      kind: 'update-localization';
      locale: string;
      id: string;
      attributes: Partial<Record<LocalizationAttribute, string>>;
      fields: FieldChange[];
    }
  | { kind: 'delete-localization'; locale: string; id: string; fields: FieldChange[] }
  | { kind: 'update-review'; id: string; attributes: ReviewAttributes; fields: FieldChange[] }
  | { kind: 'update-license'; id: string; text: string; fields: FieldChange[] };

/** The file's key for an Apple attribute name. */
export const FILE_KEY: Record<string, string> = {
  description: 'description',
  feedbackEmail: 'feedback-email',
  marketingUrl: 'marketing-url',
  privacyPolicyUrl: 'privacy-policy-url',
  tvOsPrivacyPolicy: 'tvos-privacy-policy',
  contactFirstName: 'contact-first-name',
  contactLastName: 'contact-last-name',
  contactPhone: 'contact-phone',
  contactEmail: 'contact-email',
  demoAccountRequired: 'demo-account-required',
  demoAccountName: 'demo-account-name',
  demoAccountPassword: 'demo-account-password',
  notes: 'notes',
};

/** Plans the writes that make App Store Connect match the file. Pure. */
export function planBetaAppInfo(
  spec: BetaAppInfoSpec,
  state: BetaAppInfoState,
  options: { password?: string; removeUnlistedLocales?: boolean } = {},
): BetaInfoWrite[] {
  const writes: BetaInfoWrite[] = [];
  const byLocale = new Map(state.localizations.map((l) => [l.locale, l]));
  for (const [locale, { fields }] of spec.localizations) {
    const current = byLocale.get(locale);
    const changes: FieldChange[] = [];
    const attributes: Partial<Record<LocalizationAttribute, string>> = {};
    for (const [attr, value] of Object.entries(fields) as Array<[LocalizationAttribute, string]>) {
      const old = current?.attributes[attr] ?? null;
      if (old === value) continue;
      attributes[attr] = value;
      changes.push({ field: `localizations.${locale}.${FILE_KEY[attr]}`, old, new: value });
    }
    if (!current) writes.push({ kind: 'create-localization', locale, attributes, fields: changes });
    else if (changes.length)
      writes.push({ kind: 'update-localization', locale, id: current.id, attributes, fields: changes });
  }
  if (options.removeUnlistedLocales) {
    for (const l of state.localizations) {
      if (spec.localizations.has(l.locale)) continue;
      writes.push({
        kind: 'delete-localization',
        locale: l.locale,
        id: l.id,
        fields: [{ field: `localizations.${l.locale}`, old: 'present', new: null }],
      });
    }
  }
  if (spec.review || options.password !== undefined) {
    const wanted: ReviewAttributes = { ...spec.review };
    if (options.password !== undefined) wanted.demoAccountPassword = options.password;
    const attributes: ReviewAttributes = {};
    const changes: FieldChange[] = [];
    for (const [attr, value] of Object.entries(wanted) as Array<[keyof ReviewAttributes, FieldValue]>) {
      const old = state.review.attributes[attr] ?? null;
      if (old === value) continue;
      attributes[attr] = value;
      const secret = attr === 'demoAccountPassword';
      changes.push({
        field: `review.${FILE_KEY[attr]}`,
        old: secret ? (old ? '(hidden)' : null) : old,
        new: secret ? '(hidden)' : value,
        ...(secret ? { secret: true } : {}),
      });
    }
    if (changes.length)
      writes.push({ kind: 'update-review', id: state.review.id, attributes, fields: changes });
  }
  if (
    spec.license &&
    spec.license.text !== (state.license.agreementText ?? '').replace(/\r\n/g, '\n').trim()
  ) {
    writes.push({
      kind: 'update-license',
      id: state.license.id,
      text: spec.license.text,
      fields: [{ field: 'license-agreement', old: state.license.agreementText, new: spec.license.text }],
    });
  }
  return writes;
}

/** A value for a log line or the summary: quoted, one line, unable to form a workflow command or a link. */
export function shown(value: FieldValue): string {
  if (value === null) return '(none)';
  if (typeof value === 'boolean') return String(value);
  return quote(value).replace(/##\[/g, '#\u2060#[').replace(/::/g, ':\u2060:').replace(/\]\(/g, ']\u2060(');
}

/** One line per field: `field: old → new` (the password: changed). */
export function diffLines(writes: readonly BetaInfoWrite[]): string[] {
  const lines: string[] = [];
  for (const w of writes) {
    if (w.kind === 'delete-localization') {
      lines.push(`localizations.${w.locale}: delete (not in the file; remove-unlisted-locales is true)`);
      continue;
    }
    if (w.kind === 'create-localization' && w.fields.length === 0)
      lines.push(`localizations.${w.locale}: create (no fields)`);
    for (const f of w.fields) {
      lines.push(
        f.secret
          ? `${f.field}: changed (not shown)`
          : `${f.field}: ${shown(f.old)} → ${shown(f.new)}${w.kind === 'create-localization' ? ' (new locale)' : ''}`,
      );
    }
  }
  return lines;
}
