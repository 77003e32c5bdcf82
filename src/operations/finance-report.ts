import { downloadFinanceReport } from '../api/reports.js';
import { Input } from '../constants.js';
import { InputError, quote } from '../input-reader.js';
import { READINESS, newestExpected } from '../reports/dates.js';
import { parseReportOutput, reportPath, requireTeamKey } from '../reports/report-settings.js';
import { runReport } from '../reports/report-download.js';
import { FINANCE_REPORT_TYPES, checkFiscalMonth, type FinanceReportType } from '../reports/spec.js';
import { defineOperation } from '../operation.js';

/** The region FINANCE_DETAIL reports need, and the consolidated "all regions" one. */
const DETAIL_REGION = 'Z1';
const ALL_REGIONS = 'ZZ';

function parseRegion(value: string | undefined, type: FinanceReportType): string {
  if (value === undefined) return type === 'FINANCE_DETAIL' ? DETAIL_REGION : ALL_REGIONS;
  const region = value.toUpperCase();
  if (!/^[A-Z][A-Z0-9]$/.test(region)) {
    throw new InputError(
      Input.RegionCode,
      `Input '${Input.RegionCode}' has an invalid value ${quote(value)}: expected a two-character region code such as US, EU, JP, ZZ (all regions in one file) or Z1 (for FINANCE_DETAIL).`,
    );
  }
  if (type === 'FINANCE_DETAIL' && region !== DETAIL_REGION) {
    throw new InputError(
      Input.RegionCode,
      `Input '${Input.RegionCode}' has an invalid value ${quote(value)}: a FINANCE_DETAIL report exists only for region ${DETAIL_REGION}; leave ${Input.RegionCode} empty or set ${DETAIL_REGION}.`,
    );
  }
  if (type === 'FINANCIAL' && region === DETAIL_REGION) {
    throw new InputError(
      Input.RegionCode,
      `Input '${Input.RegionCode}' has an invalid value ${quote(value)}: region ${DETAIL_REGION} is only for ${Input.ReportType} FINANCE_DETAIL; for FINANCIAL use a region such as US, EU or ${ALL_REGIONS} (all regions).`,
    );
  }
  return region;
}

/** Downloads one finance report (a fiscal month, the previous one by default) with totals per currency. */
export default defineOperation({
  parse(inputs, common) {
    requireTeamKey(common, 'finance-report');
    const output = parseReportOutput(inputs);
    const type = inputs.choice(Input.ReportType, FINANCE_REPORT_TYPES, 'FINANCIAL');
    const region = parseRegion(inputs.string(Input.RegionCode), type);
    const given = inputs.string(Input.ReportDate);
    const date = given === undefined ? undefined : checkFiscalMonth(given);
    return { ...output, type, region, date };
  },

  async execute(ctx, settings) {
    const { type, region, vendorNumber } = settings;
    let date = settings.date;
    if (date === undefined) {
      date = newestExpected('FISCAL', ctx.clock.now());
      ctx.log.info(
        `${Input.ReportDate} not given: using fiscal month ${date}, the newest that should be available now (${READINESS.FISCAL}).`,
      );
    }
    const reportDate = date;
    const request = { vendorNumber, reportType: type, regionCode: region, reportDate };
    return runReport(ctx, {
      family: 'finance',
      label: `${type} report for region ${region}`,
      request,
      describe: [
        ['Report', `${type} · region ${region}`],
        ['Vendor', vendorNumber],
      ],
      cadence: 'FISCAL',
      date: reportDate,
      dateSource: settings.date === undefined ? 'default' : 'input',
      target: reportPath(settings, 'finance', [type, region], reportDate),
      format: settings.format,
      failIfUnavailable: settings.failIfUnavailable,
      maxReportBytes: settings.maxReportBytes,
      download: (consume) => downloadFinanceReport(ctx.client, request, consume),
    });
  },
});
