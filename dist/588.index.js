export const id = 588;
export const ids = [588];
export const modules = {

/***/ 9588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readIpa: () => (/* binding */ readIpa)
});

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
// EXTERNAL MODULE: ./src/uploads/app-file.ts
var app_file = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/uploads/plist-reader.ts
/** Property lists in either form: binary (`bplist00`) through bplist-parser, XML through plist. */
/** The top-level dictionary of a property list. */
async function parsePlist(bytes) {
    let value;
    if (bytes.subarray(0, 6).toString('latin1') === 'bplist') {
        const { parseBuffer } = await __webpack_require__.e(/* import() */ 427).then(__webpack_require__.bind(__webpack_require__, 427));
        value = parseBuffer(bytes)[0];
    }
    else {
        const { parse } = await __webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 4548));
        value = parse(bytes.toString('utf8'));
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error('the top level is not a dictionary');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/uploads/ipa-reader.ts
/**
 * Reads an `.ipa` without extracting it: the zip's central directory, then the one entry
 * `Payload/<name>.app/Info.plist` (the app's own, not those of its extensions, watch app or
 * frameworks deeper in the tree). The plist may be XML or binary.
 */




/** Info.plist files are a few KB; a bigger one is not an app's. */
const MAX_PLIST_BYTES = 4 * 1024 * 1024;
/** Entries read from the central directory before giving up (the largest apps have ~100k files). */
const MAX_ENTRIES = 1_000_000;
const PLATFORMS = {
    iphoneos: 'IOS',
    appletvos: 'TV_OS',
    xros: 'VISION_OS',
    macosx: 'MAC_OS',
};
async function readIpa(filePath) {
    const zip = await openZip(filePath);
    try {
        const apps = new Set();
        let plistEntry;
        let count = 0;
        for await (const entry of entries(zip)) {
            if (++count > MAX_ENTRIES)
                throw (0,app_file/* badFile */.SL)(filePath, `more than ${MAX_ENTRIES} entries: not an app archive.`);
            const name = entry.fileName;
            const app = /^Payload\/([^/]+\.app)(\/|$)/.exec(name)?.[1];
            if (app)
                apps.add(app);
            if (app && name === `Payload/${app}/Info.plist`)
                plistEntry ??= entry;
        }
        if (apps.size === 0)
            throw (0,app_file/* badFile */.SL)(filePath, 'no Payload/<name>.app folder: not an iOS app archive.');
        if (apps.size > 1) {
            throw (0,app_file/* badFile */.SL)(filePath, `more than one app in Payload/: ${[...apps].slice(0, 5).map(input_reader/* quote */.hD).join(', ')}.`);
        }
        const app = [...apps][0];
        const source = `Payload/${app}/Info.plist`;
        if (!plistEntry)
            throw (0,app_file/* badFile */.SL)(filePath, `${source} is missing.`);
        if (plistEntry.uncompressedSize > MAX_PLIST_BYTES) {
            throw (0,app_file/* badFile */.SL)(filePath, `${source} is ${plistEntry.uncompressedSize} bytes, too big for an Info.plist.`);
        }
        const bytes = await readEntry(zip, plistEntry).catch((error) => {
            throw (0,app_file/* badFile */.SL)(filePath, `${source} cannot be read (${error.message}).`);
        });
        let plist;
        try {
            plist = await parsePlist(bytes);
        }
        catch (error) {
            throw (0,app_file/* badFile */.SL)(filePath, `${source} is not a property list (${error.message}).`);
        }
        return factsFromPlist(filePath, source, plist);
    }
    finally {
        zip.close();
    }
}
function factsFromPlist(filePath, source, plist) {
    const text = (key) => (typeof plist[key] === 'string' ? plist[key].trim() : undefined);
    const bundleId = text('CFBundleIdentifier');
    const version = text('CFBundleShortVersionString');
    const buildNumber = text('CFBundleVersion');
    const missing = [
        ['CFBundleIdentifier', bundleId],
        ['CFBundleShortVersionString', version],
        ['CFBundleVersion', buildNumber],
    ]
        .filter(([, v]) => !v)
        .map(([k]) => k);
    if (missing.length > 0)
        throw (0,app_file/* badFile */.SL)(filePath, `${source} has no ${missing.join(', ')}.`);
    const supported = Array.isArray(plist.CFBundleSupportedPlatforms)
        ? plist.CFBundleSupportedPlatforms.filter((p) => typeof p === 'string')
        : [];
    const name = (text('DTPlatformName') ?? supported[0])?.toLowerCase();
    let platform;
    if (name !== undefined) {
        platform = PLATFORMS[name];
        if (!platform) {
            throw (0,app_file/* badFile */.SL)(filePath, `${source} says the platform is ${(0,input_reader/* quote */.hD)(name)}${/simulator/.test(name) ? ' (a simulator build cannot be uploaded; archive for a device)' : ''}: expected iphoneos, appletvos or xros.`);
        }
    }
    return { bundleId, version, buildNumber, platform, source };
}
function openZip(filePath) {
    return new Promise((resolve, reject) => {
        yauzl.open(filePath, {
            lazyEntries: true,
            autoClose: false,
            decodeStrings: true,
            validateEntrySizes: true,
            strictFileNames: false,
        }, (error, zip) => {
            if (error || !zip)
                reject((0,app_file/* badFile */.SL)(filePath, `not a zip archive (${error?.message ?? 'unreadable'}); an .ipa is a zip of Payload/<name>.app.`));
            else
                resolve(zip);
        });
    });
}
/** The central directory's entries, one at a time. */
async function* entries(zip) {
    for (;;) {
        const entry = await new Promise((resolve, reject) => {
            const onEntry = (e) => done(e);
            const onEnd = () => done(undefined);
            const onError = (err) => {
                cleanup();
                reject(err);
            };
            const done = (e) => {
                cleanup();
                resolve(e);
            };
            const cleanup = () => {
                zip.off('entry', onEntry);
                zip.off('end', onEnd);
                zip.off('error', onError);
            };
            zip.on('entry', onEntry);
            zip.on('end', onEnd);
            zip.on('error', onError);
            zip.readEntry();
        });
        if (!entry)
            return;
        yield entry;
    }
}
function readEntry(zip, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => {
            if (error || !stream)
                return reject(error ?? new Error('no stream'));
            const chunks = [];
            let total = 0;
            stream.on('data', (chunk) => {
                total += chunk.length;
                if (total > MAX_PLIST_BYTES)
                    stream.destroy(new Error('too big'));
                else
                    chunks.push(chunk);
            });
            stream.on('error', reject);
            stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
    });
}


/***/ })

};
