/**
 * Build uploads: POST /v1/buildUploads, POST /v1/buildUploadFiles, the parts on a second origin
 * (`upload-part-host.ts`), PATCH /v1/buildUploadFiles/{id} to commit, and the reads.
 *
 * As at Apple: a build number used by a build or by any upload of the same version and platform
 * (a FAILED one too) is refused with 409 DUPLICATE; the file's `uploadOperations` expire (a read
 * of the file after that hands out fresh ones); a second commit is refused; on commit the parts
 * are joined and the checksum compared; then the upload is PROCESSING and, after scripted reads,
 * COMPLETE with a new build (and its preReleaseVersion), or FAILED with state details.
 */
import { apiError, notFound, requireRole } from '../errors.js';
import { applyFilters, byAttribute, json, page, resourceDocument, sortResources } from '../jsonapi.js';
import type { Resource, Store } from '../store.js';
import type { RouteModule, ServerContext } from '../types.js';
import { PartHost } from '../upload-part-host.js';
import { createBuild, type BuildScript } from './builds.js';

export interface StateDetailSeed {
  code: string;
  description: string;
}

/** How the next uploads end, counted in reads of the build upload after its commit. */
export interface UploadScript {
  /** Reads that still say PROCESSING (default 1). */
  processingReads?: number;
  /** Then reads that say COMPLETE without the build yet (default 0). */
  completeWithoutBuildReads?: number;
  /** FAILED with these errors instead of COMPLETE. */
  fail?: StateDetailSeed[];
  warnings?: StateDetailSeed[];
  infos?: StateDetailSeed[];
  /** How the new build's own processing moves (see builds.ts). */
  build?: BuildScript;
}

export interface UploadsFake {
  parts: PartHost;
  /** Part size for new files (default 5 MiB, as Apple). */
  partSize: number;
  /** How long part URLs stay valid, ms (default 1 h). */
  partTtlMs: number;
  /** The first operations of each new file are already expired (a later read renews them). */
  expireFirstOperations: boolean;
  /** Applied to every upload committed from now on. */
  script: UploadScript;
  /** Commits refused because the checksum did not match. */
  checksumMismatches: number;
  reset(): void;
}

const states = new WeakMap<Store, UploadsFake>();
const progress = new WeakMap<Resource, { reads: number; script: UploadScript }>();

/** The build upload controls and records of the server that owns `store`. */
export function uploadsOf(store: Store): UploadsFake {
  const state = states.get(store);
  if (!state) throw new Error('fake server: build upload routes are not registered');
  return state;
}

/** Seeds a build upload (e.g. one a failed or interrupted run left). */
export function seedBuildUpload(
  store: Store,
  seed: {
    app: string;
    version: string;
    buildNumber: string;
    platform?: string;
    state: string;
    errors?: StateDetailSeed[];
    build?: string;
  },
  id?: string,
): Resource {
  return store.create(
    'buildUploads',
    {
      cfBundleShortVersionString: seed.version,
      cfBundleVersion: seed.buildNumber,
      platform: seed.platform ?? 'IOS',
      createdDate: new Date().toISOString(),
      uploadedDate: null,
      state: { state: seed.state, errors: seed.errors ?? [], warnings: [], infos: [] },
    },
    { app: seed.app, build: seed.build ?? null },
    id,
  );
}

const UPLOAD_QUERY = [
  'fields[buildUploads]',
  'fields[builds]',
  'fields[buildUploadFiles]',
  'include',
  'limit',
];
const ROLES = ['APP_MANAGER', 'DEVELOPER'];

export const buildUploadsRoutes: RouteModule = (router, ctx) => {
  const { store } = ctx;
  store.defineRelationship('buildUploads', 'app', 'apps', 'one');
  store.defineRelationship('buildUploads', 'build', 'builds', 'one');
  store.defineRelationship('buildUploads', 'buildUploadFiles', 'buildUploadFiles', 'many', {
    inverse: 'buildUpload',
  });
  store.defineRelationship('buildUploadFiles', 'buildUpload', 'buildUploads', 'one', {
    inverse: 'buildUploadFiles',
  });
  const parts = new PartHost(ctx.now);
  const fake: UploadsFake = {
    parts,
    partSize: 5 * 1024 * 1024,
    partTtlMs: 3600_000,
    script: {},
    checksumMismatches: 0,
    expireFirstOperations: false,
    reset() {
      fake.expireFirstOperations = false;
      parts.reset();
      fake.partSize = 5 * 1024 * 1024;
      fake.partTtlMs = 3600_000;
      fake.script = {};
      fake.checksumMismatches = 0;
    },
  };
  states.set(store, fake);
  ctx.onClose(() => parts.close());

  router.post('/v1/buildUploads', (req) => {
    requireRole(req.key, ...ROLES);
    const data = (
      req.body as {
        data: { attributes: Record<string, string>; relationships: { app: { data: { id: string } } } };
      }
    ).data;
    const a = data.attributes;
    const appId = data.relationships.app.data.id;
    if (!store.get('apps', appId)) throw notFound('apps', appId);
    if (
      usedNumber(
        store,
        appId,
        a.platform as string,
        a.cfBundleShortVersionString as string,
        a.cfBundleVersion as string,
      )
    ) {
      throw apiError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE',
        'The provided entity includes an attribute with a value that has already been used',
        `The bundle version '${a.cfBundleVersion}' has already been used for version '${a.cfBundleShortVersionString}'.`,
        { pointer: '/data/attributes/cfBundleVersion' },
      );
    }
    const upload = seedBuildUpload(store, {
      app: appId,
      version: a.cfBundleShortVersionString as string,
      buildNumber: a.cfBundleVersion as string,
      platform: a.platform,
      state: 'AWAITING_UPLOAD',
    });
    return json(resourceDocument(upload, req), 201);
  });

  router.get(
    '/v1/buildUploads/{id}',
    (req) => json(resourceDocument(readUpload(ctx, req.params.id as string), req)),
    {
      supports: UPLOAD_QUERY,
    },
  );

  router.delete('/v1/buildUploads/{id}', (req) => {
    requireRole(req.key, ...ROLES);
    const upload = store.get('buildUploads', req.params.id as string);
    if (!upload) throw notFound('buildUploads', req.params.id as string);
    const state = (upload.attributes.state as { state: string }).state;
    if (state !== 'AWAITING_UPLOAD' && state !== 'FAILED') {
      throw apiError(
        409,
        'STATE_ERROR',
        'The request cannot be fulfilled because of the state of another resource.',
        `A build upload that is ${state} cannot be deleted.`,
      );
    }
    for (const fileId of store.ids(upload, 'buildUploadFiles')) store.delete('buildUploadFiles', fileId);
    store.delete('buildUploads', upload.id);
    return { status: 204 };
  });

  router.get(
    '/v1/apps/{id}/buildUploads',
    (req) => {
      const appId = req.params.id as string;
      if (!store.get('apps', appId)) throw notFound('apps', appId);
      const all = store
        .list('buildUploads', (u) => store.ids(u, 'app')[0] === appId)
        .map((u) => readUpload(ctx, u.id));
      const matching = applyFilters(all, req, {
        'filter[cfBundleShortVersionString]': byAttribute('cfBundleShortVersionString'),
        'filter[cfBundleVersion]': byAttribute('cfBundleVersion'),
        'filter[platform]': byAttribute('platform'),
        'filter[state]': (r, values) => values.includes((r.attributes.state as { state: string }).state),
      });
      return json(page(sortResources(matching, req), req));
    },
    {
      supports: [
        'filter[cfBundleShortVersionString]',
        'filter[cfBundleVersion]',
        'filter[platform]',
        'filter[state]',
        'sort',
        ...UPLOAD_QUERY,
      ],
    },
  );

  router.get(
    '/v1/buildUploads/{id}/buildUploadFiles',
    (req) => {
      const upload = store.get('buildUploads', req.params.id as string);
      if (!upload) throw notFound('buildUploads', req.params.id as string);
      return json(page(store.related(upload, 'buildUploadFiles'), req));
    },
    { supports: ['fields[buildUploadFiles]', 'limit'] },
  );

  router.post('/v1/buildUploadFiles', async (req) => {
    requireRole(req.key, ...ROLES);
    const data = (
      req.body as {
        data: {
          attributes: Record<string, unknown>;
          relationships: { buildUpload: { data: { id: string } } };
        };
      }
    ).data;
    const uploadId = data.relationships.buildUpload.data.id;
    const upload = store.get('buildUploads', uploadId);
    if (!upload) throw notFound('buildUploads', uploadId);
    if ((upload.attributes.state as { state: string }).state !== 'AWAITING_UPLOAD') {
      throw apiError(
        409,
        'STATE_ERROR',
        'The request cannot be fulfilled because of the state of another resource.',
        'The build upload does not accept files any more.',
      );
    }
    const a = data.attributes;
    const file = store.create(
      'buildUploadFiles',
      {
        assetType: a.assetType,
        fileName: a.fileName,
        fileSize: a.fileSize,
        uti: a.uti,
        assetToken: null,
        assetDeliveryState: { state: 'AWAITING_UPLOAD', errors: [], warnings: [] },
        sourceFileChecksums: null,
        uploadOperations: [],
      },
      { buildUpload: uploadId },
    );
    const ttl = fake.expireFirstOperations ? -1000 : fake.partTtlMs;
    file.attributes.uploadOperations = await parts.plan(file.id, a.fileSize as number, fake.partSize, ttl);
    return json(resourceDocument(file, req), 201);
  });

  router.get(
    '/v1/buildUploadFiles/{id}',
    async (req) => {
      const file = store.get('buildUploadFiles', req.params.id as string);
      if (!file) throw notFound('buildUploadFiles', req.params.id as string);
      const ops = parts.operations(file.id);
      const delivery = (file.attributes.assetDeliveryState as { state: string }).state;
      // Expired URLs are handed out again, fresh, while the file still waits for its bytes.
      if (delivery === 'AWAITING_UPLOAD' && ops.some((o) => Date.parse(o.expiration) <= ctx.now() + 60_000)) {
        file.attributes.uploadOperations = await parts.plan(
          file.id,
          file.attributes.fileSize as number,
          fake.partSize,
          fake.partTtlMs,
        );
      }
      return json(resourceDocument(file, req));
    },
    { supports: ['fields[buildUploadFiles]'] },
  );

  router.patch('/v1/buildUploadFiles/{id}', async (req) => {
    requireRole(req.key, ...ROLES);
    const file = store.get('buildUploadFiles', req.params.id as string);
    if (!file) throw notFound('buildUploadFiles', req.params.id as string);
    const attrs =
      (
        req.body as {
          data: {
            attributes?: {
              uploaded?: boolean;
              sourceFileChecksums?: { file?: { hash?: string; algorithm?: string } };
            };
          };
        }
      ).data.attributes ?? {};
    const delivery = file.attributes.assetDeliveryState as { state: string; errors: unknown[] };
    if (attrs.uploaded !== true) return json(resourceDocument(file, req));
    if (delivery.state !== 'AWAITING_UPLOAD') {
      throw apiError(
        409,
        'STATE_ERROR',
        'The request cannot be fulfilled because of the state of another resource.',
        'The file was already committed.',
      );
    }
    const missing = parts.missing(file.id);
    if (missing.length > 0) {
      throw apiError(
        409,
        'STATE_ERROR',
        'The request cannot be fulfilled because of the state of another resource.',
        `Parts ${missing.join(', ')} were not uploaded.`,
      );
    }
    const joined = await parts.join(file.id);
    const given = attrs.sourceFileChecksums?.file;
    if (
      joined.bytes !== file.attributes.fileSize ||
      given?.algorithm !== 'SHA_256' ||
      given.hash?.toLowerCase() !== joined.sha256
    ) {
      fake.checksumMismatches += 1;
      throw apiError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID',
        'An attribute value is invalid.',
        'The checksum does not match the uploaded file.',
        { pointer: '/data/attributes/sourceFileChecksums' },
      );
    }
    file.attributes.sourceFileChecksums = {
      file: { hash: joined.sha256, algorithm: 'SHA_256' },
      composite: null,
    };
    file.attributes.assetDeliveryState = { state: 'UPLOAD_COMPLETE', errors: [], warnings: [] };
    const upload = store.getOrThrow('buildUploads', store.ids(file, 'buildUpload')[0] as string);
    upload.attributes.state = { state: 'PROCESSING', errors: [], warnings: [], infos: [] };
    upload.attributes.uploadedDate = new Date(ctx.now()).toISOString();
    progress.set(upload, { reads: 0, script: { ...fake.script } });
    return json(resourceDocument(file, req));
  });
};

/** Whether a build or an upload already used this number for the version and platform. */
function usedNumber(
  store: Store,
  appId: string,
  platform: string,
  version: string,
  buildNumber: string,
): boolean {
  const uploads = store.list(
    'buildUploads',
    (u) =>
      store.ids(u, 'app')[0] === appId &&
      u.attributes.platform === platform &&
      u.attributes.cfBundleShortVersionString === version &&
      u.attributes.cfBundleVersion === buildNumber,
  );
  const builds = store.list('builds', (b) => {
    if (store.ids(b, 'app')[0] !== appId || b.attributes.version !== buildNumber) return false;
    const prv = store.get('preReleaseVersions', store.ids(b, 'preReleaseVersion')[0] ?? '');
    return prv?.attributes.version === version && prv.attributes.platform === platform;
  });
  return uploads.length > 0 || builds.length > 0;
}

/** Reads an upload, moving its scripted processing on by one read. */
function readUpload(ctx: ServerContext, id: string): Resource {
  const { store } = ctx;
  const upload = store.get('buildUploads', id);
  if (!upload) throw notFound('buildUploads', id);
  const moving = progress.get(upload);
  if (!moving) return upload;
  moving.reads += 1;
  const s = moving.script;
  const state = upload.attributes.state as {
    state: string;
    errors: unknown[];
    warnings: unknown[];
    infos: unknown[];
  };
  state.warnings = s.warnings ?? [];
  state.infos = s.infos ?? [];
  const processing = s.processingReads ?? 1;
  if (moving.reads <= processing) return upload;
  if (s.fail) {
    upload.attributes.state = { ...state, state: 'FAILED', errors: s.fail };
    progress.delete(upload);
    return upload;
  }
  upload.attributes.state = { ...state, state: 'COMPLETE' };
  if (moving.reads <= processing + (s.completeWithoutBuildReads ?? 0)) return upload;
  const build = createBuild(store, {
    app: store.ids(upload, 'app')[0] as string,
    version: upload.attributes.cfBundleShortVersionString as string,
    buildNumber: upload.attributes.cfBundleVersion as string,
    platform: upload.attributes.platform as string,
    uploadedDate: new Date(ctx.now()).toISOString(),
    usesNonExemptEncryption: null,
    ...(s.build ? { script: s.build } : {}),
  });
  store.setRelationship('buildUploads', upload.id, 'build', build.id);
  progress.delete(upload);
  return upload;
}
