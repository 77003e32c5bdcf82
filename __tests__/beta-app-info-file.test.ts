import { readFileSync } from 'node:fs';
import { parseBetaAppInfo, readBetaAppInfoFile } from '../src/testflight/beta-app-info-file.js';
import { BETA_LOCALES, canonicalLocale } from '../src/testflight/beta-app-info-rules.js';

const parse = (text: string, password?: string) =>
  parseBetaAppInfo(text, 'info.yml', { password, readLicense: () => 'Terms.\r\n' });

describe('the beta app info file', () => {
  test('the example in examples/ parses, with its license file', () => {
    const spec = readBetaAppInfoFile('examples/beta-app-info.yml', { password: 'secret' });
    expect([...spec.localizations.keys()]).toEqual(['en-US', 'de-DE']);
    expect(spec.review).toMatchObject({ contactEmail: 'review@example.com', demoAccountRequired: true });
    expect(spec.license?.text).toBe(readFileSync('examples/beta-license.txt', 'utf8').trim());
  });

  test('JSON is YAML too; locales are matched without regard to case and spelled as Apple does', () => {
    const spec = parse(
      '{"localizations": {"ZH-HANS": {"description": "天气"}}, "license-agreement": "Terms."}',
    );
    expect(spec.localizations.get('zh-Hans')?.fields).toEqual({ description: '天气' });
    expect(spec.license?.text).toBe('Terms.');
  });

  test('a null field is left alone; a phone given as a number is text', () => {
    const spec = parse('localizations:\n  ja:\n    description:\nreview:\n  contact-phone: 4085550100\n');
    expect(spec.localizations.get('ja')?.fields).toEqual({});
    expect(spec.review).toEqual({ contactPhone: '4085550100' });
  });

  test.each([
    [
      'license-agreement: a\nlicense-agreement-file: b.txt\n',
      /line 2, license-agreement-file: give license-agreement or license-agreement-file, not both/,
    ],
    [
      'localizations:\n  en-US: {description: a}\n  en-us: {description: b}\n',
      /line 3, localizations\.en-us: repeats the locale en-US/,
    ],
    ['colour: blue\n', /line 1, colour: unknown key 'colour'/],
    [
      'review:\n  demo-account-required: sometimes\n',
      /line 2, review\.demo-account-required: 'sometimes' is not true or false/,
    ],
    ['review:\n  contact-phone: call me\n', /line 2, review\.contact-phone: 'call me' is not a phone number/],
    [
      'localizations:\n  en-US:\n    description: ""\n',
      /line 3, localizations\.en-US\.description: is empty/,
    ],
    ['localizations: [en-US]\n', /line 1, localizations: expected a map keyed by locale/],
    ['localizations:\n  en-US:\n    description: [a\n', /info\.yml line \d+: is not valid YAML or JSON/],
    ['- a\n', /line 1: expected a map/],
    [
      `review:\n  notes: ${'n'.repeat(4001)}\n`,
      /review\.notes: is 4001 characters long; App Store Connect accepts at most 4000/,
    ],
  ])('%j fails naming the line and field', (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });

  test('every locale is spelled once, and canonicalLocale finds each', () => {
    expect(new Set(BETA_LOCALES).size).toBe(BETA_LOCALES.length);
    for (const l of BETA_LOCALES) expect(canonicalLocale(l.toUpperCase())).toBe(l);
    expect(canonicalLocale('en_GB')).toBe('en-GB');
    expect(canonicalLocale('en')).toBeUndefined();
  });
});
