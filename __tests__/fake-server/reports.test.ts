import { gunzipSync } from 'node:zlib';
import { generateTestKey } from '../../fake-app-store-connect/index.js';
import {
  addFinanceReport,
  addReportVendor,
  addSalesReport,
  syntheticSalesReport,
  SALES_COLUMNS,
} from '../../fake-app-store-connect/routes/reports.js';
import { startHarness, tokenFor, type Harness } from './helpers.js';

const VENDOR = '85012345';
const GZIP = { accept: 'application/a-gzip' };
let h: Harness;

const sales = (filters: Record<string, string>) =>
  `/v1/salesReports?${Object.entries({
    vendorNumber: VENDOR,
    reportType: 'SALES',
    reportSubType: 'SUMMARY',
    frequency: 'DAILY',
    ...filters,
  })
    .map(([k, v]) => `filter[${k}]=${v}`)
    .join('&')}`;

/** Gzip members as Node writes them: magic, deflate, no flags, mtime 0, no extra flags, Unix. */
function members(body: Buffer): number {
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]);
  let count = 0;
  for (let i = body.indexOf(header); i >= 0; i = body.indexOf(header, i + 1)) count++;
  return count;
}

beforeAll(async () => {
  // The harness clock: 2026-03-02 09:00 UTC = 01:00 PST, so 2026-02-28 is the newest daily report.
  h = await startHarness();
});
afterAll(() => h.server.close());
beforeEach(() => {
  h.server.store.clear();
  addReportVendor(h.server.store, VENDOR);
});

describe('fake salesReports', () => {
  test('a stored report: gzip members, no Content-Encoding, the TSV as stored', async () => {
    addSalesReport(h.server.store, {
      vendorNumber: VENDOR,
      reportDate: '2026-02-28',
      rows: [{ Title: 'Weather', Units: 3 }, { Title: 'Notes', Units: 1 }, ['x']],
      members: 3,
    });
    const res = await h.call(sales({ reportDate: '2026-02-28', version: '1_0' }), { headers: GZIP });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/a-gzip');
    expect(res.headers.get('content-encoding')).toBeNull();
    const body = Buffer.from(await res.arrayBuffer());
    expect(members(body)).toBe(3);
    const text = gunzipSync(body).toString();
    const lines = text.split('\n');
    expect(lines[0]).toBe(SALES_COLUMNS.join('\t'));
    expect(lines[1]?.split('\t')[SALES_COLUMNS.indexOf('Title')]).toBe('Weather');
    expect(lines[1]?.split('\t')[SALES_COLUMNS.indexOf('Units')]).toBe('3');
    expect(lines[3]).toBe('x');
  });

  test('406 without the gzip Accept header', async () => {
    const { res, body } = await h.callJson(sales({ reportDate: '2026-02-28' }));
    expect(res.status).toBe(406);
    expect(body.errors[0].code).toBe('NOT_ACCEPTABLE');
  });

  test('400 for combinations, versions and dates Apple refuses', async () => {
    const check = async (path: string, pattern: RegExp) => {
      const { res, body } = await h.callJson(path, { headers: GZIP });
      expect(res.status).toBe(400);
      expect(body.errors.map((e: { detail: string }) => e.detail).join(' ')).toMatch(pattern);
    };
    await check(
      sales({ reportType: 'SUBSCRIPTION', frequency: 'WEEKLY', reportDate: '2026-02-22' }),
      /combination/,
    );
    await check(sales({ reportDate: '2026-02-28', version: '1_3' }), /latest version for this report is 1_0/);
    await check(sales({ frequency: 'WEEKLY', reportDate: '2026-02-25' }), /Sunday/);
    await check(sales({ frequency: 'MONTHLY', reportDate: '2026-02-01' }), /YYYY-MM/);
    await check(sales({ vendorNumber: '999', reportDate: '2026-02-28' }), /vendor number '999'/);
    await check('/v1/salesReports?filter[vendorNumber]=1', /required/);
  });

  test('404: not available yet before 8 AM Pacific the next day, no sales after', async () => {
    const notYet = await h.callJson(sales({ reportDate: '2026-03-01' }), { headers: GZIP });
    expect(notYet.res.status).toBe(404);
    expect(notYet.body.errors[0].detail).toMatch(/not available yet/);
    const none = await h.callJson(sales({ reportDate: '2026-02-28' }), { headers: GZIP });
    expect(none.res.status).toBe(404);
    expect(none.body.errors[0].detail).toBe('There were no sales for the date specified.');
    addReportVendor(h.server.store, VENDOR, { lateDates: ['2026-02-28'] });
    const late = await h.callJson(sales({ reportDate: '2026-02-28' }), { headers: GZIP });
    expect(late.body.errors[0].detail).toMatch(/not available yet/);
  });

  test('403 for a key without the Admin, Finance or Sales role, and for an individual key', async () => {
    const developer = generateTestKey({ roles: ['DEVELOPER'] });
    const individual = generateTestKey({ individual: true });
    const other = await startHarness({ keys: [developer.fakeKey, individual.fakeKey], key: developer });
    try {
      addReportVendor(other.server.store, VENDOR);
      const { res, body } = await other.callJson(sales({ reportDate: '2026-02-28' }), { headers: GZIP });
      expect(res.status).toBe(403);
      expect(body.errors[0].detail).toMatch(/FINANCE, SALES/);
      const token = await tokenFor(individual, other.clock.now());
      const byIndividual = await other.callJson(sales({ reportDate: '2026-02-28' }), {
        headers: GZIP,
        token,
      });
      expect(byIndividual.res.status).toBe(403);
      expect(byIndividual.body.errors[0].detail).toMatch(/Individual API keys/);
      const finance = generateTestKey({ roles: ['FINANCE'] });
      const third = await startHarness({ key: finance });
      try {
        addReportVendor(third.server.store, VENDOR);
        const ok = await third.callJson(sales({ reportDate: '2026-02-28' }), { headers: GZIP });
        expect(ok.res.status).toBe(404);
      } finally {
        await third.server.close();
      }
    } finally {
      await other.server.close();
    }
  });

  test('synthetic reports: the same bytes for the same request, in several members', async () => {
    addReportVendor(h.server.store, VENDOR, { synthetic: { seed: 3, rows: 5000, memberBytes: 64 * 1024 } });
    const a = Buffer.from(
      await (await h.call(sales({ reportDate: '2026-02-28' }), { headers: GZIP })).arrayBuffer(),
    );
    const b = Buffer.from(
      await (await h.call(sales({ reportDate: '2026-02-28' }), { headers: GZIP })).arrayBuffer(),
    );
    expect(a.equals(b)).toBe(true);
    expect(members(a)).toBeGreaterThan(5);
    const lines = gunzipSync(a).toString().trimEnd().split('\n');
    expect(lines).toHaveLength(5001);
    const direct: Buffer[] = [];
    for await (const m of syntheticSalesReport({
      vendorNumber: VENDOR,
      frequency: 'DAILY',
      reportDate: '2026-02-28',
      seed: 3,
      rows: 5000,
      memberBytes: 64 * 1024,
    }))
      direct.push(m);
    expect(Buffer.concat(direct).equals(a)).toBe(true);
    // Without filter[reportDate], the newest published report.
    const newest = await h.call(sales({}), { headers: GZIP });
    expect(gunzipSync(Buffer.from(await newest.arrayBuffer())).toString()).toContain('02/28/2026');
  });
});

describe('fake financeReports', () => {
  const finance = (filters: Record<string, string>) =>
    `/v1/financeReports?${Object.entries({
      vendorNumber: VENDOR,
      reportType: 'FINANCIAL',
      regionCode: 'ZZ',
      ...filters,
    })
      .map(([k, v]) => `filter[${k}]=${v}`)
      .join('&')}`;

  test('sections with Total_* lines; Z1 only for FINANCE_DETAIL; not yet before the 10th', async () => {
    addFinanceReport(h.server.store, {
      vendorNumber: VENDOR,
      reportDate: '2026-01',
      sections: [
        [{ Title: 'A', Quantity: 2, 'Extended Partner Share': '1.40', 'Partner Share Currency': 'USD' }],
      ],
    });
    const res = await h.call(finance({ reportDate: '2026-01' }), { headers: GZIP });
    expect(res.status).toBe(200);
    const text = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(text).toMatch(/^Start Date\tEnd Date\t/);
    expect(text).toContain('Total_Rows\t1\nTotal_Amount\t1.40\nTotal_Units\t2\n');

    const detailZZ = await h.callJson(finance({ reportType: 'FINANCE_DETAIL', reportDate: '2026-01' }), {
      headers: GZIP,
    });
    expect(detailZZ.res.status).toBe(400);
    expect(detailZZ.body.errors[0].detail).toMatch(/use Z1/);
    const notYet = await h.callJson(finance({ reportDate: '2026-02' }), { headers: GZIP });
    expect(notYet.res.status).toBe(404);
    expect(notYet.body.errors[0].detail).toMatch(/not available yet/);
    const none = await h.callJson(finance({ reportDate: '2025-12' }), { headers: GZIP });
    expect(none.body.errors[0].detail).toMatch(/no report available/);
  });
});
