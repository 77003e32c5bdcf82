export const id = 5;
export const ids = [5];
export const modules = {

/***/ 4005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readPkg: () => (/* binding */ readPkg)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/uploads/app-file.ts
var app_file = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/uploads/xml-lite.ts
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Parses `text` into its root element; throws on unbalanced tags. */
function parseXml(text) {
    const root = { name: '#document', attributes: {}, children: [], text: '' };
    const stack = [root];
    for (const m of text.matchAll(TOKEN)) {
        const top = stack[stack.length - 1];
        if (m[1] !== undefined)
            top.text += m[1];
        else if (m[6] !== undefined)
            top.text += decodeEntities(m[6]);
        else if (m[3] !== undefined) {
            if (m[2] === '/') {
                if (top.name !== m[3] || stack.length === 1)
                    throw new Error(`unexpected </${m[3]}>`);
                stack.pop();
                continue;
            }
            const element = { name: m[3], attributes: {}, children: [], text: '' };
            for (const a of (m[4] ?? '').matchAll(ATTRIBUTE))
                element.attributes[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
            top.children.push(element);
            if (m[5] !== '/')
                stack.push(element);
        }
    }
    if (stack.length !== 1)
        throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
    const first = root.children[0];
    if (!first)
        throw new Error('no root element');
    return first;
}
/** Direct children named `name`. */
function childrenNamed(element, name) {
    return element.children.filter((c) => c.name === name);
}
/** The first element named `name` anywhere below `element` (depth first). */
function findFirst(element, name) {
    for (const child of element.children) {
        if (child.name === name)
            return child;
        const deeper = findFirst(child, name);
        if (deeper)
            return deeper;
    }
    return undefined;
}
/** The trimmed text of the direct child named `name`. */
function childText(element, name) {
    return childrenNamed(element, name)[0]?.text.trim();
}
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_all, e) => {
        const lower = e.toLowerCase();
        if (lower.startsWith('#x'))
            return String.fromCodePoint(parseInt(lower.slice(2), 16));
        if (lower.startsWith('#'))
            return String.fromCodePoint(parseInt(lower.slice(1), 10));
        return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower];
    });
}

;// CONCATENATED MODULE: ./src/uploads/pkg-reader.ts
/**
 * Reads a macOS `.pkg` (a xar archive) without extracting it: the fixed header, the zlib'd table
 * of contents, then the one `Distribution` document, whose `bundle-version` (or `product`) names
 * the app's bundle id and versions.
 */




const MAGIC = 0x78617221; // "xar!"
const MAX_TOC_BYTES = 16 * 1024 * 1024;
const MAX_DISTRIBUTION_BYTES = 4 * 1024 * 1024;
async function readPkg(filePath, size) {
    const handle = await (0,promises_.open)(filePath, 'r');
    try {
        const header = await readAt(handle, 0, 28);
        if (header.length < 28 || header.readUInt32BE(0) !== MAGIC) {
            throw (0,app_file/* badFile */.SL)(filePath, 'not a xar archive: a macOS installer package (.pkg) starts with "xar!".');
        }
        const headerSize = header.readUInt16BE(4);
        const tocCompressed = Number(header.readBigUInt64BE(8));
        const tocSize = Number(header.readBigUInt64BE(16));
        if (tocCompressed > MAX_TOC_BYTES || tocSize > MAX_TOC_BYTES || headerSize + tocCompressed > size) {
            throw (0,app_file/* badFile */.SL)(filePath, 'the xar table of contents is missing or too big: the file is cut off or not a .pkg.');
        }
        let toc;
        try {
            const bytes = (0,external_node_zlib_.inflateSync)(await readAt(handle, headerSize, tocCompressed), {
                maxOutputLength: MAX_TOC_BYTES,
            });
            toc = parseXml(bytes.toString('utf8'));
        }
        catch (error) {
            throw (0,app_file/* badFile */.SL)(filePath, `the xar table of contents cannot be read (${error.message}).`);
        }
        const heap = headerSize + tocCompressed;
        const files = childrenNamed(findFirst(toc, 'toc') ?? toc, 'file');
        const entry = files.find((f) => childText(f, 'name') === 'Distribution');
        if (!entry) {
            throw (0,app_file/* badFile */.SL)(filePath, 'no Distribution document: build the package with productbuild (a component package cannot be uploaded).');
        }
        const data = childrenNamed(entry, 'data')[0];
        const offset = Number(data && childText(data, 'offset'));
        const length = Number(data && childText(data, 'length'));
        const encoding = (data && childrenNamed(data, 'encoding')[0]?.attributes.style) ?? 'application/octet-stream';
        if (!data ||
            !Number.isSafeInteger(offset) ||
            !Number.isSafeInteger(length) ||
            length > MAX_DISTRIBUTION_BYTES ||
            heap + offset + length > size) {
            throw (0,app_file/* badFile */.SL)(filePath, 'the Distribution entry points outside the file.');
        }
        let distribution;
        try {
            let bytes = await readAt(handle, heap + offset, length);
            if (encoding.includes('gzip')) {
                // xar's "x-gzip" is zlib; a real gzip stream is taken too.
                bytes =
                    bytes[0] === 0x1f && bytes[1] === 0x8b
                        ? (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: MAX_DISTRIBUTION_BYTES })
                        : (0,external_node_zlib_.inflateSync)(bytes, { maxOutputLength: MAX_DISTRIBUTION_BYTES });
            }
            else if (encoding !== 'application/octet-stream') {
                throw new Error(`encoding ${encoding} is not supported`);
            }
            distribution = parseXml(bytes.toString('utf8'));
        }
        catch (error) {
            throw (0,app_file/* badFile */.SL)(filePath, `the Distribution document cannot be read (${error.message}).`);
        }
        return factsFromDistribution(distribution);
    }
    finally {
        await handle.close();
    }
}
function factsFromDistribution(doc) {
    const product = findFirst(doc, 'product')?.attributes ?? {};
    const bundles = [];
    const collect = (e) => {
        for (const c of e.children) {
            if (c.name === 'bundle')
                bundles.push(c);
            collect(c);
        }
    };
    collect(doc);
    // The app itself: the bundle with the product's id, else the shallowest .app.
    const depth = (b) => (b.attributes.path ?? '').split('/').length;
    const app = bundles.find((b) => product.id && b.attributes.id === product.id) ??
        bundles.filter((b) => /\.app$/.test(b.attributes.path ?? '')).sort((a, b) => depth(a) - depth(b))[0];
    const attr = app?.attributes ?? {};
    return {
        bundleId: nonEmpty(attr.id) ?? nonEmpty(product.id),
        version: nonEmpty(attr.CFBundleShortVersionString) ?? nonEmpty(product.version),
        buildNumber: nonEmpty(attr.CFBundleVersion),
        platform: 'MAC_OS',
        source: 'Distribution',
    };
}
function nonEmpty(value) {
    return value?.trim() ? value.trim() : undefined;
}
async function readAt(handle, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
}


/***/ })

};
