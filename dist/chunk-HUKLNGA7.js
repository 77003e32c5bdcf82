import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  normalizeVersion,
  versionSpellings
} from "./chunk-XSH6A373.js";
import {
  relatedIds
} from "./chunk-BLPJK66F.js";
import {
  ApiError
} from "./chunk-JDDIJKK4.js";

// src/api/build-uploads.ts
var UPLOADS_FORBIDDEN_HINT = "The API key\u2019s role does not allow uploading builds: use a key with the App Manager, Developer or Admin role (Users and Access \u2192 Integrations).";
var UPLOAD_FIELDS = "cfBundleShortVersionString,cfBundleVersion,platform,state,createdDate,uploadedDate,build";
function toUpload(r) {
  const a = r.attributes ?? {};
  return {
    id: r.id,
    version: a.cfBundleShortVersionString ?? "",
    buildNumber: a.cfBundleVersion ?? "",
    platform: a.platform ?? "",
    state: a.state?.state ?? "AWAITING_UPLOAD",
    errors: a.state?.errors ?? [],
    warnings: a.state?.warnings ?? [],
    infos: a.state?.infos ?? [],
    createdDate: a.createdDate,
    uploadedDate: a.uploadedDate,
    buildId: relatedIds(r, "build")[0]
  };
}
function toFile(r) {
  const a = r.attributes ?? {};
  return {
    id: r.id,
    fileName: a.fileName ?? "",
    fileSize: a.fileSize ?? 0,
    assetType: a.assetType,
    deliveryState: a.assetDeliveryState?.state,
    uploadOperations: a.uploadOperations ?? [],
    checksum: a.sourceFileChecksums?.file?.hash
  };
}
async function listBuildUploads(client, appId, filter) {
  const all = await client.getAll(`/v1/apps/${encodeURIComponent(appId)}/buildUploads`, {
    "filter[platform]": filter.platform,
    "filter[cfBundleShortVersionString]": filter.version,
    "filter[cfBundleVersion]": filter.buildNumber,
    "fields[buildUploads]": UPLOAD_FIELDS,
    "fields[builds]": "version",
    include: "build"
  });
  return all.data.map(toUpload);
}
async function getBuildUpload(client, id) {
  const doc = await client.get(`/v1/buildUploads/${encodeURIComponent(id)}`, {
    "fields[buildUploads]": UPLOAD_FIELDS,
    "fields[builds]": "version",
    include: "build"
  });
  return toUpload(doc.data);
}
async function createBuildUpload(client, appId, target) {
  const doc = await client.post(
    "/v1/buildUploads",
    {
      data: {
        type: "buildUploads",
        attributes: {
          cfBundleShortVersionString: target.version,
          cfBundleVersion: target.buildNumber,
          platform: target.platform
        },
        relationships: { app: { data: { type: "apps", id: appId } } }
      }
    },
    { forbiddenHint: UPLOADS_FORBIDDEN_HINT }
  );
  return toUpload(doc.data);
}
async function deleteBuildUpload(client, id) {
  try {
    await client.delete(`/v1/buildUploads/${encodeURIComponent(id)}`, void 0, {
      forbiddenHint: UPLOADS_FORBIDDEN_HINT
    });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}
async function createUploadFile(client, uploadId, file) {
  const doc = await client.post(
    "/v1/buildUploadFiles",
    {
      data: {
        type: "buildUploadFiles",
        attributes: { assetType: "ASSET", fileName: file.fileName, fileSize: file.fileSize, uti: file.uti },
        relationships: { buildUpload: { data: { type: "buildUploads", id: uploadId } } }
      }
    },
    { forbiddenHint: UPLOADS_FORBIDDEN_HINT }
  );
  return toFile(doc.data);
}
async function listUploadFiles(client, uploadId) {
  const all = await client.getAll(
    `/v1/buildUploads/${encodeURIComponent(uploadId)}/buildUploadFiles`
  );
  return all.data.map(toFile);
}
async function getUploadFile(client, id) {
  const doc = await client.get(`/v1/buildUploadFiles/${encodeURIComponent(id)}`);
  return toFile(doc.data);
}
async function commitUploadFile(client, id, sha256) {
  const doc = await client.patch(
    `/v1/buildUploadFiles/${encodeURIComponent(id)}`,
    {
      data: {
        type: "buildUploadFiles",
        id,
        attributes: { uploaded: true, sourceFileChecksums: { file: { hash: sha256, algorithm: "SHA_256" } } }
      }
    },
    // A commit whose answer was lost is read back by the caller, never replayed blindly.
    { forbiddenHint: UPLOADS_FORBIDDEN_HINT, replay: false }
  );
  return toFile(doc.data);
}

// src/uploads/build-number.ts
function compareBuildNumbers(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function incrementBuildNumber(highest) {
  if (!highest) return "1";
  const parts = highest.split(".");
  const last = BigInt(parts[parts.length - 1]) + 1n;
  parts[parts.length - 1] = last.toString();
  return parts.join(".");
}
var NUMERIC = /^\d+(\.\d+)*$/;
async function surveyBuildNumbers(client, appId, platform, version) {
  const [builds, uploads] = await Promise.all([
    client.getAll("/v1/builds", {
      "filter[app]": appId,
      "filter[preReleaseVersion.platform]": platform,
      "filter[preReleaseVersion.version]": version ? versionSpellings(version) : void 0,
      "fields[builds]": "version,processingState,preReleaseVersion",
      "fields[preReleaseVersions]": "version",
      include: "preReleaseVersion"
    }),
    listBuildUploads(client, appId, { platform, version: version ? versionSpellings(version) : void 0 })
  ]);
  const seen = [];
  const prvVersion = (b) => {
    const id = b.relationships?.preReleaseVersion?.data?.id;
    const prv = builds.included.find((r) => r.type === "preReleaseVersions" && r.id === id);
    return String(prv?.attributes?.version ?? "");
  };
  for (const b of builds.data) {
    const number = b.attributes?.version ?? "";
    const v = prvVersion(b);
    if (version && v && normalizeVersion(v) !== normalizeVersion(version)) continue;
    seen.push({
      buildNumber: number,
      version: v,
      kind: "build",
      id: b.id,
      state: b.attributes?.processingState ?? ""
    });
  }
  for (const u of uploads) {
    if (version && normalizeVersion(u.version) !== normalizeVersion(version)) continue;
    seen.push({
      buildNumber: u.buildNumber,
      version: u.version,
      kind: "build upload",
      id: u.id,
      state: u.state
    });
  }
  let highest;
  for (const s of seen) {
    if (!NUMERIC.test(s.buildNumber)) continue;
    if (!highest || compareBuildNumbers(s.buildNumber, highest.buildNumber) > 0) highest = s;
  }
  return {
    next: incrementBuildNumber(highest?.buildNumber),
    highest,
    builds: builds.data.length,
    uploads: uploads.length
  };
}

export {
  listBuildUploads,
  getBuildUpload,
  createBuildUpload,
  deleteBuildUpload,
  createUploadFile,
  listUploadFiles,
  getUploadFile,
  commitUploadFile,
  surveyBuildNumbers
};
