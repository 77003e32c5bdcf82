import { pollLabel } from '../src/clock.js';
import { appLink, buildLink, groupLink } from '../src/output/asc-links.js';
import { facts, readableTime, renderSummary, table } from '../src/output/summary.js';

describe('renderSummary', () => {
  test('a fact table has its first fact as the header row, never an empty one', () => {
    const md = renderSummary('t', [
      facts([
        ['App', 'Weather'],
        ['Build', '2.3 (457)'],
      ]),
    ]);
    expect(md).toContain('| App | Weather |\n| --- | --- |\n| Build | 2.3 (457) |');
    expect(md).not.toMatch(/^\|\s+\|\s+\|$/m);
  });

  test('a table with named columns keeps them', () => {
    expect(renderSummary('t', [table(['A', 'B'], [[1, 2]])])).toContain(
      '| A | B |\n| --- | --- |\n| 1 | 2 |',
    );
  });

  test('ISO times read as UTC minutes; dates and other text stay', () => {
    expect(readableTime('2025-03-09T14:05:59.000Z')).toBe('2025-03-09 14:05 UTC');
    expect(readableTime('2025-03-09T16:05:00+02:00')).toBe('2025-03-09 14:05 UTC');
    expect(readableTime('2025-03-09')).toBe('2025-03-09');
    expect(readableTime('at 2025-03-09T14:05:00Z')).toBe('at 2025-03-09T14:05:00Z');
    const md = renderSummary('t', [facts([['Uploaded', '2025-03-09T14:05:00Z']])]);
    expect(md).toContain('| Uploaded | 2025-03-09 14:05 UTC |');
  });

  test('links to App Store Connect pages from plain ids; text escaped; anything else is text', () => {
    const md = renderSummary('t', [
      facts([
        ['App', appLink('Weather [beta]', '1234567890')],
        ['Build', buildLink('2.3 (457)', '1234567890', 'b-1', 'MAC_OS')],
        ['Group', groupLink('QA', '1234567890', 'g-1')],
        ['Odd', groupLink('QA', '1234567890', '../x')],
        ['Foreign', { text: 'x', href: 'https://example.com/' }],
      ]),
    ]);
    expect(md).toContain(
      '| App | [Weather \\[beta\\]](https://appstoreconnect.apple.com/apps/1234567890/testflight) |',
    );
    expect(md).toContain(
      '[2.3 (457)](https://appstoreconnect.apple.com/apps/1234567890/testflight/macos/b-1)',
    );
    expect(md).toContain('[QA](https://appstoreconnect.apple.com/apps/1234567890/testflight/groups/g-1)');
    expect(md).toContain('| Odd | QA |');
    expect(md).toContain('| Foreign | x |');
  });
});

describe('pollLabel', () => {
  test('says how much of the wait is used', () => {
    expect(pollLabel(5, 120_000, 30 * 60_000)).toBe('Poll 5 (2 of 30 min)');
    expect(pollLabel(2, 30_000, 30 * 60_000)).toBe('Poll 2 (0.5 of 30 min)');
    expect(pollLabel(40, 19.5 * 60_000, 45 * 60_000)).toBe('Poll 40 (19 of 45 min)');
    expect(pollLabel(2, 30_000, 90_000)).toBe('Poll 2 (30 of 90 s)');
  });
});
