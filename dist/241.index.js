export const id = 241;
export const ids = [241];
export const modules = {

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _api_reports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1803);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _reports_dates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7998);
/* harmony import */ var _reports_report_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6467);
/* harmony import */ var _reports_report_download_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6784);
/* harmony import */ var _reports_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9236);
/* harmony import */ var _operation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6910);







/** Downloads one Sales and Trends report (yesterday's sales by default) with totals and a summary. */
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_operation_js__WEBPACK_IMPORTED_MODULE_6__/* .defineOperation */ .h)({
    parse(inputs, common) {
        (0,_reports_report_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .requireTeamKey */ .Ce)(common, 'sales-report');
        const output = (0,_reports_report_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReportOutput */ .R3)(inputs);
        const kind = (0,_reports_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSalesKind */ .fK)({
            type: inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportType, _reports_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .SALES_REPORT_TYPES */ .Wc, 'SALES'),
            subtype: inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportSubtype, _reports_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_SUBTYPES */ .dB),
            frequency: inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Frequency, _reports_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .FREQUENCIES */ .nF),
            version: inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportVersion),
        });
        const given = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportDate);
        const date = given === undefined ? undefined : (0,_reports_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSalesDate */ .T5)(given, kind.frequency);
        return { ...output, kind, date };
    },
    async execute(ctx, settings) {
        const { kind, vendorNumber } = settings;
        let date = settings.date;
        if (date === undefined) {
            date = (0,_reports_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .newestExpected */ .Hu)(kind.frequency, ctx.clock.now());
            ctx.log.info(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.ReportDate} not given: using ${date}, the newest ${kind.frequency} report that should be available now (${_reports_dates_js__WEBPACK_IMPORTED_MODULE_2__/* .READINESS */ .Le[kind.frequency]}).`);
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
        return (0,_reports_report_download_js__WEBPACK_IMPORTED_MODULE_4__/* .runReport */ .qi)(ctx, {
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
            target: (0,_reports_report_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .reportPath */ .eG)(settings, 'sales', [kind.type, kind.subtype, kind.frequency], reportDate),
            format: settings.format,
            failIfUnavailable: settings.failIfUnavailable,
            download: (consume) => (0,_api_reports_js__WEBPACK_IMPORTED_MODULE_0__/* .downloadSalesReport */ .X5)(ctx.client, request, consume),
        });
    },
}));


/***/ })

};
