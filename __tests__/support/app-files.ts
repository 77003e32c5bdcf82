/** Test app files: .ipa archives (yazl) with XML or binary Info.plists, and xar .pkg files. */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { build, buildBinary } from 'plist';
import yazl from 'yazl';

export interface IpaOptions {
  /** The .app folder's name, without .app (default Rocket). */
  appName?: string;
  bundleId?: string;
  version?: string;
  buildNumber?: string;
  /** DTPlatformName (default iphoneos); null leaves it out. */
  platformName?: string | null;
  plistFormat?: 'xml' | 'binary';
  /** Replaces the Info.plist's content outright. */
  rawPlist?: Buffer;
  /** Extra entries (e.g. an extension's Info.plist deeper in the tree). */
  extra?: Record<string, Buffer | string>;
  /** Incompressible filler bytes in the app binary, so the file has several parts. */
  fillerBytes?: number;
  /** Leave the app's Info.plist out. */
  noPlist?: boolean;
  /** No Payload/<name>.app at all (only `extra`). */
  noApp?: boolean;
}

export function infoPlist(o: IpaOptions = {}, overrides: Record<string, unknown> = {}): Buffer {
  const dict: Record<string, unknown> = {
    CFBundleIdentifier: o.bundleId ?? 'com.example.rocket',
    CFBundleShortVersionString: o.version ?? '2.4',
    CFBundleVersion: o.buildNumber ?? '500',
    CFBundleSupportedPlatforms: ['iPhoneOS'],
    ...(o.platformName === null ? {} : { DTPlatformName: o.platformName ?? 'iphoneos' }),
    ...overrides,
  };
  for (const [k, v] of Object.entries(dict)) if (v === undefined) delete dict[k];
  return o.plistFormat === 'binary'
    ? Buffer.from(buildBinary(dict as never))
    : Buffer.from(build(dict as never));
}

/** Writes an .ipa to `file`. */
export async function makeIpa(file: string, o: IpaOptions = {}): Promise<void> {
  const zip = new yazl.ZipFile();
  const app = `Payload/${o.appName ?? 'Rocket'}.app`;
  if (!o.noPlist && !o.noApp) zip.addBuffer(o.rawPlist ?? infoPlist(o), `${app}/Info.plist`);
  if (!o.noApp)
    zip.addBuffer(filler(o.fillerBytes ?? 1000), `${app}/${o.appName ?? 'Rocket'}`, { compress: false });
  for (const [name, content] of Object.entries(o.extra ?? {}))
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('close', resolve);
    out.on('error', reject);
    zip.outputStream.pipe(out);
  });
}

/** Deterministic bytes that do not compress. */
export function filler(size: number, seed = 7): Buffer {
  const buf = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    buf[i] = x & 0xff;
  }
  return buf;
}

/** A productbuild Distribution document. */
export function distribution(
  o: { bundleId?: string; version?: string; buildNumber?: string | null } = {},
): string {
  const id = o.bundleId ?? 'com.example.rocket';
  const bundle =
    o.buildNumber === null
      ? ''
      : `<bundle-version><bundle CFBundleShortVersionString="${o.version ?? '2.4'}" CFBundleVersion="${o.buildNumber ?? '500'}" id="${id}" path="Rocket.app"/></bundle-version>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<installer-gui-script minSpecVersion="2">
  <product id="${id}" version="${o.version ?? '2.4'}"/>
  <pkg-ref id="${id}" version="${o.version ?? '2.4'}" onConclusion="none">#Rocket.pkg</pkg-ref>
  <pkg-ref id="${id}">${bundle}</pkg-ref>
</installer-gui-script>
`;
}

/** Writes a xar .pkg holding a zlib'd Distribution and a payload. */
export async function makePkg(file: string, distributionXml: string, fillerBytes = 2000): Promise<void> {
  const dist = deflateSync(Buffer.from(distributionXml));
  const payload = filler(fillerBytes, 11);
  const toc = `<?xml version="1.0" encoding="UTF-8"?>
<xar><toc><creation-time>2026-01-01T00:00:00</creation-time>
<file id="1"><name>Rocket.pkg</name><type>directory</type>
  <file id="2"><name>Payload</name><type>file</type><data><offset>${dist.length}</offset><length>${payload.length}</length><size>${payload.length}</size><encoding style="application/octet-stream"/></data></file>
</file>
<file id="3"><name>Distribution</name><type>file</type><data><offset>0</offset><length>${dist.length}</length><size>${distributionXml.length}</size><encoding style="application/x-gzip"/></data></file>
</toc></xar>`;
  const tocZ = deflateSync(Buffer.from(toc));
  const header = Buffer.alloc(28);
  header.write('xar!', 0, 'latin1');
  header.writeUInt16BE(28, 4);
  header.writeUInt16BE(1, 6);
  header.writeBigUInt64BE(BigInt(tocZ.length), 8);
  header.writeBigUInt64BE(BigInt(toc.length), 16);
  header.writeUInt32BE(1, 24);
  await writeFile(file, Buffer.concat([header, tocZ, dist, payload]));
}
