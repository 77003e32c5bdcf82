import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FREQUENCIES,
  READINESS,
  REPORT_SUBTYPES,
  SALES_REPORT_TYPES,
  checkSalesDate,
  downloadSalesReport,
  newestExpected,
  parseReportOutput,
  reportPath,
  requireTeamKey,
  resolveSalesKind,
  runReport
} from "./chunk-OFCUDSWZ.js";
import "./chunk-KV56ZC3A.js";
import "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import "./chunk-66LBZBJX.js";
import {
  Input
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/sales-report.ts
var sales_report_default = defineOperation({
  parse(inputs, common) {
    requireTeamKey(common, "sales-report");
    const output = parseReportOutput(inputs);
    const kind = resolveSalesKind({
      type: inputs.choice(Input.ReportType, SALES_REPORT_TYPES, "SALES"),
      subtype: inputs.choice(Input.ReportSubtype, REPORT_SUBTYPES),
      frequency: inputs.choice(Input.Frequency, FREQUENCIES),
      version: inputs.string(Input.ReportVersion)
    });
    const given = inputs.string(Input.ReportDate);
    const date = given === void 0 ? void 0 : checkSalesDate(given, kind.frequency);
    return { ...output, kind, date };
  },
  async execute(ctx, settings) {
    const { kind, vendorNumber } = settings;
    let date = settings.date;
    if (date === void 0) {
      date = newestExpected(kind.frequency, ctx.clock.now());
      ctx.log.info(
        `${Input.ReportDate} not given: using ${date}, the newest ${kind.frequency} report that should be available now (${READINESS[kind.frequency]}).`
      );
    }
    const request = {
      vendorNumber,
      reportType: kind.type,
      reportSubType: kind.subtype,
      frequency: kind.frequency,
      reportDate: date,
      version: kind.version
    };
    const reportDate = date;
    return runReport(ctx, {
      family: "sales",
      label: `${kind.type} report`,
      request,
      describe: [
        ["Report", `${kind.type} \xB7 ${kind.subtype} \xB7 ${kind.frequency} \xB7 version ${kind.version}`],
        ["Vendor", vendorNumber]
      ],
      cadence: kind.frequency,
      date: reportDate,
      dateSource: settings.date === void 0 ? "default" : "input",
      target: reportPath(settings, "sales", [kind.type, kind.subtype, kind.frequency], reportDate),
      format: settings.format,
      failIfUnavailable: settings.failIfUnavailable,
      maxReportBytes: settings.maxReportBytes,
      download: (consume) => downloadSalesReport(ctx.client, request, consume)
    });
  }
});
export {
  sales_report_default as default
};
