import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { ApiError } from '../src/api/errors.js';
import { classifyMissing, unitsChart } from '../src/reports/report-download.js';
import { ReportTooLargeError, saveReport } from '../src/reports/file.js';
import { csvCell } from '../src/output/list-file.js';
import { TotalsSink } from '../src/reports/totals.js';
import {
  LineTooLongError,
  TsvReader,
  fieldKey,
  fieldNumber,
  fieldScaled,
  fromScaled,
  parseScaled,
  type RowSink,
} from '../src/reports/tsv.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reports-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class Collect implements RowSink {
  columns: string[] = [];
  rows: string[][] = [];
  trailers: Array<[string, string]> = [];
  header(columns: string[]) {
    this.columns = columns;
  }
  row(line: Buffer, start: number, end: number) {
    this.rows.push(line.toString('utf8', start, end).split('\t'));
  }
  trailer(name: string, value: string) {
    this.trailers.push([name, value]);
  }
}

/** Feeds `text` to a reader in chunks of `size` bytes (so lines and characters are split). */
function feed(text: string, size: number, sinks: RowSink[]): TsvReader {
  const reader = new TsvReader(sinks);
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) reader.write(bytes.subarray(i, i + size));
  reader.end();
  return reader;
}

const SAMPLE =
  '\uFEFFTitle\tUnits\tDeveloper Proceeds\tCurrency of Proceeds\r\nCafé Ünïcode ☕\t3\t0.70\tEUR\r\n\r\nWeather\t-1\t0.70\tEUR\r\nWeather\t10\t120\tJPY';

describe('TsvReader', () => {
  test.each([1, 2, 3, 7, 64, 100_000])('same rows whatever the chunk size (%i bytes)', (size) => {
    const sink = new Collect();
    const reader = feed(SAMPLE, size, [sink]);
    expect(sink.columns).toEqual(['Title', 'Units', 'Developer Proceeds', 'Currency of Proceeds']);
    expect(sink.rows).toEqual([
      ['Café Ünïcode ☕', '3', '0.70', 'EUR'],
      ['Weather', '-1', '0.70', 'EUR'],
      ['Weather', '10', '120', 'JPY'],
    ]);
    expect(reader.rows).toBe(3);
  });

  test('finance sections: repeated headers are skipped, Total_* lines are trailers', () => {
    const text = [
      'Title\tQuantity\tExtended Partner Share\tPartner Share Currency',
      'A\t2\t1.40\tUSD',
      'Total_Rows\t1',
      'Total_Amount\t1.40',
      'Total_Units\t2',
      'Title\tQuantity\tExtended Partner Share\tPartner Share Currency',
      'B\t1\t0.70\tEUR',
      'Total_Rows\t1',
      'Total_Amount\t0.70',
      'Total_Units\t1',
      '',
    ].join('\n');
    const sink = new Collect();
    const totals = new TotalsSink('finance');
    feed(text, 5, [sink, totals]);
    expect(sink.rows).toHaveLength(2);
    expect(sink.trailers).toHaveLength(6);
    const result = totals.result();
    expect(result.declared?.sections).toEqual([
      { currency: 'USD', rows: 1, amount: 1.4, units: 2, read: { rows: 1, amount: 1.4, unitsSold: 2 } },
      { currency: 'EUR', rows: 1, amount: 0.7, units: 1, read: { rows: 1, amount: 0.7, unitsSold: 1 } },
    ]);
    expect(result.declaredMatch).toBe(true);
    expect(result.byCurrency.map((c) => [c.currency, c.amount])).toEqual([
      ['USD', 1.4],
      ['EUR', 0.7],
    ]);
  });
});

describe('TsvReader, chunks whose memory serves again', () => {
  // The report worker copies the next chunk into the memory of one already read: what the
  // reader keeps of a line not yet ended must not change when that memory is overwritten.
  test.each([1, 3, 7, 64])('rows are whole when each chunk is overwritten after write (%i bytes)', (size) => {
    const sink = new Collect();
    const reader = new TsvReader([sink]);
    const bytes = Buffer.from(SAMPLE);
    const memory = Buffer.alloc(size);
    for (let i = 0; i < bytes.length; i += size) {
      const part = bytes.subarray(i, i + size);
      part.copy(memory);
      reader.write(memory.subarray(0, part.length));
      memory.fill(0x58);
    }
    reader.end();
    expect(sink.rows).toEqual([
      ['Café Ünïcode ☕', '3', '0.70', 'EUR'],
      ['Weather', '-1', '0.70', 'EUR'],
      ['Weather', '10', '120', 'JPY'],
    ]);
  });
});

describe('decimal amounts', () => {
  test('exact ten-thousandths', () => {
    expect(parseScaled('12.99')).toBe(129_900);
    expect(parseScaled('-0.7')).toBe(-7000);
    expect(parseScaled('120')).toBe(1_200_000);
    expect(parseScaled('1,234.5')).toBe(12_345_000);
    expect(parseScaled('0.123456')).toBe(1235);
    expect(parseScaled('')).toBeNaN();
    expect(parseScaled('abc')).toBeNaN();
    // Floating point would drift here; scaled integers do not.
    let sum = 0;
    for (let i = 0; i < 1000; i++) sum += parseScaled('0.10');
    expect(fromScaled(sum)).toBe(100);
  });
});

describe('TotalsSink (sales)', () => {
  test('units, proceeds per currency (units × per-unit proceeds), products by Apple id', () => {
    const totals = new TotalsSink();
    feed(
      [
        'SKU\tTitle\tProduct Type Identifier\tUnits\tDeveloper Proceeds\tCurrency of Proceeds\tApple Identifier',
        'W\tWeather\t1F\t3\t0.70\tUSD\t1',
        'W\tWeather\t7F\t40\t0\tUSD\t1',
        'W\tWeather\t1F\t-1\t0.70\tUSD\t1',
        'W.PRO\tWeather Pro\tIA1\t2\t2.10\tEUR\t2',
        'N\tNotes\t1F\t5\t0.00\tEUR\t3',
        'X\tBroken\t1F\tmany\t0.70\tUSD\t4',
      ].join('\n'),
      16,
      [totals],
    );
    const r = totals.result(2);
    expect(r.rows).toBe(6);
    expect(r.unreadable).toBe(1);
    expect(r.units).toBe(49);
    expect(r.byCurrency).toEqual([
      { currency: 'USD', units: 42, amount: 1.4, rows: 3 },
      { currency: 'EUR', units: 7, amount: 4.2, rows: 2 },
    ]);
    expect(r.products).toBe(3);
    expect(r.topProducts).toEqual([
      {
        title: 'Weather',
        sku: 'W',
        appleIdentifier: '1',
        productType: '1F, 7F',
        units: 42,
        amounts: { USD: 1.4 },
      },
      { title: 'Notes', sku: 'N', appleIdentifier: '3', productType: '1F', units: 5, amounts: {} },
    ]);
    expect(unitsChart(r)).toBe(
      [
        'xychart-beta horizontal',
        '    title "Units by product (top 2)"',
        '    x-axis ["Weather", "Notes"]',
        '    y-axis "Units" 0 --> 45',
        '    bar [42, 5]',
      ].join('\n'),
    );
  });
});

describe('unitsChart labels', () => {
  test('a title of only spaces or quotes falls back to the SKU, then to a numbered label', () => {
    const chart = unitsChart({
      topProducts: [
        { title: '   ', sku: 'W1', appleIdentifier: '1', productType: '1F', units: 3, amounts: {} },
        { title: '""', sku: ' ', appleIdentifier: '', productType: '1F', units: 2, amounts: {} },
      ],
    } as unknown as Parameters<typeof unitsChart>[0]);
    expect(chart).toContain('x-axis ["W1", "product 2"]');
    expect(chart).not.toContain('""');
  });
});

function gzipBody(parts: string[]): Readable {
  return Readable.from([Buffer.concat(parts.map((p) => gzipSync(p)))]);
}

const REPORT = 'Title\tUnits\tNote\nA, "quoted"\t1\tx\nB\t2\t\n';

describe('TotalsSink (a report without units or money)', () => {
  test('counts rows and ranks nothing', () => {
    const totals = new TotalsSink();
    feed('App Name\tApp Apple ID\tSubscribers\nWeather\t1\t12\n', 100, [totals]);
    const r = totals.result();
    expect(r).toMatchObject({ rows: 1, units: null, byCurrency: [], topProducts: [], products: 0 });
    expect(unitsChart(r)).toBeUndefined();
  });

  test('a per-unit price without units (the SUBSCRIPTION report) is not added up as zero proceeds', () => {
    const totals = new TotalsSink();
    feed(
      [
        'App Name\tApp Apple ID\tCustomer Price\tDeveloper Proceeds\tProceeds Currency\tActive Standard Price Subscriptions\tSubscribers',
        'Weather\t1\t4.99\t3.49\tUSD\t10\t10',
        'Weather\t1\t4.99\t3.19\tEUR\t5\t5',
      ].join('\n'),
      100,
      [totals],
    );
    const r = totals.result();
    expect(r).toMatchObject({ rows: 2, units: null, byCurrency: [], topProducts: [], products: 0 });
  });
});

describe('saveReport', () => {
  test('tsv: Apple’s bytes as is, from a multi-member gzip', async () => {
    const target = path.join(dir, 'a/b/report.tsv');
    const totals = new TotalsSink();
    const saved = await saveReport(
      gzipBody(['Title\tUnits\tNote\nA, "quoted"\t1\tx\n', 'B\t2\t\n']),
      target,
      'tsv',
      [totals],
    );
    expect(readFileSync(target, 'utf8')).toBe(REPORT);
    expect(saved).toMatchObject({
      rows: 2,
      format: 'tsv',
      gzip: true,
      reportBytes: REPORT.length,
      fileBytes: REPORT.length,
    });
    expect(totals.result().units).toBe(3);
    expect(readdirSync(path.dirname(target))).toEqual(['report.tsv']);
  });

  test('csv: RFC 4180 quoting and CRLF', async () => {
    const target = path.join(dir, 'report.csv');
    await saveReport(gzipBody([REPORT]), target, 'csv', []);
    expect(readFileSync(target, 'utf8')).toBe('Title,Units,Note\r\n"A, ""quoted""",1,x\r\nB,2,\r\n');
  });

  test('json: an array of objects by column name', async () => {
    const target = path.join(dir, 'report.json');
    const saved = await saveReport(gzipBody([REPORT]), target, 'json', []);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual([
      { Title: 'A, "quoted"', Units: '1', Note: 'x' },
      { Title: 'B', Units: '2', Note: '' },
    ]);
    expect(saved.fileBytes).toBe(readFileSync(target).length);
  });

  test('an empty body is an empty report; a plain (not gzip) body is read as is', async () => {
    const empty = path.join(dir, 'empty.json');
    expect((await saveReport(Readable.from([]), empty, 'json', [])).rows).toBe(0);
    expect(JSON.parse(readFileSync(empty, 'utf8'))).toEqual([]);
    const plain = path.join(dir, 'plain.tsv');
    const saved = await saveReport(Readable.from([Buffer.from(REPORT)]), plain, 'tsv', []);
    expect(saved).toMatchObject({ rows: 2, gzip: false });
  });

  test('a body cut short fails and leaves no file, not even the temporary one', async () => {
    const target = path.join(dir, 'cut/report.tsv');
    const whole = gzipSync(REPORT.repeat(200));
    await expect(
      saveReport(Readable.from([whole.subarray(0, whole.length - 20)]), target, 'tsv', []),
    ).rejects.toMatchObject({ code: 'Z_BUF_ERROR' });
    expect(readdirSync(path.dirname(target))).toEqual([]);

    const broken = new Readable({
      read() {
        this.push(whole.subarray(0, 100));
        this.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
      },
    });
    await expect(saveReport(broken, target, 'csv', [])).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(readdirSync(path.dirname(target))).toEqual([]);
  });
});

describe('saveReport, the fast paths against the plain way', () => {
  /** Rows with every kind of cell the byte-copying paths must leave to csvCell / JSON.stringify. */
  const TRICKY = [
    'Title\tUnits\tProceeds\tNote',
    'Plain\t3\t0.70\t ',
    'Refund\t-1\t0.70\t',
    '=HYPERLINK("x")\t1\t+1+1\t@SUM(A1)',
    'A, comma\t2\t0\tquote " inside',
    'Back\\slash\t1\t0\tCafé ☕',
    'Short\t1',
    'Long\t1\t2\t3\t4\t5',
    ' =lead\t1\t1\t1',
    'ctl\u0001char\t1\t1\t1',
    'Signs\t+2\t-0.5\t-.5',
    'More signs\t-\t+\t-5.',
    'Not numbers\t-1.2.3\t-1e5\t+x',
  ];
  const text = `${TRICKY.join('\n')}\n`;
  const columns = (TRICKY[0] as string).split('\t');
  const rows = TRICKY.slice(1).map((l) => l.split('\t'));

  test('csv: byte for byte what csvCell makes of each cell', async () => {
    const target = path.join(dir, 'tricky.csv');
    await saveReport(gzipBody([text]), target, 'csv', []);
    const expected = [
      columns,
      ...rows.map((r) => [...columns.map((_, i) => r[i] ?? ''), ...r.slice(columns.length)]),
    ]
      .map((cells) => `${cells.map(csvCell).join(',')}\r\n`)
      .join('');
    expect(readFileSync(target, 'utf8')).toBe(expected);
  });

  test('json: byte for byte what JSON.stringify makes of each row', async () => {
    const target = path.join(dir, 'tricky.json');
    await saveReport(gzipBody([text]), target, 'json', []);
    const objects = rows.map(
      (r) => `{${columns.map((c, i) => `${JSON.stringify(c)}:${JSON.stringify(r[i] ?? '')}`).join(',')}}`,
    );
    expect(readFileSync(target, 'utf8')).toBe(`[\n${objects.join(',\n')}\n]\n`);
  });

  test('many chunks and many writes in flight: byte for byte still', async () => {
    const body = TRICKY.slice(1).join('\n');
    const repeats = 6000;
    // Members of uneven size, so rows straddle chunks and the file gets many writes in flight.
    const parts = [`${TRICKY[0]}\n`];
    for (let i = 0; i < repeats; i += 1000) parts.push(`${Array(1000).fill(body).join('\n')}\n`);
    const target = path.join(dir, 'many.json');
    const saved = await saveReport(gzipBody(parts), target, 'json', []);
    const one = rows.map(
      (r) => `{${columns.map((c, i) => `${JSON.stringify(c)}:${JSON.stringify(r[i] ?? '')}`).join(',')}}`,
    );
    const expected = `[\n${Array(repeats).fill(one.join(',\n')).join(',\n')}\n]\n`;
    expect(saved.fileBytes).toBe(Buffer.byteLength(expected));
    expect(readFileSync(target, 'utf8') === expected).toBe(true);
  });
});

describe('the totals whatever the format', () => {
  // The same rows, every kind of them, give the same totals whether saved as tsv, csv or json.
  const SALES = [
    'Provider\tSKU\tTitle\tProduct Type Identifier\tUnits\tDeveloper Proceeds\tCurrency of Proceeds\tApple Identifier\tNote',
    'APPLE\tW1\tWeather\t1F\t3\t0.70\tEUR\t1000000001\tplain',
    'APPLE\tW1\tWeather\t7F\t1\t0\t \t1000000001\t ',
    'APPLE\tW1\tWeather\t1F\t-1\t0.70\tEUR\t1000000001\t',
    'APPLE\tP2\tPro "Max"\tIA1\t2\t4.99\tUSD\t1000000002\tquote in the title',
    'APPLE\tP2\tPro, Café ☕\tIA1\t5\t1.5\tUSD\t1000000002\tslow path both ways',
    'APPLE\tS3\tShort row\t1F\t4',
    'APPLE\tL4\tLong row\t1F\t6\t1.25\tJPY\t1000000004\tnote\textra\tmore',
    'APPLE\tT5\tTrailing tab\t1F\t7\t2\tGBP\t1000000005\t',
    'APPLE\tN6\tNot a number\t1F\tx\t2\tGBP\t1000000006\tn',
    'APPLE\t \t\t1F\t1\t1\tGBP\t \tno product id',
    'APPLE\t=SKU\tFormula\t1F\t+2\t-0.5\tUSD\t1000000007\t@x',
  ];
  const FINANCE = [
    'Start Date\tEnd Date\tVendor Identifier\tQuantity\tPartner Share\tExtended Partner Share\tPartner Share Currency\tApple Identifier\tTitle',
    '01/01/2025\t01/31/2025\tW1\t2\t0.70\t1.40\tUSD\t1000000001\tWeather',
    '01/01/2025\t01/31/2025\tW1\t-1\t0.70\t-0.70\tUSD\t1000000001\tWeather',
    'Total_Rows\t2',
    'Total_Amount\t0.70',
    'Total_Units\t2',
    '',
    'Start Date\tEnd Date\tVendor Identifier\tQuantity\tPartner Share\tExtended Partner Share\tPartner Share Currency\tApple Identifier\tTitle',
    '01/01/2025\t01/31/2025\tP2\t3\t100\t300\tJPY\t1000000002\tPro',
    'Total_Rows\t1',
    'Total_Amount\t300',
    'Total_Units\t3',
  ];

  async function totalsOf(lines: string[], family: 'sales' | 'finance', format: 'tsv' | 'csv' | 'json') {
    const totals = new TotalsSink(family);
    const text = `${lines.join('\n')}\n`;
    // Uneven members, so rows straddle chunks.
    const parts = [text.slice(0, 100), text.slice(100, 101), text.slice(101)];
    await saveReport(gzipBody(parts), path.join(dir, `ranges-${family}.${format}`), format, [totals]);
    return totals.result(50);
  }

  test.each([
    ['sales', SALES],
    ['finance', FINANCE],
  ] as const)('%s: csv and json give the totals tsv gives', async (family, lines) => {
    const tsv = await totalsOf([...lines], family, 'tsv');
    expect(tsv.rows).toBeGreaterThan(2);
    expect(await totalsOf([...lines], family, 'csv')).toEqual(tsv);
    expect(await totalsOf([...lines], family, 'json')).toEqual(tsv);
  });

  test('a row of plain cells', async () => {
    const totals = await totalsOf(SALES.slice(0, 2), 'sales', 'json');
    expect(totals.units).toBe(3);
    expect(totals.byCurrency).toEqual([{ currency: 'EUR', units: 3, amount: 2.1, rows: 1 }]);
    expect(totals.topProducts[0]).toMatchObject({
      title: 'Weather',
      sku: 'W1',
      appleIdentifier: '1000000001',
    });
  });
});

describe('limits', () => {
  test('a report that inflates past maxReportBytes stops, leaving no file', async () => {
    const target = path.join(dir, 'bomb/report.tsv');
    const body = gzipBody(Array.from({ length: 8 }, () => `a\tb\n${'x\ty\n'.repeat(100_000)}`));
    await expect(
      saveReport(body, target, 'tsv', [], { maxReportBytes: 1_000_000, maxLineBytes: 1000 }),
    ).rejects.toBeInstanceOf(ReportTooLargeError);
    expect(readdirSync(path.dirname(target))).toEqual([]);
  });

  test('a line past maxLineBytes fails, whether it arrives in one chunk or many', () => {
    for (const size of [7, 1000, 100_000]) {
      expect(() => feedLimited(`a\tb\n${'z'.repeat(5000)}\nc\td\n`, size, 4096)).toThrow(LineTooLongError);
      expect(feedLimited(`a\tb\n${'z'.repeat(4000)}\nc\td\n`, size, 4096).rows).toBe(2);
    }
  });

  function feedLimited(text: string, size: number, max: number): TsvReader {
    const reader = new TsvReader([], max);
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += size) reader.write(bytes.subarray(i, i + size));
    reader.end();
    return reader;
  }
});

describe('fields read from bytes', () => {
  const at = (text: string) => [Buffer.from(`\t${text}\t`), 1, 1 + Buffer.byteLength(text)] as const;
  test.each([
    '12.99',
    '-0.70',
    '160',
    ' 3 ',
    '1,234.5',
    '0.123456',
    '0.12345',
    '-.5',
    '5.',
    '.',
    '-',
    'abc',
    '',
    ' ',
  ])('fieldScaled(%j) agrees with parseScaled', (text) => {
    const expected = text.trim() === '' ? 0 : parseScaled(text);
    expect(fieldScaled(...at(text))).toEqual(expected);
  });
  test.each(['3', '-1', '+2', ' 40 ', '', ' ', '1.5', 'many', '-'])(
    'fieldNumber(%j) agrees with Number()',
    (text) => {
      expect(fieldNumber(...at(text))).toEqual(Number(text.trim() || '0'));
    },
  );
  test('fieldKey: equal fields, equal keys; different fields, different keys', () => {
    const texts = [
      '',
      'USD',
      'JPY',
      'usd',
      '1F',
      '7F',
      'IAY',
      '1450001',
      '01450001',
      '1450001000',
      '123456',
      '0123456',
      'Weather Pro',
      'Kafé',
    ];
    const keys = texts.map((t) => fieldKey(...at(t)));
    expect(new Set(keys).size).toBe(texts.length);
    expect(fieldKey(...at(' USD '))).toBe(fieldKey(...at('USD')));
  });
});

describe('classifyMissing', () => {
  const error = (detail?: string) =>
    new ApiError({
      method: 'GET',
      path: '/v1/salesReports',
      status: 404,
      errors: detail ? [{ code: 'NOT_FOUND', status: '404', detail }] : [],
    });
  const due = Date.parse('2025-03-10T15:00:00Z'); // 2025-03-09's daily report, 8 AM PDT

  test('before the report is due: not available yet, whatever the words', () => {
    expect(
      classifyMissing(error('There were no sales for the date specified.'), 'DAILY', '2025-03-09', due - 1),
    ).toMatchObject({
      reason: 'not-available-yet',
      basis: 'date',
    });
  });

  test('after it is due: the words decide, and without telling words the date does', () => {
    expect(
      classifyMissing(error('There were no sales for the date specified.'), 'DAILY', '2025-03-09', due + 1),
    ).toMatchObject({
      reason: 'no-sales',
      basis: 'text',
    });
    expect(
      classifyMissing(error('Report is not available yet.'), 'DAILY', '2025-03-09', due + 5 * 86_400_000),
    ).toMatchObject({
      reason: 'not-available-yet',
      basis: 'text',
    });
    expect(
      classifyMissing(error('The specified resource does not exist'), 'DAILY', '2025-03-09', due + 3_600_000),
    ).toMatchObject({
      reason: 'not-available-yet',
      basis: 'date-and-text',
    });
    expect(classifyMissing(error(), 'DAILY', '2025-03-09', due + 3 * 86_400_000)).toMatchObject({
      reason: 'no-sales',
      basis: 'date-and-text',
    });
  });
});
