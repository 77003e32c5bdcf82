import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  childText,
  childrenNamed,
  findFirst,
  parseXml
} from "./chunk-OSWC5Y35.js";
import {
  badFile
} from "./chunk-Y2USHQZW.js";
import "./chunk-XSH6A373.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/uploads/pkg-reader.ts
import { open } from "node:fs/promises";
import { gunzipSync, inflateSync } from "node:zlib";
var MAGIC = 2019652129;
var MAX_TOC_BYTES = 16 * 1024 * 1024;
var MAX_DISTRIBUTION_BYTES = 4 * 1024 * 1024;
async function readPkg(filePath, size) {
  const handle = await open(filePath, "r");
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
        "the xar table of contents is missing or too big: the file is cut off or not a .pkg."
      );
    }
    let toc;
    try {
      const bytes = inflateSync(await readAt(handle, headerSize, tocCompressed), {
        maxOutputLength: MAX_TOC_BYTES
      });
      toc = parseXml(bytes.toString("utf8"));
    } catch (error) {
      throw badFile(filePath, `the xar table of contents cannot be read (${error.message}).`);
    }
    const heap = headerSize + tocCompressed;
    const files = childrenNamed(findFirst(toc, "toc") ?? toc, "file");
    const entry = files.find((f) => childText(f, "name") === "Distribution");
    if (!entry) {
      throw badFile(
        filePath,
        "no Distribution document: build the package with productbuild (a component package cannot be uploaded)."
      );
    }
    const data = childrenNamed(entry, "data")[0];
    const offset = Number(data && childText(data, "offset"));
    const length = Number(data && childText(data, "length"));
    const encoding = (data && childrenNamed(data, "encoding")[0]?.attributes.style) ?? "application/octet-stream";
    if (!data || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || length > MAX_DISTRIBUTION_BYTES || heap + offset + length > size) {
      throw badFile(filePath, "the Distribution entry points outside the file.");
    }
    let distribution;
    try {
      let bytes = await readAt(handle, heap + offset, length);
      if (encoding.includes("gzip")) {
        bytes = bytes[0] === 31 && bytes[1] === 139 ? gunzipSync(bytes, { maxOutputLength: MAX_DISTRIBUTION_BYTES }) : inflateSync(bytes, { maxOutputLength: MAX_DISTRIBUTION_BYTES });
      } else if (encoding !== "application/octet-stream") {
        throw new Error(`encoding ${encoding} is not supported`);
      }
      distribution = parseXml(bytes.toString("utf8"));
    } catch (error) {
      throw badFile(filePath, `the Distribution document cannot be read (${error.message}).`);
    }
    return factsFromDistribution(distribution);
  } finally {
    await handle.close();
  }
}
function factsFromDistribution(doc) {
  const product = findFirst(doc, "product")?.attributes ?? {};
  const bundles = [];
  const collect = (e) => {
    for (const c of e.children) {
      if (c.name === "bundle") bundles.push(c);
      collect(c);
    }
  };
  collect(doc);
  const depth = (b) => (b.attributes.path ?? "").split("/").length;
  const app = bundles.find((b) => product.id && b.attributes.id === product.id) ?? bundles.filter((b) => /\.app$/.test(b.attributes.path ?? "")).sort((a, b) => depth(a) - depth(b))[0];
  const attr = app?.attributes ?? {};
  return {
    bundleId: nonEmpty(attr.id) ?? nonEmpty(product.id),
    version: nonEmpty(attr.CFBundleShortVersionString) ?? nonEmpty(product.version),
    buildNumber: nonEmpty(attr.CFBundleVersion),
    platform: "MAC_OS",
    source: "Distribution"
  };
}
function nonEmpty(value) {
  return value?.trim() ? value.trim() : void 0;
}
async function readAt(handle, position, length) {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
export {
  readPkg
};
