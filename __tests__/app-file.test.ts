import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../src/input-reader.js';
import { appFor, readAppFile, settleTarget, type AppFile } from '../src/uploads/app-file.js';
import { distribution, makeIpa, makePkg } from './support/app-files.js';

const work = mkdtempSync(path.join(tmpdir(), 'app-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ipa = (over: Partial<AppFile> = {}): AppFile => ({
  path: 'a.ipa',
  fileName: 'a.ipa',
  size: 10,
  kind: 'ipa',
  uti: 'com.apple.ipa',
  bundleId: 'com.example.rocket',
  version: '2.4',
  buildNumber: '500',
  platform: 'IOS',
  source: 'Payload/Rocket.app/Info.plist',
  ...over,
});

test('inputs that agree with the file are fine; 2.4 and 2.4.0 are one version', () => {
  expect(settleTarget(ipa(), { version: '2.4.0', buildNumber: '500', platform: 'IOS' })).toMatchObject({
    version: '2.4',
    buildNumber: '500',
    platform: 'IOS',
  });
});

test('a disagreeing input names both values', () => {
  expect(() => settleTarget(ipa(), { buildNumber: '501' })).toThrow(
    /'build-number' is '501' but a\.ipa says '500'/,
  );
  expect(() => settleTarget(ipa(), { app: { kind: 'bundleId', bundleId: 'com.example.other' } })).toThrow(
    InputError,
  );
  expect(() => settleTarget(ipa({ platform: 'TV_OS' }), { platform: 'IOS' })).toThrow(/says 'TV_OS'/);
});

test('what the file leaves out comes from the inputs; a .pkg is MAC_OS only', () => {
  const pkg = ipa({
    kind: 'pkg',
    uti: 'com.apple.pkg',
    buildNumber: undefined,
    platform: 'MAC_OS',
    source: 'Distribution',
  });
  expect(() => settleTarget(pkg, {})).toThrow(/'build-number' is required/);
  expect(settleTarget(pkg, { buildNumber: '9' }).buildNumber).toBe('9');
  expect(() => settleTarget(ipa({ platform: undefined }), { platform: 'MAC_OS' })).toThrow(/\.pkg/);
  expect(settleTarget(ipa({ platform: undefined }), {}).platform).toBe('IOS');
});

test('the app comes from the input, else the file', () => {
  expect(appFor(ipa(), undefined)).toEqual({ kind: 'bundleId', bundleId: 'com.example.rocket' });
  expect(appFor(ipa(), { kind: 'id', id: '1' })).toEqual({ kind: 'id', id: '1' });
  expect(() => appFor(ipa({ bundleId: undefined }), undefined)).toThrow(/'app' is required/);
});

test('reads an .ipa: only the app’s own Info.plist, not an extension’s', async () => {
  const file = path.join(work, 'Ext.ipa');
  await makeIpa(file, {
    extra: { 'Payload/Rocket.app/PlugIns/W.appex/Info.plist': '<plist><dict></dict></plist>' },
    plistFormat: 'binary',
    platformName: 'appletvos',
  });
  expect(await readAppFile(file)).toMatchObject({
    bundleId: 'com.example.rocket',
    version: '2.4',
    buildNumber: '500',
    platform: 'TV_OS',
    kind: 'ipa',
  });
});

test('reads a .pkg: bundle-version first, else the product', async () => {
  const file = path.join(work, 'R.pkg');
  await makePkg(file, distribution({ version: '3.1', buildNumber: '31' }));
  expect(await readAppFile(file)).toMatchObject({ version: '3.1', buildNumber: '31', platform: 'MAC_OS' });
  await makePkg(file, distribution({ version: '3.2', buildNumber: null }));
  expect(await readAppFile(file)).toMatchObject({
    bundleId: 'com.example.rocket',
    version: '3.2',
    buildNumber: undefined,
  });
});

test('a .pkg that is not xar is refused; a Distribution that says nothing leaves it to the inputs', async () => {
  const file = path.join(work, 'bad.pkg');
  writeFileSync(file, 'PK\u0003\u0004 not xar');
  await expect(readAppFile(file)).rejects.toThrow(/not a xar archive/);
  await makePkg(file, '<installer-gui-script/>');
  await expect(readAppFile(file)).resolves.toMatchObject({ bundleId: undefined, version: undefined });
});
