import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FINANCE_REPORT_TYPES,
  READINESS,
  checkFiscalMonth,
  downloadFinanceReport,
  newestExpected,
  parseReportOutput,
  reportPath,
  requireTeamKey,
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
  Input,
  InputError,
  quote
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/finance-report.ts
var DETAIL_REGION = "Z1";
var ALL_REGIONS = "ZZ";
function parseRegion(value, type) {
  if (value === void 0) return type === "FINANCE_DETAIL" ? DETAIL_REGION : ALL_REGIONS;
  const region = value.toUpperCase();
  if (!/^[A-Z][A-Z0-9]$/.test(region)) {
    throw new InputError(
      Input.RegionCode,
      `Input '${Input.RegionCode}' has an invalid value ${quote(value)}: expected a two-character region code such as US, EU, JP, ZZ (all regions in one file) or Z1 (for FINANCE_DETAIL).`
    );
  }
  if (type === "FINANCE_DETAIL" && region !== DETAIL_REGION) {
    throw new InputError(
      Input.RegionCode,
      `Input '${Input.RegionCode}' has an invalid value ${quote(value)}: a FINANCE_DETAIL report exists only for region ${DETAIL_REGION}; leave ${Input.RegionCode} empty or set ${DETAIL_REGION}.`
    );
  }
  if (type === "FINANCIAL" && region === DETAIL_REGION) {
    throw new InputError(
      Input.RegionCode,
      `Input '${Input.RegionCode}' has an invalid value ${quote(value)}: region ${DETAIL_REGION} is only for ${Input.ReportType} FINANCE_DETAIL; for FINANCIAL use a region such as US, EU or ${ALL_REGIONS} (all regions).`
    );
  }
  return region;
}
var finance_report_default = defineOperation({
  parse(inputs, common) {
    requireTeamKey(common, "finance-report");
    const output = parseReportOutput(inputs);
    const type = inputs.choice(Input.ReportType, FINANCE_REPORT_TYPES, "FINANCIAL");
    const region = parseRegion(inputs.string(Input.RegionCode), type);
    const given = inputs.string(Input.ReportDate);
    const date = given === void 0 ? void 0 : checkFiscalMonth(given);
    return { ...output, type, region, date };
  },
  async execute(ctx, settings) {
    const { type, region, vendorNumber } = settings;
    let date = settings.date;
    if (date === void 0) {
      date = newestExpected("FISCAL", ctx.clock.now());
      ctx.log.info(
        `${Input.ReportDate} not given: using fiscal month ${date}, the newest that should be available now (${READINESS.FISCAL}).`
      );
    }
    const reportDate = date;
    const request = { vendorNumber, reportType: type, regionCode: region, reportDate };
    return runReport(ctx, {
      family: "finance",
      label: `${type} report for region ${region}`,
      request,
      describe: [
        ["Report", `${type} \xB7 region ${region}`],
        ["Vendor", vendorNumber]
      ],
      cadence: "FISCAL",
      date: reportDate,
      dateSource: settings.date === void 0 ? "default" : "input",
      target: reportPath(settings, "finance", [type, region], reportDate),
      format: settings.format,
      failIfUnavailable: settings.failIfUnavailable,
      maxReportBytes: settings.maxReportBytes,
      download: (consume) => downloadFinanceReport(ctx.client, request, consume)
    });
  }
});
export {
  finance_report_default as default
};
