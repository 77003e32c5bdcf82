import { normalizeVersion, toBuild, versionSpellings, matchesSelection } from '../src/api/builds.js';
import type { Resource } from '../src/api/types.js';
import {
  isReady,
  finalProblem,
  parseBuildSelection,
  parseWaitSettings,
} from '../src/testflight/build-wait.js';
import { InputReader } from '../src/input-reader.js';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');

describe('marketing versions', () => {
  test('2.3, 2.3.0 and 2.03 are the same version', () => {
    expect(normalizeVersion('2.3.0')).toBe('2.3');
    expect(normalizeVersion('2.03')).toBe('2.3');
    expect(normalizeVersion('2.0.0')).toBe('2');
    expect(normalizeVersion('10.1.2')).toBe('10.1.2');
  });
  test('the spellings a filter must ask for', () => {
    expect(versionSpellings('2.3')).toEqual(['2.3', '2.3.0']);
    expect(versionSpellings('2.3.0')).toEqual(['2.3.0', '2.3']);
    expect(versionSpellings('2')).toEqual(['2', '2.0', '2.0.0']);
    expect(versionSpellings('2.3.1')).toEqual(['2.3.1']);
  });
});

describe('toBuild', () => {
  const included: Resource[] = [
    { type: 'preReleaseVersions', id: 'p1', attributes: { version: '2.3', platform: 'IOS' } },
    { type: 'buildBetaDetails', id: 'd1', attributes: { externalBuildState: 'MISSING_EXPORT_COMPLIANCE' } },
    { type: 'betaBuildLocalizations', id: 'l1', attributes: { locale: 'en-US', whatsNew: null } },
  ];
  const build: Resource = {
    type: 'builds',
    id: 'b1',
    attributes: { version: '457', processingState: 'VALID', usesNonExemptEncryption: null, expired: false },
    relationships: {
      preReleaseVersion: { data: { type: 'preReleaseVersions', id: 'p1' } },
      buildBetaDetail: { data: { type: 'buildBetaDetails', id: 'd1' } },
      betaGroups: { data: [{ type: 'betaGroups', id: 'g1' }], meta: { paging: { total: 1, limit: 50 } } },
      betaBuildLocalizations: { data: [{ type: 'betaBuildLocalizations', id: 'l1' }] },
      betaAppReviewSubmission: { data: null },
    },
  };

  test('reads what include brought; null compliance stays null', () => {
    const b = toBuild(build as Resource<never>, included);
    expect(b).toMatchObject({
      id: 'b1',
      buildNumber: '457',
      version: '2.3',
      platform: 'IOS',
      usesNonExemptEncryption: null,
      groupIds: ['g1'],
      localizations: [{ id: 'l1', locale: 'en-US', whatsNew: null }],
      reviewSubmission: null,
      betaDetail: { id: 'd1', externalBuildState: 'MISSING_EXPORT_COMPLIANCE', autoNotifyEnabled: false },
    });
    expect(isReady(b)).toBe(true);
    expect(matchesSelection(b, { version: '2.3.0', buildNumber: '457' })).toBe(true);
    expect(matchesSelection(b, { version: '2.4' })).toBe(false);
  });

  test('a cut linkage (more groups than include returned) leaves the list unknown', () => {
    const cut = {
      ...build,
      relationships: {
        ...build.relationships,
        betaGroups: { data: [{ type: 'betaGroups', id: 'g1' }], meta: { paging: { total: 60, limit: 50 } } },
      },
    };
    expect(toBuild(cut as Resource<never>, included).groupIds).toBeUndefined();
  });

  test('no beta detail yet: not ready; FAILED is final', () => {
    const bare = toBuild({
      type: 'builds',
      id: 'b2',
      attributes: { version: '1', processingState: 'VALID' },
    });
    expect(isReady(bare)).toBe(false);
    expect(finalProblem(bare)).toBeUndefined();
    const failed = toBuild({
      type: 'builds',
      id: 'b3',
      attributes: { version: '1', processingState: 'FAILED' },
    });
    expect(finalProblem(failed)).toMatch(/is FAILED/);
  });
});

describe('inputs', () => {
  test('selection and wait settings', () => {
    expect(parseBuildSelection(reader({ version: '2.3', 'build-number': '457' }))).toEqual({
      buildId: undefined,
      version: '2.3',
      buildNumber: '457',
    });
    expect(parseWaitSettings(reader({}))).toEqual({ timeoutMs: 30 * 60_000, intervalMs: 30_000 });
    expect(parseWaitSettings(reader({ 'wait-timeout': '0', 'poll-interval': '5' }))).toEqual({
      timeoutMs: 0,
      intervalMs: 5000,
    });
    expect(() => parseWaitSettings(reader({ 'poll-interval': '0' }))).toThrow(/poll-interval/);
    expect(() => parseBuildSelection(reader({ version: 'v2.3' }))).toThrow(/Input 'version'/);
  });
});
