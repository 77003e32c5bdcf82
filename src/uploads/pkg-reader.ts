/**
 * Reads a macOS `.pkg` (a xar archive) without extracting it: the fixed header, the zlib'd table
 * of contents, then the one `Distribution` document, whose `bundle-version` (or `product`) names
 * the app's bundle id and versions.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { gunzipSync, inflateSync } from 'node:zlib';
import { badFile, type AppFileFacts } from './app-file.js';
import { childText, childrenNamed, findFirst, parseXml, type XmlElement } from './xml-lite.js';

const MAGIC = 0x78617221; // "xar!"
const MAX_TOC_BYTES = 16 * 1024 * 1024;
const MAX_DISTRIBUTION_BYTES = 4 * 1024 * 1024;

export async function readPkg(filePath: string, size: number): Promise<AppFileFacts> {
  const handle = await open(filePath, 'r');
  try {
    const header = await readAt(handle, 0, 28);
    if (header.length < 28 || header.readUInt32BE(0) !== MAGIC) {
      throw badFile(filePath, 'not a xar archive: a macOS installer package (.pkg) starts with "xar!".');
    }
    const headerSize = header.readUInt16BE(4);
    const tocCompressed = Number(header.readBigUInt64BE(8));
    const tocSize = Number(header.readBigUInt64BE(16));
    if (tocCompressed > MAX_TOC_BYTES || tocSize > MAX_TOC_BYTES || headerSize + tocCompressed > size) {
      throw badFile(
        filePath,
        'the xar table of contents is missing or too big: the file is cut off or not a .pkg.',
      );
    }
    let toc: XmlElement;
    try {
      const bytes = inflateSync(await readAt(handle, headerSize, tocCompressed), {
        maxOutputLength: MAX_TOC_BYTES,
      });
      toc = parseXml(bytes.toString('utf8'));
    } catch (error) {
      throw badFile(filePath, `the xar table of contents cannot be read (${(error as Error).message}).`);
    }
    const heap = headerSize + tocCompressed;
    const files = childrenNamed(findFirst(toc, 'toc') ?? toc, 'file');
    const entry = files.find((f) => childText(f, 'name') === 'Distribution');
    if (!entry) {
      throw badFile(
        filePath,
        'no Distribution document: build the package with productbuild (a component package cannot be uploaded).',
      );
    }
    const data = childrenNamed(entry, 'data')[0];
    const offset = Number(data && childText(data, 'offset'));
    const length = Number(data && childText(data, 'length'));
    const encoding =
      (data && childrenNamed(data, 'encoding')[0]?.attributes.style) ?? 'application/octet-stream';
    if (
      !data ||
      !Number.isSafeInteger(offset) ||
      !Number.isSafeInteger(length) ||
      length > MAX_DISTRIBUTION_BYTES ||
      heap + offset + length > size
    ) {
      throw badFile(filePath, 'the Distribution entry points outside the file.');
    }
    let distribution: XmlElement;
    try {
      let bytes = await readAt(handle, heap + offset, length);
      if (encoding.includes('gzip')) {
        // xar's "x-gzip" is zlib; a real gzip stream is taken too.
        bytes =
          bytes[0] === 0x1f && bytes[1] === 0x8b
            ? gunzipSync(bytes, { maxOutputLength: MAX_DISTRIBUTION_BYTES })
            : inflateSync(bytes, { maxOutputLength: MAX_DISTRIBUTION_BYTES });
      } else if (encoding !== 'application/octet-stream') {
        throw new Error(`encoding ${encoding} is not supported`);
      }
      distribution = parseXml(bytes.toString('utf8'));
    } catch (error) {
      throw badFile(filePath, `the Distribution document cannot be read (${(error as Error).message}).`);
    }
    return factsFromDistribution(distribution);
  } finally {
    await handle.close();
  }
}

function factsFromDistribution(doc: XmlElement): AppFileFacts {
  const product = findFirst(doc, 'product')?.attributes ?? {};
  const bundles: XmlElement[] = [];
  const collect = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === 'bundle') bundles.push(c);
      collect(c);
    }
  };
  collect(doc);
  // The app itself: the bundle with the product's id, else the shallowest .app.
  const depth = (b: XmlElement) => (b.attributes.path ?? '').split('/').length;
  const app =
    bundles.find((b) => product.id && b.attributes.id === product.id) ??
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

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
