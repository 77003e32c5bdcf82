/**
 * upload-build and next-build-number end to end: .ipa and .pkg files made here, the real action
 * against the fake server and its part host on a second origin.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedBuildUpload, uploadsOf } from '../../fake-app-store-connect/routes/build-uploads.js';
import { runAction } from '../support/action.js';
import { distribution, infoPlist, makeIpa, makePkg } from '../support/app-files.js';
import * as builds from '../support/builds-seed.js';
import { FAST_RETRY, startFixture, virtualClock, type Fixture } from '../support/fixture.js';

const work = mkdtempSync(path.join(tmpdir(), 'uploads-e2e-'));
const file = (name: string) => path.join(work, name);
let fx: Fixture;

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
});
afterAll(async () => {
  await fx.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fx.server.store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  uploadsOf(fx.server.store).reset();
  uploadsOf(fx.server.store).partSize = 64 * 1024;
  builds.seedApp(fx.server.store);
});

const upload = (inputs: Record<string, string | undefined>) =>
  runAction(fx.inputs({ operation: 'upload-build', 'poll-interval': '5', ...inputs }), {
    retry: FAST_RETRY,
    clock: virtualClock(),
  });

const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('upload-build', () => {
  test('uploads an .ipa in parts, commits its SHA-256, waits for the build', async () => {
    const ipa = file('Rocket.ipa');
    await makeIpa(ipa, { fillerBytes: 300_000 });
    const r = await upload({ 'app-file': ipa });
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    const fake = uploadsOf(fx.server.store);
    const fileId = fx.server.store.list('buildUploadFiles')[0]?.id as string;
    expect((await fake.parts.received(fileId)).equals(readFileSync(ipa))).toBe(true);
    expect(fake.parts.requests.length).toBeGreaterThan(4);
    expect(fake.parts.requests.every((p) => p.headers.authorization === undefined && p.status === 200)).toBe(
      true,
    );
    const commit = fx.server.log.find((l) => l.method === 'PATCH');
    expect(commit?.body).toMatchObject({
      data: {
        attributes: {
          uploaded: true,
          sourceFileChecksums: { file: { hash: sha256(ipa), algorithm: 'SHA_256' } },
        },
      },
    });
    expect(r.outputs).toMatchObject({
      'build-version': '2.4',
      'build-number': '500',
      'upload-state': 'COMPLETE',
      changes: '1',
    });
    expect(r.outputs['build-id']).toBe(fx.server.store.list('builds')[0]?.id);
    expect(r.result).toMatchObject({
      status: 'uploaded',
      transfer: { bytes: readFileSync(ipa).length, sha256: sha256(ipa) },
    });
    expect(r.summary).toContain('Rocket');
  });

  test('binary plist, an app name with spaces and accents, an extension deeper in the tree', async () => {
    const ipa = file('Météo Pro.ipa');
    await makeIpa(ipa, {
      appName: 'Météo Pro',
      plistFormat: 'binary',
      fillerBytes: 100_000,
      extra: {
        'Payload/Météo Pro.app/PlugIns/Widget.appex/Info.plist': infoPlist({
          bundleId: 'com.example.rocket.widget',
          version: '9.9',
          buildNumber: '1',
        }),
      },
    });
    const r = await upload({ 'app-file': ipa, app: builds.BUNDLE_ID, version: '2.4.0', platform: 'IOS' });
    expect(r.errors).toEqual([]);
    expect(r.result).toMatchObject({
      file: {
        source: 'Payload/Météo Pro.app/Info.plist',
        bundleId: 'com.example.rocket',
        buildNumber: '500',
      },
    });
    const post = fx.server.log.find((l) => l.method === 'POST' && l.path === '/v1/buildUploadFiles');
    expect(post?.body).toMatchObject({
      data: {
        attributes: {
          fileName: 'Météo Pro.ipa',
          uti: 'com.apple.ipa',
          assetType: 'ASSET',
          fileSize: readFileSync(ipa).length,
        },
      },
    });
  });

  test('a re-run finds the build and sends nothing', async () => {
    const ipa = file('again.ipa');
    await makeIpa(ipa);
    const first = await upload({ 'app-file': ipa });
    expect(first.outputs.changes).toBe('1');
    const writes = fx.server.writes().length;
    const parts = uploadsOf(fx.server.store).parts.requests.length;
    const again = await upload({ 'app-file': ipa });
    expect(again.failed).toBe(false);
    expect(again.outputs).toMatchObject({ changes: '0', 'build-id': first.outputs['build-id'] });
    expect(again.result).toMatchObject({ status: 'exists' });
    expect(fx.server.writes().length).toBe(writes);
    expect(uploadsOf(fx.server.store).parts.requests.length).toBe(parts);
  });

  test('dry run reads the file, plans, and writes nothing', async () => {
    const ipa = file('dry.ipa');
    await makeIpa(ipa, { fillerBytes: 200_000 });
    const r = await upload({ 'app-file': ipa, 'dry-run': 'true' });
    expect(r.failed).toBe(false);
    expect(r.outputs.changes).toBe('1');
    expect(r.stdout).toMatch(/would create a build upload of 2\.4 \(500\)/);
    expect(fx.server.writes()).toEqual([]);
    expect(uploadsOf(fx.server.store).parts.requests).toEqual([]);
  });

  test('FAILED: every state detail, with advice for the known codes; warnings in the summary', async () => {
    uploadsOf(fx.server.store).script = {
      fail: [
        {
          code: 'ITMS-90189',
          description: 'Redundant Binary Upload. You have already uploaded a build with version 500.',
        },
        { code: 'ITMS-99999', description: 'Something new.' },
      ],
      warnings: [{ code: 'ITMS-90078', description: 'Missing push notification entitlement.' }],
    };
    const ipa = file('failing.ipa');
    await makeIpa(ipa);
    const r = await upload({ 'app-file': ipa });
    expect(r.failed).toBe(true);
    const message = r.errors.join('\n');
    expect(message).toContain('ITMS-90189: Redundant Binary Upload');
    expect(message).toContain('raise the build number');
    expect(message).toContain('ITMS-99999: Something new.');
    expect(r.outputs['upload-state']).toBe('FAILED');
    expect(r.warnings.join('\n')).toContain('ITMS-90078');
    expect(r.summary).toContain('Missing push notification entitlement');
  });

  test('a FAILED upload of the same number: fails naming the next free number, no write', async () => {
    seedBuildUpload(fx.server.store, {
      app: builds.APP_ID,
      version: '2.4',
      buildNumber: '500',
      state: 'FAILED',
    });
    seedBuildUpload(fx.server.store, {
      app: builds.APP_ID,
      version: '2.4',
      buildNumber: '1.2.10',
      state: 'AWAITING_UPLOAD',
    });
    const ipa = file('used.ipa');
    await makeIpa(ipa);
    const r = await upload({ 'app-file': ipa });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/FAILED.*Build with number 501/);
    expect(fx.server.writes()).toEqual([]);
  });

  test('an upload already PROCESSING is watched, not sent again', async () => {
    const ipa = file('watch.ipa');
    await makeIpa(ipa);
    const fake = uploadsOf(fx.server.store);
    fake.script = { processingReads: 3 };
    // A first run that times out while App Store Connect processes.
    const first = await upload({ 'app-file': ipa, 'wait-timeout': '0' });
    expect(first.failed).toBe(true);
    expect(first.errors.join('\n')).toMatch(/still PROCESSING/);
    const writes = fx.server.writes().length;
    const again = await upload({ 'app-file': ipa });
    expect(again.errors).toEqual([]);
    expect(again.result).toMatchObject({ status: 'watched' });
    expect(fx.server.writes().length).toBe(writes);
    expect(again.outputs['upload-state']).toBe('COMPLETE');
  });

  test('parts are retried on 500, a reset and 429 with Retry-After; the bytes arrive whole', async () => {
    const fake = uploadsOf(fx.server.store);
    fake.parts.failPart(2, { kind: 'status', status: 500 }, { kind: 'reset' });
    fake.parts.failPart(3, { kind: 'status', status: 429, retryAfter: '2' });
    const ipa = file('flaky.ipa');
    await makeIpa(ipa, { fillerBytes: 300_000 });
    const clock = virtualClock();
    const r = await runAction(
      fx.inputs({ operation: 'upload-build', 'app-file': ipa, 'poll-interval': '5' }),
      {
        retry: FAST_RETRY,
        clock,
      },
    );
    expect(r.errors).toEqual([]);
    expect(clock.slept).toContain(2000);
    expect(r.result).toMatchObject({ transfer: { retries: 3 } });
    const fileId = fx.server.store.list('buildUploadFiles')[0]?.id as string;
    expect((await fake.parts.received(fileId)).equals(readFileSync(ipa))).toBe(true);
    expect(fake.checksumMismatches).toBe(0);
  });

  test('a part refused for good fails naming it; the re-run resends to the same upload', async () => {
    const fake = uploadsOf(fx.server.store);
    fake.parts.failPart(2, { kind: 'status', status: 400 });
    const ipa = file('refused.ipa');
    await makeIpa(ipa, { fillerBytes: 200_000 });
    const r = await upload({ 'app-file': ipa });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(
      /Part 2 of \d+ \(bytes 65536-131071\) was refused by the upload host .*: 400/,
    );
    expect(fx.server.log.some((l) => l.method === 'PATCH')).toBe(false);
    expect(
      fx.server.store.list('buildUploads').map((u) => (u.attributes.state as { state: string }).state),
    ).toEqual(['AWAITING_UPLOAD']);

    const again = await upload({ 'app-file': ipa });
    expect(again.errors).toEqual([]);
    expect(again.result).toMatchObject({ status: 'resumed' });
    expect(fx.server.log.filter((l) => l.method === 'POST' && l.path === '/v1/buildUploads')).toHaveLength(1);
    expect(fx.server.store.list('builds')).toHaveLength(1);
  });

  test('an interrupted upload whose URLs expired is replaced, never a duplicate error', async () => {
    const fake = uploadsOf(fx.server.store);
    fake.parts.failPart(1, { kind: 'status', status: 400 });
    const ipa = file('stale.ipa');
    await makeIpa(ipa);
    expect((await upload({ 'app-file': ipa })).failed).toBe(true);
    const [left] = fx.server.store.list('buildUploadFiles');
    for (const op of left?.attributes.uploadOperations as Array<{ expiration: string }>)
      op.expiration = '2020-01-01T00:00:00Z';
    const again = await upload({ 'app-file': ipa });
    expect(again.errors).toEqual([]);
    expect(fx.server.log.some((l) => l.method === 'DELETE' && l.path.startsWith('/v1/buildUploads/'))).toBe(
      true,
    );
    expect(again.result).toMatchObject({
      status: 'uploaded',
      notes: [expect.stringMatching(/replaced build upload/)],
    });
    expect(fx.server.log.some((l) => l.errorCodes?.some((c) => c.includes('DUPLICATE')))).toBe(false);
  });

  test('an upload left without its file gets the file; no second build upload', async () => {
    seedBuildUpload(fx.server.store, {
      app: builds.APP_ID,
      version: '2.4',
      buildNumber: '500',
      state: 'AWAITING_UPLOAD',
    });
    const ipa = file('nofile.ipa');
    await makeIpa(ipa);
    const r = await upload({ 'app-file': ipa });
    expect(r.errors).toEqual([]);
    expect(r.result).toMatchObject({ status: 'resumed' });
    expect(fx.server.log.filter((l) => l.method === 'POST' && l.path === '/v1/buildUploads')).toEqual([]);
    expect(fx.server.store.list('buildUploads')).toHaveLength(1);
  });

  test('a create whose answer was lost: the retry’s 409 reads back this run’s upload', async () => {
    fx.server.faults.add({ method: 'POST', path: '/v1/buildUploads', afterHandler: true });
    const ipa = file('lost-create.ipa');
    await makeIpa(ipa);
    const r = await upload({ 'app-file': ipa });
    expect(r.errors).toEqual([]);
    expect(
      fx.server.log
        .filter((l) => l.method === 'POST' && l.path === '/v1/buildUploads')
        .map((l) => `${l.status}${l.fault ? ` ${l.fault}` : ''}`),
    ).toEqual(['201 afterHandler', '409']);
    expect(fx.server.store.list('buildUploads')).toHaveLength(1);
    expect(r.outputs['upload-state']).toBe('COMPLETE');
  });

  test('expired part URLs are renewed before sending', async () => {
    uploadsOf(fx.server.store).expireFirstOperations = true;
    const ipa = file('renew.ipa');
    await makeIpa(ipa, { fillerBytes: 100_000 });
    const r = await upload({ 'app-file': ipa });
    expect(r.errors).toEqual([]);
    expect(
      fx.server.log.filter((l) => l.method === 'GET' && l.path.startsWith('/v1/buildUploadFiles/')),
    ).toHaveLength(1);
    expect(uploadsOf(fx.server.store).parts.requests.every((p) => p.status === 200)).toBe(true);
  });

  test('a commit whose answer was lost is read back, not sent again', async () => {
    fx.server.faults.add({ method: 'PATCH', path: '/v1/buildUploadFiles/{id}', afterHandler: true });
    const ipa = file('lost-commit.ipa');
    await makeIpa(ipa);
    const r = await upload({ 'app-file': ipa });
    expect(r.errors).toEqual([]);
    expect(fx.server.log.filter((l) => l.method === 'PATCH')).toHaveLength(1);
    expect(r.stdout).toContain("The commit's answer was lost");
    expect(r.outputs['upload-state']).toBe('COMPLETE');
  });

  test('an input that disagrees with the file fails naming both values, before any request', async () => {
    const ipa = file('mismatch.ipa');
    await makeIpa(ipa);
    const r = await upload({ 'app-file': ipa, 'build-number': '501' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/'build-number' is '501' but mismatch\.ipa says '500'/);
    expect(fx.server.log).toEqual([]);
  });

  test('a .pkg uploads as MAC_OS with its Distribution facts', async () => {
    const pkg = file('Rocket.pkg');
    await makePkg(pkg, distribution({ version: '3.0', buildNumber: '77' }), 150_000);
    const r = await upload({ 'app-file': pkg });
    expect(r.errors).toEqual([]);
    expect(
      fx.server.log.find((l) => l.method === 'POST' && l.path === '/v1/buildUploads')?.body,
    ).toMatchObject({
      data: { attributes: { cfBundleShortVersionString: '3.0', cfBundleVersion: '77', platform: 'MAC_OS' } },
    });
    expect(
      fx.server.log.find((l) => l.method === 'POST' && l.path === '/v1/buildUploadFiles')?.body,
    ).toMatchObject({
      data: { attributes: { uti: 'com.apple.pkg' } },
    });
    const fileId = fx.server.store.list('buildUploadFiles')[0]?.id as string;
    expect((await uploadsOf(fx.server.store).parts.received(fileId)).equals(readFileSync(pkg))).toBe(true);
  });

  test('a .pkg without a build number needs the input', async () => {
    const pkg = file('nobuild.pkg');
    await makePkg(pkg, distribution({ buildNumber: null }));
    const r = await upload({ 'app-file': pkg });
    expect(r.errors.join('\n')).toMatch(/'build-number' is required for nobuild\.pkg/);
    expect(fx.server.log).toEqual([]);
    const ok = await upload({ 'app-file': pkg, 'build-number': '12' });
    expect(ok.errors).toEqual([]);
    expect(ok.outputs['build-number']).toBe('12');
  });
});

describe('next-build-number', () => {
  const next = (inputs: Record<string, string> = {}) =>
    runAction(fx.inputs({ operation: 'next-build-number', app: builds.BUNDLE_ID, ...inputs }), {
      retry: FAST_RETRY,
      clock: virtualClock(),
    });

  test('counts builds and every upload, failed and unfinished ones too; dotted numbers compare as integers', async () => {
    builds.seedBuild(fx.server.store, 'b-1', { version: '2.3', buildNumber: '1.2.9' });
    seedBuildUpload(fx.server.store, {
      app: builds.APP_ID,
      version: '2.3',
      buildNumber: '1.2.10',
      state: 'FAILED',
    });
    seedBuildUpload(fx.server.store, {
      app: builds.APP_ID,
      version: '2.4',
      buildNumber: '1.2.3',
      state: 'AWAITING_UPLOAD',
    });
    seedBuildUpload(fx.server.store, {
      app: builds.APP_ID,
      version: '9.0',
      buildNumber: '99',
      state: 'FAILED',
      platform: 'MAC_OS',
    });
    const r = await next();
    expect(r.errors).toEqual([]);
    expect(r.outputs['build-number']).toBe('1.2.11');
    expect(r.result).toMatchObject({
      highest: { buildNumber: '1.2.10', kind: 'build upload', state: 'FAILED' },
    });
    const v = await next({ version: '2.4' });
    expect(v.outputs['build-number']).toBe('1.2.4');
    const mac = await next({ platform: 'MAC_OS' });
    expect(mac.outputs['build-number']).toBe('100');
    expect(fx.server.writes()).toEqual([]);
  });

  test('no builds yet: 1', async () => {
    const r = await next({ version: '1.0' });
    expect(r.outputs['build-number']).toBe('1');
    expect(r.result).toMatchObject({ highest: null });
  });
});

describe('distribute-build with app-file', () => {
  const distribute = (inputs: Record<string, string | undefined>) =>
    runAction(
      fx.inputs({
        operation: 'distribute-build',
        groups: 'Public Beta, QA',
        'uses-non-exempt-encryption': 'false',
        'what-to-test': 'Try the new radar.',
        'poll-interval': '5',
        ...inputs,
      }),
      { retry: FAST_RETRY, clock: virtualClock() },
    );

  beforeEach(() => builds.seedGroups(fx.server.store));

  test('one step from the file to testers: uploads, waits, distributes that very build', async () => {
    const ipa = file('Distribute.ipa');
    await makeIpa(ipa, { fillerBytes: 150_000 });
    const r = await distribute({ 'app-file': ipa });
    expect(r.errors).toEqual([]);
    const [build] = fx.server.store.list('builds');
    expect(build?.attributes.version).toBe('500');
    expect(r.outputs).toMatchObject({
      'build-id': build?.id,
      'upload-state': 'COMPLETE',
      'build-version': '2.4',
    });
    expect(r.outputs['build-upload-id']).toBe(fx.server.store.list('buildUploads')[0]?.id);
    expect(fx.server.store.ids(build!, 'betaGroups').sort()).toEqual(['g-public', 'g-qa']);
    expect(build?.attributes.usesNonExemptEncryption).toBe(false);
    // The upload (1) and the distribution's writes.
    expect(Number(r.outputs.changes)).toBeGreaterThan(3);
    expect(r.result).toMatchObject({ upload: { status: 'uploaded' }, groups: { added: expect.any(Array) } });
    expect(r.summary).toMatch(/Upload[\s\S]*Distribution/);
    // The re-run finds the build and the groups in place: nothing written.
    const writes = fx.server.writes().length;
    const again = await distribute({ 'app-file': ipa });
    expect(again.errors).toEqual([]);
    expect(again.outputs.changes).toBe('0');
    expect(fx.server.writes().length).toBe(writes);
  });

  test('an unknown group fails before the file is sent', async () => {
    const ipa = file('NoGroup.ipa');
    await makeIpa(ipa);
    const r = await distribute({ 'app-file': ipa, groups: 'Nobody' });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/Nobody/);
    expect(fx.server.writes()).toEqual([]);
    expect(uploadsOf(fx.server.store).parts.requests).toEqual([]);
  });

  test('dry run: plans the upload, says the distribution follows, writes nothing', async () => {
    const ipa = file('DryDistribute.ipa');
    await makeIpa(ipa);
    const r = await distribute({ 'app-file': ipa, 'dry-run': 'true' });
    expect(r.failed).toBe(false);
    expect(r.outputs.changes).toBe('1');
    expect(r.stdout).toContain('a real run uploads it, then distributes it');
    expect(fx.server.writes()).toEqual([]);
  });

  test('a FAILED upload stops before any distribution, with Apple’s reasons', async () => {
    uploadsOf(fx.server.store).script = {
      fail: [{ code: 'ITMS-90062', description: 'This bundle is invalid. The version train is closed.' }],
    };
    const ipa = file('Closed.ipa');
    await makeIpa(ipa);
    const r = await distribute({ 'app-file': ipa });
    expect(r.failed).toBe(true);
    expect(r.errors.join('\n')).toMatch(/ITMS-90062.*raise the version/);
    expect(fx.server.log.some((l) => l.path.includes('/relationships/betaGroups'))).toBe(false);
  });

  test('build-id with app-file is refused before any request', async () => {
    const r = await distribute({ 'app-file': file('x.ipa'), 'build-id': 'abc' });
    expect(r.errors.join('\n')).toMatch(/'build-id' is set together with 'app-file'/);
    expect(fx.server.log).toEqual([]);
  });
});
