/**
 * The Beta App Information file (YAML; JSON is YAML too), read and checked before any request.
 * Every problem is an InputError naming the file, the line and the field: unknown keys (a typo
 * must not be silently ignored), locales Apple does not accept, malformed emails and URLs,
 * over-long texts, a demo account required without a name or password.
 *
 * A field left out of the file is left as it is in App Store Connect (Apple does not let data
 * be removed from these fields once set).
 */
import { dirname, resolve } from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LocalizationAttribute, ReviewAttributes } from '../api/beta-app-info.js';
import { Input } from '../constants.js';
import { InputError, quote, readInputFile } from '../input-reader.js';
import {
  LIMITS,
  MAX_FILE_BYTES,
  canonicalLocale,
  isPhone,
  isWebUrl,
  type Limit,
} from './beta-app-info-rules.js';
import { isEmail } from '../email.js';

/** What the file asks for. */
export interface BetaAppInfoSpec {
  file: string;
  /** By locale as Apple spells it; only the fields the file sets. */
  localizations: Map<string, { where: string; fields: Partial<Record<LocalizationAttribute, string>> }>;
  /** The review fields the file sets (never the password, which comes from its input). */
  review?: ReviewAttributes;
  license?: { text: string; where: string };
}

type Kind = 'text' | 'email' | 'url' | 'phone' | 'bool';

const LOCALIZATION_KEYS: Record<string, { attr: LocalizationAttribute; kind: Kind; limit: Limit }> = {
  description: { attr: 'description', kind: 'text', limit: LIMITS.description },
  'feedback-email': { attr: 'feedbackEmail', kind: 'email', limit: LIMITS.email },
  'marketing-url': { attr: 'marketingUrl', kind: 'url', limit: LIMITS.url },
  'privacy-policy-url': { attr: 'privacyPolicyUrl', kind: 'url', limit: LIMITS.url },
  'tvos-privacy-policy': { attr: 'tvOsPrivacyPolicy', kind: 'text', limit: LIMITS.tvOsPrivacyPolicy },
};

const REVIEW_KEYS: Record<string, { attr: keyof ReviewAttributes; kind: Kind; limit: Limit }> = {
  'contact-first-name': { attr: 'contactFirstName', kind: 'text', limit: LIMITS.name },
  'contact-last-name': { attr: 'contactLastName', kind: 'text', limit: LIMITS.name },
  'contact-phone': { attr: 'contactPhone', kind: 'phone', limit: LIMITS.phone },
  'contact-email': { attr: 'contactEmail', kind: 'email', limit: LIMITS.email },
  'demo-account-required': { attr: 'demoAccountRequired', kind: 'bool', limit: LIMITS.name },
  'demo-account-name': { attr: 'demoAccountName', kind: 'text', limit: LIMITS.demoAccountName },
  notes: { attr: 'notes', kind: 'text', limit: LIMITS.notes },
};

const TOP_KEYS = ['localizations', 'review', 'license-agreement', 'license-agreement-file'];

/** Reads the file named by the input (relative to the working directory) and checks it. */
export function readBetaAppInfoFile(path: string, options: { password?: string } = {}): BetaAppInfoSpec {
  return parseBetaAppInfo(readBounded(path, Input.BetaAppInfoFile, 'the working directory'), path, {
    ...options,
    readLicense: (relative) =>
      readBounded(resolve(dirname(path), relative), Input.BetaAppInfoFile, 'the file'),
  });
}

function readBounded(path: string, input: string, base: string): string {
  return readInputFile(input, path, MAX_FILE_BYTES, base);
}

/** Parses and checks the file's text. `readLicense` reads `license-agreement-file` (relative to the file). */
export function parseBetaAppInfo(
  text: string,
  file: string,
  options: { password?: string; readLicense?: (path: string) => string } = {},
): BetaAppInfoSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => lines.linePos(node?.range?.[0] ?? 0).line;
  const fail = (line: number, field: string, message: string): InputError =>
    new InputError(
      Input.BetaAppInfoFile,
      `Input '${Input.BetaAppInfoFile}': ${file} line ${line}${field ? `, ${field}` : ''}: ${message}`,
    );
  const first = doc.errors[0];
  if (first) {
    const line = lines.linePos(first.pos[0]).line;
    throw fail(line, '', `is not valid YAML or JSON: ${first.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) {
    throw fail(
      lineOf(root as Node | null),
      '',
      'expected a map with localizations, review, license-agreement or license-agreement-file.',
    );
  }
  const spec: BetaAppInfoSpec = { file, localizations: new Map() };
  const seen = pairs(root, '', TOP_KEYS, fail, lineOf);
  if (seen.size === 0)
    throw fail(1, '', 'sets nothing: expected localizations, review or a license agreement.');

  const locs = seen.get('localizations');
  if (locs?.value != null) {
    if (!isMap(locs.value))
      throw fail(lineOf(locs.value as Node), 'localizations', 'expected a map keyed by locale (en-US: ...).');
    for (const pair of locs.value.items as Pair<Node, Node>[]) {
      const key = String(isScalar(pair.key) ? pair.key.value : '');
      const line = lineOf(pair.key);
      const locale = canonicalLocale(key);
      if (!locale) {
        throw fail(
          line,
          `localizations.${key}`,
          `${quote(key)} is not a locale App Store Connect accepts for beta app information (e.g. en-US, de-DE, ja, zh-Hans; the README lists them all).`,
        );
      }
      if (spec.localizations.has(locale))
        throw fail(line, `localizations.${key}`, `repeats the locale ${locale}: list each locale once.`);
      const path = `localizations.${key}`;
      if (!isMap(pair.value))
        throw fail(line, path, 'expected a map of fields (description, feedback-email, ...).');
      const fields: Partial<Record<LocalizationAttribute, string>> = {};
      for (const [name, p] of pairs(pair.value, path, Object.keys(LOCALIZATION_KEYS), fail, lineOf)) {
        const rule = LOCALIZATION_KEYS[name] as (typeof LOCALIZATION_KEYS)[string];
        const value = checkValue(p, `${path}.${name}`, rule.kind, rule.limit, fail, lineOf);
        if (value !== undefined) fields[rule.attr] = value as string;
      }
      spec.localizations.set(locale, { where: `${file} line ${line}`, fields });
    }
  }

  const review = seen.get('review');
  if (review?.value != null) {
    if (!isMap(review.value))
      throw fail(lineOf(review.value as Node), 'review', 'expected a map of review fields.');
    const fields: ReviewAttributes = {};
    for (const [name, p] of pairs(review.value, 'review', Object.keys(REVIEW_KEYS), fail, lineOf)) {
      const rule = REVIEW_KEYS[name] as (typeof REVIEW_KEYS)[string];
      const value = checkValue(p, `review.${name}`, rule.kind, rule.limit, fail, lineOf);
      if (value !== undefined) fields[rule.attr] = value;
    }
    if (fields.demoAccountRequired === true) {
      const line = lineOf(seen.get('review')?.key as Node);
      if (!fields.demoAccountName)
        throw fail(
          line,
          'review.demo-account-name',
          'demo-account-required is true but no demo-account-name is given.',
        );
      if (!options.password) {
        throw new InputError(
          Input.DemoAccountPassword,
          `Input '${Input.DemoAccountPassword}' is required: ${file} line ${line} sets review.demo-account-required to true (the password is never kept in the file; pass it from a secret).`,
        );
      }
    }
    spec.review = fields;
  }

  const inline = seen.get('license-agreement');
  const fromFile = seen.get('license-agreement-file');
  if (inline && fromFile) {
    throw fail(
      lineOf(fromFile.key as Node),
      'license-agreement-file',
      'give license-agreement or license-agreement-file, not both.',
    );
  }
  if (inline?.value != null) {
    const text = checkValue(
      inline,
      'license-agreement',
      'text',
      LIMITS.agreementText,
      fail,
      lineOf,
    ) as string;
    spec.license = { text, where: `${file} line ${lineOf(inline.key as Node)}` };
  }
  if (fromFile?.value != null) {
    const line = lineOf(fromFile.key as Node);
    const path = checkValue(fromFile, 'license-agreement-file', 'text', LIMITS.url, fail, lineOf) as string;
    const content = (
      options.readLicense ?? ((p: string) => readBounded(p, Input.BetaAppInfoFile, 'the file'))
    )(path);
    const text = content.replace(/\r\n/g, '\n').trim();
    if (!text) throw fail(line, 'license-agreement-file', `${quote(path)} is empty.`);
    if (text.length > LIMITS.agreementText.max)
      throw fail(
        line,
        'license-agreement-file',
        `${quote(path)} has ${text.length} characters; the limit is ${LIMITS.agreementText.max}.`,
      );
    spec.license = { text, where: `${path} (from ${file} line ${line})` };
  }
  return spec;
}

type Fail = (line: number, field: string, message: string) => InputError;

/** The map's pairs by key; an unknown or repeated key fails naming its line. */
function pairs(
  map: YAMLMap,
  path: string,
  allowed: string[],
  fail: Fail,
  lineOf: (n: Node | null | undefined) => number,
): Map<string, Pair<Node, Node>> {
  const out = new Map<string, Pair<Node, Node>>();
  for (const pair of map.items as Pair<Node, Node>[]) {
    const key = String(isScalar(pair.key) ? pair.key.value : '');
    const field = path ? `${path}.${key}` : key;
    if (!allowed.includes(key)) {
      throw fail(lineOf(pair.key), field, `unknown key ${quote(key)}: expected ${allowed.join(', ')}.`);
    }
    out.set(key, pair);
  }
  return out;
}

/** A checked value, or undefined for a field left empty (null: left as it is). */
function checkValue(
  pair: Pair<Node, Node>,
  field: string,
  kind: Kind,
  limit: Limit,
  fail: Fail,
  lineOf: (n: Node | null | undefined) => number,
): string | boolean | undefined {
  const node = pair.value;
  const line = lineOf(node ?? pair.key);
  const raw: unknown = isScalar(node) ? node.value : node == null ? null : (node as unknown);
  if (raw === null || raw === undefined) return undefined;
  if (kind === 'bool') {
    if (typeof raw === 'boolean') return raw;
    throw fail(line, field, `${quote(String(raw))} is not true or false.`);
  }
  if (typeof raw !== 'string' && !(kind === 'phone' && typeof raw === 'number'))
    throw fail(line, field, 'expected text.');
  const value = String(raw).trim();
  if (value === '') {
    throw fail(
      line,
      field,
      'is empty: leave the key out to keep what App Store Connect has (these fields cannot be cleared).',
    );
  }
  if (value.length > limit.max) {
    throw fail(
      line,
      field,
      `is ${value.length} characters long; ${limit.source === 'ours' ? 'this action accepts' : 'App Store Connect accepts'} at most ${limit.max}.`,
    );
  }
  if (kind === 'email' && !isEmail(value))
    throw fail(line, field, `${quote(value)} is not an email address.`);
  if (kind === 'url' && !isWebUrl(value))
    throw fail(line, field, `${quote(value)} is not an http or https URL.`);
  if (kind === 'phone' && !isPhone(value)) {
    throw fail(
      line,
      field,
      `${quote(value)} is not a phone number (digits, spaces, + ( ) - . only; e.g. +1 408 555 0100).`,
    );
  }
  return value;
}
