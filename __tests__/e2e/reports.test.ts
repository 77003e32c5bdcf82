import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import {
  FINANCE_DETAIL_COLUMNS,
  FINANCIAL_COLUMNS,
  PRE_ORDER_COLUMNS,
  SALES_COLUMNS,
  SUBSCRIBER_COLUMNS,
  SUBSCRIPTION_EVENT_COLUMNS,
  addFinanceReport,
  addReportVendor,
  addSalesReport,
  syntheticSalesLines,
  tsv,
} from '../../fake-app-store-connect/routes/reports.js';
import type { RouteModule } from '../../fake-app-store-connect/types.js';
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';

const VENDOR = '85012345';
/** Monday 2025-03-10, 09:30 PDT: the daily report of Sunday 2025-03-09 is out since 8 AM. */
const MONDAY_0930 = Date.parse('2025-03-10T16:30:00Z');
/** The same Monday at 07:00 PDT: Sunday's report is not out yet. */
const MONDAY_0700 = Date.parse('2025-03-10T14:00:00Z');

let fx: Fixture;
let clock = virtualClock(MONDAY_0930);
let work: string;

interface SalesResult {
  report: string;
  request: Record<string, string>;
  dateSource: string;
  available: boolean;
  reason?: string;
  decidedBy?: string;
  file: { path: string; format: string; bytes: number } | null;
  rows: number;
  totals: {
    units: number;
    proceeds: Array<{ currency: string; units: number; proceeds: number; rows: number }>;
  };
  topProducts: Array<{
    title: string;
    appleIdentifier: string;
    units: number;
    proceeds: Record<string, number>;
  }>;
}

async function act(
  inputs: Record<string, string | undefined>,
  options: Parameters<typeof runAction>[1] = {},
) {
  return runAction(
    fx.inputs({ operation: 'sales-report', 'vendor-number': VENDOR, 'output-dir': work, ...inputs }),
    { retry: FAST_RETRY, clock, ...options },
  );
}

const reportRequests = () => fx.server.log.filter((l) => /Reports$/.test(l.path));

// ---------------------------------------------------------------------------------------------
// A sales report with realistic rows, and its totals computed here, independently of the action.

const TERRITORIES = [
  { country: 'US', currency: 'USD', price: '0.99', proceeds: '0.70' },
  { country: 'DE', currency: 'EUR', price: '0.99', proceeds: '0.59' },
  { country: 'JP', currency: 'JPY', price: '160', proceeds: '112' },
  { country: 'GB', currency: 'GBP', price: '0.99', proceeds: '0.58' },
];
const PRODUCTS = [
  { sku: 'WEATHER1', title: 'Weather', type: '1F', id: '1450001', paid: true },
  { sku: 'WEATHER1.PRO', title: 'Weather Pro Unlock', type: 'IA1', id: '1450002', paid: true },
  { sku: 'NOTES1', title: 'Notes', type: '1F', id: '1450003', paid: false },
  { sku: 'NOTES1', title: 'Notes', type: '7F', id: '1450003', paid: false },
  { sku: 'CAL1', title: 'Kalender', type: '1F', id: '1450004', paid: true },
];

function salesRows(count: number, date = '03/09/2025'): Array<Record<string, string>> {
  return Array.from({ length: count }, (_, i) => {
    const p = PRODUCTS[i % PRODUCTS.length] as (typeof PRODUCTS)[number];
    const t = TERRITORIES[(i * 7) % TERRITORIES.length] as (typeof TERRITORIES)[number];
    const units = i % 17 === 5 ? -1 : ((i * 13) % 9) + 1;
    return {
      Provider: 'APPLE',
      'Provider Country': 'US',
      SKU: p.sku,
      Developer: 'Example Labs',
      Title: p.title,
      Version: p.type === 'IA1' ? '' : '2.1',
      'Product Type Identifier': p.type,
      Units: String(units),
      'Developer Proceeds': p.paid ? t.proceeds : '0',
      'Begin Date': date,
      'End Date': date,
      'Customer Currency': t.currency,
      'Country Code': t.country,
      'Currency of Proceeds': t.currency,
      'Apple Identifier': p.id,
      'Customer Price': p.paid ? t.price : '0',
      'Promo Code': '',
      'Parent Identifier': p.type === 'IA1' ? 'WEATHER1' : '',
      Subscription: '',
      Period: '',
      Category: 'Weather',
      CMB: '',
      Device: i % 3 ? 'iPhone' : 'iPad',
      'Supported Platforms': 'iOS',
      'Proceeds Reason': '',
      'Preserved Pricing': '',
      Client: '',
      'Order Type': '',
    };
  });
}

/** Units, proceeds per currency in cents (units × per-unit proceeds) and units per Apple id. */
function independentTotals(rows: Array<Record<string, string>>) {
  let units = 0;
  const cents = new Map<string, number>();
  const byProduct = new Map<string, { title: string; units: number }>();
  for (const r of rows) {
    const u = Number(r.Units);
    units += u;
    const c = r['Currency of Proceeds'] as string;
    cents.set(c, (cents.get(c) ?? 0) + u * Math.round(Number(r['Developer Proceeds']) * 100));
    const id = r['Apple Identifier'] as string;
    const p = byProduct.get(id) ?? { title: r.Title as string, units: 0 };
    p.units += u;
    byProduct.set(id, p);
  }
  const top = [...byProduct.entries()].sort((a, b) => b[1].units - a[1].units);
  return { units, cents, top };
}

beforeAll(async () => {
  fx = await startFixture({ now: () => clock.now(), rateLimit: 100_000 });
});
afterAll(() => fx.close());
beforeEach(() => {
  clock = virtualClock(MONDAY_0930);
  work = mkdtempSync(path.join(tmpdir(), 'reports-e2e-'));
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  addReportVendor(fx.server.store, VENDOR);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('sales-report', () => {
  test('yesterday’s report by default: gzip stream to a TSV file, totals checked independently, summary with tables and chart', async () => {
    const rows = salesRows(60);
    addSalesReport(fx.server.store, { vendorNumber: VENDOR, reportDate: '2025-03-09', rows, members: 3 });
    const r = await act({});
    expect(r.failed).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(r.stdout).toContain(
      'report-date not given: using 2025-03-09, the newest DAILY report that should be available now (daily reports are ready around 8 AM Pacific time the next day).',
    );
    // One request, with the gzip Accept header and every filter Apple needs.
    const requests = reportRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.accept).toBe('application/a-gzip');
    expect(requests[0]?.query).toEqual({
      'filter[vendorNumber]': VENDOR,
      'filter[reportType]': 'SALES',
      'filter[reportSubType]': 'SUMMARY',
      'filter[frequency]': 'DAILY',
      'filter[reportDate]': '2025-03-09',
      'filter[version]': '1_0',
    });

    const file = path.join(work, 'sales-85012345-sales-summary-daily-2025-03-09.tsv');
    expect(r.outputs).toMatchObject({ 'report-file': file, 'report-rows': '60', 'report-available': 'true' });
    expect(readFileSync(file, 'utf8')).toBe(tsv(SALES_COLUMNS, rows));
    expect(readdirSync(work)).toEqual([path.basename(file)]);

    const result = r.result as SalesResult;
    const expected = independentTotals(rows);
    expect(result).toMatchObject({ report: 'sales', available: true, dateSource: 'default', rows: 60 });
    expect(result.file).toMatchObject({ path: file, format: 'tsv' });
    expect(result.totals.units).toBe(expected.units);
    expect(
      Object.fromEntries(result.totals.proceeds.map((p) => [p.currency, Math.round(p.proceeds * 100)])),
    ).toEqual(Object.fromEntries(expected.cents));
    expect(result.topProducts.map((p) => [p.appleIdentifier, p.units])).toEqual(
      expected.top.map(([id, p]) => [id, p.units]),
    );
    const weather = result.topProducts.find((p) => p.title === 'Weather');
    const weatherUsd = rows
      .filter((row) => row['Apple Identifier'] === '1450001' && row['Currency of Proceeds'] === 'USD')
      .reduce((sum, row) => sum + Number(row.Units) * 70, 0);
    expect(Math.round((weather?.proceeds.USD ?? 0) * 100)).toBe(weatherUsd);

    expect(r.summary).toContain('| Date | 2025-03-09 (newest expected now) |');
    expect(r.summary).toContain(`| Units | ${expected.units} |`);
    expect(r.summary).toContain('### Totals by currency of proceeds');
    expect(r.summary).toContain('| Currency | Rows | Units | Proceeds |');
    expect(r.summary).toContain('### Top products by units');
    expect(r.summary).toContain('```mermaid\nxychart-beta horizontal');
    const [topId, topProduct] = expected.top[0] as [string, { title: string; units: number }];
    expect(r.summary).toContain(`| 1 | ${topProduct.title} |`);
    expect(r.summary).toContain(`| ${topId} |`);
    expect(r.summary).toMatch(new RegExp(`bar \\[${expected.top.map(([, p]) => p.units).join(', ')}\\]`));
  });

  test('a generated multi-megabyte report in many gzip members: totals match a parse of the same lines', async () => {
    const synthetic = { seed: 11, bytes: 4 * 1024 * 1024, memberBytes: 256 * 1024 };
    addReportVendor(fx.server.store, VENDOR, { synthetic });
    const r = await act({ format: 'json' });
    expect(r.failed).toBe(false);
    // Independently: the generator's own lines, split and summed here.
    const lines = [
      ...syntheticSalesLines({
        vendorNumber: VENDOR,
        frequency: 'DAILY',
        reportDate: '2025-03-09',
        ...synthetic,
      }),
    ];
    const split = (line: string) => line.replace(/\n$/, '').split('\t');
    const header = split(lines[0] as string);
    const rows = lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [header[i], v])));
    const expected = independentTotals(rows);
    const result = r.result as SalesResult;
    expect(result.rows).toBe(rows.length);
    expect(result.totals.units).toBe(expected.units);
    expect(
      Object.fromEntries(result.totals.proceeds.map((p) => [p.currency, Math.round(p.proceeds * 100)])),
    ).toEqual(Object.fromEntries(expected.cents));
    expect(result.topProducts.slice(0, 5).map((p) => p.units)).toEqual(
      expected.top.slice(0, 5).map(([, p]) => p.units),
    );
    const parsed = JSON.parse(readFileSync(r.outputs['report-file'] as string, 'utf8')) as unknown[];
    expect(parsed).toHaveLength(rows.length);
    expect(parsed[rows.length - 1]).toEqual(rows[rows.length - 1]);
  });

  test('csv and json files hold the same rows', async () => {
    const rows = salesRows(25);
    rows[0] = { ...(rows[0] as Record<string, string>), Title: 'Weather, "Live"' };
    addSalesReport(fx.server.store, { vendorNumber: VENDOR, reportDate: '2025-03-09', rows, members: 2 });
    const csv = await act({ format: 'csv', 'report-date': '2025-03-09' });
    expect(csv.failed).toBe(false);
    const csvText = readFileSync(csv.outputs['report-file'] as string, 'utf8');
    expect(csv.outputs['report-file']).toMatch(/\.csv$/);
    expect(csvText.split('\r\n')[0]).toBe(SALES_COLUMNS.join(','));
    expect(csvText.split('\r\n')).toHaveLength(27);
    expect(csvText).toContain('"Weather, ""Live"""');

    const json = await act({ format: 'json', 'report-date': '2025-03-09' });
    const parsed = JSON.parse(readFileSync(json.outputs['report-file'] as string, 'utf8')) as Array<
      Record<string, string>
    >;
    expect(parsed).toEqual(rows);
    expect((json.result as SalesResult).dateSource).toBe('input');
    expect((json.result as SalesResult).totals.units).toBe(independentTotals(rows).units);
  });

  test('before 8 AM Pacific the default is the day before; asking for yesterday says "not available yet"', async () => {
    clock = virtualClock(MONDAY_0700);
    addSalesReport(fx.server.store, {
      vendorNumber: VENDOR,
      reportDate: '2025-03-08',
      rows: salesRows(5, '03/08/2025'),
    });
    addSalesReport(fx.server.store, { vendorNumber: VENDOR, reportDate: '2025-03-09', rows: salesRows(5) });
    const byDefault = await act({});
    expect(byDefault.failed).toBe(false);
    expect(byDefault.stdout).toContain('using 2025-03-08, the newest DAILY report');
    expect(byDefault.outputs['report-file']).toMatch(/2025-03-08\.tsv$/);

    const early = await act({ 'report-date': '2025-03-09' });
    expect(early.failed).toBe(false);
    expect(early.outputs).toMatchObject({
      'report-available': 'false',
      'report-rows': '0',
      'report-file': '',
    });
    expect(early.warnings).toHaveLength(1);
    expect(early.warnings[0]).toMatch(
      /^The SALES report for 2025-03-09 is not available yet: daily reports are ready around 8 AM Pacific time the next day, so it is expected from 2025-03-10 08:00 Pacific \(now 2025-03-10 07:00 Pacific\)\. Apple answered 404/,
    );
    expect(early.result).toMatchObject({
      available: false,
      reason: 'not-available-yet',
      decidedBy: 'date',
      file: null,
    });
    expect(early.summary).toContain('| Why | not available yet |');
    expect(readdirSync(work)).toEqual(['sales-85012345-sales-summary-daily-2025-03-08.tsv']);
  });

  test('a past date without sales: "no sales", a warning, not a failure', async () => {
    const r = await act({ 'report-date': '2025-03-01' });
    expect(r.failed).toBe(false);
    expect(r.outputs['report-available']).toBe('false');
    expect(r.warnings[0]).toMatch(
      /^There is no SALES report for 2025-03-01: there were no sales or downloads for that date .*“There were no sales for the date specified\.”/,
    );
    expect(r.result).toMatchObject({ reason: 'no-sales', decidedBy: 'text' });
    expect(r.summary).toContain('| Why | no sales for that date |');
    expect(readdirSync(work)).toEqual([]);
  });

  test('fail-if-unavailable: true makes a missing report fail the step, with the same explanation', async () => {
    const r = await act({ 'report-date': '2025-03-01', 'fail-if-unavailable': 'true' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /There is no SALES report for 2025-03-01: there were no sales .*fail-if-unavailable is true/,
    );
    expect(r.outputs['report-available']).toBe('false');
  });

  test('when Apple is late it says so; a 404 without telling words is judged by the date', async () => {
    addReportVendor(fx.server.store, VENDOR, { lateDates: ['2025-03-08'] });
    const late = await act({ 'report-date': '2025-03-08' });
    expect(late.result).toMatchObject({ reason: 'not-available-yet', decidedBy: 'text' });
    expect(late.warnings[0]).toMatch(
      /is not available yet, although it was expected from 2025-03-09 08:00 Pacific: Apple is late/,
    );

    // A bare NOT_FOUND: recent (due 1.5 h ago) means late; two weeks old means nothing there.
    fx.server.faults.add({ path: '/v1/salesReports', status: 404, times: 2 });
    const recent = await act({ 'report-date': '2025-03-09' });
    expect(recent.result).toMatchObject({ reason: 'not-available-yet', decidedBy: 'date-and-text' });
    const old = await act({ 'report-date': '2025-02-20' });
    expect(old.result).toMatchObject({ reason: 'no-sales', decidedBy: 'date-and-text' });
    expect(old.warnings[0]).toMatch(
      /it was due by 2025-02-21 08:00 Pacific, so a 404 now means there were no sales/,
    );
  });

  test('weekly and monthly defaults pick the newest finished period', async () => {
    addSalesReport(fx.server.store, {
      vendorNumber: VENDOR,
      frequency: 'WEEKLY',
      reportDate: '2025-03-09',
      rows: salesRows(7),
    });
    const weekly = await act({ frequency: 'WEEKLY' });
    expect(weekly.failed).toBe(false);
    expect(weekly.stdout).toContain('using 2025-03-09, the newest WEEKLY report');
    expect(weekly.outputs['report-rows']).toBe('7');
    const monthly = await act({ frequency: 'MONTHLY' });
    expect(monthly.stdout).toContain('using 2025-02, the newest MONTHLY report');
    expect(reportRequests().at(-1)?.query['filter[reportDate]']).toBe('2025-02');
  });

  test('bad inputs fail before any request, saying what is valid', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { 'report-type': 'SUBSCRIPTION', frequency: 'WEEKLY' },
        /Input 'frequency' has an invalid value 'WEEKLY': SUBSCRIPTION reports are not made WEEKLY\. Valid for report-type SUBSCRIPTION: report-subtype SUMMARY with frequency DAILY and report-version 1_3\./,
      ],
      [
        { 'report-subtype': 'DETAILED' },
        /Input 'report-subtype' .*Valid for report-type SALES: report-subtype SUMMARY/,
      ],
      [{ 'report-version': '1_1' }, /Input 'report-version' has an invalid value '1_1'/],
      [
        { frequency: 'WEEKLY', 'report-date': '2025-03-05' },
        /2025-03-05 is a Wednesday \(that week ends on 2025-03-09\)/,
      ],
      [{ frequency: 'MONTHLY', 'report-date': '2025-03-01' }, /a MONTHLY report needs a month, YYYY-MM/],
      [
        { 'report-type': 'FINANCIAL' },
        /Input 'report-type' has an invalid value 'FINANCIAL': expected one of SALES, PRE_ORDER/,
      ],
      [{ 'vendor-number': 'acme' }, /Input 'vendor-number' has an invalid value 'acme'/],
      [{ 'vendor-number': '' }, /Input 'vendor-number' is required/],
      [{ format: 'xlsx' }, /Input 'format' has an invalid value 'xlsx': expected one of tsv, csv, json/],
      [{ 'max-report-mb': '0' }, /Input 'max-report-mb' /],
      [{ 'max-report-mb': 'lots' }, /Input 'max-report-mb' /],
    ];
    for (const [inputs, message] of cases) {
      const r = await act(inputs);
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(message);
    }
    expect(fx.server.log).toHaveLength(0);
  });

  test('an individual key fails at once: reports are for team keys', async () => {
    const r = await act({ 'issuer-id': undefined });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /Input 'issuer-id' is empty, so the key is an individual API key.*team key .*Admin, Finance or Sales role/,
    );
    expect(fx.server.log).toHaveLength(0);
  });

  test('a 403 says the key needs the Admin, Finance or Sales role', async () => {
    const dev = await startFixture({ now: () => clock.now(), roles: ['DEVELOPER', 'APP_MANAGER'] });
    try {
      addReportVendor(dev.server.store, VENDOR);
      const r = await runAction(
        dev.inputs({ operation: 'sales-report', 'vendor-number': VENDOR, 'output-dir': work }),
        { retry: { ...FAST_RETRY, maxAttempts: 3 }, clock },
      );
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(
        /answered 403 .*FORBIDDEN_ERROR.*team API key with the Admin, Finance or Sales role/,
      );
      expect(dev.server.log).toHaveLength(1);
      expect(readdirSync(work)).toEqual([]);
    } finally {
      await dev.close();
    }
  });
});

describe('a download that breaks off', () => {
  /** Serves the first `failures` downloads cut off half-way (socket destroyed), then the real report. */
  function breakingRoute(body: Buffer, failures: number): RouteModule {
    let calls = 0;
    return (router) => {
      router.get(
        '/v1/salesReports',
        () => {
          calls += 1;
          if (calls <= failures) {
            let sent = false;
            const half = new Readable({
              read() {
                if (sent) return;
                sent = true;
                this.push(body.subarray(0, body.length >> 1));
                setTimeout(() => this.destroy(new Error('cut')), 5);
              },
            });
            return { status: 200, body: half, headers: { 'Content-Type': 'application/a-gzip' } };
          }
          return { status: 200, body, headers: { 'Content-Type': 'application/a-gzip' } };
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
    };
  }
  const rows = salesRows(3000);
  const body = gzipSync(tsv(SALES_COLUMNS, rows));

  test('is downloaded again, and the file is complete', async () => {
    const flaky = await startFixture({ now: () => clock.now(), routes: [breakingRoute(body, 1)] });
    try {
      const r = await runAction(
        flaky.inputs({ operation: 'sales-report', 'vendor-number': VENDOR, 'output-dir': work }),
        {
          retry: FAST_RETRY,
          clock,
        },
      );
      expect(r.failed).toBe(false);
      // The client's one retry policy asks again, as for any request that breaks off.
      expect(r.stdout).toMatch(/GET \/v1\/salesReports: .*; retrying in \d+ ms \(try 2 of 6\)/);
      expect(r.outputs['report-rows']).toBe('3000');
      expect(readFileSync(r.outputs['report-file'] as string, 'utf8')).toBe(tsv(SALES_COLUMNS, rows));
      expect((r.result as SalesResult).totals.units).toBe(independentTotals(rows).units);
      expect(flaky.server.log).toHaveLength(2);
      expect(clock.slept).toHaveLength(1);
    } finally {
      await flaky.close();
    }
  });

  test('fails after three tries and leaves no partial file', async () => {
    const broken = await startFixture({ now: () => clock.now(), routes: [breakingRoute(body, 10)] });
    try {
      const r = await runAction(
        broken.inputs({
          operation: 'sales-report',
          'vendor-number': VENDOR,
          'output-dir': work,
          format: 'json',
        }),
        { retry: { ...FAST_RETRY, maxAttempts: 3 }, clock },
      );
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(
        /^Downloading the SALES report for 2025-03-09 failed after 3 tries: .*No file was left behind/,
      );
      expect(broken.server.log).toHaveLength(3);
      expect(readdirSync(work)).toEqual([]);
    } finally {
      await broken.close();
    }
  });
});

describe('finance-report', () => {
  const financial = (title: string, qty: number, share: string, currency: string, id: string) => ({
    'Start Date': '02/02/2025',
    'End Date': '03/01/2025',
    'Vendor Identifier': title.toUpperCase(),
    Quantity: qty,
    'Partner Share': share,
    'Extended Partner Share': ((Math.round(Number(share) * 100) * qty) / 100).toFixed(
      currency === 'JPY' ? 0 : 2,
    ),
    'Partner Share Currency': currency,
    'Sales or Return': qty < 0 ? 'R' : 'S',
    'Apple Identifier': id,
    'Artist/Show/Developer/Author': 'Example Labs',
    Title: title,
    'Product Type Identifier': '1F',
    'Country Of Sale': currency === 'USD' ? 'US' : currency === 'JPY' ? 'JP' : 'DE',
    'Customer Price': share,
    'Customer Currency': currency,
  });
  const sections = [
    [
      financial('Weather', 12, '0.70', 'USD', '1'),
      financial('Notes', 3, '2.10', 'USD', '2'),
      financial('Weather', -1, '0.70', 'USD', '1'),
    ],
    [financial('Weather', 5, '0.59', 'EUR', '1'), financial('Kalender', 8, '1.19', 'EUR', '3')],
    [financial('Weather', 40, '112', 'JPY', '1')],
  ];

  test('the previous fiscal month by default, amounts per currency that match Apple’s Total_* lines', async () => {
    addFinanceReport(fx.server.store, { vendorNumber: VENDOR, reportDate: '2025-02', sections, members: 2 });
    const r = await act({ operation: 'finance-report', format: 'csv' });
    expect(r.failed).toBe(false);
    expect(r.stdout).toContain('report-date not given: using fiscal month 2025-02');
    expect(reportRequests()[0]?.query).toEqual({
      'filter[vendorNumber]': VENDOR,
      'filter[reportType]': 'FINANCIAL',
      'filter[regionCode]': 'ZZ',
      'filter[reportDate]': '2025-02',
    });
    const file = path.join(work, 'finance-85012345-financial-zz-2025-02.csv');
    expect(r.outputs).toMatchObject({ 'report-file': file, 'report-rows': '6', 'report-available': 'true' });
    // Data rows only: one header, no Total_* lines.
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines.some((l) => l.startsWith('Total_'))).toBe(false);

    // Independent: sum the extended partner share per currency in cents.
    const expected = new Map<string, number>();
    for (const row of sections.flat())
      expected.set(
        row['Partner Share Currency'],
        (expected.get(row['Partner Share Currency']) ?? 0) +
          Math.round(Number(row['Extended Partner Share']) * 100),
      );
    const result = r.result as {
      totals: { units: number; amounts: Array<{ currency: string; amount: number }>; declaredMatch: boolean };
    };
    expect(result.totals.units).toBe(sections.flat().reduce((s, row) => s + row.Quantity, 0));
    expect(
      Object.fromEntries(result.totals.amounts.map((a) => [a.currency, Math.round(a.amount * 100)])),
    ).toEqual(Object.fromEntries(expected));
    expect(result.totals.declaredMatch).toBe(true);
    expect(r.summary).toContain('| Apple’s Total_* lines | match the rows |');
    expect(r.summary).toContain('| Currency | Rows | Units | Amount (extended partner share) |');
    expect(r.summary).toContain('| JPY | 1 | 40 | 4,480.00 |');
    expect(r.summary).toContain('```mermaid');
  });

  test('tsv keeps Apple’s file as is, Total_* lines included; a mismatch is a warning', async () => {
    const text =
      tsv(FINANCE_DETAIL_COLUMNS, [
        { Title: 'Weather', Quantity: 2, 'Extended Partner Share': '1.40', 'Partner Share Currency': 'USD' },
      ]) + 'Total_Rows\t2\nTotal_Amount\t1.40\nTotal_Units\t2\n';
    addFinanceReport(fx.server.store, {
      vendorNumber: VENDOR,
      reportType: 'FINANCE_DETAIL',
      regionCode: 'Z1',
      reportDate: '2025-01',
      text,
    });
    const r = await act({
      operation: 'finance-report',
      'report-type': 'FINANCE_DETAIL',
      'report-date': '2025-01',
    });
    expect(r.failed).toBe(false);
    expect(reportRequests()[0]?.query['filter[regionCode]']).toBe('Z1');
    expect(readFileSync(r.outputs['report-file'] as string, 'utf8')).toBe(text);
    expect(r.outputs['report-rows']).toBe('1');
    expect(r.warnings[0]).toMatch(
      /does not add up to its own Total_\* lines: Total_Rows of the USD section is 2, it has 1 rows\./,
    );
  });

  test('a fiscal month not closed yet is "not available yet"; region and date are checked first', async () => {
    const early = await act({ operation: 'finance-report', 'report-date': '2025-03' });
    expect(early.result).toMatchObject({ available: false, reason: 'not-available-yet', decidedBy: 'date' });
    expect(early.warnings[0]).toMatch(/FINANCIAL report for region ZZ for 2025-03 is not available yet/);
    fx.server.log.length = 0;
    for (const [inputs, message] of [
      [
        { 'report-type': 'FINANCE_DETAIL', 'region-code': 'US' },
        /FINANCE_DETAIL report exists only for region Z1/,
      ],
      [{ 'region-code': 'Z1' }, /region Z1 is only for report-type FINANCE_DETAIL/],
      [{ 'region-code': 'Europe' }, /two-character region code/],
      [{ 'report-date': '2025-02-01' }, /Apple's fiscal month, YYYY-MM/],
      [{ 'report-type': 'SALES' }, /expected one of FINANCIAL, FINANCE_DETAIL/],
    ] as Array<[Record<string, string>, RegExp]>) {
      const r = await act({ operation: 'finance-report', ...inputs });
      expect(r.failed).toBe(true);
      expect(r.errors[0]).toMatch(message);
    }
    expect(fx.server.log).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Files shaped exactly like Apple's: blank fields as a single space, free rows without a currency
// of proceeds, JPY amounts without decimals, finance files in sections per currency, each with
// its own header and Total_* lines (Total_Units counting units sold, not returns).

/** A line of `columns.length` fields: the given ones by name, every other one a single space. */
function appleLine(columns: readonly string[], values: Record<string, string | number>): string {
  return columns.map((c) => (c in values ? String(values[c]) : ' ')).join('\t');
}

describe('Apple’s real report shapes', () => {
  const fin = (values: Record<string, string | number>) =>
    appleLine(FINANCIAL_COLUMNS, {
      'Start Date': '02/02/2025',
      'End Date': '03/01/2025',
      'Artist/Show/Developer/Author': 'Example Labs',
      'Product Type Identifier': '1F',
      'Pre-order Flag': ' ',
      ...values,
    });
  const header = FINANCIAL_COLUMNS.join('\t');
  function financial(jpyTotalAmount = '4368') {
    return [
      header,
      fin({
        'Vendor Identifier': 'WEATHER1',
        Quantity: 12,
        'Partner Share': '0.70',
        'Extended Partner Share': '8.40',
        'Partner Share Currency': 'USD',
        'Sales or Return': 'S',
        'Apple Identifier': '1450001',
        Title: 'Weather',
        'Country Of Sale': 'US',
        'Customer Price': '0.99',
        'Customer Currency': 'USD',
      }),
      fin({
        'Vendor Identifier': 'NOTES1',
        Quantity: 3,
        'Partner Share': '2.10',
        'Extended Partner Share': '6.30',
        'Partner Share Currency': 'USD',
        'Sales or Return': 'S',
        'Apple Identifier': '1450003',
        Title: 'Notes',
        'Country Of Sale': 'US',
        'Customer Price': '2.99',
        'Customer Currency': 'USD',
      }),
      fin({
        'Vendor Identifier': 'WEATHER1',
        Quantity: -1,
        'Partner Share': '0.70',
        'Extended Partner Share': '-0.70',
        'Partner Share Currency': 'USD',
        'Sales or Return': 'R',
        'Apple Identifier': '1450001',
        Title: 'Weather',
        'Country Of Sale': 'US',
        'Customer Price': '0.99',
        'Customer Currency': 'USD',
      }),
      // Apple: rows 3 and the amount net of the return, but units sold only (12 + 3, not 14).
      'Total_Rows\t3',
      'Total_Amount\t14.00',
      'Total_Units\t15',
      '',
      header,
      fin({
        'Vendor Identifier': 'WEATHER1',
        Quantity: 40,
        'Partner Share': '112',
        'Extended Partner Share': '4480',
        'Partner Share Currency': 'JPY',
        'Sales or Return': 'S',
        'Apple Identifier': '1450001',
        Title: 'Weather',
        'Country Of Sale': 'JP',
        'Customer Price': '160',
        'Customer Currency': 'JPY',
      }),
      fin({
        'Vendor Identifier': 'WEATHER1',
        Quantity: -1,
        'Partner Share': '112',
        'Extended Partner Share': '-112',
        'Partner Share Currency': 'JPY',
        'Sales or Return': 'R',
        'Apple Identifier': '1450001',
        Title: 'Weather',
        'Country Of Sale': 'JP',
        'Customer Price': '160',
        'Customer Currency': 'JPY',
      }),
      'Total_Rows\t2',
      `Total_Amount\t${jpyTotalAmount}`,
      'Total_Units\t40',
      '',
    ].join('\n');
  }

  test('FINANCIAL with returns: Total_Units (units sold) and Total_Amount (net) both match, no warning', async () => {
    addFinanceReport(fx.server.store, { vendorNumber: VENDOR, reportDate: '2025-02', text: financial() });
    const r = await act({ operation: 'finance-report' });
    expect(r.failed).toBe(false);
    expect(r.warnings).toEqual([]);
    const result = r.result as {
      totals: {
        units: number;
        amounts: Array<{ currency: string; amount: number; units: number; rows: number }>;
        declaredMatch: boolean;
        mismatches: unknown[];
      };
    };
    expect(result.totals.declaredMatch).toBe(true);
    expect(result.totals.mismatches).toEqual([]);
    // Units net of returns, as the rows say: 12 + 3 - 1 + 40 - 1.
    expect(result.totals.units).toBe(53);
    expect(result.totals.amounts).toEqual([
      { currency: 'JPY', units: 39, amount: 4368, rows: 2 },
      { currency: 'USD', units: 14, amount: 14, rows: 3 },
    ]);
    expect(r.summary).toContain('| Apple’s Total_* lines | match the rows |');
    expect(r.outputs['report-rows']).toBe('5');
  });

  test('a declared total that differs is named, with both values', async () => {
    addFinanceReport(fx.server.store, {
      vendorNumber: VENDOR,
      reportDate: '2025-02',
      text: financial('4480'),
    });
    const r = await act({ operation: 'finance-report' });
    expect(r.failed).toBe(false);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      /does not add up to its own Total_\* lines: Total_Amount of the JPY section is 4,480\.00, its rows add up to 4,368\.00\. The file is saved as received\./,
    );
    expect((r.result as { totals: { mismatches: unknown[] } }).totals.mismatches).toEqual([
      { total: 'Total_Amount', currency: 'JPY', declared: 4480, read: 4368 },
    ]);
  });

  test("PRE_ORDER: Apple's columns (Ordered, Canceled), no units, no money, nothing ranked", async () => {
    const vendor = '85012399';
    addReportVendor(fx.server.store, vendor, { synthetic: { seed: 5, rows: 30 } });
    const r = await act({ 'vendor-number': vendor, 'report-type': 'PRE_ORDER', 'report-date': '2025-03-09' });
    expect(r.failed).toBe(false);
    const result = r.result as SalesResult;
    const lines = readFileSync(result.file?.path as string, 'utf8').split('\n');
    expect(lines[0]).toBe(PRE_ORDER_COLUMNS.join('\t'));
    expect(result.rows).toBe(30);
    expect(result.totals.units).toBeNull();
    expect(result.totals.proceeds).toEqual([]);
    expect(result.topProducts).toEqual([]);
    expect(r.summary).toContain('| Units | none: this report has no Units column |');
  });

  test('SUBSCRIPTION_EVENT: Quantity counts events, not units; nothing is ranked by units', async () => {
    const event = (name: string, quantity: number, sub: string, id: string) =>
      appleLine(SUBSCRIPTION_EVENT_COLUMNS, {
        'Event Date': '2025-03-09',
        Event: name,
        'App Name': 'Weather',
        'App Apple ID': '1450001',
        'Subscription Name': sub,
        'Subscription Apple ID': id,
        'Subscription Group ID': '21000001',
        'Standard Subscription Duration': '1 Month',
        'Consecutive Paid Periods': 3,
        Device: 'iPhone',
        Client: 'App Store',
        State: 'CA',
        Country: 'US',
        Quantity: quantity,
      });
    const text = [
      SUBSCRIPTION_EVENT_COLUMNS.join('\t'),
      event('Renew', 120, 'Weather Plus Monthly', '1450203'),
      event('Cancel', 14, 'Weather Plus Monthly', '1450203'),
      event('Billing Retry from Paid Subscription', 9, 'Weather Plus Yearly', '1450204'),
      event('Start Introductory Offer', 31, 'Weather Plus Yearly', '1450204'),
      '',
    ].join('\n');
    addSalesReport(fx.server.store, {
      vendorNumber: VENDOR,
      reportType: 'SUBSCRIPTION_EVENT',
      reportDate: '2025-03-09',
      columns: SUBSCRIPTION_EVENT_COLUMNS,
      rows: text
        .split('\n')
        .slice(1, -1)
        .map((l) => l.split('\t')),
    });
    const r = await act({ 'report-type': 'SUBSCRIPTION_EVENT', 'report-date': '2025-03-09' });
    expect(r.failed).toBe(false);
    const result = r.result as SalesResult;
    expect(result.rows).toBe(4);
    expect(result.totals.units).toBeNull();
    expect(result.totals.proceeds).toEqual([]);
    expect(result.topProducts).toEqual([]);
    expect(r.summary).toContain('| Units | none: this report has no Units column |');
    expect(r.summary).not.toContain('Top products by units');
    expect(r.summary).not.toContain('```mermaid');
  });

  test('SALES: single-space blanks, free rows without a currency of proceeds, JPY without decimals', async () => {
    const sale = (values: Record<string, string | number>) =>
      appleLine(SALES_COLUMNS, {
        Provider: 'APPLE',
        'Provider Country': 'US',
        Developer: 'Example Labs',
        'Begin Date': '03/09/2025',
        'End Date': '03/09/2025',
        Device: 'iPhone',
        'Supported Platforms': 'iOS',
        ...values,
      });
    const rows = [
      sale({
        SKU: 'NOTES1',
        Title: 'Notes',
        Version: '3.1',
        'Product Type Identifier': '1F',
        Units: 250,
        'Developer Proceeds': '0',
        'Customer Currency': 'USD',
        'Country Code': 'US',
        'Apple Identifier': '1450003',
        'Customer Price': '0',
        Category: 'Productivity',
      }),
      sale({
        SKU: 'NOTES1',
        Title: 'Notes',
        Version: '3.1',
        'Product Type Identifier': '7F',
        Units: 900,
        'Developer Proceeds': '0',
        'Customer Currency': 'JPY',
        'Country Code': 'JP',
        'Apple Identifier': '1450003',
        'Customer Price': '0',
        Category: 'Productivity',
      }),
      sale({
        SKU: 'WEATHER1',
        Title: 'Weather',
        Version: '2.1',
        'Product Type Identifier': '1F',
        Units: 7,
        'Developer Proceeds': '112',
        'Customer Currency': 'JPY',
        'Country Code': 'JP',
        'Currency of Proceeds': 'JPY',
        'Apple Identifier': '1450001',
        'Customer Price': '160',
        Category: 'Weather',
      }),
      sale({
        SKU: 'WEATHER1',
        Title: 'Weather',
        Version: '2.1',
        'Product Type Identifier': '1F',
        Units: -1,
        'Developer Proceeds': '112',
        'Customer Currency': 'JPY',
        'Country Code': 'JP',
        'Currency of Proceeds': 'JPY',
        'Apple Identifier': '1450001',
        'Customer Price': '160',
        Category: 'Weather',
      }),
      sale({
        SKU: 'WEATHER1',
        Title: 'Weather',
        Version: '2.1',
        'Product Type Identifier': '1F',
        Units: 3,
        'Developer Proceeds': '0.70',
        'Customer Currency': 'USD',
        'Country Code': 'US',
        'Currency of Proceeds': 'USD',
        'Apple Identifier': '1450001',
        'Customer Price': '0.99',
        Category: 'Weather',
      }),
    ];
    addSalesReport(fx.server.store, {
      vendorNumber: VENDOR,
      reportDate: '2025-03-09',
      rows: rows.map((l) => l.split('\t')),
    });
    const r = await act({ 'report-date': '2025-03-09' });
    expect(r.failed).toBe(false);
    expect(r.warnings).toEqual([]);
    const result = r.result as SalesResult;
    expect(result.totals.units).toBe(1159);
    expect(result.totals.proceeds).toEqual([
      { currency: '', units: 1150, proceeds: 0, rows: 2 },
      { currency: 'JPY', units: 6, proceeds: 672, rows: 2 },
      { currency: 'USD', units: 3, proceeds: 2.1, rows: 1 },
    ]);
    expect(result.topProducts.map((p) => [p.title, p.units, p.proceeds])).toEqual([
      ['Notes', 1150, {}],
      ['Weather', 9, { JPY: 672, USD: 2.1 }],
    ]);
    expect(r.summary).toContain('| – | 2 | 1150 | 0.00 |');
  });

  test('SUBSCRIBER: Units times per-unit proceeds, by the subscription', async () => {
    const line = (values: Record<string, string | number>) =>
      appleLine(SUBSCRIBER_COLUMNS, {
        'Event Date': '2025-03-09',
        'App Name': 'Weather',
        'App Apple ID': '1450001',
        'Subscription Group ID': '21000001',
        'Standard Subscription Duration': '1 Month',
        Client: 'App Store',
        'Subscriber ID Reset': ' ',
        Refund: ' ',
        'Purchase Date': '2025-03-09',
        ...values,
      });
    const rows = [
      line({
        'Subscription Name': 'Weather Plus Monthly',
        'Subscription Apple ID': '1450203',
        'Customer Price': '4.99',
        'Customer Currency': 'USD',
        'Developer Proceeds': '3.49',
        'Proceeds Currency': 'USD',
        Country: 'US',
        'Subscriber ID': '1001',
        Units: 1,
      }),
      line({
        'Subscription Name': 'Weather Plus Monthly',
        'Subscription Apple ID': '1450203',
        'Customer Price': '800',
        'Customer Currency': 'JPY',
        'Developer Proceeds': '560',
        'Proceeds Currency': 'JPY',
        Country: 'JP',
        'Subscriber ID': '1002',
        Units: 1,
      }),
      line({
        'Subscription Name': 'Weather Plus Yearly',
        'Subscription Apple ID': '1450204',
        'Customer Price': '39.99',
        'Customer Currency': 'USD',
        'Developer Proceeds': '27.99',
        'Proceeds Currency': 'USD',
        Country: 'US',
        'Subscriber ID': '1003',
        Refund: 'Yes',
        Units: -1,
      }),
    ];
    addSalesReport(fx.server.store, {
      vendorNumber: VENDOR,
      reportType: 'SUBSCRIBER',
      reportSubType: 'DETAILED',
      reportDate: '2025-03-09',
      columns: SUBSCRIBER_COLUMNS,
      rows: rows.map((l) => l.split('\t')),
    });
    const r = await act({ 'report-type': 'SUBSCRIBER', 'report-date': '2025-03-09' });
    expect(r.failed).toBe(false);
    const result = r.result as SalesResult;
    expect(result.totals.units).toBe(1);
    expect(result.totals.proceeds).toEqual([
      { currency: 'JPY', units: 1, proceeds: 560, rows: 1 },
      { currency: 'USD', units: 0, proceeds: -24.5, rows: 2 },
    ]);
    expect(result.topProducts.map((p) => [p.title, p.appleIdentifier, p.units])).toEqual([
      ['Weather Plus Monthly', '1450203', 2],
      ['Weather Plus Yearly', '1450204', -1],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Bodies no report has: a gzip bomb, and a "line" of many megabytes without a line break.

describe('a report body that is not a report', () => {
  /** Serves `body` for every sales report request. */
  function servingRoute(body: Buffer): RouteModule {
    return (router) => {
      router.get(
        '/v1/salesReports',
        () => ({ status: 200, body, headers: { 'Content-Type': 'application/a-gzip' } }),
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
    };
  }

  /** `count` copies of one gzip member of `text`: each member inflates to the whole text again. */
  const members = (text: string | Buffer, count: number) => {
    const member = gzipSync(text, { level: 9 });
    return Buffer.concat(Array.from({ length: count }, () => member));
  };

  async function run(body: Buffer, inputs: Record<string, string> = {}) {
    const server = await startFixture({ now: () => clock.now(), routes: [servingRoute(body)] });
    try {
      const r = await runAction(
        server.inputs({ operation: 'sales-report', 'vendor-number': VENDOR, 'output-dir': work, ...inputs }),
        { retry: FAST_RETRY, clock },
      );
      return { r, requests: server.server.log.length };
    } finally {
      await server.close();
    }
  }

  test('a gzip bomb (2 MB that inflate to 1 GB) stops at max-report-mb, with no file left', async () => {
    const row = `${'x'.repeat(4000)}\n`;
    const eight = `${SALES_COLUMNS.join('\t')}\n${row.repeat((8 * 1024 * 1024) / row.length)}`;
    const bomb = members(eight, 128);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { r, requests } = await run(bomb, { 'max-report-mb': '16', format: 'csv' });
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /^Stopped downloading the SALES report for 2025-03-09: it inflates past 16\.0 MiB once uncompressed \(max-report-mb\), from .* received\. .*raise max-report-mb\. No file was left behind\./,
    );
    // Not a network fault: asked for once.
    expect(requests).toBe(1);
    expect(readdirSync(work)).toEqual([]);
  });

  test('a line of 64 MB without a line break fails at 1 MiB, in linear time, with no file left', async () => {
    const body = Buffer.concat([
      gzipSync(`${SALES_COLUMNS.join('\t')}\n`),
      members('x'.repeat(4 * 1024 * 1024), 16),
    ]);
    const { r, requests } = await run(body);
    expect(r.failed).toBe(true);
    expect(r.errors[0]).toMatch(
      /^Stopped reading the SALES report for 2025-03-09: line 2 of the report runs past 1048576 bytes without a line break \(1\.0 MiB at most; .*No file was left behind\./,
    );
    expect(requests).toBe(1);
    expect(readdirSync(work)).toEqual([]);
  });

  test('a long line under the cap is read whole', async () => {
    const long = 'y'.repeat(900 * 1024);
    const rows = salesRows(3);
    (rows[1] as Record<string, string>).Title = long;
    const body = members(tsv(SALES_COLUMNS, rows), 1);
    const { r } = await run(body);
    expect(r.failed).toBe(false);
    expect(r.outputs['report-rows']).toBe('3');
    expect((r.result as SalesResult).topProducts.map((p) => p.title)).toContain(long);
  });
});
