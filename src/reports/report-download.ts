/**
 * What sales-report and finance-report share: the download (retried by the client when the body
 * breaks off), telling "no sales" from "not available yet" on a 404, the result and the job summary.
 */
import { relative, isAbsolute } from 'node:path';
import { ApiError, NetworkError } from '../api/errors.js';
import type { ReportConsumer } from '../api/reports.js';
import { Input, MAX_REPORT_LINE_BYTES, Output } from '../constants.js';
import type { OperationContext, OperationResult } from '../operation.js';
import { facts, heading, table, text, type SummaryBlock } from '../output/summary.js';
import { READINESS, expectedAt, mayStillCome, pacificText, type Cadence } from './dates.js';
import { ReportTooLargeError, saveReport, type ReportFormat, type SavedReport } from './file.js';
import { LineTooLongError } from './tsv.js';
import { TotalsSink, type ReportTotals, type TotalMismatch } from './totals.js';

export interface ReportJob {
  family: 'sales' | 'finance';
  /** "SALES report" / "FINANCIAL report for region ZZ". */
  label: string;
  /** The request's parameters, as the result shows them. */
  request: Record<string, string>;
  /** Rows of the summary's first table describing the request. */
  describe: Array<[string, string]>;
  cadence: Cadence;
  date: string;
  dateSource: 'input' | 'default';
  /** Where the file goes (output-dir joined with the report's file name). */
  target: string;
  format: ReportFormat;
  failIfUnavailable: boolean;
  /** Uncompressed bytes the report may reach. */
  maxReportBytes: number;
  /** Downloads the report, handing each try's body to `consume`. */
  download<T>(consume: ReportConsumer<T>): Promise<T>;
}

export type MissingReason = 'not-available-yet' | 'no-sales';

const NOT_YET_TEXT =
  /not (yet )?available|available yet|not ready|not been (generated|published|processed)|try again later/i;
const NO_DATA_TEXT =
  /no sales|there (is|are|were) no (sales|reports?|financial|finance|data|transactions|activity)|no (financial |finance )?reports? (is |are )?(available|found)/i;

/** Tells Apple's two meanings of a report 404 apart, by the date first and then by the words. */
export function classifyMissing(
  error: ApiError,
  cadence: Cadence,
  date: string,
  now: number,
): { reason: MissingReason; basis: 'date' | 'text' | 'date-and-text'; apple: string; expected: number } {
  const apple = error.errors
    .map((e) => e.detail ?? e.title ?? '')
    .filter((t) => t !== '')
    .join('; ');
  const expected = expectedAt(cadence, date);
  if (now < expected) return { reason: 'not-available-yet', basis: 'date', apple, expected };
  if (NOT_YET_TEXT.test(apple)) return { reason: 'not-available-yet', basis: 'text', apple, expected };
  if (NO_DATA_TEXT.test(apple)) return { reason: 'no-sales', basis: 'text', apple, expected };
  return {
    reason: mayStillCome(cadence, date, now) ? 'not-available-yet' : 'no-sales',
    basis: 'date-and-text',
    apple,
    expected,
  };
}

export async function runReport(ctx: OperationContext, job: ReportJob): Promise<OperationResult> {
  const { log } = ctx;
  const what = `${job.label} for ${job.date}`;
  log.info(`Downloading the ${what} (${job.format}) to ${job.target}.`);

  let totals = new TotalsSink(job.family);
  let saved: SavedReport;
  try {
    // Each try starts the totals afresh; the client retries a body that breaks off.
    saved = await job.download((response) => {
      totals = new TotalsSink(job.family);
      return saveReport(response.body, job.target, job.format, [totals], {
        maxReportBytes: job.maxReportBytes,
        maxLineBytes: MAX_REPORT_LINE_BYTES,
      });
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return missing(ctx, job, error);
    if (error instanceof ReportTooLargeError) {
      throw new Error(
        `Stopped downloading the ${what}: it inflates past ${formatBytes(error.maxReportBytes)} once uncompressed (${Input.MaxReportMb}), from ${formatBytes(error.compressedBytes)} received. ` +
          `Apple’s reports are far smaller, so this looks like a gzip bomb or a broken answer; if the report is genuine, raise ${Input.MaxReportMb}. No file was left behind.`,
      );
    }
    if (error instanceof LineTooLongError) {
      throw new Error(
        `Stopped reading the ${what}: ${error.message} (${formatBytes(error.maxLineBytes)} at most; Apple’s lines are a few hundred bytes), so it is not a report Apple writes. No file was left behind.`,
      );
    }
    if (error instanceof NetworkError) {
      throw new Error(
        `Downloading the ${what} failed${error.attempts > 1 ? ` after ${error.attempts} tries` : ''}: ${error.reason}. ` +
          'No file was left behind; re-run the job (Apple’s report downloads do break off now and then).',
      );
    }
    throw error;
  }
  const sums = totals.result(10);
  log.info(
    `Saved ${saved.rows} rows to ${job.target} (${formatBytes(saved.fileBytes)}; ${formatBytes(saved.reportBytes)} of TSV from ${formatBytes(saved.compressedBytes)}${saved.gzip ? ' gzip' : ''}).`,
  );
  if (sums.unreadable > 0)
    log.warning(
      `${sums.unreadable} rows of the ${what} had units or amounts that are not numbers; they are left out of the totals.`,
    );
  if (sums.mismatches?.length) {
    log.warning(
      `The ${what} does not add up to its own Total_* lines: ${sums.mismatches.map(describeMismatch).join('; ')}. The file is saved as received.`,
    );
  }
  return {
    outputs: {
      [Output.ReportFile]: job.target,
      [Output.ReportRows]: saved.rows,
      [Output.ReportAvailable]: true,
    },
    result: {
      report: job.family,
      request: job.request,
      dateSource: job.dateSource,
      available: true,
      file: {
        path: job.target,
        format: saved.format,
        bytes: saved.fileBytes,
        reportBytes: saved.reportBytes,
        compressedBytes: saved.compressedBytes,
        columns: saved.columns,
      },
      rows: saved.rows,
      totals: resultTotals(job.family, sums),
      topProducts: sums.topProducts.map((p) => {
        const { amounts, ...rest } = p;
        return { ...rest, [job.family === 'sales' ? 'proceeds' : 'amounts']: amounts };
      }),
      ...(sums.products > sums.topProducts.length ? { products: sums.products } : {}),
    },
    summary: summaryBlocks(job, saved, sums),
  };
}

/** "Total_Units of the USD section is 15, its rows add up to 14 units sold". */
export function describeMismatch(m: TotalMismatch): string {
  const section = `${m.total} of the ${m.currency || 'currency-less'} section`;
  switch (m.total) {
    case 'Total_Rows':
      return `${section} is ${m.declared}, it has ${m.read} rows`;
    case 'Total_Amount':
      return `${section} is ${formatAmount(m.declared)}, its rows add up to ${formatAmount(m.read)}`;
    case 'Total_Units':
      return `${section} is ${m.declared}, its rows add up to ${m.read} units sold (returns not counted, as Apple counts them)`;
  }
}

function resultTotals(family: ReportJob['family'], sums: ReportTotals): Record<string, unknown> {
  if (family === 'sales') {
    return {
      units: sums.units,
      proceeds: sums.byCurrency.map((c) => ({
        currency: c.currency,
        units: c.units,
        proceeds: c.amount,
        rows: c.rows,
      })),
    };
  }
  return {
    units: sums.units,
    amounts: sums.byCurrency.map((c) => ({
      currency: c.currency,
      units: c.units,
      amount: c.amount,
      rows: c.rows,
    })),
    ...(sums.declared
      ? { declared: sums.declared, declaredMatch: sums.declaredMatch, mismatches: sums.mismatches }
      : {}),
  };
}

function missing(ctx: OperationContext, job: ReportJob, error: ApiError): OperationResult {
  const now = ctx.clock.now();
  const c = classifyMissing(error, job.cadence, job.date, now);
  const said = c.apple ? `Apple answered 404: “${c.apple}”` : 'Apple answered 404';
  let message: string;
  if (c.reason === 'not-available-yet') {
    message =
      c.basis === 'date'
        ? `The ${job.label} for ${job.date} is not available yet: ${READINESS[job.cadence]}, so it is expected from ${pacificText(c.expected)} (now ${pacificText(now)}). ${said}.`
        : `The ${job.label} for ${job.date} is not available yet, although it was expected from ${pacificText(c.expected)}: Apple is late with it. ${said}. Re-run later.`;
  } else {
    const nothing =
      job.family === 'sales'
        ? 'there were no sales or downloads for that date (Apple makes no report for a period without any)'
        : 'there is no finance report for that fiscal month and region (no sales or payments in it)';
    message =
      c.basis === 'text'
        ? `There is no ${job.label} for ${job.date}: ${nothing}. ${said}.`
        : `There is no ${job.label} for ${job.date}: it was due by ${pacificText(c.expected)}, so a 404 now means ${nothing}. ${said}.`;
  }
  log(ctx, job, message);
  return {
    outputs: { [Output.ReportFile]: '', [Output.ReportRows]: 0, [Output.ReportAvailable]: false },
    result: {
      report: job.family,
      request: job.request,
      dateSource: job.dateSource,
      available: false,
      reason: c.reason,
      decidedBy: c.basis,
      expectedFrom: new Date(c.expected).toISOString(),
      message,
      apple: error.errors,
      file: null,
      rows: 0,
    },
    summary: [
      facts([
        ...job.describe,
        ['Date', dateCell(job)],
        ['Available', 'no'],
        ['Why', c.reason === 'no-sales' ? 'no sales for that date' : 'not available yet'],
      ]),
      text(message),
    ],
    ...(job.failIfUnavailable ? { failure: `${message} (fail-if-unavailable is true.)` } : {}),
  };
}

function log(ctx: OperationContext, job: ReportJob, message: string): void {
  if (job.failIfUnavailable) ctx.log.info(message);
  else ctx.log.warning(message);
}

function dateCell(job: ReportJob): string {
  return job.dateSource === 'default' ? `${job.date} (newest expected now)` : job.date;
}

function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** "12.60 USD, 3.00 EUR, 2.00 GBP and 4 more": the largest few, already sorted. */
function money(amounts: Record<string, number>, shown = 3): string {
  const entries = Object.entries(amounts);
  const list = entries
    .slice(0, shown)
    .map(([currency, amount]) => `${formatAmount(amount)} ${currency}`.trim())
    .join(', ');
  return entries.length > shown ? `${list} and ${entries.length - shown} more` : list;
}

export function formatAmount(amount: number): string {
  return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

function summaryBlocks(job: ReportJob, saved: SavedReport, sums: ReportTotals): SummaryBlock[] {
  const sales = job.family === 'sales';
  const amountName = sales ? 'Proceeds' : 'Amount (extended partner share)';
  const blocks: SummaryBlock[] = [
    facts([
      ...job.describe,
      ['Date', dateCell(job)],
      ['File', `\`${displayPath(job.target)}\` (${saved.format}, ${formatBytes(saved.fileBytes)})`],
      ['Rows', saved.rows],
      ['Units', sums.units ?? `none: this report has no ${sales ? 'Units' : 'Quantity'} column`],
      ...(sums.declaredMatch !== undefined
        ? ([
            [
              'Apple’s Total_* lines',
              sums.declaredMatch
                ? 'match the rows'
                : `do NOT match the rows: ${(sums.mismatches ?? []).map(describeMismatch).join('; ')}`,
            ],
          ] as Array<[string, string]>)
        : []),
    ]),
  ];
  if (sums.byCurrency.length > 0) {
    blocks.push(
      heading(sales ? 'Totals by currency of proceeds' : 'Totals by currency'),
      table(
        ['Currency', 'Rows', 'Units', amountName],
        sums.byCurrency.map((c) => [c.currency || '–', c.rows, c.units, formatAmount(c.amount)]),
      ),
    );
  }
  if (sums.topProducts.length > 0) {
    blocks.push(
      heading(
        `Top products by units${sums.products > sums.topProducts.length ? ` (${sums.topProducts.length} of ${sums.products})` : ''}`,
      ),
      table(
        ['#', 'Title', 'SKU', 'Apple id', 'Type', 'Units', sales ? 'Proceeds' : 'Amount'],
        sums.topProducts.map((p, i) => [
          i + 1,
          p.title,
          p.sku,
          p.appleIdentifier,
          p.productType,
          p.units,
          money(p.amounts),
        ]),
      ),
    );
    const chart = unitsChart(sums);
    if (chart) blocks.push({ kind: 'mermaid', source: chart });
  }
  return blocks;
}

/** A Mermaid bar chart of units by the top products (GitHub renders it in the job summary). */
export function unitsChart(sums: ReportTotals): string | undefined {
  const products = sums.topProducts.filter((p) => p.units > 0);
  if (products.length === 0) return undefined;
  const seen = new Map<string, number>();
  const clean = (text: string | undefined) => {
    const label = (text ?? '')
      .replace(/["`\\[\]{}<>]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
    return /[\p{L}\p{N}]/u.test(label) ? label : '';
  };
  const labels = products.map((p, i) => {
    // A title of only spaces or punctuation would make an empty label, which breaks the chart.
    let label = clean(p.title) || clean(p.sku) || clean(p.appleIdentifier) || `product ${i + 1}`;
    if (label.length > 24) label = `${label.slice(0, 23)}…`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n > 1 ? `${label} (${n})` : label;
  });
  const max = Math.max(...products.map((p) => p.units));
  return [
    'xychart-beta horizontal',
    `    title "Units by product (top ${products.length})"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "Units" 0 --> ${Math.ceil(max * 1.05) || 1}`,
    `    bar [${products.map((p) => p.units).join(', ')}]`,
  ].join('\n');
}
