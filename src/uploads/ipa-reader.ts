/**
 * Reads an `.ipa` without extracting it: the zip's central directory, then the one entry
 * `Payload/<name>.app/Info.plist` (the app's own, not those of its extensions, watch app or
 * frameworks deeper in the tree). The plist may be XML or binary.
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { Platform } from '../constants.js';
import { quote } from '../input-reader.js';
import { badFile, type AppFileFacts } from './app-file.js';
import { parsePlist } from './plist-reader.js';

/** Info.plist files are a few KB; a bigger one is not an app's. */
const MAX_PLIST_BYTES = 4 * 1024 * 1024;
/** Entries read from the central directory before giving up (the largest apps have ~100k files). */
const MAX_ENTRIES = 1_000_000;

const PLATFORMS: Record<string, Platform> = {
  iphoneos: 'IOS',
  appletvos: 'TV_OS',
  xros: 'VISION_OS',
  macosx: 'MAC_OS',
};

export async function readIpa(filePath: string): Promise<AppFileFacts> {
  const zip = await openZip(filePath);
  try {
    const apps = new Set<string>();
    let plistEntry: Entry | undefined;
    let count = 0;
    for await (const entry of entries(zip)) {
      if (++count > MAX_ENTRIES)
        throw badFile(filePath, `more than ${MAX_ENTRIES} entries: not an app archive.`);
      const name = entry.fileName;
      const app = /^Payload\/([^/]+\.app)(\/|$)/.exec(name)?.[1];
      if (app) apps.add(app);
      if (app && name === `Payload/${app}/Info.plist`) plistEntry ??= entry;
    }
    if (apps.size === 0) throw badFile(filePath, 'no Payload/<name>.app folder: not an iOS app archive.');
    if (apps.size > 1) {
      throw badFile(
        filePath,
        `more than one app in Payload/: ${[...apps].slice(0, 5).map(quote).join(', ')}.`,
      );
    }
    const app = [...apps][0] as string;
    const source = `Payload/${app}/Info.plist`;
    if (!plistEntry) throw badFile(filePath, `${source} is missing.`);
    if (plistEntry.uncompressedSize > MAX_PLIST_BYTES) {
      throw badFile(
        filePath,
        `${source} is ${plistEntry.uncompressedSize} bytes, too big for an Info.plist.`,
      );
    }
    const bytes = await readEntry(zip, plistEntry).catch((error: unknown) => {
      throw badFile(filePath, `${source} cannot be read (${(error as Error).message}).`);
    });
    let plist: Record<string, unknown>;
    try {
      plist = await parsePlist(bytes);
    } catch (error) {
      throw badFile(filePath, `${source} is not a property list (${(error as Error).message}).`);
    }
    return factsFromPlist(filePath, source, plist);
  } finally {
    zip.close();
  }
}

function factsFromPlist(filePath: string, source: string, plist: Record<string, unknown>): AppFileFacts {
  const text = (key: string) => (typeof plist[key] === 'string' ? (plist[key] as string).trim() : undefined);
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
  if (missing.length > 0) throw badFile(filePath, `${source} has no ${missing.join(', ')}.`);
  const supported = Array.isArray(plist.CFBundleSupportedPlatforms)
    ? (plist.CFBundleSupportedPlatforms as unknown[]).filter((p): p is string => typeof p === 'string')
    : [];
  const name = (text('DTPlatformName') ?? supported[0])?.toLowerCase();
  let platform: Platform | undefined;
  if (name !== undefined) {
    platform = PLATFORMS[name];
    if (!platform) {
      throw badFile(
        filePath,
        `${source} says the platform is ${quote(name)}${/simulator/.test(name) ? ' (a simulator build cannot be uploaded; archive for a device)' : ''}: expected iphoneos, appletvos or xros.`,
      );
    }
  }
  return { bundleId, version, buildNumber, platform, source };
}

function openZip(filePath: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      filePath,
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: true,
        validateEntrySizes: true,
        strictFileNames: false,
      },
      (error, zip) => {
        if (error || !zip)
          reject(
            badFile(
              filePath,
              `not a zip archive (${error?.message ?? 'unreadable'}); an .ipa is a zip of Payload/<name>.app.`,
            ),
          );
        else resolve(zip);
      },
    );
  });
}

/** The central directory's entries, one at a time. */
async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  for (;;) {
    const entry = await new Promise<Entry | undefined>((resolve, reject) => {
      const onEntry = (e: Entry) => done(e);
      const onEnd = () => done(undefined);
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const done = (e: Entry | undefined) => {
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
    if (!entry) return;
    yield entry;
  }
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > MAX_PLIST_BYTES) stream.destroy(new Error('too big'));
        else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
