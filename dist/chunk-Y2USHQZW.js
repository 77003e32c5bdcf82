import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  normalizeVersion
} from "./chunk-XSH6A373.js";
import {
  Input,
  InputError,
  quote
} from "./chunk-JDDIJKK4.js";

// src/uploads/app-file.ts
import { open, stat } from "node:fs/promises";
import path from "node:path";
var DOTTED = /^\d+(\.\d+){0,2}$/;
var BUILD_NUMBER = /^\d+(\.\d+){0,3}$/;
function badFile(filePath, why) {
  return new InputError(Input.AppFile, `Input '${Input.AppFile}' ${quote(filePath)}: ${why}`);
}
async function readAppFile(filePath) {
  const ext = path.extname(filePath).toLowerCase();
  if (ext !== ".ipa" && ext !== ".pkg") {
    throw badFile(filePath, "expected an .ipa (iOS, tvOS, visionOS) or a .pkg (macOS) file.");
  }
  let size;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw badFile(filePath, "is not a file.");
    size = info.size;
    await (await open(filePath, "r")).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw badFile(
      filePath,
      code === "ENOENT" ? "no such file (check the path; it is relative to the working directory)." : `cannot be read (${code ?? String(error)}).`
    );
  }
  if (size === 0) throw badFile(filePath, "the file is empty.");
  const facts = ext === ".ipa" ? await (await import("./chunk-JB3KVU6A.js")).readIpa(filePath) : await (await import("./chunk-57NSYMC5.js")).readPkg(filePath, size);
  if (facts.version !== void 0 && !DOTTED.test(facts.version)) {
    throw badFile(
      filePath,
      `${facts.source} has a version ${quote(facts.version)} that is not dotted digits (such as 2.3.1).`
    );
  }
  if (facts.buildNumber !== void 0 && !BUILD_NUMBER.test(facts.buildNumber)) {
    throw badFile(
      filePath,
      `${facts.source} has a build number ${quote(facts.buildNumber)} that is not dotted digits (such as 457 or 2.3.457).`
    );
  }
  return {
    ...facts,
    path: filePath,
    fileName: path.basename(filePath),
    size,
    kind: ext === ".ipa" ? "ipa" : "pkg",
    uti: ext === ".ipa" ? "com.apple.ipa" : "com.apple.pkg"
  };
}
function settleTarget(file, given) {
  const mismatch = (input, fileValue, inputValue) => new InputError(
    input,
    `Input '${input}' is ${quote(inputValue)} but ${file.fileName} says ${quote(fileValue)} (${file.source}): leave '${input}' empty or fix it.`
  );
  if (given.app?.kind === "bundleId" && file.bundleId && given.app.bundleId.toLowerCase() !== file.bundleId.toLowerCase()) {
    throw mismatch(Input.App, file.bundleId, given.app.bundleId);
  }
  if (given.platform && file.platform && given.platform !== file.platform) {
    throw mismatch(Input.Platform, file.platform, given.platform);
  }
  if (given.version && file.version && normalizeVersion(given.version) !== normalizeVersion(file.version)) {
    throw mismatch(Input.Version, file.version, given.version);
  }
  if (given.buildNumber && file.buildNumber && given.buildNumber !== file.buildNumber) {
    throw mismatch(Input.BuildNumber, file.buildNumber, given.buildNumber);
  }
  const missing = (input, what) => new InputError(
    input,
    `Input '${input}' is required for ${file.fileName}: the file does not say its ${what} (${file.source}).`
  );
  const version = file.version ?? given.version;
  if (!version) throw missing(Input.Version, "version (CFBundleShortVersionString)");
  const buildNumber = file.buildNumber ?? given.buildNumber;
  if (!buildNumber) throw missing(Input.BuildNumber, "build number (CFBundleVersion)");
  const platform = file.platform ?? given.platform ?? (file.kind === "pkg" ? "MAC_OS" : "IOS");
  if (file.kind === "pkg" && platform !== "MAC_OS") {
    throw new InputError(
      Input.Platform,
      `Input '${Input.Platform}' is ${quote(platform)} but a .pkg is a macOS app: use MAC_OS or leave it empty.`
    );
  }
  if (file.kind === "ipa" && platform === "MAC_OS") {
    throw new InputError(
      Input.Platform,
      `Input '${Input.Platform}' is 'MAC_OS' but ${file.fileName} is an .ipa: macOS apps are uploaded as a .pkg.`
    );
  }
  return { file, version, buildNumber, platform };
}
function appFor(file, given) {
  if (given) return given;
  if (file.bundleId) return { kind: "bundleId", bundleId: file.bundleId };
  throw new InputError(
    Input.App,
    `Input '${Input.App}' is required for ${file.fileName}: the file does not say its bundle id (${file.source}).`
  );
}

export {
  badFile,
  readAppFile,
  settleTarget,
  appFor
};
