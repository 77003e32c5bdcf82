/**
 * The app file to upload (`.ipa` or `.pkg`): what it says about itself, read before any request,
 * and checked against the inputs that name the same things.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { normalizeVersion } from '../api/builds.js';
import { Input, type Platform } from '../constants.js';
import { InputError, quote } from '../input-reader.js';
import type { AppRef } from '../settings.js';

/** What the file says; a `.pkg` may leave some of it out. */
export interface AppFileFacts {
  bundleId?: string;
  version?: string;
  buildNumber?: string;
  platform?: Platform;
  /** Where the facts were read, e.g. `Payload/Weather.app/Info.plist` or `Distribution`. */
  source: string;
}

export interface AppFile extends AppFileFacts {
  path: string;
  fileName: string;
  size: number;
  kind: 'ipa' | 'pkg';
  uti: 'com.apple.ipa' | 'com.apple.pkg';
}

/** The build the file will make, every field settled from the file and the inputs. */
export interface UploadTarget {
  file: AppFile;
  version: string;
  buildNumber: string;
  platform: Platform;
}

/** Inputs that may name what the file also says. */
export interface GivenFacts {
  app?: AppRef;
  platform?: Platform;
  version?: string;
  buildNumber?: string;
}

const DOTTED = /^\d+(\.\d+){0,2}$/;
const BUILD_NUMBER = /^\d+(\.\d+){0,3}$/;

/** A problem with the file: names the input and quotes the path. */
export function badFile(filePath: string, why: string): InputError {
  return new InputError(Input.AppFile, `Input '${Input.AppFile}' ${quote(filePath)}: ${why}`);
}

/**
 * Reads the file's facts (the readers are loaded only here: zip and plist parsing stay out of
 * every other operation's start-up).
 */
export async function readAppFile(filePath: string): Promise<AppFile> {
  const ext = path.extname(filePath).toLowerCase();
  if (ext !== '.ipa' && ext !== '.pkg') {
    throw badFile(filePath, 'expected an .ipa (iOS, tvOS, visionOS) or a .pkg (macOS) file.');
  }
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw badFile(filePath, 'is not a file.');
    size = info.size;
    // Readable, not only present.
    await (await open(filePath, 'r')).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    throw badFile(
      filePath,
      code === 'ENOENT'
        ? 'no such file (check the path; it is relative to the working directory).'
        : `cannot be read (${code ?? String(error)}).`,
    );
  }
  if (size === 0) throw badFile(filePath, 'the file is empty.');
  const facts =
    ext === '.ipa'
      ? await (await import('./ipa-reader.js')).readIpa(filePath)
      : await (await import('./pkg-reader.js')).readPkg(filePath, size);
  if (facts.version !== undefined && !DOTTED.test(facts.version)) {
    throw badFile(
      filePath,
      `${facts.source} has a version ${quote(facts.version)} that is not dotted digits (such as 2.3.1).`,
    );
  }
  if (facts.buildNumber !== undefined && !BUILD_NUMBER.test(facts.buildNumber)) {
    throw badFile(
      filePath,
      `${facts.source} has a build number ${quote(facts.buildNumber)} that is not dotted digits (such as 457 or 2.3.457).`,
    );
  }
  return {
    ...facts,
    path: filePath,
    fileName: path.basename(filePath),
    size,
    kind: ext === '.ipa' ? 'ipa' : 'pkg',
    uti: ext === '.ipa' ? 'com.apple.ipa' : 'com.apple.pkg',
  };
}

/**
 * Settles version, build number and platform from the file and the inputs. An input that
 * disagrees with the file fails naming both values; what neither gives is required.
 */
export function settleTarget(file: AppFile, given: GivenFacts): UploadTarget {
  const mismatch = (input: string, fileValue: string, inputValue: string) =>
    new InputError(
      input,
      `Input '${input}' is ${quote(inputValue)} but ${file.fileName} says ${quote(fileValue)} (${file.source}): leave '${input}' empty or fix it.`,
    );
  if (
    given.app?.kind === 'bundleId' &&
    file.bundleId &&
    given.app.bundleId.toLowerCase() !== file.bundleId.toLowerCase()
  ) {
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
  const missing = (input: string, what: string) =>
    new InputError(
      input,
      `Input '${input}' is required for ${file.fileName}: the file does not say its ${what} (${file.source}).`,
    );
  const version = file.version ?? given.version;
  if (!version) throw missing(Input.Version, 'version (CFBundleShortVersionString)');
  const buildNumber = file.buildNumber ?? given.buildNumber;
  if (!buildNumber) throw missing(Input.BuildNumber, 'build number (CFBundleVersion)');
  const platform = file.platform ?? given.platform ?? (file.kind === 'pkg' ? 'MAC_OS' : 'IOS');
  if (file.kind === 'pkg' && platform !== 'MAC_OS') {
    throw new InputError(
      Input.Platform,
      `Input '${Input.Platform}' is ${quote(platform)} but a .pkg is a macOS app: use MAC_OS or leave it empty.`,
    );
  }
  if (file.kind === 'ipa' && platform === 'MAC_OS') {
    throw new InputError(
      Input.Platform,
      `Input '${Input.Platform}' is 'MAC_OS' but ${file.fileName} is an .ipa: macOS apps are uploaded as a .pkg.`,
    );
  }
  return { file, version, buildNumber, platform };
}

/** The app to use: the input, or the file's bundle id. */
export function appFor(file: AppFile, given: AppRef | undefined): AppRef {
  if (given) return given;
  if (file.bundleId) return { kind: 'bundleId', bundleId: file.bundleId };
  throw new InputError(
    Input.App,
    `Input '${Input.App}' is required for ${file.fileName}: the file does not say its bundle id (${file.source}).`,
  );
}
