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
import { distribution, makeIpa, makePkg } from '../support/app-files.js';
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
    expect(fake.parts.requests.every((p) => p.headers.authorization === undefined && p.status === 200)).toBe(true);
    const commit = fx.server.log.find((l) => l.method === 'PATCH');
    expect(commit?.body).toMatchObject({
      data: { attributes: { uploaded: true, sourceFileChecksums: { file: { hash: sha256(ipa), algorithm: 'SHA_256' } } } },
    });
    expect(r.outputs).toMatchObject({ 'build-version': '2.4', 'build-number': '500', 'upload-state': 'COMPLETE', changes: '1' });
    expect(r.outputs['build-id']).toBe(fx.server.store.list('builds')[0]?.id);
    expect(r.result).toMatchObject({ status: 'uploaded', transfer: { bytes: readFileSync(ipa).length, sha256: sha256(ipa) } });
    expect(r.summary).toContain('Rocket');
  });
});
