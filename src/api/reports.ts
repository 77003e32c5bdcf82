/** Sales and finance reports: gzip'd TSV bodies, handed back as streams. */
import type { AppStoreConnectClient, Query, StreamResponse } from './client.js';
import { ApiError } from './errors.js';

export interface SalesReportRequest {
  vendorNumber: string;
  reportType: string;
  reportSubType: string;
  frequency: string;
  reportDate: string;
  version: string;
}

export interface FinanceReportRequest {
  vendorNumber: string;
  reportType: string;
  regionCode: string;
  reportDate: string;
}

/** Reports come gzip'd, without Content-Encoding; Apple refuses (406) any other Accept. */
export const REPORT_ACCEPT = 'application/a-gzip';

export const REPORT_ROLE_HINT =
  'Sales and finance reports need a team API key with the Admin, Finance or Sales role: give the key one of them (Users and Access → Integrations) or use another key.';

export function salesReportQuery(r: SalesReportRequest): Query {
  return {
    'filter[vendorNumber]': r.vendorNumber,
    'filter[reportType]': r.reportType,
    'filter[reportSubType]': r.reportSubType,
    'filter[frequency]': r.frequency,
    'filter[reportDate]': r.reportDate,
    'filter[version]': r.version,
  };
}

export function financeReportQuery(r: FinanceReportRequest): Query {
  return {
    'filter[vendorNumber]': r.vendorNumber,
    'filter[reportType]': r.reportType,
    'filter[regionCode]': r.regionCode,
    'filter[reportDate]': r.reportDate,
  };
}

/**
 * Downloads a sales report and hands its body to `consume`; a body that breaks off is asked for
 * again under the client's retry policy (see `AppStoreConnectClient.stream`).
 */
export function downloadSalesReport<T>(
  client: AppStoreConnectClient,
  request: SalesReportRequest,
  consume: ReportConsumer<T>,
): Promise<T> {
  return download(client, '/v1/salesReports', salesReportQuery(request), consume);
}

export function downloadFinanceReport<T>(
  client: AppStoreConnectClient,
  request: FinanceReportRequest,
  consume: ReportConsumer<T>,
): Promise<T> {
  return download(client, '/v1/financeReports', financeReportQuery(request), consume);
}

export type ReportConsumer<T> = (response: StreamResponse) => Promise<T>;

/** Errors of a report body cut short, beyond the network's own: a gzip stream ended early, a length short. */
const BROKEN_BODY = new Set([
  'UND_ERR_ABORTED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'ERR_STREAM_PREMATURE_CLOSE',
  // zlib's "unexpected end of file".
  'Z_BUF_ERROR',
]);

async function download<T>(
  client: AppStoreConnectClient,
  path: string,
  query: Query,
  consume: ReportConsumer<T>,
): Promise<T> {
  try {
    return await client.stream(
      'GET',
      path,
      {
        query,
        accept: REPORT_ACCEPT,
        retryable: (error) => BROKEN_BODY.has((error as { code?: string }).code ?? ''),
      },
      consume,
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      const text = error.errors.map((e) => `${e.code ?? ''} ${e.detail ?? ''}`).join(' ');
      // An agreement to accept keeps the client's own advice; anything else is the key's role.
      if (!/agreement/i.test(text)) throw error.withHint(REPORT_ROLE_HINT);
    }
    if (error instanceof ApiError && error.status === 400) {
      throw error.withHint(
        'Apple refused the report request: check vendor-number, report-type, report-subtype, frequency, report-version, region-code and report-date against what Apple says above.',
      );
    }
    throw error;
  }
}
