/** The fake server's build routes behave as Apple's do where the build operations depend on it. */
import { refuseBuildsForGroup, scriptBuild } from '../../fake-app-store-connect/routes/builds.js';
import { startHarness, type Harness } from './helpers.js';
import { APP_ID, detailOf, seedApp, seedBuild, seedGroups } from '../support/builds-seed.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.server.close());
beforeEach(() => {
  h.server.store.clear();
  seedApp(h.server.store);
  seedGroups(h.server.store);
});

const groups = (...ids: string[]) => ({ data: ids.map((id) => ({ type: 'betaGroups', id })) });
const include = 'include=preReleaseVersion,buildBetaDetail,betaGroups,betaAppReviewSubmission';

describe('GET /v1/builds', () => {
  test('filters by build number, marketing version and platform; version is the build number', async () => {
    seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '456' });
    seedBuild(h.server.store, 'b-2', { version: '2.3.0', buildNumber: '457' });
    seedBuild(h.server.store, 'b-3', { version: '2.3', buildNumber: '457', platform: 'MAC_OS' });
    const { res, body } = await h.callJson(
      `/v1/builds?filter[app]=${APP_ID}&filter[version]=457&filter[preReleaseVersion.version]=2.3,2.3.0&filter[preReleaseVersion.platform]=IOS&sort=-uploadedDate&${include}`,
    );
    expect(res.status).toBe(200);
    expect(body.data.map((b: { id: string }) => b.id)).toEqual(['b-2']);
    expect(body.data[0].attributes).toMatchObject({
      version: '457',
      processingState: 'VALID',
      expired: false,
    });
    const prv = body.included.find((r: { type: string }) => r.type === 'preReleaseVersions');
    expect(prv.attributes).toEqual({ version: '2.3.0', platform: 'IOS' });
  });

  test('usesNonExemptEncryption is null, and the beta detail MISSING_EXPORT_COMPLIANCE, until PATCHed', async () => {
    seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1', usesNonExemptEncryption: null });
    const before = await h.callJson(`/v1/builds/b-1?${include}`);
    expect(before.body.data.attributes.usesNonExemptEncryption).toBeNull();
    expect(detailOf(h.server.store, 'b-1')).toMatchObject({
      externalBuildState: 'MISSING_EXPORT_COMPLIANCE',
    });
    const patch = await h.call('/v1/builds/b-1', {
      method: 'PATCH',
      json: { data: { type: 'builds', id: 'b-1', attributes: { usesNonExemptEncryption: false } } },
    });
    expect(patch.status).toBe(200);
    expect(detailOf(h.server.store, 'b-1')).toMatchObject({
      externalBuildState: 'READY_FOR_BETA_SUBMISSION',
      internalBuildState: 'READY_FOR_BETA_TESTING',
    });
    const change = await h.callJson('/v1/builds/b-1', {
      method: 'PATCH',
      json: { data: { type: 'builds', id: 'b-1', attributes: { usesNonExemptEncryption: true } } },
    });
    expect(change.res.status).toBe(409);
  });

  test('a scripted build: invisible, then PROCESSING, then VALID with a beta detail that lags', async () => {
    const build = seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1' });
    scriptBuild(h.server.store, build.id, { invisibleFor: 2, processingFor: 2, betaDetailMissingFor: 1 });
    const list = () => h.callJson(`/v1/builds?filter[app]=${APP_ID}&${include}`);
    const states: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { body } = await list();
      const b = body.data[0];
      const detail = b?.relationships.buildBetaDetail.data;
      states.push(b ? `${b.attributes.processingState}${detail ? '+detail' : ''}` : 'hidden');
    }
    expect(states).toEqual(['hidden', 'hidden', 'PROCESSING', 'PROCESSING', 'VALID', 'VALID+detail']);
  });

  test('the beta detail answers 404 right after VALID; GET by id of an unseen build 404s', async () => {
    const build = seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1' });
    scriptBuild(h.server.store, build.id, { invisibleFor: 1, betaDetailMissingFor: 1 });
    expect((await h.call('/v1/builds/b-1')).status).toBe(404);
    expect((await h.callJson('/v1/builds/b-1')).body.data.attributes.processingState).toBe('VALID');
    expect((await h.call('/v1/builds/b-1/buildBetaDetail')).status).toBe(404);
    await h.call('/v1/builds/b-1');
    expect((await h.call('/v1/builds/b-1/buildBetaDetail')).status).toBe(200);
  });

  test('a scripted build can end FAILED', async () => {
    const build = seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1' });
    scriptBuild(h.server.store, build.id, { processingFor: 1, endState: 'FAILED' });
    await h.call('/v1/builds/b-1');
    const { body } = await h.callJson(`/v1/builds/b-1?${include}`);
    expect(body.data.attributes.processingState).toBe('FAILED');
    expect(body.data.relationships.buildBetaDetail.data).toBeNull();
  });
});

describe('a build and its groups', () => {
  test('422 while the build is not VALID', async () => {
    seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1', processingState: 'PROCESSING' });
    const { res, body } = await h.callJson('/v1/builds/b-1/relationships/betaGroups', {
      method: 'POST',
      json: groups('g-public'),
    });
    expect(res.status).toBe(422);
    expect(body.errors[0]).toMatchObject({ code: 'ENTITY_UNPROCESSABLE' });
    expect(body.errors[0].detail).toMatch(/not in a valid processing state/);
  });

  test('all or nothing: a refused internal group fails the whole call', async () => {
    seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1' });
    refuseBuildsForGroup(h.server.store, 'g-qa');
    const refused = await h.callJson('/v1/builds/b-1/relationships/betaGroups', {
      method: 'POST',
      json: groups('g-public', 'g-qa'),
    });
    expect(refused.res.status).toBe(409);
    expect(refused.body.errors[0].detail).toBe('Cannot add internal group to a build.');
    const allBuilds = await h.callJson('/v1/betaGroups/g-all/relationships/builds', {
      method: 'POST',
      json: { data: [{ type: 'builds', id: 'b-1' }] },
    });
    expect(allBuilds.res.status).toBe(409);
    const ok = await h.call('/v1/builds/b-1/relationships/betaGroups', {
      method: 'POST',
      json: groups('g-public', 'g-partners'),
    });
    expect(ok.status).toBe(204);
    // The groups are read with include=betaGroups or filter[builds], not at the relationship URL.
    const { body } = await h.callJson('/v1/betaGroups?filter[builds]=b-1');
    expect(body.data.map((g: { id: string }) => g.id).sort()).toEqual(['g-partners', 'g-public']);
    const other = await h.callJson('/v1/builds/b-1/relationships/betaGroups', {
      method: 'POST',
      json: groups('g-lite'),
    });
    expect(other.res.status).toBe(409);
    const del = await h.call('/v1/betaGroups/g-public/relationships/builds', {
      method: 'DELETE',
      json: { data: [{ type: 'builds', id: 'b-1' }] },
    });
    expect(del.status).toBe(204);
    expect(h.server.store.ids(h.server.store.getOrThrow('builds', 'b-1'), 'betaGroups')).toEqual([
      'g-partners',
    ]);
  });
});

describe('review, What to Test and notifications', () => {
  const submit = (id: string) =>
    h.callJson('/v1/betaAppReviewSubmissions', {
      method: 'POST',
      json: {
        data: {
          type: 'betaAppReviewSubmissions',
          relationships: { build: { data: { type: 'builds', id } } },
        },
      },
    });

  test('GET /v1/betaAppReviewSubmissions needs filter[build]', async () => {
    const { res, body } = await h.callJson('/v1/betaAppReviewSubmissions');
    expect(res.status).toBe(400);
    expect(body.errors[0]).toMatchObject({ code: 'PARAMETER_ERROR.REQUIRED' });
  });

  test('a submission moves on one state per read; a build in review is not submitted again', async () => {
    const build = seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1' });
    scriptBuild(h.server.store, build.id, { reviewStates: ['IN_REVIEW', 'APPROVED'] });
    await h.call('/v1/builds/b-1'); // processed
    const created = await submit('b-1');
    expect(created.res.status).toBe(201);
    expect(created.body.data.attributes.betaReviewState).toBe('WAITING_FOR_REVIEW');
    expect(detailOf(h.server.store, 'b-1')?.externalBuildState).toBe('WAITING_FOR_BETA_REVIEW');
    expect((await submit('b-1')).res.status).toBe(409);
    await h.call('/v1/builds/b-1');
    expect(detailOf(h.server.store, 'b-1')?.externalBuildState).toBe('IN_BETA_REVIEW');
    await h.call('/v1/builds/b-1');
    const { body } = await h.callJson('/v1/betaAppReviewSubmissions?filter[build]=b-1');
    expect(body.data[0].attributes.betaReviewState).toBe('APPROVED');
    expect(detailOf(h.server.store, 'b-1')?.externalBuildState).toBe('BETA_APPROVED');
  });

  test('review needs export compliance; one build per version in review', async () => {
    seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1', usesNonExemptEncryption: null });
    seedBuild(h.server.store, 'b-2', { version: '2.3', buildNumber: '2', review: 'WAITING_FOR_REVIEW' });
    const missing = await submit('b-1');
    expect(missing.res.status).toBe(409);
    expect(missing.body.errors[0].detail).toMatch(/missing export compliance/);
    h.server.store.update('builds', 'b-1', { usesNonExemptEncryption: false });
    const busy = await submit('b-1');
    expect(busy.res.status).toBe(409);
    expect(busy.body.errors[0].detail).toMatch(/Another build of this version/);
  });

  test('409 STATE_ERROR on a notification while auto-notify is on', async () => {
    seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1', autoNotifyEnabled: true });
    seedBuild(h.server.store, 'b-2', { version: '2.3', buildNumber: '2' });
    const body = (id: string) => ({
      data: { type: 'buildBetaNotifications', relationships: { build: { data: { type: 'builds', id } } } },
    });
    const auto = await h.callJson('/v1/buildBetaNotifications', { method: 'POST', json: body('b-1') });
    expect(auto.res.status).toBe(409);
    expect(auto.body.errors[0]).toMatchObject({ code: 'STATE_ERROR.ENTITY_STATE_INVALID' });
    expect(auto.body.errors[0].detail).toMatch(/auto-notify already enabled/);
    const sent = await h.callJson('/v1/buildBetaNotifications', { method: 'POST', json: body('b-2') });
    expect(sent.res.status).toBe(201);
  });

  test('one What to Test per locale and build', async () => {
    seedBuild(h.server.store, 'b-1', { version: '2.3', buildNumber: '1' });
    const create = () =>
      h.callJson('/v1/betaBuildLocalizations', {
        method: 'POST',
        json: {
          data: {
            type: 'betaBuildLocalizations',
            attributes: { locale: 'en-US', whatsNew: 'New' },
            relationships: { build: { data: { type: 'builds', id: 'b-1' } } },
          },
        },
      });
    expect((await create()).res.status).toBe(201);
    const dup = await create();
    expect(dup.res.status).toBe(409);
    const { body } = await h.callJson('/v1/betaBuildLocalizations?filter[build]=b-1&filter[locale]=en-US');
    expect(body.data[0].attributes).toEqual({ locale: 'en-US', whatsNew: 'New' });
  });
});
