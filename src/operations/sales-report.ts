import { downloadSalesReport } from '../api/reports.js';
import { Input } from '../constants.js';
import { READINESS, newestExpected } from '../reports/dates.js';
import { parseReportOutput, reportPath, requireTeamKey } from '../reports/report-settings.js';
import { runReport } from '../reports/report-download.js';
import {
  FREQUENCIES,
  REPORT_SUBTYPES,
  SALES_REPORT_TYPES,
  checkSalesDate,
  resolveSalesKind,
} from '../reports/spec.js';
import { defineOperation } from '../operation.js';

/** Downloads one Sales and Trends report (yesterday's sales by default) with totals and a summary. */
export default defineOperation({
  parse(inputs, common) {
    requireTeamKey(common, 'sales-report');
    const output = parseReportOutput(inputs);
    const kind = resolveSalesKind({
      type: inputs.choice(Input.ReportType, SALES_REPORT_TYPES, 'SALES'),
      subtype: inputs.choice(Input.ReportSubtype, REPORT_SUBTYPES),
      frequency: inputs.choice(Input.Frequency, FREQUENCIES),
      version: inputs.string(Input.ReportVersion),
    });
    const given = inputs.string(Input.ReportDate);
    const date = given === undefined ? undefined : checkSalesDate(given, kind.frequency);
    return { ...output, kind, date };
  },

  async execute(ctx, settings) {
    const { kind, vendorNumber } = settings;
    let date = settings.date;
    if (date === undefined) {
      date = newestExpected(kind.frequency, ctx.clock.now());
      ctx.log.info(
        `${Input.ReportDate} not given: using ${date}, the newest ${kind.frequency} report that should be available now (${READINESS[kind.frequency]}).`,
      );
    }
    const request = {
      vendorNumber,
      reportType: kind.type,
      reportSubType: kind.subtype,
      frequency: kind.frequency,
      reportDate: date,
      version: kind.version,
    };
    const reportDate = date;
    return runReport(ctx, {
      family: 'sales',
      label: `${kind.type} report`,
      request,
      describe: [
        ['Report', `${kind.type} · ${kind.subtype} · ${kind.frequency} · version ${kind.version}`],
        ['Vendor', vendorNumber],
      ],
      cadence: kind.frequency,
      date: reportDate,
      dateSource: settings.date === undefined ? 'default' : 'input',
      target: reportPath(settings, 'sales', [kind.type, kind.subtype, kind.frequency], reportDate),
      format: settings.format,
      failIfUnavailable: settings.failIfUnavailable,
      maxReportBytes: settings.maxReportBytes,
      download: (consume) => downloadSalesReport(ctx.client, request, consume),
    });
  },
});
