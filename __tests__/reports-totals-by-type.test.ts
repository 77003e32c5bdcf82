/**
 * The README's "Totals per report type" table, row by row: each report type's header (as Apple
 * documents it, or as the fake server serves it) with a few Apple-shaped rows (blank fields as a
 * single space) goes through TotalsSink, and what comes out must be what the row says.
 */
import { readFileSync } from 'node:fs';
import {
  PRE_ORDER_COLUMNS,
  SUBSCRIBER_COLUMNS,
  SUBSCRIPTION_EVENT_COLUMNS,
} from '../fake-app-store-connect/routes/reports.js';
import { TotalsSink, type ReportTotals } from '../src/reports/totals.js';
import { TsvReader } from '../src/reports/tsv.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The table's rows by report type: [units, money, products] cells. */
function readmeRows(): Map<string, string[]> {
  const start = readme.indexOf('**Totals per report type.**');
  expect(start).toBeGreaterThan(0);
  const rows = new Map<string, string[]>();
  const lines = readme.slice(start).split('\n');
  let inTable = false;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim());
    for (const [, type] of (cells[0] ?? '').matchAll(/`([A-Z_]+)`/g))
      rows.set(type as string, cells.slice(1));
  }
  return rows;
}

/** A row laid out by column name; columns not given are blank (a single space, as Apple writes them). */
function rowOf(columns: readonly string[], values: Record<string, string>): string[] {
  return columns.map((c) => values[c] ?? ' ');
}

function totalsOf(header: readonly string[], rows: string[][]): ReportTotals {
  const sink = new TotalsSink('sales');
  const reader = new TsvReader([sink]);
  const text = [header.join('\t'), ...rows.map((r) => r.join('\t'))].map((l) => `${l}\n`).join('');
  reader.write(Buffer.from(text));
  reader.end();
  return sink.result();
}

/** What the row claims: "none..." where the totals have nothing, something else where they do. */
function expectRow(type: string, totals: ReportTotals, named: string[] = []): void {
  const row = readmeRows().get(type);
  expect(row).toBeDefined();
  const [units, money, products] = row as string[];
  expect({ type, unitsNone: units?.startsWith('none') }).toEqual({ type, unitsNone: totals.units === null });
  expect({ type, moneyNone: money?.startsWith('none') }).toEqual({
    type,
    moneyNone: totals.byCurrency.length === 0,
  });
  expect({ type, productsNone: products?.startsWith('none') }).toEqual({
    type,
    productsNone: totals.topProducts.length === 0,
  });
  for (const column of named) expect((row as string[]).join(' ')).toContain(`\`${column}\``);
}

// App Store Connect Help, "Subscription offer redemption report" (version 1_0).
const OFFER_CODE_COLUMNS = [
  'Date',
  'App Name',
  'App Apple ID',
  'Subscription Name',
  'Subscription Apple ID',
  'Offer Reference Name',
  'Offer Code',
  'Territory',
  'Redemptions',
];

// App Store Connect Help, "Win-back eligibility report".
const WIN_BACK_COLUMNS = [
  'App Name',
  'App Apple ID',
  'Subscription Name',
  'Subscription Apple ID',
  'Subscription Group ID',
  'Standard Subscription Duration',
  'Paid Subscription Tenure',
  'Time Since Last Subscribed',
  'Has Previously Redeemed Win-Back Offer',
  'Time Since Last Win-Back Offer',
  'Territory',
  'Churned Subscription Count',
];

describe('README totals per report type', () => {
  test('PRE_ORDER: Ordered and Canceled are not units; no money, no ranking', () => {
    const totals = totalsOf(PRE_ORDER_COLUMNS, [
      // prettier-ignore
      ['APPLE', 'US', 'W', 'Example Labs', 'Weather', '03/01/2025', '04/01/2025', '12', '1', '40', '3', '03/10/2025', '03/10/2025', 'US', '1', 'iPhone', 'iOS'],
      // prettier-ignore
      ['APPLE', 'US', 'W', 'Example Labs', 'Weather', '03/01/2025', '04/01/2025', '5', ' ', '9', ' ', '03/10/2025', '03/10/2025', 'FR', '1', 'iPad', 'iOS'],
    ]);
    expect(totals).toMatchObject({ rows: 2, units: null, byCurrency: [], topProducts: [], products: 0 });
    expectRow('PRE_ORDER', totals, ['Ordered', 'Canceled']);
  });

  test('SUBSCRIPTION_OFFER_CODE_REDEMPTION: Redemptions are not units; no money, no ranking', () => {
    const totals = totalsOf(OFFER_CODE_COLUMNS, [
      ['03/10/2025', 'Weather', '1', 'Weather Pro', '2', 'Spring', 'SPRING25', 'US', '7'],
      // One-time use codes leave Offer Code blank.
      ['03/10/2025', 'Weather', '1', 'Weather Pro', '2', 'Partners', ' ', 'DE', '3'],
    ]);
    expect(totals).toMatchObject({ rows: 2, units: null, byCurrency: [], topProducts: [], products: 0 });
    expectRow('SUBSCRIPTION_OFFER_CODE_REDEMPTION', totals, ['Redemptions']);
  });

  test('WIN_BACK_ELIGIBILITY: Churned Subscription Count is not units; no money, no ranking', () => {
    const totals = totalsOf(WIN_BACK_COLUMNS, [
      ['Weather', '1', 'Weather Pro', '2', '9', '1 Month', '6', '2', ' ', ' ', 'US', '40'],
      ['Weather', '1', 'Weather Pro', '2', '9', '1 Month', '13', '5', 'Yes', '4', 'GB', '8'],
    ]);
    expect(totals).toMatchObject({ rows: 2, units: null, byCurrency: [], topProducts: [], products: 0 });
    expectRow('WIN_BACK_ELIGIBILITY', totals, ['Churned Subscription Count']);
  });

  test.each(['INSTALLS', 'FIRST_ANNUAL'])(
    '%s (columns not confirmed): the totals follow whatever header the file has',
    (type) => {
      const row = readmeRows().get(type);
      expect(row?.[0]).toContain('not confirmed');
      const withUnits = totalsOf(
        ['Title', 'SKU', 'Apple Identifier', 'Units', 'Developer Proceeds', 'Currency of Proceeds'],
        [
          ['Weather', 'W', '1', '3', '0.70', 'USD'],
          ['Weather', 'W', '1', '2', '0', ' '],
        ],
      );
      expect(withUnits.units).toBe(5);
      expect(withUnits.byCurrency.map((c) => [c.currency, c.amount])).toEqual([
        ['USD', 2.1],
        ['', 0],
      ]);
      expect(withUnits.topProducts).toHaveLength(1);
      const without = totalsOf(
        ['App Name', 'App Apple ID', 'Territory', 'Installs'],
        [['Weather', '1', 'US', '4']],
      );
      expect(without).toMatchObject({ units: null, byCurrency: [], topProducts: [] });
      for (const cell of row ?? []) expect(cell).toMatch(/(if|when) it has/);
    },
  );

  test("SUBSCRIPTION_EVENT (the fake server's header): Quantity counts events, nothing is totalled", () => {
    const row: Record<string, string> = {
      'Event Date': '2025-03-10',
      Event: 'Renew',
      'App Name': 'Weather',
      'App Apple ID': '1',
      'Subscription Name': 'Weather Pro',
      'Subscription Apple ID': '2',
      Quantity: '4',
    };
    const totals = totalsOf(SUBSCRIPTION_EVENT_COLUMNS, [
      rowOf(SUBSCRIPTION_EVENT_COLUMNS, row),
      rowOf(SUBSCRIPTION_EVENT_COLUMNS, { ...row, Event: 'Cancel', Quantity: '1' }),
    ]);
    expect(totals).toMatchObject({ rows: 2, units: null, byCurrency: [], topProducts: [] });
    expectRow('SUBSCRIPTION_EVENT', totals, ['Quantity']);
  });

  test("SUBSCRIBER (the fake server's header): Units, proceeds per Proceeds Currency, ranked by subscription", () => {
    const row: Record<string, string> = {
      'Event Date': '2025-03-10',
      'App Name': 'Weather',
      'App Apple ID': '1',
      'Subscription Name': 'Weather Pro',
      'Subscription Apple ID': '2',
      'Customer Price': '4.99',
      'Customer Currency': 'USD',
      'Developer Proceeds': '3.49',
      'Proceeds Currency': 'USD',
      Units: '1',
    };
    const totals = totalsOf(SUBSCRIBER_COLUMNS, [
      rowOf(SUBSCRIBER_COLUMNS, row),
      rowOf(SUBSCRIBER_COLUMNS, row),
    ]);
    expect(totals.units).toBe(2);
    expect(totals.byCurrency).toEqual([{ currency: 'USD', units: 2, amount: 6.98, rows: 2 }]);
    expect(totals.topProducts.map((p) => [p.appleIdentifier, p.title])).toEqual([['2', 'Weather Pro']]);
    expectRow('SUBSCRIBER', totals, [
      'Units',
      'Developer Proceeds',
      'Proceeds Currency',
      'Subscription Apple ID',
    ]);
  });
});
