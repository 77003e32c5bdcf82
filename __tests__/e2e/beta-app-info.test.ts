import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedBetaAppLocalization } from '../../fake-app-store-connect/routes/beta-app-info.js';
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import { APP_ID, BUNDLE_ID, seedApp } from '../support/testers-seed.js';

let fx: Fixture;
let work: string;
const PASSWORD = 'hunter2-Correct-Horse';

const INFO = `# Beta App Information for Weather
localizations:
  en-US:
    description: Weather for people who walk.
    feedback-email: beta@example.com
    marketing-url: https://example.com/weather
    privacy-policy-url: https://example.com/privacy
  de-DE:
    description: Wetter für Fußgänger.
    feedback-email: beta@example.com
review:
  contact-first-name: Ada
  contact-last-name: Lovelace
  contact-phone: +1 408 555 0100
  contact-email: review@example.com
  demo-account-required: true
  demo-account-name: demo@example.com
  notes: Sign in with the demo account.
license-agreement-file: license.txt
`;

function write(name: string, content: string): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}

async function act(inputs: Record<string, string | undefined>) {
  return runAction(fx.inputs({ operation: 'sync-beta-app-info', app: BUNDLE_ID, ...inputs }), {
    retry: FAST_RETRY,
    clock: virtualClock(),
  });
}

/** What the log shows, without the runner's mask commands (which must name the password). */
const visible = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
const writes = () => fx.server.writes().map((w) => `${w.method} ${w.path}`);
const localization = (locale: string) =>
  fx.server.store.list('betaAppLocalizations').find((l) => l.attributes.locale === locale)?.attributes;
const review = () => fx.server.store.get('betaAppReviewDetails', APP_ID)?.attributes;
const license = () => fx.server.store.get('betaLicenseAgreements', APP_ID)?.attributes.agreementText;

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
  work = mkdtempSync(path.join(tmpdir(), 'beta-info-e2e-'));
  write('license.txt', 'You may test this app.\r\nDo not share it.\r\n');
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  seedApp(fx.server.store);
});

describe('sync-beta-app-info', () => {
  test('creates localizations, fills review details and the license, reads back; a re-run writes nothing', async () => {
    seedBetaAppLocalization(fx.server.store, APP_ID, 'fr-FR', { description: 'Météo' });
    const file = write('info.yml', INFO);
    const run = await act({ 'beta-app-info-file': file, 'demo-account-password': PASSWORD });
    expect(run.errors).toEqual([]);
    expect(run.failed).toBe(false);
    expect(localization('en-US')).toMatchObject({
      description: 'Weather for people who walk.',
      feedbackEmail: 'beta@example.com',
      marketingUrl: 'https://example.com/weather',
      privacyPolicyUrl: 'https://example.com/privacy',
      tvOsPrivacyPolicy: null,
    });
    expect(localization('de-DE')).toMatchObject({ description: 'Wetter für Fußgänger.' });
    expect(localization('fr-FR')).toMatchObject({ description: 'Météo' }); // not in the file: left alone
    expect(review()).toMatchObject({
      contactFirstName: 'Ada',
      contactPhone: '+1 408 555 0100',
      demoAccountRequired: true,
      demoAccountName: 'demo@example.com',
      demoAccountPassword: PASSWORD,
      notes: 'Sign in with the demo account.',
    });
    expect(license()).toBe('You may test this app.\nDo not share it.');
    expect(writes().sort()).toEqual([
      'PATCH /v1/betaAppReviewDetails/1234567890',
      'PATCH /v1/betaLicenseAgreements/1234567890',
      'POST /v1/betaAppLocalizations',
      'POST /v1/betaAppLocalizations',
    ]);
    expect(run.outputs.changes).toBe('4');
    expect(run.stdout).toContain('Left alone (not in the file): fr-FR');
    expect(run.stdout).toContain('review.demo-account-password: changed (not shown)');
    expect(visible(run.stdout)).not.toContain(PASSWORD);
    expect(run.summary).toContain('localizations.en-US.feedback-email');

    fx.server.log.length = 0;
    const again = await act({ 'beta-app-info-file': file, 'demo-account-password': PASSWORD });
    expect(again.failed).toBe(false);
    expect(again.outputs.changes).toBe('0');
    expect(fx.server.writes()).toHaveLength(0);
    expect(again.stdout).toContain('already matches the file');
  });

  test('dry run prints a field per line, old and new, the password only as changed; sends nothing', async () => {
    seedBetaAppLocalization(fx.server.store, APP_ID, 'en-US', {
      description: 'Old words.',
      feedbackEmail: 'beta@example.com',
    });
    const file = write(
      'dry.yml',
      'localizations:\n  en-US:\n    description: New words.\n    feedback-email: beta@example.com\nreview:\n  contact-email: review@example.com\n',
    );
    const run = await act({
      'beta-app-info-file': file,
      'demo-account-password': PASSWORD,
      'dry-run': 'true',
    });
    expect(run.failed).toBe(false);
    expect(fx.server.writes()).toHaveLength(0);
    expect(run.stdout).toContain("localizations.en-US.description: 'Old words.' → 'New words.'");
    expect(run.stdout).toContain("review.contact-email: (none) → 'review@example.com'");
    expect(run.stdout).toContain('review.demo-account-password: changed (not shown)');
    expect(run.stdout).not.toContain('feedback-email:');
    expect(visible(run.stdout)).not.toContain(PASSWORD);
    expect(run.outputs.result).not.toContain(PASSWORD);
    expect(run.summary).not.toContain(PASSWORD);
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(run.outputs.changes).toBe('2');
    expect(localization('en-US')?.description).toBe('Old words.');
  });

  test('sends only the fields that differ, and deletes unlisted locales only when asked', async () => {
    const fr = seedBetaAppLocalization(fx.server.store, APP_ID, 'fr-FR', { description: 'Météo' });
    seedBetaAppLocalization(fx.server.store, APP_ID, 'en-US', {
      description: 'Same.',
      feedbackEmail: 'old@example.com',
    });
    const file = write(
      'partial.yml',
      'localizations:\n  en-us:\n    description: Same.\n    feedback-email: new@example.com\n',
    );
    const run = await act({ 'beta-app-info-file': file, 'remove-unlisted-locales': 'true' });
    expect(run.failed).toBe(false);
    const patch = fx.server.writes().find((w) => w.method === 'PATCH');
    expect(patch?.body).toMatchObject({ data: { attributes: { feedbackEmail: 'new@example.com' } } });
    expect(Object.keys((patch?.body as { data: { attributes: object } }).data.attributes)).toEqual([
      'feedbackEmail',
    ]);
    expect(writes()).toContain(`DELETE /v1/betaAppLocalizations/${fr.id}`);
    expect(localization('fr-FR')).toBeUndefined();
    expect(localization('en-US')?.feedbackEmail).toBe('new@example.com');
    expect(run.outputs.changes).toBe('2');
  });

  test('a create whose answer was lost is read back, counted once, not duplicated', async () => {
    fx.server.faults.add({ method: 'POST', path: '/v1/betaAppLocalizations', afterHandler: true });
    const file = write(
      'one.yml',
      'localizations:\n  ja:\n    description: 天気\n    feedback-email: beta@example.com\n',
    );
    const run = await act({ 'beta-app-info-file': file });
    expect(run.failed).toBe(false);
    expect(fx.server.store.list('betaAppLocalizations')).toHaveLength(1);
    expect(localization('ja')?.description).toBe('天気');
    expect(run.outputs.changes).toBe('1');
  });

  test('what App Store Connect refuses fails the step with Apple’s words; the rest is still written', async () => {
    seedBetaAppLocalization(fx.server.store, APP_ID, 'en-US', { description: 'Old.' });
    fx.server.faults.add({
      method: 'PATCH',
      path: '/v1/betaAppLocalizations/{id}',
      status: 409,
      body: {
        errors: [
          {
            status: '409',
            code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
            title: 'Invalid',
            detail: 'Nope, not today.',
          },
        ],
      },
    });
    const file = write(
      'refused.yml',
      'localizations:\n  en-US:\n    description: New.\nreview:\n  notes: Hello.\n',
    );
    const run = await act({ 'beta-app-info-file': file });
    expect(run.failed).toBe(true);
    expect(run.errors.join('\n')).toContain('Nope, not today.');
    expect(review()?.notes).toBe('Hello.');
    expect(localization('en-US')?.description).toBe('Old.');
  });

  test('file problems fail before any request, naming the file, line and field', async () => {
    const cases: Array<[string, string, RegExp]> = [
      [
        'typo.yml',
        'localizations:\n  en-US:\n    descripton: Hi\n',
        /typo\.yml line 3, localizations\.en-US\.descripton: unknown key 'descripton'/,
      ],
      [
        'locale.yml',
        'localizations:\n  en-XX:\n    description: Hi\n',
        /locale\.yml line 2, localizations\.en-XX: 'en-XX' is not a locale/,
      ],
      [
        'email.yml',
        'review:\n  contact-email: nobody\n',
        /email\.yml line 2, review\.contact-email: 'nobody' is not an email/,
      ],
      [
        'url.yml',
        'localizations:\n  ja:\n    marketing-url: example.com\n',
        /url\.yml line 3, localizations\.ja\.marketing-url: 'example\.com' is not an http/,
      ],
      [
        'long.yml',
        `localizations:\n  en-US:\n    description: ${'x'.repeat(4001)}\n`,
        /long\.yml line 3, localizations\.en-US\.description: is 4001 characters long; App Store Connect accepts at most 4000/,
      ],
      [
        'demo.yml',
        'review:\n  demo-account-required: true\n',
        /demo\.yml line 1, review\.demo-account-name: demo-account-required is true/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const run = await act({ 'beta-app-info-file': write(name, content) });
      expect(run.failed).toBe(true);
      expect(run.errors.join('\n')).toMatch(message);
    }
    const noPassword = await act({
      'beta-app-info-file': write(
        'nopass.yml',
        'review:\n  demo-account-required: true\n  demo-account-name: demo\n',
      ),
    });
    expect(noPassword.errors.join('\n')).toMatch(/Input 'demo-account-password' is required/);
    expect(fx.server.log).toHaveLength(0);
  });
});
