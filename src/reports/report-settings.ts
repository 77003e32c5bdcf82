/** Inputs both report operations read the same way. */
import { join } from 'node:path';
import { DEFAULT_MAX_REPORT_MB, Input } from '../constants.js';
import { InputError, quote, type InputReader } from '../input-reader.js';
import type { CommonSettings } from '../settings.js';
import { REPORT_FORMATS, type ReportFormat } from './file.js';

export interface ReportOutputSettings {
  vendorNumber: string;
  outputDir: string;
  format: ReportFormat;
  failIfUnavailable: boolean;
  /** Uncompressed bytes a report may reach (input max-report-mb). */
  maxReportBytes: number;
}

/** Apple hands reports only to team keys: an individual key fails here, before any request. */
export function requireTeamKey(common: CommonSettings, operation: string): void {
  if (common.credentials.issuerId === undefined) {
    throw new InputError(
      Input.IssuerId,
      `Input '${Input.IssuerId}' is empty, so the key is an individual API key, and Apple gives sales and finance reports only to team keys: ` +
        `${operation} needs a team key (with issuer-id) that has the Admin, Finance or Sales role.`,
    );
  }
}

export function parseReportOutput(inputs: InputReader): ReportOutputSettings {
  const vendorNumber = inputs.required(
    Input.VendorNumber,
    'for reports: your vendor number, shown in App Store Connect under Payments and Financial Reports (digits, such as 85012345)',
  );
  if (!/^\d{1,20}$/.test(vendorNumber)) {
    throw new InputError(
      Input.VendorNumber,
      `Input '${Input.VendorNumber}' has an invalid value ${quote(vendorNumber)}: expected the vendor number, digits only (such as 85012345), shown under Payments and Financial Reports.`,
    );
  }
  const outputDir = inputs.string(Input.OutputDir) ?? 'app-store-reports';
  const format = inputs.choice(Input.Format, REPORT_FORMATS, 'tsv');
  const failIfUnavailable = inputs.bool(Input.FailIfUnavailable, false);
  const maxReportMb = inputs.int(Input.MaxReportMb, { min: 1, fallback: DEFAULT_MAX_REPORT_MB });
  return { vendorNumber, outputDir, format, failIfUnavailable, maxReportBytes: maxReportMb * 1024 * 1024 };
}

/** `<output-dir>/<family>-<vendor>-<parts>-<date>.<format>`, lower case. */
export function reportPath(
  settings: ReportOutputSettings,
  family: 'sales' | 'finance',
  parts: string[],
  date: string,
): string {
  const name = [
    family,
    settings.vendorNumber,
    ...parts.map((p) => p.toLowerCase().replace(/_/g, '-')),
    date,
  ].join('-');
  return join(settings.outputDir, `${name}.${settings.format}`);
}
