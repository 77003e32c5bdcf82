import { InputError } from '../src/input-reader.js';
import {
  READINESS,
  expectedAt,
  mayStillCome,
  newestExpected,
  pacificText,
  zonedTime,
} from '../src/reports/dates.js';
import {
  SALES_COMBINATIONS,
  checkFiscalMonth,
  checkSalesDate,
  dayNumber,
  describeCombinations,
  resolveSalesKind,
} from '../src/reports/spec.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('resolveSalesKind', () => {
  test('defaults: SUMMARY, DAILY and the version of the type', () => {
    expect(resolveSalesKind({ type: 'SALES' })).toEqual({
      type: 'SALES',
      subtype: 'SUMMARY',
      frequency: 'DAILY',
      version: '1_0',
    });
    expect(resolveSalesKind({ type: 'SUBSCRIPTION' }).version).toBe('1_3');
    expect(resolveSalesKind({ type: 'SUBSCRIBER' })).toMatchObject({ subtype: 'DETAILED', version: '1_3' });
    expect(resolveSalesKind({ type: 'NEWSSTAND', frequency: 'WEEKLY' })).toMatchObject({
      subtype: 'DETAILED',
    });
    expect(resolveSalesKind({ type: 'INSTALLS' })).toMatchObject({
      subtype: 'SUMMARY',
      frequency: 'MONTHLY',
      version: '1_2',
    });
    expect(resolveSalesKind({ type: 'INSTALLS', frequency: 'YEARLY' })).toMatchObject({
      subtype: 'SUMMARY_CHANNEL',
      version: '1_1',
    });
    expect(
      resolveSalesKind({ type: 'INSTALLS', subtype: 'DETAILED', frequency: 'YEARLY', version: '1_0' })
        .version,
    ).toBe('1_0');
  });

  test('every combination of the table is accepted as given', () => {
    for (const c of SALES_COMBINATIONS)
      for (const subtype of c.subtypes)
        for (const frequency of c.frequencies)
          for (const version of c.versions)
            expect(resolveSalesKind({ type: c.type, subtype, frequency, version })).toEqual({
              type: c.type,
              subtype,
              frequency,
              version,
            });
  });

  test('a bad combination names the input that does not fit and lists what is valid', () => {
    const subtype = inputError(() => resolveSalesKind({ type: 'SALES', subtype: 'DETAILED' }));
    expect(subtype.input).toBe('report-subtype');
    expect(subtype.message).toContain("'DETAILED'");
    expect(subtype.message).toContain(
      'Valid for report-type SALES: report-subtype SUMMARY with frequency DAILY, WEEKLY, MONTHLY or YEARLY and report-version 1_0',
    );

    const frequency = inputError(() => resolveSalesKind({ type: 'SUBSCRIPTION', frequency: 'WEEKLY' }));
    expect(frequency.input).toBe('frequency');
    expect(frequency.message).toMatch(/SUBSCRIPTION reports are not made WEEKLY/);

    const version = inputError(() => resolveSalesKind({ type: 'SALES', version: '1_1' }));
    expect(version.input).toBe('report-version');
    expect(version.message).toMatch(/has version 1_0/);

    const installs = inputError(() =>
      resolveSalesKind({ type: 'INSTALLS', subtype: 'SUMMARY_CHANNEL', frequency: 'MONTHLY' }),
    );
    expect(installs.input).toBe('frequency');
    expect(describeCombinations('INSTALLS')).toContain(
      'SUMMARY_CHANNEL, SUMMARY_INSTALL_TYPE, SUMMARY_TERRITORY or DETAILED with frequency YEARLY and report-version 1_0 or 1_1',
    );
  });
});

describe('report dates', () => {
  test('forms per frequency', () => {
    expect(checkSalesDate('2025-03-09', 'DAILY')).toBe('2025-03-09');
    expect(checkSalesDate('2025-03-09', 'WEEKLY')).toBe('2025-03-09');
    expect(checkSalesDate('2025-03', 'MONTHLY')).toBe('2025-03');
    expect(checkSalesDate('2024', 'YEARLY')).toBe('2024');
    expect(checkFiscalMonth('2025-02')).toBe('2025-02');
    expect(inputError(() => checkSalesDate('2025-02-30', 'DAILY')).input).toBe('report-date');
    expect(inputError(() => checkSalesDate('2025-03', 'DAILY')).message).toMatch(/DAILY report needs a day/);
    expect(inputError(() => checkSalesDate('2025-03-05', 'WEEKLY')).message).toMatch(
      /2025-03-05 is a Wednesday \(that week ends on 2025-03-09\)/,
    );
    expect(inputError(() => checkSalesDate('2025-03-09', 'MONTHLY')).message).toMatch(/YYYY-MM/);
    expect(inputError(() => checkSalesDate('25', 'YEARLY')).message).toMatch(/YYYY/);
    expect(inputError(() => checkFiscalMonth('2025-13')).message).toMatch(/fiscal month, YYYY-MM/);
    expect(dayNumber('2024-02-29')).toBeDefined();
    expect(dayNumber('2023-02-29')).toBeUndefined();
  });

  test('zonedTime follows daylight saving time in Los Angeles', () => {
    const winter = zonedTime(dayNumber('2025-01-15') as number, 8);
    const summer = zonedTime(dayNumber('2025-07-15') as number, 8);
    expect(new Date(winter).toISOString()).toBe('2025-01-15T16:00:00.000Z');
    expect(new Date(summer).toISOString()).toBe('2025-07-15T15:00:00.000Z');
    // The day daylight saving time starts (2 AM jumps to 3 AM).
    expect(new Date(zonedTime(dayNumber('2025-03-09') as number, 8)).toISOString()).toBe(
      '2025-03-09T15:00:00.000Z',
    );
    expect(pacificText(summer)).toBe('2025-07-15 08:00 Pacific');
  });

  test('the newest report that should exist: daily at 8 AM Pacific the next day', () => {
    // 07:59 PDT on March 10: March 9 is not ready, March 8 is.
    expect(newestExpected('DAILY', Date.parse('2025-03-10T14:59:00Z'))).toBe('2025-03-08');
    expect(newestExpected('DAILY', Date.parse('2025-03-10T15:00:00Z'))).toBe('2025-03-09');
    // Late evening in Los Angeles is already the next day in UTC.
    expect(newestExpected('DAILY', Date.parse('2025-03-11T06:30:00Z'))).toBe('2025-03-09');
  });

  test('weekly, monthly, yearly and fiscal defaults', () => {
    // Monday 2025-03-10 07:00 PDT: the week ending Sunday March 9 is not ready yet.
    expect(newestExpected('WEEKLY', Date.parse('2025-03-10T14:00:00Z'))).toBe('2025-03-02');
    expect(newestExpected('WEEKLY', Date.parse('2025-03-10T16:00:00Z'))).toBe('2025-03-09');
    // Sunday March 9 itself is still inside its week.
    expect(newestExpected('WEEKLY', Date.parse('2025-03-09T20:00:00Z'))).toBe('2025-03-02');
    expect(newestExpected('MONTHLY', Date.parse('2025-03-04T20:00:00Z'))).toBe('2025-01');
    expect(newestExpected('MONTHLY', Date.parse('2025-03-05T20:00:00Z'))).toBe('2025-02');
    expect(newestExpected('MONTHLY', Date.parse('2025-01-06T20:00:00Z'))).toBe('2024-12');
    expect(newestExpected('YEARLY', Date.parse('2025-01-02T20:00:00Z'))).toBe('2023');
    expect(newestExpected('YEARLY', Date.parse('2025-02-01T20:00:00Z'))).toBe('2024');
    expect(newestExpected('FISCAL', Date.parse('2025-03-09T20:00:00Z'))).toBe('2025-01');
    expect(newestExpected('FISCAL', Date.parse('2025-03-10T20:00:00Z'))).toBe('2025-02');
    expect(newestExpected('FISCAL', Date.parse('2025-01-12T20:00:00Z'))).toBe('2024-12');
  });

  test('a missing report may still come until its expected time plus a grace period', () => {
    const due = expectedAt('DAILY', '2025-03-09');
    expect(new Date(due).toISOString()).toBe('2025-03-10T15:00:00.000Z');
    expect(mayStillCome('DAILY', '2025-03-09', due + 3_600_000)).toBe(true);
    expect(mayStillCome('DAILY', '2025-03-09', due + 2 * 86_400_000)).toBe(false);
    expect(READINESS.DAILY).toMatch(/8 AM Pacific/);
  });
});
