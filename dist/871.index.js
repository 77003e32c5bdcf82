export const id = 871;
export const ids = [871];
export const modules = {

/***/ 4871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_reports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1803);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/* harmony import */ var _reports_dates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7998);
/* harmony import */ var _reports_report_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6467);
/* harmony import */ var _reports_report_download_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6784);
/* harmony import */ var _reports_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9236);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6910);








/** The region FINANCE_DETAIL reports need, and the consolidated "all regions" one. */
const DETAIL_REGION = 'Z1';
const ALL_REGIONS = 'ZZ';
function parseRegion(value, type) {
    if (value === undefined)
        return type === 'FINANCE_DETAIL' ? DETAIL_REGION : ALL_REGIONS;
    const region = value.toUpperCase();
    if (!/^[A-Z][A-Z0-9]$/.test(region)) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}: expected a two-character region code such as US, EU, JP, ZZ (all regions in one file) or Z1 (for FINANCE_DETAIL).`);
    }
    if (type === 'FINANCE_DETAIL' && region !== DETAIL_REGION) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}: a FINANCE_DETAIL report exists only for region ${DETAIL_REGION}; leave ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode} empty or set ${DETAIL_REGION}.`);
    }
    if (type === 'FINANCIAL' && region === DETAIL_REGION) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}: region ${DETAIL_REGION} is only for ${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportType} FINANCE_DETAIL; for FINANCIAL use a region such as US, EU or ${ALL_REGIONS} (all regions).`);
    }
    return region;
}
/** Downloads one finance report (a fiscal month, the previous one by default) with totals per currency. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_7__/* .defineOperation */ .h)({
    parse(inputs, common) {
        (0,_reports_report_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .requireTeamKey */ .Ce)(common, 'finance-report');
        const output = (0,_reports_report_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReportOutput */ .R3)(inputs);
        const type = inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportType, _reports_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .FINANCE_REPORT_TYPES */ .Ye, 'FINANCIAL');
        const region = parseRegion(inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.RegionCode), type);
        const given = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportDate);
        const date = given === undefined ? undefined : (0,_reports_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .checkFiscalMonth */ .H3)(given);
        return { ...output, type, region, date };
    },
    async execute(ctx, settings) {
        const { type, region, vendorNumber } = settings;
        let date = settings.date;
        if (date === undefined) {
            date = (0,_reports_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .newestExpected */ .Hu)('FISCAL', ctx.clock.now());
            ctx.log.info(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportDate} not given: using fiscal month ${date}, the newest that should be available now (${_reports_dates_js__WEBPACK_IMPORTED_MODULE_3__/* .READINESS */ .Le.FISCAL}).`);
        }
        const reportDate = date;
        const request = { vendorNumber, reportType: type, regionCode: region, reportDate };
        return (0,_reports_report_download_js__WEBPACK_IMPORTED_MODULE_5__/* .runReport */ .qi)(ctx, {
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
            target: (0,_reports_report_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .reportPath */ .eG)(settings, 'finance', [type, region], reportDate),
            format: settings.format,
            failIfUnavailable: settings.failIfUnavailable,
            download: (consume) => (0,_api_reports_js__WEBPACK_IMPORTED_MODULE_0__/* .downloadFinanceReport */ .ZJ)(ctx.client, request, consume),
        });
    },
}));


/***/ })

};
