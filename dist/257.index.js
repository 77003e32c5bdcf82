export const id = 257;
export const ids = [257];
export const modules = {

/***/ 1803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ downloadSalesReport),
/* harmony export */   ZJ: () => (/* binding */ downloadFinanceReport)
/* harmony export */ });
/* unused harmony exports REPORT_ACCEPT, REPORT_ROLE_HINT, salesReportQuery, financeReportQuery */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);

/** Reports come gzip'd, without Content-Encoding; Apple refuses (406) any other Accept. */
const REPORT_ACCEPT = 'application/a-gzip';
const REPORT_ROLE_HINT = 'Sales and finance reports need a team API key with the Admin, Finance or Sales role: give the key one of them (Users and Access → Integrations) or use another key.';
function salesReportQuery(r) {
    return {
        'filter[vendorNumber]': r.vendorNumber,
        'filter[reportType]': r.reportType,
        'filter[reportSubType]': r.reportSubType,
        'filter[frequency]': r.frequency,
        'filter[reportDate]': r.reportDate,
        'filter[version]': r.version,
    };
}
function financeReportQuery(r) {
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
function downloadSalesReport(client, request, consume) {
    return download(client, '/v1/salesReports', salesReportQuery(request), consume);
}
function downloadFinanceReport(client, request, consume) {
    return download(client, '/v1/financeReports', financeReportQuery(request), consume);
}
/** Errors of a report body cut short, beyond the network's own: a gzip stream ended early, a length short. */
const BROKEN_BODY = new Set([
    'UND_ERR_ABORTED',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    'ERR_STREAM_PREMATURE_CLOSE',
    // zlib's "unexpected end of file".
    'Z_BUF_ERROR',
]);
async function download(client, path, query, consume) {
    try {
        return await client.stream('GET', path, {
            query,
            accept: REPORT_ACCEPT,
            retryable: (error) => BROKEN_BODY.has(error.code ?? ''),
        }, consume);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 403) {
            const text = error.errors.map((e) => `${e.code ?? ''} ${e.detail ?? ''}`).join(' ');
            // An agreement to accept keeps the client's own advice; anything else is the key's role.
            if (!/agreement/i.test(text))
                throw error.withHint(REPORT_ROLE_HINT);
        }
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && error.status === 400) {
            throw error.withHint('Apple refused the report request: check vendor-number, report-type, report-subtype, frequency, report-version, region-code and report-date against what Apple says above.');
        }
        throw error;
    }
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation),
/* harmony export */   n: () => (/* binding */ namingInput)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);


/** Ties an operation's settings parser to its executor with one settings type. */
function defineOperation(definition) {
    return {
        prepare(inputs, common) {
            const settings = definition.parse(inputs, common);
            return (ctx) => definition.execute(ctx, settings);
        },
    };
}
/**
 * Runs a look-up of a value the operation took from `input`; when the API layer finds nothing
 * (NotFoundError), the error names the input, as every bad-input error does.
 */
async function namingInput(input, lookUp) {
    try {
        return await lookUp;
    }
    catch (error) {
        if (error instanceof _api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_)
            throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input '${input}': ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ writeListFile),
/* harmony export */   r: () => (/* binding */ csvCell)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Writes a list for a later step: CSV (header row, RFC 4180 quoting, CRLF line ends) or JSON
 * (an array of objects with the given columns). The folder is created; the file is written to a
 * temporary name beside it and renamed, so a reader never sees half a file.
 */
async function writeListFile(path, format, columns, rows) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const content = format === 'json'
        ? `${JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))), null, 2)}\n`
        : [columns.map(csvCell), ...rows.map((row) => columns.map((c) => csvCell(row[c])))]
            .map((cells) => cells.join(','))
            .join('\r\n') + '\r\n';
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, content, 'utf8');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        throw error;
    }
}
/** One CSV field: quoted when it holds a comma, a quote, or a line break; quotes doubled. */
function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}


/***/ }),

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ newestExpected),
/* harmony export */   IV: () => (/* binding */ expectedAt),
/* harmony export */   Le: () => (/* binding */ READINESS),
/* harmony export */   Up: () => (/* binding */ mayStillCome),
/* harmony export */   tV: () => (/* binding */ pacificText)
/* harmony export */ });
/* unused harmony exports PACIFIC, wallClock, zonedTime, pacificToday */
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9236);
/**
 * When Apple's reports become available, in Pacific time: the default report date is the newest
 * one that should exist now, and a 404 for a date not yet due means "not available yet".
 */

const PACIFIC = 'America/Los_Angeles';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The hour (Pacific) from which Apple's reports of a period are expected. */
const READY_HOUR = 8;
/** Days after a month's end (the month's report, and finance's fiscal month) until it is expected. */
const MONTHLY_READY_DAY = 5;
const FISCAL_READY_DAY = 10;
const YEARLY_READY_DAY = 5;
/** How late Apple may be before a 404 with no telling text means "nothing there" rather than "late". */
const GRACE_MS = {
    DAILY: DAY,
    WEEKLY: 2 * DAY,
    MONTHLY: 7 * DAY,
    YEARLY: 14 * DAY,
    FISCAL: 14 * DAY,
};
/** When each cadence's reports come out, in words, for logs and messages. */
const READINESS = {
    DAILY: 'daily reports are ready around 8 AM Pacific time the next day',
    WEEKLY: 'weekly reports are ready around 8 AM Pacific time on the Monday after the week ends on Sunday',
    MONTHLY: `monthly reports are ready some days after the month ends, expected from the ${MONTHLY_READY_DAY}th at 8 AM Pacific time`,
    YEARLY: `yearly reports are ready some days after the year ends, expected from January ${YEARLY_READY_DAY} at 8 AM Pacific time`,
    FISCAL: `finance reports are ready some days after Apple's fiscal month closes, expected from the ${FISCAL_READY_DAY}th of the next month at 8 AM Pacific time`,
};
const formatters = new Map();
/** The wall-clock time in a time zone. */
function wallClock(ms, timeZone = PACIFIC) {
    let format = formatters.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
        });
        formatters.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour) % 24,
        minute: Number(parts.minute),
    };
}
/** The instant at which the wall clock in `timeZone` shows day `day` (days since epoch), `hour`:00. */
function zonedTime(day, hour, timeZone = PACIFIC) {
    const wanted = day * DAY + hour * HOUR;
    let guess = wanted;
    // Two rounds settle the zone's offset, also across a daylight-saving change.
    for (let i = 0; i < 2; i++) {
        const w = wallClock(guess, timeZone);
        const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
        guess += wanted - shown;
    }
    return guess;
}
/** Today's date in Pacific time, as days since the epoch. */
function pacificToday(ms) {
    const w = wallClock(ms);
    return Date.UTC(w.year, w.month - 1, w.day) / DAY;
}
function monthStart(year, month) {
    return Date.UTC(year, month - 1, 1) / DAY;
}
/** When the report for `date` (in the cadence's form) is expected to exist. */
function expectedAt(cadence, date) {
    switch (cadence) {
        case 'DAILY':
        case 'WEEKLY':
            return zonedTime((0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .dayNumber */ .U$)(date) + 1, READY_HOUR);
        case 'MONTHLY':
        case 'FISCAL': {
            const [y, m] = date.split('-').map(Number);
            const readyDay = cadence === 'MONTHLY' ? MONTHLY_READY_DAY : FISCAL_READY_DAY;
            return zonedTime(monthStart(y, m + 1) + readyDay - 1, READY_HOUR);
        }
        case 'YEARLY':
            return zonedTime(monthStart(Number(date) + 1, 1) + YEARLY_READY_DAY - 1, READY_HOUR);
    }
}
/** The newest report date that should be available at `now`. */
function newestExpected(cadence, now) {
    const today = pacificToday(now);
    const w = wallClock(now);
    const fits = (date) => expectedAt(cadence, date) <= now;
    switch (cadence) {
        case 'DAILY': {
            const date = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .dayText */ .Ew)(today - 1);
            return fits(date) ? date : (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .dayText */ .Ew)(today - 2);
        }
        case 'WEEKLY': {
            const weekday = new Date(today * DAY).getUTCDay();
            // The last Sunday before today (a Sunday itself is still in its week).
            const sunday = today - (weekday === 0 ? 7 : weekday);
            const date = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .dayText */ .Ew)(sunday);
            return fits(date) ? date : (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .dayText */ .Ew)(sunday - 7);
        }
        case 'MONTHLY':
        case 'FISCAL': {
            const previous = new Date(Date.UTC(w.year, w.month - 2, 1)).toISOString().slice(0, 7);
            const before = new Date(Date.UTC(w.year, w.month - 3, 1)).toISOString().slice(0, 7);
            return fits(previous) ? previous : before;
        }
        case 'YEARLY': {
            const previous = String(w.year - 1);
            return fits(previous) ? previous : String(w.year - 2);
        }
    }
}
/** True while a missing report may just be late: before its expected time plus a grace period. */
function mayStillCome(cadence, date, now) {
    return now < expectedAt(cadence, date) + GRACE_MS[cadence];
}
/** "2025-03-10 08:00 Pacific" */
function pacificText(ms) {
    const w = wallClock(ms);
    const pad = (n) => String(n).padStart(2, '0');
    return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} Pacific`;
}


/***/ }),

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   a: () => (/* binding */ saveReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _output_list_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(340);
/* harmony import */ var _tsv_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5326);
/**
 * Streams a report body to a file: gunzip (every member of a multi-member gzip), a line-by-line
 * TSV reader that feeds the totals, and the file in the format asked for, written to a temporary
 * name beside the target and renamed when complete. Memory stays flat whatever the size.
 */








const REPORT_FORMATS = ['tsv', 'csv', 'json'];
const CHUNK = 64 * 1024;
/** Characters that make a CSV field need quotes, or a JSON string need escapes. */
const CSV_SPECIAL = /[",\r\n]/;
// eslint-disable-next-line no-control-regex
const JSON_SPECIAL = /["\\\u0000-\u001f\u2028\u2029]/;
/**
 * Writes `body` (gzip'd TSV, or plain TSV when it does not start with the gzip magic bytes) to
 * `target` in `format`, passing every row to `sinks` on the way.
 */
async function saveReport(body, target, format, sinks) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(target);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${Date.now()}.tmp`);
    const writer = new FormatWriter(format);
    const reader = new _tsv_js__WEBPACK_IMPORTED_MODULE_7__/* .TsvReader */ .x4(format === 'tsv' ? sinks : [...sinks, writer]);
    const counts = { compressed: 0, report: 0, file: 0, gzip: false };
    async function* countIn(source) {
        for await (const chunk of source) {
            counts.compressed += chunk.length;
            yield chunk;
        }
    }
    async function* decompress(source) {
        const it = source[Symbol.asyncIterator]();
        let first = Buffer.alloc(0);
        // Enough bytes to see the gzip magic number.
        while (first.length < 2) {
            const next = await it.next();
            if (next.done)
                break;
            first = Buffer.concat([first, next.value]);
        }
        const rest = async function* () {
            if (first.length)
                yield first;
            for (;;) {
                const next = await it.next();
                if (next.done)
                    return;
                yield next.value;
            }
        };
        if (first.length === 0)
            return;
        if (!(first[0] === 0x1f && first[1] === 0x8b)) {
            yield* rest();
            return;
        }
        counts.gzip = true;
        const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_5__.createGunzip)({ chunkSize: CHUNK });
        // Errors of either side end the iteration below with that error.
        const feeding = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from(rest(), { objectMode: false }), gunzip);
        feeding.catch(() => undefined);
        for await (const chunk of gunzip)
            yield chunk;
        await feeding;
    }
    async function* convert(source) {
        for await (const chunk of source) {
            counts.report += chunk.length;
            reader.write(chunk);
            const out = format === 'tsv' ? chunk : writer.take();
            if (out.length) {
                counts.file += typeof out === 'string' ? Buffer.byteLength(out) : out.length;
                yield out;
            }
        }
        reader.end();
        const tail = format === 'tsv' ? '' : writer.take() + writer.finish();
        if (tail) {
            counts.file += Buffer.byteLength(tail);
            yield tail;
        }
    }
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(body, countIn, decompress, convert, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    return {
        path,
        format,
        compressedBytes: counts.compressed,
        reportBytes: counts.report,
        fileBytes: counts.file,
        rows: reader.rows,
        columns: reader.columns ?? [],
        gzip: counts.gzip,
    };
}
/** Buffers the converted rows of one input chunk; `take()` hands them over. */
class FormatWriter {
    format;
    parts = [];
    columns = [];
    keys = [];
    first = true;
    constructor(format) {
        this.format = format;
        if (format === 'json')
            this.parts.push('[');
    }
    header(columns) {
        this.columns = columns;
        this.keys = columns.map((c) => JSON.stringify(c));
        if (this.format === 'csv')
            this.parts.push(`${columns.map(_output_list_file_js__WEBPACK_IMPORTED_MODULE_6__/* .csvCell */ .r).join(',')}\r\n`);
    }
    row(fields, line) {
        const complete = fields.length === this.columns.length;
        if (this.format === 'csv') {
            // Most lines need no quoting at all: one test per line instead of one per field.
            if (complete && !CSV_SPECIAL.test(line)) {
                this.parts.push(`${fields.join(',')}\r\n`);
                return;
            }
            const cells = this.columns.map((_, i) => (0,_output_list_file_js__WEBPACK_IMPORTED_MODULE_6__/* .csvCell */ .r)(fields[i] ?? ''));
            for (let i = this.columns.length; i < fields.length; i++)
                cells.push((0,_output_list_file_js__WEBPACK_IMPORTED_MODULE_6__/* .csvCell */ .r)(fields[i]));
            this.parts.push(`${cells.join(',')}\r\n`);
            return;
        }
        let object = '{';
        if (!JSON_SPECIAL.test(line)) {
            for (let i = 0; i < this.keys.length; i++)
                object += `${i ? ',' : ''}${this.keys[i]}:"${fields[i] ?? ''}"`;
        }
        else {
            for (let i = 0; i < this.keys.length; i++)
                object += `${i ? ',' : ''}${this.keys[i]}:${JSON.stringify(fields[i] ?? '')}`;
        }
        this.parts.push(`${this.first ? '\n' : ',\n'}${object}}`);
        this.first = false;
    }
    take() {
        const text = this.parts.join('');
        this.parts = [];
        return text;
    }
    finish() {
        return this.format === 'json' ? `${this.first ? '' : '\n'}]\n` : '';
    }
}


/***/ }),

/***/ 6784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qi: () => (/* binding */ runReport)
});

// UNUSED EXPORTS: classifyMissing, describeMismatch, formatAmount, formatBytes, unitsChart

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/output/summary.ts
var summary = __webpack_require__(1213);
// EXTERNAL MODULE: ./src/reports/dates.ts
var dates = __webpack_require__(7998);
// EXTERNAL MODULE: ./src/reports/file.ts
var file = __webpack_require__(8733);
// EXTERNAL MODULE: ./src/reports/tsv.ts
var tsv = __webpack_require__(5326);
;// CONCATENATED MODULE: ./src/reports/totals.ts
/**
 * Totals computed while a report streams past: units, money per currency, and units per product
 * (bounded by the number of distinct products, not rows). Columns are found by name, so the
 * same code reads every report type that has them.
 */

/**
 * The columns the totals read, by family, first name found wins. Units come only from a column
 * that counts units: `Units` in sales reports (SUBSCRIPTION_EVENT's `Quantity` counts events of
 * every kind, not units), `Quantity` in finance reports. The README's "Totals per report type"
 * table says what this means for each report type.
 */
const SHARED = {
    currency: ['Currency of Proceeds', 'Proceeds Currency', 'Partner Share Currency'],
    title: ['Title', 'Subscription Name', 'App Name'],
    sku: ['SKU', 'Vendor Identifier', 'App SKU'],
    appleId: ['Apple Identifier', 'Subscription Apple ID', 'App Apple ID', 'Apple ID'],
    productType: ['Product Type Identifier'],
};
const COLUMNS = {
    sales: {
        units: ['Units'],
        /** Per unit; times Units. */
        unitAmount: ['Developer Proceeds'],
        extendedAmount: [],
        ...SHARED,
    },
    finance: {
        units: ['Quantity'],
        unitAmount: ['Partner Share'],
        /** Already multiplied by the quantity. */
        extendedAmount: ['Extended Partner Share'],
        ...SHARED,
    },
};
function field(fields, i) {
    return i === undefined ? undefined : fields[i]?.trim();
}
class TotalsSink {
    columns;
    index = {};
    lastColumn = 0;
    names = {};
    rows = 0;
    units = 0;
    unreadable = 0;
    currencies = new Map();
    products = new Map();
    declared;
    section = newSection();
    trailerOpen = false;
    constructor(family = 'sales') {
        this.columns = COLUMNS[family];
    }
    header(columns) {
        const lower = columns.map((c) => c.toLowerCase());
        for (const key of Object.keys(this.columns)) {
            for (const name of this.columns[key]) {
                const i = lower.indexOf(name.toLowerCase());
                if (i >= 0) {
                    this.index[key] = i;
                    this.names[key] = columns[i];
                    this.lastColumn = Math.max(this.lastColumn, i);
                    break;
                }
            }
        }
    }
    row(fields) {
        if (this.trailerOpen) {
            this.trailerOpen = false;
            this.section = newSection();
        }
        this.rows += 1;
        this.section.rows += 1;
        const index = this.index;
        let units = 0;
        if (index.units !== undefined) {
            units = Number(field(fields, index.units) || '0');
            if (!Number.isFinite(units)) {
                this.unreadable += 1;
                return;
            }
        }
        let amount = 0;
        if (index.extendedAmount !== undefined)
            amount = (0,tsv/* parseScaled */.Sb)(field(fields, index.extendedAmount) || '0');
        else if (index.unitAmount !== undefined && index.units !== undefined)
            amount = units * (0,tsv/* parseScaled */.Sb)(field(fields, index.unitAmount) || '0');
        if (!Number.isFinite(amount)) {
            this.unreadable += 1;
            amount = 0;
        }
        this.units += units;
        const section = this.section;
        section.amount += amount;
        if (units > 0)
            section.unitsSold += units;
        const currency = field(fields, index.currency) ?? '';
        if (currency)
            section.currency = currency;
        let byCurrency = this.currencies.get(currency);
        if (!byCurrency)
            this.currencies.set(currency, (byCurrency = { units: 0, amount: 0, rows: 0 }));
        byCurrency.units += units;
        byCurrency.amount += amount;
        byCurrency.rows += 1;
        const appleIdentifier = field(fields, index.appleId) ?? '';
        const sku = field(fields, index.sku) ?? '';
        const title = field(fields, index.title) ?? '';
        const key = appleIdentifier || sku || title;
        let product = this.products.get(key);
        if (!product) {
            product = { title, sku, appleIdentifier, productTypes: new Set(), units: 0, amounts: new Map() };
            this.products.set(key, product);
        }
        const productType = field(fields, index.productType);
        if (productType && !product.productTypes.has(productType))
            product.productTypes.add(productType);
        product.units += units;
        if (this.hasAmount()) {
            const sum = product.amounts.get(currency);
            if (sum)
                sum.amount += amount;
            else
                product.amounts.set(currency, { amount });
        }
    }
    trailer(name, value) {
        this.declared ??= { rows: 0, units: 0, sections: [] };
        if (!this.trailerOpen) {
            this.trailerOpen = true;
            const { currency, rows, amount, unitsSold } = this.section;
            this.declared.sections.push({ currency, read: { rows, amount: (0,tsv/* fromScaled */.Vv)(amount), unitsSold } });
        }
        const section = this.declared.sections[this.declared.sections.length - 1];
        const number = Number(value.replace(/,/g, ''));
        if (name === 'Total_Rows') {
            section.rows = number;
            this.declared.rows += number;
        }
        else if (name === 'Total_Units') {
            section.units = number;
            this.declared.units += number;
        }
        else if (name === 'Total_Amount') {
            section.amount = number;
        }
    }
    /**
     * True when the report's money can be added up: an amount already multiplied by the quantity
     * (finance), or a per-unit amount next to a units column (sales). A per-unit amount without
     * units (the SUBSCRIPTION report's Developer Proceeds, per subscription) cannot be.
     */
    hasAmount() {
        const index = this.index;
        return (index.extendedAmount !== undefined || (index.unitAmount !== undefined && index.units !== undefined));
    }
    /** The totals so far, with the `top` products by units. */
    result(top = 10) {
        const hasAmount = this.hasAmount();
        const byCurrency = [...this.currencies.entries()]
            .filter(([currency]) => currency !== '' || hasAmount)
            .map(([currency, t]) => ({ currency, units: t.units, amount: (0,tsv/* fromScaled */.Vv)(t.amount), rows: t.rows }))
            .sort((a, b) => b.units - a.units || a.currency.localeCompare(b.currency));
        // Without a units column (subscriber and install reports) there is nothing to rank.
        const ranked = this.index.units === undefined ? [] : [...this.products.values()];
        const topProducts = ranked
            .sort((a, b) => b.units - a.units || a.title.localeCompare(b.title))
            .slice(0, top)
            .map((p) => ({
            title: p.title,
            sku: p.sku,
            appleIdentifier: p.appleIdentifier,
            productType: [...p.productTypes].sort().join(', '),
            units: p.units,
            amounts: Object.fromEntries([...p.amounts.entries()]
                .map(([c, a]) => [c, a.amount])
                .filter(([, a]) => a !== 0)
                .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
                .map(([c, a]) => [c, (0,tsv/* fromScaled */.Vv)(a)])),
        }));
        const totals = {
            rows: this.rows,
            units: this.index.units === undefined ? null : this.units,
            // Per currency only what can be added up: money, or at least units.
            byCurrency: hasAmount || (this.index.currency !== undefined && this.index.units !== undefined) ? byCurrency : [],
            topProducts,
            products: ranked.length,
            unreadable: this.unreadable,
            columns: this.names,
        };
        if (this.declared) {
            totals.declared = this.declared;
            totals.mismatches = mismatches(this.declared);
            totals.declaredMatch = totals.mismatches.length === 0;
        }
        return totals;
    }
}
function newSection() {
    return { currency: '', rows: 0, amount: 0, unitsSold: 0 };
}
/** Each section's Total_* lines against its own rows, each total by what Apple means by it. */
function mismatches(declared) {
    const found = [];
    for (const s of declared.sections) {
        const { currency, read } = s;
        if (s.rows !== undefined && s.rows !== read.rows)
            found.push({ total: 'Total_Rows', currency, declared: s.rows, read: read.rows });
        // Apple rounds each section's amount to its currency's decimals (none in JPY).
        if (s.amount !== undefined && Math.abs(s.amount - read.amount) > 0.005)
            found.push({ total: 'Total_Amount', currency, declared: s.amount, read: read.amount });
        if (s.units !== undefined && s.units !== read.unitsSold)
            found.push({ total: 'Total_Units', currency, declared: s.units, read: read.unitsSold });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/reports/report-download.ts
/**
 * What sales-report and finance-report share: the download (retried by the client when the body
 * breaks off), telling "no sales" from "not available yet" on a 404, the result and the job summary.
 */







const NOT_YET_TEXT = /not (yet )?available|available yet|not ready|not been (generated|published|processed)|try again later/i;
const NO_DATA_TEXT = /no sales|there (is|are|were) no (sales|reports?|financial|finance|data|transactions|activity)|no (financial |finance )?reports? (is |are )?(available|found)/i;
/** Tells Apple's two meanings of a report 404 apart, by the date first and then by the words. */
function classifyMissing(error, cadence, date, now) {
    const apple = error.errors
        .map((e) => e.detail ?? e.title ?? '')
        .filter((t) => t !== '')
        .join('; ');
    const expected = (0,dates/* expectedAt */.IV)(cadence, date);
    if (now < expected)
        return { reason: 'not-available-yet', basis: 'date', apple, expected };
    if (NOT_YET_TEXT.test(apple))
        return { reason: 'not-available-yet', basis: 'text', apple, expected };
    if (NO_DATA_TEXT.test(apple))
        return { reason: 'no-sales', basis: 'text', apple, expected };
    return {
        reason: (0,dates/* mayStillCome */.Up)(cadence, date, now) ? 'not-available-yet' : 'no-sales',
        basis: 'date-and-text',
        apple,
        expected,
    };
}
async function runReport(ctx, job) {
    const { log } = ctx;
    const what = `${job.label} for ${job.date}`;
    log.info(`Downloading the ${what} (${job.format}) to ${job.target}.`);
    let totals = new TotalsSink(job.family);
    let saved;
    try {
        // Each try starts the totals afresh; the client retries a body that breaks off.
        saved = await job.download((response) => {
            totals = new TotalsSink(job.family);
            return (0,file/* saveReport */.a)(response.body, job.target, job.format, [totals]);
        });
    }
    catch (error) {
        if (error instanceof errors/* ApiError */.hD && error.status === 404)
            return missing(ctx, job, error);
        if (error instanceof errors/* NetworkError */.Dr) {
            throw new Error(`Downloading the ${what} failed${error.attempts > 1 ? ` after ${error.attempts} tries` : ''}: ${error.reason}. ` +
                'No file was left behind; re-run the job (Apple’s report downloads do break off now and then).');
        }
        throw error;
    }
    const sums = totals.result(10);
    log.info(`Saved ${saved.rows} rows to ${job.target} (${formatBytes(saved.fileBytes)}; ${formatBytes(saved.reportBytes)} of TSV from ${formatBytes(saved.compressedBytes)}${saved.gzip ? ' gzip' : ''}).`);
    if (sums.unreadable > 0)
        log.warning(`${sums.unreadable} rows of the ${what} had units or amounts that are not numbers; they are left out of the totals.`);
    if (sums.mismatches?.length) {
        log.warning(`The ${what} does not add up to its own Total_* lines: ${sums.mismatches.map(describeMismatch).join('; ')}. The file is saved as received.`);
    }
    return {
        outputs: {
            [constants/* Output */.k7.ReportFile]: job.target,
            [constants/* Output */.k7.ReportRows]: saved.rows,
            [constants/* Output */.k7.ReportAvailable]: true,
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
function describeMismatch(m) {
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
function resultTotals(family, sums) {
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
function missing(ctx, job, error) {
    const now = ctx.clock.now();
    const c = classifyMissing(error, job.cadence, job.date, now);
    const said = c.apple ? `Apple answered 404: “${c.apple}”` : 'Apple answered 404';
    let message;
    if (c.reason === 'not-available-yet') {
        message =
            c.basis === 'date'
                ? `The ${job.label} for ${job.date} is not available yet: ${dates/* READINESS */.Le[job.cadence]}, so it is expected from ${(0,dates/* pacificText */.tV)(c.expected)} (now ${(0,dates/* pacificText */.tV)(now)}). ${said}.`
                : `The ${job.label} for ${job.date} is not available yet, although it was expected from ${(0,dates/* pacificText */.tV)(c.expected)}: Apple is late with it. ${said}. Re-run later.`;
    }
    else {
        const nothing = job.family === 'sales'
            ? 'there were no sales or downloads for that date (Apple makes no report for a period without any)'
            : 'there is no finance report for that fiscal month and region (no sales or payments in it)';
        message =
            c.basis === 'text'
                ? `There is no ${job.label} for ${job.date}: ${nothing}. ${said}.`
                : `There is no ${job.label} for ${job.date}: it was due by ${(0,dates/* pacificText */.tV)(c.expected)}, so a 404 now means ${nothing}. ${said}.`;
    }
    log(ctx, job, message);
    return {
        outputs: { [constants/* Output */.k7.ReportFile]: '', [constants/* Output */.k7.ReportRows]: 0, [constants/* Output */.k7.ReportAvailable]: false },
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
            (0,summary/* facts */.Ix)([
                ...job.describe,
                ['Date', dateCell(job)],
                ['Available', 'no'],
                ['Why', c.reason === 'no-sales' ? 'no sales for that date' : 'not available yet'],
            ]),
            (0,summary/* text */.Qq)(message),
        ],
        ...(job.failIfUnavailable ? { failure: `${message} (fail-if-unavailable is true.)` } : {}),
    };
}
function log(ctx, job, message) {
    if (job.failIfUnavailable)
        ctx.log.info(message);
    else
        ctx.log.warning(message);
}
function dateCell(job) {
    return job.dateSource === 'default' ? `${job.date} (newest expected now)` : job.date;
}
function displayPath(path) {
    if (!(0,external_node_path_.isAbsolute)(path))
        return path;
    const rel = (0,external_node_path_.relative)(process.cwd(), path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
/** "12.60 USD, 3.00 EUR, 2.00 GBP and 4 more": the largest few, already sorted. */
function money(amounts, shown = 3) {
    const entries = Object.entries(amounts);
    const list = entries
        .slice(0, shown)
        .map(([currency, amount]) => `${formatAmount(amount)} ${currency}`.trim())
        .join(', ');
    return entries.length > shown ? `${list} and ${entries.length - shown} more` : list;
}
function formatAmount(amount) {
    return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}
function summaryBlocks(job, saved, sums) {
    const sales = job.family === 'sales';
    const amountName = sales ? 'Proceeds' : 'Amount (extended partner share)';
    const blocks = [
        (0,summary/* facts */.Ix)([
            ...job.describe,
            ['Date', dateCell(job)],
            ['File', `\`${displayPath(job.target)}\` (${saved.format}, ${formatBytes(saved.fileBytes)})`],
            ['Rows', saved.rows],
            ['Units', sums.units ?? `none: this report has no ${sales ? 'Units' : 'Quantity'} column`],
            ...(sums.declaredMatch !== undefined
                ? [
                    [
                        'Apple’s Total_* lines',
                        sums.declaredMatch
                            ? 'match the rows'
                            : `do NOT match the rows: ${(sums.mismatches ?? []).map(describeMismatch).join('; ')}`,
                    ],
                ]
                : []),
        ]),
    ];
    if (sums.byCurrency.length > 0) {
        blocks.push((0,summary/* heading */.R_)(sales ? 'Totals by currency of proceeds' : 'Totals by currency'), (0,summary/* table */.tp)(['Currency', 'Rows', 'Units', amountName], sums.byCurrency.map((c) => [c.currency || '–', c.rows, c.units, formatAmount(c.amount)])));
    }
    if (sums.topProducts.length > 0) {
        blocks.push((0,summary/* heading */.R_)(`Top products by units${sums.products > sums.topProducts.length ? ` (${sums.topProducts.length} of ${sums.products})` : ''}`), (0,summary/* table */.tp)(['#', 'Title', 'SKU', 'Apple id', 'Type', 'Units', sales ? 'Proceeds' : 'Amount'], sums.topProducts.map((p, i) => [
            i + 1,
            p.title,
            p.sku,
            p.appleIdentifier,
            p.productType,
            p.units,
            money(p.amounts),
        ])));
        const chart = unitsChart(sums);
        if (chart)
            blocks.push({ kind: 'mermaid', source: chart });
    }
    return blocks;
}
/** A Mermaid bar chart of units by the top products (GitHub renders it in the job summary). */
function unitsChart(sums) {
    const products = sums.topProducts.filter((p) => p.units > 0);
    if (products.length === 0)
        return undefined;
    const seen = new Map();
    const labels = products.map((p) => {
        let label = (p.title || p.sku || p.appleIdentifier || '?')
            .replace(/["`\\[\]{}<>]/g, "'")
            .replace(/\s+/g, ' ')
            .trim();
        if (label.length > 24)
            label = `${label.slice(0, 23)}…`;
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


/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ requireTeamKey),
/* harmony export */   R3: () => (/* binding */ parseReportOutput),
/* harmony export */   eG: () => (/* binding */ reportPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8915);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8733);
/** Inputs both report operations read the same way. */




/** Apple hands reports only to team keys: an individual key fails here, before any request. */
function requireTeamKey(common, operation) {
    if (common.credentials.issuerId === undefined) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.IssuerId, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.IssuerId}' is empty, so the key is an individual API key, and Apple gives sales and finance reports only to team keys: ` +
            `${operation} needs a team key (with issuer-id) that has the Admin, Finance or Sales role.`);
    }
}
function parseReportOutput(inputs) {
    const vendorNumber = inputs.required(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.VendorNumber, 'for reports: your vendor number, shown in App Store Connect under Payments and Financial Reports (digits, such as 85012345)');
    if (!/^\d{1,20}$/.test(vendorNumber)) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.VendorNumber, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.VendorNumber}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(vendorNumber)}: expected the vendor number, digits only (such as 85012345), shown under Payments and Financial Reports.`);
    }
    const outputDir = inputs.string(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.OutputDir) ?? 'app-store-reports';
    const format = inputs.choice(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.Format, _file_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_FORMATS */ .E, 'tsv');
    const failIfUnavailable = inputs.bool(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Input */ .pd.FailIfUnavailable, false);
    return { vendorNumber, outputDir, format, failIfUnavailable };
}
/** `<output-dir>/<family>-<vendor>-<parts>-<date>.<format>`, lower case. */
function reportPath(settings, family, parts, date) {
    const name = [
        family,
        settings.vendorNumber,
        ...parts.map((p) => p.toLowerCase().replace(/_/g, '-')),
        date,
    ].join('-');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outputDir, `${name}.${settings.format}`);
}


/***/ }),

/***/ 9236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ dayText),
/* harmony export */   H3: () => (/* binding */ checkFiscalMonth),
/* harmony export */   T5: () => (/* binding */ checkSalesDate),
/* harmony export */   U$: () => (/* binding */ dayNumber),
/* harmony export */   Wc: () => (/* binding */ SALES_REPORT_TYPES),
/* harmony export */   Ye: () => (/* binding */ FINANCE_REPORT_TYPES),
/* harmony export */   dB: () => (/* binding */ REPORT_SUBTYPES),
/* harmony export */   fK: () => (/* binding */ resolveSalesKind),
/* harmony export */   nF: () => (/* binding */ FREQUENCIES)
/* harmony export */ });
/* unused harmony exports SALES_COMBINATIONS, describeCombinations, weekdayOf */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);
/* harmony import */ var _input_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8915);
/**
 * What Apple accepts for sales and finance reports: the report types, which subtype, frequency
 * and version go together, and how each frequency writes its date. Checked before any request.
 */


const SALES_REPORT_TYPES = [
    'SALES',
    'PRE_ORDER',
    'NEWSSTAND',
    'SUBSCRIPTION',
    'SUBSCRIPTION_EVENT',
    'SUBSCRIBER',
    'SUBSCRIPTION_OFFER_CODE_REDEMPTION',
    'INSTALLS',
    'FIRST_ANNUAL',
    'WIN_BACK_ELIGIBILITY',
];
const REPORT_SUBTYPES = [
    'SUMMARY',
    'DETAILED',
    'SUMMARY_INSTALL_TYPE',
    'SUMMARY_TERRITORY',
    'SUMMARY_CHANNEL',
];
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const FINANCE_REPORT_TYPES = ['FINANCIAL', 'FINANCE_DETAIL'];
/** Apple's table of valid sales report requests (see the API notes). */
const SALES_COMBINATIONS = [
    {
        type: 'SALES',
        subtypes: ['SUMMARY'],
        frequencies: ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'],
        versions: ['1_0'],
    },
    {
        type: 'PRE_ORDER',
        subtypes: ['SUMMARY'],
        frequencies: ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'],
        versions: ['1_0'],
    },
    { type: 'SUBSCRIPTION', subtypes: ['SUMMARY'], frequencies: ['DAILY'], versions: ['1_3'] },
    { type: 'SUBSCRIPTION_EVENT', subtypes: ['SUMMARY'], frequencies: ['DAILY'], versions: ['1_3'] },
    { type: 'SUBSCRIBER', subtypes: ['DETAILED'], frequencies: ['DAILY'], versions: ['1_3'] },
    {
        type: 'SUBSCRIPTION_OFFER_CODE_REDEMPTION',
        subtypes: ['SUMMARY'],
        frequencies: ['DAILY'],
        versions: ['1_0'],
    },
    { type: 'WIN_BACK_ELIGIBILITY', subtypes: ['SUMMARY'], frequencies: ['DAILY'], versions: ['1_0'] },
    { type: 'NEWSSTAND', subtypes: ['DETAILED'], frequencies: ['DAILY', 'WEEKLY'], versions: ['1_0'] },
    {
        type: 'FIRST_ANNUAL',
        subtypes: ['SUMMARY', 'DETAILED'],
        frequencies: ['DAILY', 'YEARLY'],
        versions: ['1_0'],
    },
    {
        type: 'INSTALLS',
        subtypes: ['SUMMARY', 'DETAILED'],
        frequencies: ['MONTHLY'],
        versions: ['1_2'],
    },
    {
        type: 'INSTALLS',
        subtypes: ['SUMMARY_CHANNEL', 'SUMMARY_INSTALL_TYPE', 'SUMMARY_TERRITORY', 'DETAILED'],
        frequencies: ['YEARLY'],
        versions: ['1_0', '1_1'],
    },
];
const or = (items) => items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
/** "report-subtype SUMMARY with frequency DAILY, WEEKLY, MONTHLY or YEARLY and report-version 1_0; ..." */
function describeCombinations(type) {
    return SALES_COMBINATIONS.filter((c) => c.type === type)
        .map((c) => `${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportSubtype} ${or(c.subtypes)} with ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Frequency} ${or(c.frequencies)} and ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportVersion} ${or(c.versions)}`)
        .join('; ');
}
/**
 * Completes and checks type, subtype, frequency and version together. Missing ones get the
 * default that fits the others (SUMMARY and DAILY where the type has them, the newest version);
 * a combination Apple refuses is an InputError naming the first input that does not fit, with
 * the valid combinations for the type.
 */
function resolveSalesKind(given) {
    const { type } = given;
    let candidates = SALES_COMBINATIONS.filter((c) => c.type === type);
    const valid = describeCombinations(type);
    const refuse = (input, value, what) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `Input '${input}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}: ${what}. Valid for ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportType} ${type}: ${valid}.`);
    if (given.subtype) {
        const subtype = given.subtype;
        candidates = candidates.filter((c) => c.subtypes.includes(subtype));
        if (candidates.length === 0)
            throw refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportSubtype, subtype, `${type} reports have no ${subtype} subtype`);
    }
    if (given.frequency) {
        const frequency = given.frequency;
        const fitting = candidates.filter((c) => c.frequencies.includes(frequency));
        if (fitting.length === 0) {
            throw refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.Frequency, frequency, `${type}${given.subtype ? ` ${given.subtype}` : ''} reports are not made ${frequency}`);
        }
        candidates = fitting;
    }
    if (given.version) {
        const version = given.version;
        const fitting = candidates.filter((c) => c.versions.includes(version));
        if (fitting.length === 0) {
            const known = [...new Set(candidates.flatMap((c) => c.versions))];
            throw refuse(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportVersion, version, `this ${type} report has version ${or(known)}`);
        }
        candidates = fitting;
    }
    const subtypes = candidates.flatMap((c) => c.subtypes);
    const subtype = given.subtype ?? (subtypes.includes('SUMMARY') ? 'SUMMARY' : subtypes[0]);
    candidates = candidates.filter((c) => c.subtypes.includes(subtype));
    const frequencies = candidates.flatMap((c) => c.frequencies);
    const frequency = given.frequency ?? (frequencies.includes('DAILY') ? 'DAILY' : frequencies[0]);
    candidates = candidates.filter((c) => c.frequencies.includes(frequency));
    const combination = candidates[0];
    const version = given.version ?? combination.versions[combination.versions.length - 1];
    return { type, subtype, frequency, version };
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Days since the epoch of a `YYYY-MM-DD` that names a real calendar day, else undefined. */
function dayNumber(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
        return undefined;
    return ms / 86_400_000;
}
function dayText(day) {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
function weekdayOf(day) {
    return WEEKDAYS[new Date(day * 86_400_000).getUTCDay()];
}
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})$/;
/** Checks `report-date` against the frequency's form; returns it normalised. */
function checkSalesDate(value, frequency) {
    const bad = (expected) => new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportDate, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportDate}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}: ${expected}. ` +
        `Forms: DAILY YYYY-MM-DD, WEEKLY YYYY-MM-DD of the week's Sunday, MONTHLY YYYY-MM, YEARLY YYYY; or leave it empty for the newest report.`);
    switch (frequency) {
        case 'DAILY':
            if (dayNumber(value) === undefined)
                throw bad('a DAILY report needs a day, YYYY-MM-DD');
            return value;
        case 'WEEKLY': {
            const day = dayNumber(value);
            if (day === undefined)
                throw bad("a WEEKLY report needs the week's Sunday, YYYY-MM-DD");
            const weekday = new Date(day * 86_400_000).getUTCDay();
            if (weekday !== 0) {
                throw bad(`WEEKLY reports are dated by the Sunday that ends the week, and ${value} is a ${weekdayOf(day)} (that week ends on ${dayText(day + 7 - weekday)})`);
            }
            return value;
        }
        case 'MONTHLY':
            if (!MONTH.test(value))
                throw bad('a MONTHLY report needs a month, YYYY-MM');
            return value;
        case 'YEARLY':
            if (!YEAR.test(value))
                throw bad('a YEARLY report needs a year, YYYY');
            return value;
    }
}
/** Checks a finance `report-date`: Apple's fiscal month, YYYY-MM. */
function checkFiscalMonth(value) {
    if (!MONTH.test(value)) {
        throw new _input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportDate, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.ReportDate}' has an invalid value ${(0,_input_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}: a finance report needs Apple's fiscal month, YYYY-MM (such as 2025-02); or leave it empty for the newest one.`);
    }
    return value;
}


/***/ }),

/***/ 5326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ parseScaled),
/* harmony export */   Vv: () => (/* binding */ fromScaled),
/* harmony export */   x4: () => (/* binding */ TsvReader)
/* harmony export */ });
/* unused harmony export splitFields */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A streaming reader of Apple's tab-separated reports: text arrives in chunks of any size, and
 * each complete line is classified as the header, a data row, or a trailer (`Total_Rows`, ...
 * in finance reports). A section's repeated header and blank lines are skipped. Nothing but the
 * current partial line is kept.
 */

class TsvReader {
    sinks;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    rest = '';
    headerLine;
    /** How many fields to split off each line; undefined for all. */
    limit;
    /** Data rows seen. */
    rows = 0;
    constructor(sinks) {
        this.sinks = sinks;
    }
    get columns() {
        return this.headerLine === undefined ? undefined : splitFields(this.headerLine);
    }
    /** Feeds the next chunk of the (decompressed) file. */
    write(chunk) {
        const text = this.rest + this.decoder.write(chunk);
        let start = 0;
        for (;;) {
            const end = text.indexOf('\n', start);
            if (end < 0)
                break;
            this.line(text.slice(start, end));
            start = end + 1;
        }
        this.rest = text.slice(start);
    }
    /** The last line, which may lack a line break. */
    end() {
        const text = this.rest + this.decoder.end();
        this.rest = '';
        if (text !== '')
            this.line(text);
    }
    line(raw) {
        const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
        if (line.length === 0 || (isSpace(line.charCodeAt(0)) && line.trim() === ''))
            return;
        if (this.headerLine === undefined) {
            this.headerLine = line.replace(/^\uFEFF/, '');
            const columns = splitFields(this.headerLine).map((c) => c.trim());
            for (const sink of this.sinks)
                sink.header(columns);
            const last = this.sinks.map((sink) => sink.lastColumn);
            this.limit = last.includes(undefined) ? undefined : Math.max(1, ...last) + 1;
            return;
        }
        if (line.length === this.headerLine.length && line === this.headerLine)
            return;
        const fields = this.limit === undefined ? splitFields(line) : line.split('\t', this.limit);
        // "Total_Rows<TAB>25" and its kind end the sections of a finance report.
        if (line.startsWith('Total_')) {
            const values = fields.slice(1).filter((f) => f.trim() !== '');
            if (/^Total_[A-Za-z_]+$/.test(fields[0].trim()) && values.length <= 1) {
                for (const sink of this.sinks)
                    sink.trailer?.(fields[0].trim(), (values[0] ?? '').trim());
                return;
            }
        }
        this.rows += 1;
        for (const sink of this.sinks)
            sink.row(fields, line);
    }
}
function isSpace(code) {
    return code === 32 || code === 9 || code === 0xfeff || code === 0xa0;
}
/** The fields of a line, as Apple wrote them (Apple's TSV has no quoting). */
function splitFields(line) {
    return line.split('\t');
}
/**
 * A decimal string as an integer count of ten-thousandths (`'12.99'` -> 129900), exact, so that
 * sums of many amounts do not drift; NaN when it is not a number.
 */
function parseScaled(text) {
    if (text === undefined)
        return NaN;
    // Reports repeat the same few prices over and over.
    const known = scaledCache.get(text);
    if (known !== undefined)
        return known;
    const value = parseScaledText(text.trim());
    if (scaledCache.size >= 50_000)
        scaledCache.clear();
    scaledCache.set(text, value);
    return value;
}
const scaledCache = new Map();
function parseScaledText(text) {
    const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text.replace(/,/g, ''));
    if (!m || (m[2] === '' && (m[3] ?? '') === ''))
        return NaN;
    const whole = Number(m[2] || '0');
    const fraction = (m[3] ?? '').padEnd(4, '0');
    // Beyond four decimals, round half away from zero.
    let minor = Number(fraction.slice(0, 4));
    if (fraction.length > 4 && Number(fraction[4]) >= 5)
        minor += 1;
    const value = whole * 10_000 + minor;
    return m[1] === '-' ? -value : value;
}
/** Ten-thousandths back to a number, rounded to at most 4 decimals. */
function fromScaled(scaled) {
    return Math.round(scaled) / 10_000;
}


/***/ })

};
