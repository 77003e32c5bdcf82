/**
 * What Apple accepts for sales and finance reports: the report types, which subtype, frequency
 * and version go together, and how each frequency writes its date. Checked before any request.
 */
import { Input } from '../constants.js';
import { InputError, quote } from '../input-reader.js';

export const SALES_REPORT_TYPES = [
  'SALES',
  'PRE_ORDER',
  'NEWSSTAND',
  'SUBSCRIPTION',
  'SUBSCRIPTION_EVENT',
  'SUBSCRIBER',
  'SUBSCRIPTION_OFFER_CODE_REDEMPTION',
  'INSTALLS',
  'FIRST_ANNUAL',
  'WIN_BACK_ELIGIBILITY',
] as const;
export type SalesReportType = (typeof SALES_REPORT_TYPES)[number];

export const REPORT_SUBTYPES = [
  'SUMMARY',
  'DETAILED',
  'SUMMARY_INSTALL_TYPE',
  'SUMMARY_TERRITORY',
  'SUMMARY_CHANNEL',
] as const;
export type ReportSubtype = (typeof REPORT_SUBTYPES)[number];

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FINANCE_REPORT_TYPES = ['FINANCIAL', 'FINANCE_DETAIL'] as const;
export type FinanceReportType = (typeof FINANCE_REPORT_TYPES)[number];

/** One family of valid combinations: every listed subtype with every listed frequency and version. */
export interface Combination {
  type: SalesReportType;
  subtypes: readonly ReportSubtype[];
  frequencies: readonly Frequency[];
  /** Oldest first; the last one is the default. */
  versions: readonly string[];
}

/** Apple's table of valid sales report requests (see the API notes). */
export const SALES_COMBINATIONS: readonly Combination[] = [
  {
    type: 'SALES',
    subtypes: ['SUMMARY'],
    frequencies: ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'],
    versions: ['1_0'],
  },
  {
    type: 'PRE_ORDER',
    subtypes: ['SUMMARY'],
    frequencies: ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'],
    versions: ['1_0'],
  },
  { type: 'SUBSCRIPTION', subtypes: ['SUMMARY'], frequencies: ['DAILY'], versions: ['1_3'] },
  { type: 'SUBSCRIPTION_EVENT', subtypes: ['SUMMARY'], frequencies: ['DAILY'], versions: ['1_3'] },
  { type: 'SUBSCRIBER', subtypes: ['DETAILED'], frequencies: ['DAILY'], versions: ['1_3'] },
  {
    type: 'SUBSCRIPTION_OFFER_CODE_REDEMPTION',
    subtypes: ['SUMMARY'],
    frequencies: ['DAILY'],
    versions: ['1_0'],
  },
  { type: 'WIN_BACK_ELIGIBILITY', subtypes: ['SUMMARY'], frequencies: ['DAILY'], versions: ['1_0'] },
  { type: 'NEWSSTAND', subtypes: ['DETAILED'], frequencies: ['DAILY', 'WEEKLY'], versions: ['1_0'] },
  {
    type: 'FIRST_ANNUAL',
    subtypes: ['SUMMARY', 'DETAILED'],
    frequencies: ['DAILY', 'YEARLY'],
    versions: ['1_0'],
  },
  {
    type: 'INSTALLS',
    subtypes: ['SUMMARY', 'DETAILED'],
    frequencies: ['MONTHLY'],
    versions: ['1_2'],
  },
  {
    type: 'INSTALLS',
    subtypes: ['SUMMARY_CHANNEL', 'SUMMARY_INSTALL_TYPE', 'SUMMARY_TERRITORY', 'DETAILED'],
    frequencies: ['YEARLY'],
    versions: ['1_0', '1_1'],
  },
];

export interface SalesReportKind {
  type: SalesReportType;
  subtype: ReportSubtype;
  frequency: Frequency;
  version: string;
}

const or = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

/** "report-subtype SUMMARY with frequency DAILY, WEEKLY, MONTHLY or YEARLY and report-version 1_0; ..." */
export function describeCombinations(type: SalesReportType): string {
  return SALES_COMBINATIONS.filter((c) => c.type === type)
    .map(
      (c) =>
        `${Input.ReportSubtype} ${or(c.subtypes)} with ${Input.Frequency} ${or(c.frequencies)} and ${Input.ReportVersion} ${or(c.versions)}`,
    )
    .join('; ');
}

/**
 * Completes and checks type, subtype, frequency and version together. Missing ones get the
 * default that fits the others (SUMMARY and DAILY where the type has them, the newest version);
 * a combination Apple refuses is an InputError naming the first input that does not fit, with
 * the valid combinations for the type.
 */
export function resolveSalesKind(given: {
  type: SalesReportType;
  subtype?: ReportSubtype;
  frequency?: Frequency;
  version?: string;
}): SalesReportKind {
  const { type } = given;
  let candidates = SALES_COMBINATIONS.filter((c) => c.type === type);
  const valid = describeCombinations(type);
  const refuse = (input: string, value: string, what: string) =>
    new InputError(
      input,
      `Input '${input}' has an invalid value ${quote(value)}: ${what}. Valid for ${Input.ReportType} ${type}: ${valid}.`,
    );

  if (given.subtype) {
    const subtype = given.subtype;
    candidates = candidates.filter((c) => c.subtypes.includes(subtype));
    if (candidates.length === 0)
      throw refuse(Input.ReportSubtype, subtype, `${type} reports have no ${subtype} subtype`);
  }
  if (given.frequency) {
    const frequency = given.frequency;
    const fitting = candidates.filter((c) => c.frequencies.includes(frequency));
    if (fitting.length === 0) {
      throw refuse(
        Input.Frequency,
        frequency,
        `${type}${given.subtype ? ` ${given.subtype}` : ''} reports are not made ${frequency}`,
      );
    }
    candidates = fitting;
  }
  if (given.version) {
    const version = given.version;
    const fitting = candidates.filter((c) => c.versions.includes(version));
    if (fitting.length === 0) {
      const known = [...new Set(candidates.flatMap((c) => c.versions))];
      throw refuse(Input.ReportVersion, version, `this ${type} report has version ${or(known)}`);
    }
    candidates = fitting;
  }

  const subtypes = candidates.flatMap((c) => c.subtypes);
  const subtype =
    given.subtype ?? (subtypes.includes('SUMMARY') ? 'SUMMARY' : (subtypes[0] as ReportSubtype));
  candidates = candidates.filter((c) => c.subtypes.includes(subtype));
  const frequencies = candidates.flatMap((c) => c.frequencies);
  const frequency =
    given.frequency ?? (frequencies.includes('DAILY') ? 'DAILY' : (frequencies[0] as Frequency));
  candidates = candidates.filter((c) => c.frequencies.includes(frequency));
  const combination = candidates[0] as Combination;
  const version = given.version ?? (combination.versions[combination.versions.length - 1] as string);
  return { type, subtype, frequency, version };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Days since the epoch of a `YYYY-MM-DD` that names a real calendar day, else undefined. */
export function dayNumber(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms / 86_400_000;
}

export function dayText(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function weekdayOf(day: number): string {
  return WEEKDAYS[new Date(day * 86_400_000).getUTCDay()] as string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})$/;

/** Checks `report-date` against the frequency's form; returns it normalised. */
export function checkSalesDate(value: string, frequency: Frequency): string {
  const bad = (expected: string) =>
    new InputError(
      Input.ReportDate,
      `Input '${Input.ReportDate}' has an invalid value ${quote(value)}: ${expected}. ` +
        `Forms: DAILY YYYY-MM-DD, WEEKLY YYYY-MM-DD of the week's Sunday, MONTHLY YYYY-MM, YEARLY YYYY; or leave it empty for the newest report.`,
    );
  switch (frequency) {
    case 'DAILY':
      if (dayNumber(value) === undefined) throw bad('a DAILY report needs a day, YYYY-MM-DD');
      return value;
    case 'WEEKLY': {
      const day = dayNumber(value);
      if (day === undefined) throw bad("a WEEKLY report needs the week's Sunday, YYYY-MM-DD");
      const weekday = new Date(day * 86_400_000).getUTCDay();
      if (weekday !== 0) {
        throw bad(
          `WEEKLY reports are dated by the Sunday that ends the week, and ${value} is a ${weekdayOf(day)} (that week ends on ${dayText(day + 7 - weekday)})`,
        );
      }
      return value;
    }
    case 'MONTHLY':
      if (!MONTH.test(value)) throw bad('a MONTHLY report needs a month, YYYY-MM');
      return value;
    case 'YEARLY':
      if (!YEAR.test(value)) throw bad('a YEARLY report needs a year, YYYY');
      return value;
  }
}

/** Checks a finance `report-date`: Apple's fiscal month, YYYY-MM. */
export function checkFiscalMonth(value: string): string {
  if (!MONTH.test(value)) {
    throw new InputError(
      Input.ReportDate,
      `Input '${Input.ReportDate}' has an invalid value ${quote(value)}: a finance report needs Apple's fiscal month, YYYY-MM (such as 2025-02); or leave it empty for the newest one.`,
    );
  }
  return value;
}
