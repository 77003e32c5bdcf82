/** Typed calls for build uploads: buildUploads and buildUploadFiles. */
import type { AppStoreConnectClient } from './client.js';
import { ApiError } from './errors.js';
import { relatedIds, type Document, type Resource } from './types.js';

export const UPLOADS_FORBIDDEN_HINT =
  'The API key’s role does not allow uploading builds: use a key with the App Manager, Developer or Admin role (Users and Access → Integrations).';

export interface StateDetail {
  code?: string;
  description?: string;
}

export interface BuildUpload {
  id: string;
  version: string;
  buildNumber: string;
  platform: string;
  /** AWAITING_UPLOAD, PROCESSING, FAILED or COMPLETE. */
  state: string;
  errors: StateDetail[];
  warnings: StateDetail[];
  infos: StateDetail[];
  createdDate?: string;
  uploadedDate?: string;
  /** Set once App Store Connect has made the build. */
  buildId?: string;
}

export interface UploadOperation {
  method: string;
  url: string;
  offset: number;
  length: number;
  requestHeaders: Array<{ name?: string; value?: string }>;
  expiration?: string;
  partNumber?: number;
}

export interface BuildUploadFile {
  id: string;
  fileName: string;
  fileSize: number;
  assetType?: string;
  deliveryState?: string;
  uploadOperations: UploadOperation[];
  checksum?: string;
}

type UploadAttributes = {
  cfBundleShortVersionString?: string;
  cfBundleVersion?: string;
  platform?: string;
  createdDate?: string;
  uploadedDate?: string;
  state?: { state?: string; errors?: StateDetail[]; warnings?: StateDetail[]; infos?: StateDetail[] } | null;
};

type FileAttributes = {
  fileName?: string;
  fileSize?: number;
  assetType?: string;
  assetDeliveryState?: { state?: string } | null;
  uploadOperations?: UploadOperation[] | null;
  sourceFileChecksums?: { file?: { hash?: string } | null } | null;
};

const UPLOAD_FIELDS =
  'cfBundleShortVersionString,cfBundleVersion,platform,state,createdDate,uploadedDate,build';

function toUpload(r: Resource<UploadAttributes>): BuildUpload {
  const a = r.attributes ?? {};
  return {
    id: r.id,
    version: a.cfBundleShortVersionString ?? '',
    buildNumber: a.cfBundleVersion ?? '',
    platform: a.platform ?? '',
    state: a.state?.state ?? 'AWAITING_UPLOAD',
    errors: a.state?.errors ?? [],
    warnings: a.state?.warnings ?? [],
    infos: a.state?.infos ?? [],
    createdDate: a.createdDate,
    uploadedDate: a.uploadedDate,
    buildId: relatedIds(r, 'build')[0],
  };
}

function toFile(r: Resource<FileAttributes>): BuildUploadFile {
  const a = r.attributes ?? {};
  return {
    id: r.id,
    fileName: a.fileName ?? '',
    fileSize: a.fileSize ?? 0,
    assetType: a.assetType,
    deliveryState: a.assetDeliveryState?.state,
    uploadOperations: a.uploadOperations ?? [],
    checksum: a.sourceFileChecksums?.file?.hash,
  };
}

/** The app's build uploads on a platform, optionally of one version and build number (all pages). */
export async function listBuildUploads(
  client: AppStoreConnectClient,
  appId: string,
  filter: { platform: string; version?: string[]; buildNumber?: string },
): Promise<BuildUpload[]> {
  const all = await client.getAll<UploadAttributes>(`/v1/apps/${encodeURIComponent(appId)}/buildUploads`, {
    'filter[platform]': filter.platform,
    'filter[cfBundleShortVersionString]': filter.version,
    'filter[cfBundleVersion]': filter.buildNumber,
    'fields[buildUploads]': UPLOAD_FIELDS,
    'fields[builds]': 'version',
    include: 'build',
  });
  return all.data.map(toUpload);
}

export async function getBuildUpload(client: AppStoreConnectClient, id: string): Promise<BuildUpload> {
  const doc = await client.get<Document<UploadAttributes>>(`/v1/buildUploads/${encodeURIComponent(id)}`, {
    'fields[buildUploads]': UPLOAD_FIELDS,
    'fields[builds]': 'version',
    include: 'build',
  });
  return toUpload(doc.data as Resource<UploadAttributes>);
}

export async function createBuildUpload(
  client: AppStoreConnectClient,
  appId: string,
  target: { version: string; buildNumber: string; platform: string },
): Promise<BuildUpload> {
  const doc = await client.post<Document<UploadAttributes>>(
    '/v1/buildUploads',
    {
      data: {
        type: 'buildUploads',
        attributes: {
          cfBundleShortVersionString: target.version,
          cfBundleVersion: target.buildNumber,
          platform: target.platform,
        },
        relationships: { app: { data: { type: 'apps', id: appId } } },
      },
    },
    { forbiddenHint: UPLOADS_FORBIDDEN_HINT },
  );
  return toUpload(doc.data as Resource<UploadAttributes>);
}

/** Deletes an upload that was never finished; a 404 means it is already gone. */
export async function deleteBuildUpload(client: AppStoreConnectClient, id: string): Promise<void> {
  try {
    await client.delete(`/v1/buildUploads/${encodeURIComponent(id)}`, undefined, {
      forbiddenHint: UPLOADS_FORBIDDEN_HINT,
    });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}

export async function createUploadFile(
  client: AppStoreConnectClient,
  uploadId: string,
  file: { fileName: string; fileSize: number; uti: string },
): Promise<BuildUploadFile> {
  const doc = await client.post<Document<FileAttributes>>(
    '/v1/buildUploadFiles',
    {
      data: {
        type: 'buildUploadFiles',
        attributes: { assetType: 'ASSET', fileName: file.fileName, fileSize: file.fileSize, uti: file.uti },
        relationships: { buildUpload: { data: { type: 'buildUploads', id: uploadId } } },
      },
    },
    { forbiddenHint: UPLOADS_FORBIDDEN_HINT },
  );
  return toFile(doc.data as Resource<FileAttributes>);
}

export async function listUploadFiles(
  client: AppStoreConnectClient,
  uploadId: string,
): Promise<BuildUploadFile[]> {
  const all = await client.getAll<FileAttributes>(
    `/v1/buildUploads/${encodeURIComponent(uploadId)}/buildUploadFiles`,
  );
  return all.data.map(toFile);
}

export async function getUploadFile(client: AppStoreConnectClient, id: string): Promise<BuildUploadFile> {
  const doc = await client.get<Document<FileAttributes>>(`/v1/buildUploadFiles/${encodeURIComponent(id)}`);
  return toFile(doc.data as Resource<FileAttributes>);
}

/** Tells App Store Connect every part is there, with the file's SHA-256. */
export async function commitUploadFile(
  client: AppStoreConnectClient,
  id: string,
  sha256: string,
): Promise<BuildUploadFile> {
  const doc = await client.patch<Document<FileAttributes>>(
    `/v1/buildUploadFiles/${encodeURIComponent(id)}`,
    {
      data: {
        type: 'buildUploadFiles',
        id,
        attributes: { uploaded: true, sourceFileChecksums: { file: { hash: sha256, algorithm: 'SHA_256' } } },
      },
    },
    // A commit whose answer was lost is read back by the caller, never replayed blindly.
    { forbiddenHint: UPLOADS_FORBIDDEN_HINT, replay: false },
  );
  return toFile(doc.data as Resource<FileAttributes>);
}
