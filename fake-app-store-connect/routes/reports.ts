/**
 * GET /v1/salesReports and GET /v1/financeReports, as Apple serves them: parameters checked
 * together (400), `Accept: application/a-gzip` required (406), a gzip'd TSV body without
 * Content-Encoding (split into several gzip members when asked), and 404 both for a date
 * without sales and for a report not published yet (ready around 8 AM Pacific the next day).
 *
 * Data: a vendor (`addReportVendor`) and its reports, either stored (`addSalesReport`,
 * `addFinanceReport`) or generated on the fly from a seed (`synthetic`), which is how the
 * benchmark gets a report of hundreds of megabytes without holding it in memory.
 */
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { apiError, requireRole } from '../errors.js';
import type { Store } from '../store.js';
import type { FakeRequest, FakeResponse, RouteModule } from '../types.js';

/**
 * PRE_ORDER 1_0, as App Store Connect Help lists it ("Pre-order report", the fields up to
 * Supported Platforms): counts of pre-orders, no units and no money.
 */
export const PRE_ORDER_COLUMNS = [
  'Provider',
  'Provider Country',
  'SKU',
  'Developer',
  'Title',
  'Pre-Order Start Date',
  'Pre-Order End Date',
  'Ordered',
  'Canceled',
  'Cumulative Ordered',
  'Cumulative Canceled',
  'Start Date',
  'End Date',
  'Country Code',
  'Apple Identifier',
  'Device',
  'Supported Platforms',
];

export const SALES_COLUMNS = [
  'Provider',
  'Provider Country',
  'SKU',
  'Developer',
  'Title',
  'Version',
  'Product Type Identifier',
  'Units',
  'Developer Proceeds',
  'Begin Date',
  'End Date',
  'Customer Currency',
  'Country Code',
  'Currency of Proceeds',
  'Apple Identifier',
  'Customer Price',
  'Promo Code',
  'Parent Identifier',
  'Subscription',
  'Period',
  'Category',
  'CMB',
  'Device',
  'Supported Platforms',
  'Proceeds Reason',
  'Preserved Pricing',
  'Client',
  'Order Type',
] as const;

/** SUBSCRIPTION_EVENT 1_3: events of every kind, counted by Quantity; no Units column. */
export const SUBSCRIPTION_EVENT_COLUMNS = [
  'Event Date',
  'Event',
  'App Name',
  'App Apple ID',
  'Subscription Name',
  'Subscription Apple ID',
  'Subscription Group ID',
  'Standard Subscription Duration',
  'Subscription Offer Type',
  'Subscription Offer Duration',
  'Marketing Opt-In',
  'Marketing Opt-In Duration',
  'Preserved Pricing',
  'Proceeds Reason',
  'Promotional Offer Name',
  'Promotional Offer ID',
  'Consecutive Paid Periods',
  'Original Start Date',
  'Device',
  'Client',
  'State',
  'Country',
  'Previous Subscription Name',
  'Previous Subscription Apple ID',
  'Days Before Canceling',
  'Cancellation Reason',
  'Days Canceled',
  'Quantity',
  'Paid Service Days Recovered',
] as const;

/** SUBSCRIBER DETAILED 1_3: one line per subscriber event, with Units and per-unit proceeds. */
export const SUBSCRIBER_COLUMNS = [
  'Event Date',
  'App Name',
  'App Apple ID',
  'Subscription Name',
  'Subscription Apple ID',
  'Subscription Group ID',
  'Standard Subscription Duration',
  'Subscription Offer Name',
  'Promotional Offer ID',
  'Subscription Offer Type',
  'Subscription Offer Duration',
  'Marketing Opt-In Duration',
  'Customer Price',
  'Customer Currency',
  'Developer Proceeds',
  'Proceeds Currency',
  'Preserved Pricing',
  'Proceeds Reason',
  'Client',
  'Country',
  'Subscriber ID',
  'Subscriber ID Reset',
  'Refund',
  'Purchase Date',
  'Units',
] as const;

export const FINANCIAL_COLUMNS = [
  'Start Date',
  'End Date',
  'UPC',
  'ISRC/ISBN',
  'Vendor Identifier',
  'Quantity',
  'Partner Share',
  'Extended Partner Share',
  'Partner Share Currency',
  'Sales or Return',
  'Apple Identifier',
  'Artist/Show/Developer/Author',
  'Title',
  'Label/Studio/Network/Developer/Publisher',
  'Grid',
  'Product Type Identifier',
  'ISAN/Other Identifier',
  'Country Of Sale',
  'Pre-order Flag',
  'Promo Code',
  'Customer Price',
  'Customer Currency',
] as const;

export const FINANCE_DETAIL_COLUMNS = [
  'Transaction Date',
  'Settlement Date',
  'Apple Identifier',
  'SKU',
  'Title',
  'Developer Name',
  'Product Type Identifier',
  'Country of Sale',
  'Quantity',
  'Partner Share',
  'Extended Partner Share',
  'Partner Share Currency',
  'Customer Price',
  'Customer Currency',
  'Sale or Return',
  'Promo Code',
  'Order Type',
  'Region',
] as const;

const gzipAsync = promisify(gzip);

const VENDORS = 'reportVendors';
const SALES = 'fakeSalesReports';
const FINANCE = 'fakeFinanceReports';

export interface SyntheticConfig {
  seed: number;
  /** Data rows per report (default 200), unless `bytes` is set. */
  rows?: number;
  /** Generate rows until the TSV reaches this many bytes (benchmark). */
  bytes?: number;
  /** Start a new gzip member after about this many TSV bytes (default 1 MiB). */
  memberBytes?: number;
  /** zlib level of the synthetic reports (default 1: the generator must outrun the client). */
  level?: number;
}

export interface VendorConfig {
  /** Reports generated for every available date that has no stored report. */
  synthetic?: SyntheticConfig;
  /**
   * Gzip bytes made beforehand, sent as they are for every SALES report of the vendor that has
   * no stored one (benchmark: the server does no generating or compressing while the client reads).
   */
  salesGzip?: Buffer;
  /** Dates (as in filter[reportDate]) Apple is late with: 404 "not available yet" though due. */
  lateDates?: string[];
}

/** Registers a vendor number the key's team owns. */
export function addReportVendor(store: Store, vendorNumber: string, config: VendorConfig = {}): void {
  if (store.get(VENDORS, vendorNumber)) store.update(VENDORS, vendorNumber, { ...config });
  else store.create(VENDORS, { ...config }, {}, vendorNumber);
}

export type ReportRow = Partial<Record<string, string | number>> | Array<string | number>;

export interface StoredSalesReport {
  vendorNumber: string;
  reportType?: string;
  reportSubType?: string;
  frequency?: string;
  reportDate: string;
  columns?: readonly string[];
  rows: ReportRow[];
  /** Split the gzip body into this many members (default 1). */
  members?: number;
}

/** Stores one sales report; the vendor is registered if new. */
export function addSalesReport(store: Store, report: StoredSalesReport): void {
  if (!store.get(VENDORS, report.vendorNumber)) addReportVendor(store, report.vendorNumber);
  const key = salesKey(
    report.vendorNumber,
    report.reportType ?? 'SALES',
    report.reportSubType ?? 'SUMMARY',
    report.frequency ?? 'DAILY',
    report.reportDate,
  );
  const columns = report.columns ?? SALES_COLUMNS;
  const attrs = { text: tsv(columns, report.rows), members: report.members ?? 1 };
  if (store.get(SALES, key)) store.update(SALES, key, attrs);
  else store.create(SALES, attrs, {}, key);
}

export interface StoredFinanceReport {
  vendorNumber: string;
  reportType?: string;
  regionCode?: string;
  reportDate: string;
  columns?: readonly string[];
  /** Each section gets its header and its Total_Rows, Total_Amount and Total_Units lines. */
  sections?: ReportRow[][];
  /** The whole TSV as is, instead of sections. */
  text?: string;
  members?: number;
}

export function addFinanceReport(store: Store, report: StoredFinanceReport): void {
  if (!store.get(VENDORS, report.vendorNumber)) addReportVendor(store, report.vendorNumber);
  const type = report.reportType ?? 'FINANCIAL';
  const key = financeKey(report.vendorNumber, type, report.regionCode ?? 'ZZ', report.reportDate);
  const columns = report.columns ?? (type === 'FINANCE_DETAIL' ? FINANCE_DETAIL_COLUMNS : FINANCIAL_COLUMNS);
  const text = report.text ?? financeText(columns, report.sections ?? []);
  const attrs = { text, members: report.members ?? 1 };
  if (store.get(FINANCE, key)) store.update(FINANCE, key, attrs);
  else store.create(FINANCE, attrs, {}, key);
}

/** A TSV file: header, rows, final line break. Objects are laid out by column name. */
export function tsv(columns: readonly string[], rows: ReportRow[]): string {
  const line = (row: ReportRow) =>
    (Array.isArray(row) ? row : columns.map((c) => row[c] ?? '')).map(String).join('\t');
  return [columns.join('\t'), ...rows.map(line)].map((l) => `${l}\n`).join('');
}

/**
 * Finance layout: per section, the header, the rows, then the section's Total_* lines, as Apple
 * writes them: Total_Rows and Total_Amount count every row, returns included; Total_Units counts
 * units sold only (a return, Quantity -1, does not lower it).
 */
export function financeText(columns: readonly string[], sections: ReportRow[][]): string {
  const qty = columns.indexOf('Quantity');
  const amount = columns.indexOf('Extended Partner Share');
  const out: string[] = [];
  for (const rows of sections) {
    out.push(tsv(columns, rows));
    let units = 0;
    let cents = 0;
    for (const row of rows) {
      const cells = Array.isArray(row) ? row.map(String) : columns.map((c) => String(row[c] ?? ''));
      units += Math.max(0, Number(cells[qty] || 0));
      cents += Math.round(Number(cells[amount] || 0) * 100);
    }
    const currency = columns.indexOf('Partner Share Currency');
    const first = rows[0];
    const code =
      first === undefined
        ? ''
        : String(Array.isArray(first) ? first[currency] : first['Partner Share Currency']);
    // Amounts in the currency's own decimals: none in JPY.
    const decimals = /^(JPY|KRW|HUF|CLP|TWD|IDR|ISK)$/.test(code) ? 0 : 2;
    out.push(
      `Total_Rows\t${rows.length}\n`,
      `Total_Amount\t${(cents / 100).toFixed(decimals)}\n`,
      `Total_Units\t${units}\n`,
    );
  }
  return out.join('');
}

function salesKey(vendor: string, type: string, subtype: string, frequency: string, date: string): string {
  return [vendor, type, subtype, frequency, date].join('|');
}

function financeKey(vendor: string, type: string, region: string, date: string): string {
  return [vendor, type, region, date].join('|');
}

// ---------------------------------------------------------------------------------------------
// Apple's rules, written out independently of the action's own copy.

const COMBOS: Array<[string, string[], string[], string[]]> = [
  ['SALES', ['SUMMARY'], ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'], ['1_0']],
  ['PRE_ORDER', ['SUMMARY'], ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'], ['1_0']],
  ['SUBSCRIPTION', ['SUMMARY'], ['DAILY'], ['1_3']],
  ['SUBSCRIPTION_EVENT', ['SUMMARY'], ['DAILY'], ['1_3']],
  ['SUBSCRIBER', ['DETAILED'], ['DAILY'], ['1_3']],
  ['SUBSCRIPTION_OFFER_CODE_REDEMPTION', ['SUMMARY'], ['DAILY'], ['1_0']],
  ['WIN_BACK_ELIGIBILITY', ['SUMMARY'], ['DAILY'], ['1_0']],
  ['NEWSSTAND', ['DETAILED'], ['DAILY', 'WEEKLY'], ['1_0']],
  ['FIRST_ANNUAL', ['SUMMARY', 'DETAILED'], ['DAILY', 'YEARLY'], ['1_0']],
  ['INSTALLS', ['SUMMARY', 'DETAILED'], ['MONTHLY'], ['1_2']],
  [
    'INSTALLS',
    ['SUMMARY_CHANNEL', 'SUMMARY_INSTALL_TYPE', 'SUMMARY_TERRITORY', 'DETAILED'],
    ['YEARLY'],
    ['1_0', '1_1'],
  ],
];

const FINANCE_REGIONS = new Set(
  'AE AU BG BR CA CH CL CN CO CZ DK EG EU GB HK HU ID IL IN JP KR KZ MX MY NG NO NZ PE PH PK PL QA RO RU SA SE SG TH TR TW TZ US VN WW ZA ZZ Z1'.split(
    ' ',
  ),
);

const DAY = 86_400_000;
const pacific = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Los_Angeles',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** The UTC instant at which Los Angeles shows the given date and hour. */
function laInstant(year: number, month: number, day: number, hour: number): number {
  const target = Date.UTC(year, month - 1, day, hour);
  let t = target + 8 * 3_600_000;
  for (let i = 0; i < 3; i++) {
    const p = Object.fromEntries(pacific.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
    const shown = Date.UTC(
      p.year as number,
      (p.month as number) - 1,
      p.day as number,
      (p.hour as number) % 24,
      p.minute as number,
    );
    t += target - shown;
  }
  return t;
}

interface Period {
  begin: Date;
  end: Date;
  /** When Apple publishes the report. */
  publishedAt: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** The period a report date covers and its publication time, or a reason the date is malformed. */
function salesPeriod(frequency: string, date: string): Period | string {
  if (frequency === 'DAILY' || frequency === 'WEEKLY') {
    const m = DATE.exec(date);
    if (!m) return `The date '${date}' is not valid for a ${frequency} report; use YYYY-MM-DD`;
    const end = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (end.toISOString().slice(0, 10) !== date) return `The date '${date}' is not a valid date`;
    if (frequency === 'WEEKLY' && end.getUTCDay() !== 0)
      return `The date '${date}' is not valid for a WEEKLY report; weekly reports are identified by the Sunday that ends the week`;
    const begin = new Date(end.getTime() - (frequency === 'WEEKLY' ? 6 * DAY : 0));
    const next = new Date(end.getTime() + DAY);
    return {
      begin,
      end,
      publishedAt: laInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 8),
    };
  }
  if (frequency === 'MONTHLY') {
    const m = MONTH.exec(date);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
      return `The date '${date}' is not valid for a MONTHLY report; use YYYY-MM`;
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return {
      begin: new Date(Date.UTC(y, mo - 1, 1)),
      end: new Date(Date.UTC(y, mo, 0)),
      publishedAt: laInstant(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 5, 8),
    };
  }
  const m = YEAR.exec(date);
  if (!m) return `The date '${date}' is not valid for a YEARLY report; use YYYY`;
  const y = Number(m[1]);
  return {
    begin: new Date(Date.UTC(y, 0, 1)),
    end: new Date(Date.UTC(y, 11, 31)),
    publishedAt: laInstant(y + 1, 1, 5, 8),
  };
}

function fiscalPeriod(date: string): Period | string {
  const m = MONTH.exec(date);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
    return `The date '${date}' is not valid; use the fiscal month, YYYY-MM`;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  // Apple's fiscal months run Sunday to Saturday; roughly the calendar month here.
  return {
    begin: new Date(Date.UTC(y, mo - 1, 1)),
    end: new Date(Date.UTC(y, mo, 0)),
    publishedAt: laInstant(mo === 12 ? y + 1 : y, mo === 12 ? 1 : mo + 1, 10, 8),
  };
}

/** The newest date of this frequency already published at `now`. */
function newestPublished(frequency: string, now: number): string {
  const p = Object.fromEntries(pacific.formatToParts(new Date(now)).map((x) => [x.type, Number(x.value)]));
  let day = Date.UTC(p.year as number, (p.month as number) - 1, p.day as number);
  for (let i = 0; i < 800; i++) {
    day -= DAY;
    const d = new Date(day);
    let date = d.toISOString().slice(0, 10);
    if (frequency === 'WEEKLY' && d.getUTCDay() !== 0) continue;
    if (frequency === 'MONTHLY') date = date.slice(0, 7);
    if (frequency === 'YEARLY') date = date.slice(0, 4);
    const period = salesPeriod(frequency, date);
    if (typeof period !== 'string' && period.publishedAt <= now) return date;
  }
  return new Date(now).toISOString().slice(0, 10);
}

const NOT_YET =
  'The report you requested is not available yet. Reports are generally available by 8 AM Pacific Time the day after the period ends; monthly and financial reports some days after the month closes.';
const NO_SALES = 'There were no sales for the date specified.';
const NO_FINANCE = 'There is no report available for the fiscal month and region specified.';

function notFound(detail: string) {
  return apiError(404, 'NOT_FOUND', 'The specified resource does not exist', detail);
}

function invalid(parameter: string, detail: string) {
  return apiError(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', detail, { parameter });
}

function checkAccess(req: FakeRequest): void {
  // Reports are for team keys with the Admin, Finance or Sales role.
  if (!req.key.issuerId) {
    throw apiError(
      403,
      'FORBIDDEN_ERROR',
      'This request is forbidden for security reasons',
      'Individual API keys cannot access Sales and Finance reports.',
    );
  }
  requireRole(req.key, 'FINANCE', 'SALES');
  const accept = String(req.headers.accept ?? '');
  if (!/application\/a-gzip/i.test(accept)) {
    throw apiError(
      406,
      'NOT_ACCEPTABLE',
      'The requested representation is not available',
      `Reports are only available as 'application/a-gzip'; the Accept header was '${accept}'.`,
    );
  }
}

function vendorOf(store: Store, vendorNumber: string): VendorConfig {
  const vendor = store.get(VENDORS, vendorNumber);
  if (!vendor) {
    throw invalid(
      'filter[vendorNumber]',
      `The vendor number '${vendorNumber}' is not valid for this account.`,
    );
  }
  return vendor.attributes as VendorConfig;
}

function gzipResponse(body: Buffer | Readable): FakeResponse {
  return { status: 200, body, headers: { 'Content-Type': 'application/a-gzip' } };
}

/** The stored text as `members` gzip members, split at line breaks. */
function gzipMembers(text: string, members: number): Buffer {
  const lines = text.split(/(?<=\n)/);
  const count = Math.max(1, Math.min(members, lines.length));
  const parts: Buffer[] = [];
  for (let m = 0; m < count; m++) {
    const from = Math.floor((m * lines.length) / count);
    const to = Math.floor(((m + 1) * lines.length) / count);
    parts.push(gzipSync(lines.slice(from, to).join('')));
  }
  return Buffer.concat(parts);
}

export const reportsRoutes: RouteModule = (router, { store, now }) => {
  router.get(
    '/v1/salesReports',
    (req) => {
      checkAccess(req);
      const q = (name: string) => req.query.get(`filter[${name}]`) ?? '';
      const vendorNumber = q('vendorNumber');
      const type = q('reportType');
      const subtype = q('reportSubType');
      const frequency = q('frequency');
      const vendor = vendorOf(store, vendorNumber);
      const forType = COMBOS.filter((c) => c[0] === type);
      const fitting = forType.filter((c) => c[1].includes(subtype) && c[2].includes(frequency));
      if (fitting.length === 0) {
        throw invalid(
          'filter[reportSubType]',
          `The combination of report type '${type}', report sub type '${subtype}' and frequency '${frequency}' is not valid.`,
        );
      }
      const latest = (fitting[fitting.length - 1] as (typeof COMBOS)[number])[3];
      const newest = latest[latest.length - 1] as string;
      const version = req.query.get('filter[version]') ?? newest;
      if (!fitting.some((c) => c[3].includes(version))) {
        throw invalid(
          'filter[version]',
          `The version parameter you have specified is invalid. The latest version for this report is ${newest}.`,
        );
      }
      const date = req.query.get('filter[reportDate]') ?? newestPublished(frequency, now());
      const period = salesPeriod(frequency, date);
      if (typeof period === 'string') throw invalid('filter[reportDate]', period);
      if (now() < period.publishedAt || vendor.lateDates?.includes(date)) throw notFound(NOT_YET);

      const stored = store.get(SALES, salesKey(vendorNumber, type, subtype, frequency, date));
      if (stored) {
        const { text, members } = stored.attributes as { text: string; members: number };
        return gzipResponse(gzipMembers(text, members));
      }
      if (vendor.salesGzip && type === 'SALES') return gzipResponse(vendor.salesGzip);
      if (vendor.synthetic && (type === 'SALES' || type === 'PRE_ORDER')) {
        return gzipResponse(
          Readable.from(
            syntheticSalesReport({
              vendorNumber,
              reportType: type,
              frequency,
              reportDate: date,
              ...vendor.synthetic,
            }),
          ),
        );
      }
      throw notFound(NO_SALES);
    },
    {
      supports: [
        'filter[vendorNumber]',
        'filter[reportType]',
        'filter[reportSubType]',
        'filter[frequency]',
        'filter[reportDate]',
        'filter[version]',
      ],
    },
  );

  router.get(
    '/v1/financeReports',
    (req) => {
      checkAccess(req);
      const q = (name: string) => req.query.get(`filter[${name}]`) ?? '';
      const vendorNumber = q('vendorNumber');
      const type = q('reportType');
      const region = q('regionCode');
      const date = q('reportDate');
      const vendor = vendorOf(store, vendorNumber);
      if (!FINANCE_REGIONS.has(region))
        throw invalid('filter[regionCode]', `The region code '${region}' is not valid.`);
      if ((type === 'FINANCE_DETAIL') !== (region === 'Z1')) {
        throw invalid(
          'filter[regionCode]',
          type === 'FINANCE_DETAIL'
            ? `The region code '${region}' is not valid for FINANCE_DETAIL reports; use Z1.`
            : `The region code 'Z1' is only valid for FINANCE_DETAIL reports.`,
        );
      }
      const period = fiscalPeriod(date);
      if (typeof period === 'string') throw invalid('filter[reportDate]', period);
      if (now() < period.publishedAt || vendor.lateDates?.includes(date)) throw notFound(NOT_YET);
      const stored = store.get(FINANCE, financeKey(vendorNumber, type, region, date));
      if (stored) {
        const { text, members } = stored.attributes as { text: string; members: number };
        return gzipResponse(gzipMembers(text, members));
      }
      if (vendor.synthetic) {
        const text = syntheticFinanceText({
          vendorNumber,
          reportType: type,
          regionCode: region,
          reportDate: date,
          period,
          seed: vendor.synthetic.seed,
        });
        return gzipResponse(gzipMembers(text, 2));
      }
      throw notFound(NO_FINANCE);
    },
    { supports: ['filter[vendorNumber]', 'filter[reportType]', 'filter[regionCode]', 'filter[reportDate]'] },
  );
};

// ---------------------------------------------------------------------------------------------
// Synthetic data: a seeded generator, so the same request always gets the same bytes.

/** mulberry32: small, fast, good enough for sample data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Territory {
  country: string;
  currency: string;
  /** Customer price of the 0.99 USD tier, in local currency. */
  tier: number;
  decimals: number;
}

const TERRITORIES: Territory[] = [
  { country: 'US', currency: 'USD', tier: 0.99, decimals: 2 },
  { country: 'GB', currency: 'GBP', tier: 0.99, decimals: 2 },
  { country: 'DE', currency: 'EUR', tier: 0.99, decimals: 2 },
  { country: 'FR', currency: 'EUR', tier: 0.99, decimals: 2 },
  { country: 'JP', currency: 'JPY', tier: 160, decimals: 0 },
  { country: 'CA', currency: 'CAD', tier: 1.39, decimals: 2 },
  { country: 'AU', currency: 'AUD', tier: 1.49, decimals: 2 },
  { country: 'CH', currency: 'CHF', tier: 1.0, decimals: 2 },
  { country: 'BR', currency: 'BRL', tier: 4.9, decimals: 2 },
  { country: 'IN', currency: 'INR', tier: 79, decimals: 0 },
  { country: 'MX', currency: 'MXN', tier: 17, decimals: 2 },
  { country: 'SE', currency: 'SEK', tier: 11, decimals: 2 },
];

interface Product {
  sku: string;
  title: string;
  appleId: string;
  type: string;
  version: string;
  parent: string;
  tiers: number;
  subscription: string;
  period: string;
  category: string;
}

const APP_NAMES = [
  'Weather',
  'Notes',
  'Kalender',
  'Tides',
  'Star Chart',
  'Pocket Budget',
  'Trail Log',
  'Piano Coach',
];
const CATEGORIES = [
  'Weather',
  'Productivity',
  'Productivity',
  'Navigation',
  'Education',
  'Finance',
  'Health & Fitness',
  'Music',
];

/** A vendor's catalogue: per app the app itself, an update, a re-download, an in-app purchase and a subscription. */
function catalogue(seed: number): Product[] {
  const rnd = random(seed);
  const products: Product[] = [];
  APP_NAMES.forEach((name, i) => {
    const appleId = String(1_400_000_000 + Math.floor(rnd() * 99_999_999));
    const sku =
      name
        .toUpperCase()
        .replace(/[^A-Z]/g, '')
        .slice(0, 8) +
      (i + 1);
    const version = `${1 + Math.floor(rnd() * 4)}.${Math.floor(rnd() * 10)}`;
    const category = CATEGORIES[i] as string;
    const base = { parent: '', subscription: '', period: '', category };
    products.push(
      { ...base, sku, title: name, appleId, type: '1F', version, tiers: i % 3 === 0 ? 0 : 3 },
      { ...base, sku, title: name, appleId, type: '7F', version, tiers: 0 },
      { ...base, sku, title: name, appleId, type: '3F', version, tiers: 0 },
      {
        ...base,
        sku: `${sku}.PRO`,
        title: `${name} Pro Unlock`,
        appleId: String(Number(appleId) + 101),
        type: 'IA1',
        version: '',
        parent: sku,
        tiers: 5,
      },
      {
        ...base,
        sku: `${sku}.PLUS.M`,
        title: `${name} Plus Monthly`,
        appleId: String(Number(appleId) + 202),
        type: 'IAY',
        version: '',
        parent: sku,
        tiers: 3,
        subscription: 'New',
        period: '1 Month',
      },
    );
  });
  return products;
}

const DEVICES = ['iPhone', 'iPhone', 'iPhone', 'iPad', 'Desktop', 'Apple Watch', 'Apple TV', 'Apple Vision'];

function usDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

export interface SyntheticSalesRequest extends SyntheticConfig {
  vendorNumber: string;
  reportType?: string;
  frequency: string;
  reportDate: string;
}

/**
 * A synthetic sales report as gzip members (each about `memberBytes` of TSV), generated lazily:
 * the same request always yields the same bytes, and no more than one member is held at a time.
 */
export async function* syntheticSalesReport(request: SyntheticSalesRequest): AsyncGenerator<Buffer> {
  const level = request.level ?? 1;
  const memberBytes = request.memberBytes ?? 1024 * 1024;
  // Members are compressed off the main thread, two at a time, while the next is generated.
  const pending: Array<Promise<Buffer>> = [];
  let batch: string[] = [];
  let size = 0;
  for (const line of syntheticSalesLines(request)) {
    batch.push(line);
    size += line.length;
    if (size >= memberBytes) {
      pending.push(gzipAsync(batch.join(''), { level }));
      batch = [];
      size = 0;
      if (pending.length >= 2) yield await (pending.shift() as Promise<Buffer>);
    }
  }
  if (batch.length) pending.push(gzipAsync(batch.join(''), { level }));
  for (const member of pending) yield await member;
}

/** The synthetic report's lines (header first), each ending in a line break. */
export function* syntheticSalesLines(request: SyntheticSalesRequest): Generator<string> {
  const period = salesPeriod(request.frequency, request.reportDate);
  if (typeof period === 'string') throw new Error(period);
  const products = catalogue(request.seed);
  const rnd = random(
    request.seed ^
      hash(
        `${request.vendorNumber}|${request.reportType ?? 'SALES'}|${request.frequency}|${request.reportDate}`,
      ),
  );
  const begin = usDate(period.begin);
  const end = usDate(period.end);
  if (request.reportType === 'PRE_ORDER') {
    yield* preOrderLines(request, products, rnd, begin, end);
    return;
  }
  yield `${SALES_COLUMNS.join('\t')}\n`;
  // Each row is pieced together from parts prepared once per product and territory: the
  // generator must outrun the client it feeds (the benchmark measures the client).
  const heads = products.map(
    (p) => `APPLE\tUS\t${p.sku}\tExample Labs\t${p.title}\t${p.version}\t${p.type}\t`,
  );
  const tails = products.map((p) => `\t${p.parent}\t`);
  const middles = products.map((p) =>
    TERRITORIES.map((t) =>
      [0.7, 0.85].map((rate) => {
        const price = p.tiers === 0 ? 0 : t.tier * p.tiers;
        const proceeds = price * rate;
        return `\t${proceeds.toFixed(t.decimals)}\t${begin}\t${end}\t${t.currency}\t${t.country}\t${t.currency}\t${p.appleId}\t${price.toFixed(t.decimals)}\t`;
      }),
    ),
  );
  const rowLimit = request.bytes === undefined ? (request.rows ?? 200) : Infinity;
  let bytes = 0;
  for (let n = 0; n < rowLimit && (request.bytes === undefined || bytes < request.bytes); n++) {
    const i = Math.floor(rnd() * products.length);
    const product = products[i] as Product;
    const territory = Math.floor(rnd() * TERRITORIES.length);
    const free = product.tiers === 0;
    const subscription = product.type === 'IAY';
    // Refunds: negative units at the usual per-unit price and proceeds.
    const refund = !free && rnd() < 0.02;
    const units = (refund ? -1 : 1) * (1 + Math.floor(rnd() * (free ? 40 : 6)));
    const rate = subscription && rnd() < 0.5 ? 1 : 0;
    const renewal = subscription && rnd() < 0.6;
    const promo = rnd() < 0.01 ? 'PROMO' : '';
    const device = DEVICES[Math.floor(rnd() * DEVICES.length)] as string;
    const reason = renewal && rnd() < 0.3 ? 'Rate After One Year' : '';
    const line =
      (heads[i] as string) +
      units +
      ((middles[i] as string[][])[territory] as string[])[rate] +
      promo +
      tails[i] +
      (subscription ? (renewal ? 'Renewal' : 'New') : '') +
      `\t${product.period}\t${product.category}\t\t${device}\tiOS\t${reason}\t\t${subscription ? 'App Store' : ''}\t\n`;
    bytes += line.length;
    yield line;
  }
}

/** A PRE_ORDER report's lines: apps not yet released, pre-orders and cancellations per territory. */
function* preOrderLines(
  request: SyntheticSalesRequest,
  products: Product[],
  rnd: () => number,
  begin: string,
  end: string,
): Generator<string> {
  yield `${PRE_ORDER_COLUMNS.join('\t')}\n`;
  const apps = products.filter((p) => p.type === '1F');
  const rows = request.rows ?? 40;
  for (let n = 0; n < rows; n++) {
    const app = apps[Math.floor(rnd() * apps.length)] as Product;
    const territory = TERRITORIES[Math.floor(rnd() * TERRITORIES.length)] as Territory;
    const ordered = Math.floor(rnd() * 50);
    const canceled = Math.floor(rnd() * Math.min(5, ordered + 1));
    const device = DEVICES[Math.floor(rnd() * DEVICES.length)] as string;
    yield `APPLE\tUS\t${app.sku}\tExample Labs\t${app.title}\t${begin}\t12/31/2026\t${ordered}\t${canceled}\t${ordered * 3}\t${canceled * 2}\t${begin}\t${end}\t${territory.country}\t${app.appleId}\t${device}\tiOS\n`;
  }
}

function syntheticFinanceText(request: {
  vendorNumber: string;
  reportType: string;
  regionCode: string;
  reportDate: string;
  period: Period;
  seed: number;
}): string {
  const products = catalogue(request.seed).filter((p) => p.tiers > 0);
  const rnd = random(
    request.seed ^
      hash(`${request.vendorNumber}|${request.reportType}|${request.regionCode}|${request.reportDate}`),
  );
  const detail = request.reportType === 'FINANCE_DETAIL';
  const columns = detail ? FINANCE_DETAIL_COLUMNS : FINANCIAL_COLUMNS;
  const currencies = [...new Set(TERRITORIES.map((t) => t.currency))].slice(0, 5);
  const sections: ReportRow[][] = [];
  for (const currency of request.regionCode === 'ZZ' || detail ? currencies : currencies.slice(0, 1)) {
    const territories = TERRITORIES.filter((t) => t.currency === currency);
    const rows: ReportRow[] = [];
    const count = 8 + Math.floor(rnd() * 12);
    for (let i = 0; i < count; i++) {
      const p = products[Math.floor(rnd() * products.length)] as Product;
      const t = territories[Math.floor(rnd() * territories.length)] as Territory;
      const ret = rnd() < 0.05;
      const qty = (ret ? -1 : 1) * (1 + Math.floor(rnd() * 30));
      const price = t.tier * p.tiers;
      const share = Number((price * 0.7).toFixed(t.decimals));
      const extended = (share * qty).toFixed(t.decimals);
      const day = new Date(request.period.begin.getTime() + Math.floor(rnd() * 28) * DAY);
      rows.push(
        detail
          ? {
              'Transaction Date': usDate(day),
              'Settlement Date': usDate(request.period.end),
              'Apple Identifier': p.appleId,
              SKU: p.sku,
              Title: p.title,
              'Developer Name': 'Example Labs',
              'Product Type Identifier': p.type,
              'Country of Sale': t.country,
              Quantity: qty,
              'Partner Share': share.toFixed(t.decimals),
              'Extended Partner Share': extended,
              'Partner Share Currency': currency,
              'Customer Price': price.toFixed(t.decimals),
              'Customer Currency': currency,
              'Sale or Return': ret ? 'R' : 'S',
              'Promo Code': '',
              'Order Type': '',
              Region: t.country === 'US' ? 'Americas' : 'Rest of World',
            }
          : {
              'Start Date': usDate(request.period.begin),
              'End Date': usDate(request.period.end),
              'Vendor Identifier': p.sku,
              Quantity: qty,
              'Partner Share': share.toFixed(t.decimals),
              'Extended Partner Share': extended,
              'Partner Share Currency': currency,
              'Sales or Return': ret ? 'R' : 'S',
              'Apple Identifier': p.appleId,
              'Artist/Show/Developer/Author': 'Example Labs',
              Title: p.title,
              'Product Type Identifier': p.type,
              'Country Of Sale': t.country,
              'Pre-order Flag': '',
              'Promo Code': '',
              'Customer Price': price.toFixed(t.decimals),
              'Customer Currency': currency,
            },
      );
    }
    sections.push(rows);
  }
  return financeText(columns, sections);
}

/** The demo's vendor number: a few hundred generated rows for every published date. */
export const DEMO_VENDOR_NUMBER = '85012345';

export function seedDemoReports(store: Store): void {
  if (!store.get(VENDORS, DEMO_VENDOR_NUMBER))
    addReportVendor(store, DEMO_VENDOR_NUMBER, {
      synthetic: { seed: 2024, rows: 400, memberBytes: 32 * 1024 },
    });
}
