import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findIncluded
} from "./chunk-BLPJK66F.js";
import {
  ApiError,
  NotFoundError
} from "./chunk-JDDIJKK4.js";

// src/api/beta-groups.ts
function toBetaGroup(resource) {
  const a = resource.attributes ?? {};
  return {
    id: resource.id,
    name: a.name ?? "",
    isInternal: a.isInternalGroup === true,
    hasAccessToAllBuilds: a.hasAccessToAllBuilds === true,
    publicLinkEnabled: a.publicLinkEnabled === true,
    publicLinkLimit: a.publicLinkLimit ?? void 0,
    publicLinkLimitEnabled: a.publicLinkLimitEnabled === true,
    feedbackEnabled: a.feedbackEnabled !== false,
    publicLink: a.publicLink ?? void 0
  };
}
async function listBetaGroups(client, appId) {
  const all = await client.getAll("/v1/betaGroups", {
    "filter[app]": appId,
    sort: "name"
  });
  return all.data.map(toBetaGroup);
}
async function createBetaGroup(client, appId, attributes, options = {}) {
  const doc = await client.post(
    "/v1/betaGroups",
    {
      data: {
        type: "betaGroups",
        attributes,
        relationships: { app: { data: { type: "apps", id: appId } } }
      }
    },
    options
  );
  return toBetaGroup(doc.data);
}
async function updateBetaGroup(client, groupId, attributes, options = {}) {
  const doc = await client.patch(
    `/v1/betaGroups/${encodeURIComponent(groupId)}`,
    { data: { type: "betaGroups", id: groupId, attributes } },
    options
  );
  return toBetaGroup(doc.data);
}
async function deleteBetaGroup(client, groupId, options = {}) {
  await client.delete(`/v1/betaGroups/${encodeURIComponent(groupId)}`, void 0, options);
}

// src/api/apps.ts
async function findApp(client, ref, query, options = {}) {
  if (ref.kind === "id") {
    try {
      const doc2 = await client.get(
        `/v1/apps/${encodeURIComponent(ref.id)}`,
        query,
        options
      );
      return { resource: doc2.data, included: doc2.included ?? [] };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        throw new NotFoundError("app", `no app with Apple id '${ref.id}' is visible to this API key.`);
      }
      throw error;
    }
  }
  const doc = await client.get(
    "/v1/apps",
    { "filter[bundleId]": ref.bundleId, limit: 10, ...query },
    options
  );
  const match = doc.data.find(
    (a) => a.attributes?.bundleId?.toLowerCase() === ref.bundleId.toLowerCase()
  );
  if (!match) {
    throw new NotFoundError(
      "app",
      `no app with bundle id '${ref.bundleId}' is visible to this API key (check the bundle id, and that the key's team owns the app).`
    );
  }
  return { resource: match, included: doc.included ?? [] };
}
async function resolveApp(client, ref) {
  return toApp((await findApp(client, ref, { "fields[apps]": "bundleId,name" })).resource);
}
async function resolveAppWithGroups(client, ref, options = {}) {
  const { resource, included } = await findApp(
    client,
    ref,
    { "fields[apps]": "bundleId,name,betaGroups", include: "betaGroups", "limit[betaGroups]": 50 },
    options
  );
  const app = toApp(resource);
  const linkage = resource.relationships?.betaGroups;
  const ids = Array.isArray(linkage?.data) ? linkage.data.map((d) => d.id) : void 0;
  const total = linkage?.meta?.paging?.total;
  if (ids && (total === void 0 || total <= ids.length)) {
    const groups = ids.map((id) => findIncluded(included, "betaGroups", id)).filter((g) => g !== void 0).map(toBetaGroup);
    if (groups.length === ids.length) return { app, groups };
  }
  return { app, groups: await listBetaGroups(client, app.id) };
}
function toApp(resource) {
  return {
    id: resource.id,
    bundleId: resource.attributes?.bundleId ?? "",
    name: resource.attributes?.name ?? ""
  };
}

export {
  listBetaGroups,
  createBetaGroup,
  updateBetaGroup,
  deleteBetaGroup,
  resolveApp,
  resolveAppWithGroups
};
