import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changeRelationship
} from "./chunk-EGKHAR4I.js";
import {
  findIncluded,
  relatedIds
} from "./chunk-BLPJK66F.js";
import {
  ApiError
} from "./chunk-JDDIJKK4.js";

// src/api/builds.ts
var BUILDS_FORBIDDEN_HINT = "The API key\u2019s role does not allow TestFlight changes: use a key with the App Manager or Admin role (Users and Access \u2192 Integrations).";
var BUILD_INCLUDE = {
  include: "preReleaseVersion,buildBetaDetail,betaGroups,betaBuildLocalizations,betaAppReviewSubmission",
  "limit[betaGroups]": 50,
  "limit[betaBuildLocalizations]": 50
};
function toBuild(resource, included = []) {
  const a = resource.attributes ?? {};
  const rel = resource.relationships ?? {};
  const prv = findIncluded(
    included,
    "preReleaseVersions",
    relatedIds(resource, "preReleaseVersion")[0]
  );
  const detailRes = findIncluded(included, "buildBetaDetails", relatedIds(resource, "buildBetaDetail")[0]);
  const build = {
    id: resource.id,
    buildNumber: a.version ?? "",
    version: prv?.attributes?.version,
    platform: prv?.attributes?.platform,
    preReleaseVersionId: relatedIds(resource, "preReleaseVersion")[0],
    appId: relatedIds(resource, "app")[0],
    uploadedDate: a.uploadedDate,
    expirationDate: a.expirationDate,
    expired: a.expired === true,
    processingState: a.processingState ?? "PROCESSING",
    usesNonExemptEncryption: a.usesNonExemptEncryption ?? null
  };
  if (detailRes) {
    build.betaDetail = {
      id: detailRes.id,
      externalBuildState: detailRes.attributes?.externalBuildState,
      internalBuildState: detailRes.attributes?.internalBuildState,
      autoNotifyEnabled: detailRes.attributes?.autoNotifyEnabled === true
    };
  }
  const groups = rel.betaGroups;
  if (groups && Array.isArray(groups.data)) {
    const total = groups.meta?.paging?.total;
    if (total === void 0 || total <= groups.data.length) build.groupIds = groups.data.map((d) => d.id);
  }
  const locs = rel.betaBuildLocalizations;
  if (locs && Array.isArray(locs.data)) {
    const total = locs.meta?.paging?.total;
    if (total === void 0 || total <= locs.data.length) {
      build.localizations = locs.data.map(
        (d) => findIncluded(
          included,
          "betaBuildLocalizations",
          d.id
        )
      ).filter((r) => r !== void 0).map(toLocalization);
    }
  }
  const review = rel.betaAppReviewSubmission;
  if (review && "data" in review) {
    const id = relatedIds(resource, "betaAppReviewSubmission")[0];
    const sub = findIncluded(
      included,
      "betaAppReviewSubmissions",
      id
    );
    build.reviewSubmission = id ? {
      id,
      betaReviewState: sub?.attributes?.betaReviewState,
      submittedDate: sub?.attributes?.submittedDate
    } : null;
  }
  return build;
}
function toLocalization(r) {
  return { id: r.id, locale: r.attributes?.locale ?? "", whatsNew: r.attributes?.whatsNew ?? null };
}
function normalizeVersion(version) {
  const parts = version.trim().split(".");
  while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1])) parts.pop();
  return parts.map((p) => /^\d+$/.test(p) ? String(Number(p)) : p).join(".");
}
function versionSpellings(version) {
  const base = normalizeVersion(version).split(".");
  const out = /* @__PURE__ */ new Set([version.trim()]);
  for (let n = base.length; n <= 3; n++) {
    out.add([...base, ...Array.from({ length: n - base.length }, () => "0")].join("."));
  }
  return [...out];
}
function matchesSelection(build, selection) {
  if (selection.buildId && build.id !== selection.buildId) return false;
  if (selection.buildNumber && build.buildNumber !== selection.buildNumber) return false;
  if (selection.version) {
    if (!build.version || normalizeVersion(build.version) !== normalizeVersion(selection.version))
      return false;
  }
  return true;
}
async function listBuilds(client, appId, platform, selection = {}, options = {}) {
  const query = {
    "filter[app]": appId,
    "filter[preReleaseVersion.platform]": platform,
    sort: "-uploadedDate",
    limit: options.limit ?? 10,
    ...options.include === false ? { include: "preReleaseVersion" } : BUILD_INCLUDE
  };
  if (selection.buildNumber) query["filter[version]"] = selection.buildNumber;
  if (selection.version) query["filter[preReleaseVersion.version]"] = versionSpellings(selection.version);
  if (options.expired !== void 0) query["filter[expired]"] = options.expired;
  const doc = await client.get("/v1/builds", query);
  const data = doc.data ?? [];
  return data.map((r) => toBuild(r, doc.included)).filter((b) => matchesSelection(b, selection));
}
async function listActiveBuilds(client, appId, platform) {
  const all = await client.getAll("/v1/builds", {
    "filter[app]": appId,
    "filter[preReleaseVersion.platform]": platform,
    "filter[expired]": false,
    sort: "-uploadedDate",
    include: "preReleaseVersion"
  });
  return all.data.map((r) => toBuild(r, all.included)).filter((b) => !b.expired);
}
async function getBuild(client, buildId) {
  try {
    const doc = await client.get(
      `/v1/builds/${encodeURIComponent(buildId)}`,
      BUILD_INCLUDE
    );
    return toBuild(doc.data, doc.included);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return void 0;
    throw error;
  }
}
async function listBuildGroupIds(client, buildId) {
  const all = await client.getAll("/v1/betaGroups", {
    "filter[builds]": buildId,
    "fields[betaGroups]": "name"
  });
  return all.data.map((g) => g.id);
}
async function listLocalizations(client, buildId, locale) {
  const all = await client.getAll(
    "/v1/betaBuildLocalizations",
    {
      "filter[build]": buildId,
      ...locale ? { "filter[locale]": locale } : {}
    }
  );
  return all.data.map(toLocalization);
}
async function setUsesNonExemptEncryption(client, buildId, value) {
  await client.patch(
    `/v1/builds/${encodeURIComponent(buildId)}`,
    { data: { type: "builds", id: buildId, attributes: { usesNonExemptEncryption: value } } },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT }
  );
}
async function expireBuild(client, buildId) {
  await client.patch(
    `/v1/builds/${encodeURIComponent(buildId)}`,
    { data: { type: "builds", id: buildId, attributes: { expired: true } } },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT }
  );
}
async function addBuildToGroups(client, buildId, groupIds) {
  await changeRelationship(client, "add", "builds", buildId, "betaGroups", groupIds, BUILDS_FORBIDDEN_HINT);
}
async function removeBuildFromGroups(client, buildId, groupIds) {
  await changeRelationship(
    client,
    "remove",
    "builds",
    buildId,
    "betaGroups",
    groupIds,
    BUILDS_FORBIDDEN_HINT
  );
}
async function createLocalization(client, buildId, locale, whatsNew) {
  const doc = await client.post(
    "/v1/betaBuildLocalizations",
    {
      data: {
        type: "betaBuildLocalizations",
        attributes: { locale, whatsNew },
        relationships: { build: { data: { type: "builds", id: buildId } } }
      }
    },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT }
  );
  return toLocalization(doc.data);
}
async function updateLocalization(client, localizationId, whatsNew) {
  await client.patch(
    `/v1/betaBuildLocalizations/${encodeURIComponent(localizationId)}`,
    { data: { type: "betaBuildLocalizations", id: localizationId, attributes: { whatsNew } } },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT }
  );
}
async function submitForBetaReview(client, buildId) {
  const doc = await client.post(
    "/v1/betaAppReviewSubmissions",
    {
      data: {
        type: "betaAppReviewSubmissions",
        relationships: { build: { data: { type: "builds", id: buildId } } }
      }
    },
    { forbiddenHint: BUILDS_FORBIDDEN_HINT }
  );
  const r = doc.data;
  return {
    id: r.id,
    betaReviewState: r.attributes?.betaReviewState,
    submittedDate: r.attributes?.submittedDate
  };
}
async function getReviewSubmission(client, buildId) {
  const doc = await client.get(
    "/v1/betaAppReviewSubmissions",
    { "filter[build]": buildId, limit: 1 }
  );
  const r = doc.data[0];
  return r ? { id: r.id, betaReviewState: r.attributes?.betaReviewState, submittedDate: r.attributes?.submittedDate } : void 0;
}
async function notifyTesters(client, buildId) {
  try {
    await client.post(
      "/v1/buildBetaNotifications",
      {
        data: {
          type: "buildBetaNotifications",
          relationships: { build: { data: { type: "builds", id: buildId } } }
        }
      },
      { forbiddenHint: BUILDS_FORBIDDEN_HINT }
    );
    return "sent";
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.hasCode("STATE_ERROR"))
      return "auto-notify";
    throw error;
  }
}

export {
  normalizeVersion,
  versionSpellings,
  matchesSelection,
  listBuilds,
  listActiveBuilds,
  getBuild,
  listBuildGroupIds,
  listLocalizations,
  setUsesNonExemptEncryption,
  expireBuild,
  addBuildToGroups,
  removeBuildFromGroups,
  createLocalization,
  updateLocalization,
  submitForBetaReview,
  getReviewSubmission,
  notifyTesters
};
