import { parseBetaAppInfo } from '../src/testflight/beta-app-info-file.js';
import { diffLines, planBetaAppInfo, type BetaAppInfoState } from '../src/testflight/beta-app-info-plan.js';

const state = (): BetaAppInfoState => ({
  localizations: [
    { id: 'l-en', locale: 'en-US', attributes: { description: 'Old', feedbackEmail: 'a@example.com' } },
    { id: 'l-fr', locale: 'fr-FR', attributes: { description: 'Vieux' } },
  ],
  review: { id: 'r', attributes: { contactEmail: 'r@example.com', demoAccountPassword: 'same' } },
  license: { id: 'x', agreementText: 'Terms.\r\n' },
});

describe('planBetaAppInfo', () => {
  test('plans only what differs; the password is compared but never shown', () => {
    const spec = parseBetaAppInfo(
      'localizations:\n  en-US:\n    description: New ::warning::x\n    feedback-email: a@example.com\n  ja:\n    description: 天気\nreview:\n  contact-email: r@example.com\nlicense-agreement: Terms.\n',
      'f.yml',
    );
    const writes = planBetaAppInfo(spec, state(), { password: 'other' });
    expect(writes.map((w) => w.kind)).toEqual([
      'update-localization',
      'create-localization',
      'update-review',
    ]);
    expect(writes[0]).toMatchObject({ id: 'l-en', attributes: { description: 'New ::warning::x' } });
    const lines = diffLines(writes);
    expect(lines).toContain('review.demo-account-password: changed (not shown)');
    expect(lines.join('\n')).not.toContain('other');
    expect(lines.join('\n')).not.toContain('::warning::');
    expect(planBetaAppInfo(spec, state(), { password: 'same' }).map((w) => w.kind)).toEqual([
      'update-localization',
      'create-localization',
    ]);
  });

  test('unlisted locales are deleted only when asked', () => {
    const spec = parseBetaAppInfo('localizations:\n  en-US:\n    description: Old\n', 'f.yml');
    expect(planBetaAppInfo(spec, state())).toEqual([]);
    expect(planBetaAppInfo(spec, state(), { removeUnlistedLocales: true })).toMatchObject([
      { kind: 'delete-localization', locale: 'fr-FR', id: 'l-fr' },
    ]);
  });
});
