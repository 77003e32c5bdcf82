import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changeRelationship
} from "./chunk-EGKHAR4I.js";
import {
  relatedIds
} from "./chunk-BLPJK66F.js";

// src/api/beta-testers.ts
var TESTERS_FORBIDDEN_HINT = "The API key\u2019s role does not allow managing TestFlight testers and groups: use a key with the App Manager or Admin role (Users and Access \u2192 Integrations).";
var TESTER_FIELDS = "email,firstName,lastName,state,inviteType";
function toBetaTester(resource, withGroups = false) {
  const a = resource.attributes ?? {};
  const tester = { id: resource.id, email: a.email ?? "" };
  if (a.firstName) tester.firstName = a.firstName;
  if (a.lastName) tester.lastName = a.lastName;
  if (a.state) tester.state = a.state;
  if (a.inviteType) tester.inviteType = a.inviteType;
  if (withGroups) tester.groupIds = relatedIds(resource, "betaGroups");
  return tester;
}
async function listAppTesters(client, appId, options = {}) {
  const all = await client.getAll("/v1/betaTesters", {
    "filter[apps]": appId,
    "fields[betaTesters]": options.withGroups ? `${TESTER_FIELDS},betaGroups` : TESTER_FIELDS,
    ...options.withGroups ? { include: "betaGroups", "fields[betaGroups]": "name", "limit[betaGroups]": 50 } : {}
  });
  return all.data.map((r) => toBetaTester(r, options.withGroups));
}
async function listGroupTesterIds(client, groupId) {
  const all = await client.getAll(`/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`);
  return all.data.map((r) => r.id);
}
async function listGroupTesters(client, groupId) {
  const all = await client.getAll(
    `/v1/betaGroups/${encodeURIComponent(groupId)}/betaTesters`,
    { "fields[betaTesters]": TESTER_FIELDS }
  );
  return all.data.map((r) => toBetaTester(r));
}
async function countGroupTesters(client, groupId) {
  const doc = await client.get(
    `/v1/betaGroups/${encodeURIComponent(groupId)}/relationships/betaTesters`,
    { limit: 1 }
  );
  const total = doc.meta?.paging?.total;
  if (typeof total === "number") return total;
  return (await listGroupTesterIds(client, groupId)).length;
}
async function findTesterByEmail(client, email) {
  const doc = await client.get("/v1/betaTesters", {
    "filter[email]": email,
    "fields[betaTesters]": `${TESTER_FIELDS},betaGroups`,
    include: "betaGroups",
    "fields[betaGroups]": "name",
    "limit[betaGroups]": 50,
    limit: 10
  });
  const items = Array.isArray(doc.data) ? doc.data : [];
  const match = items.find((r) => (r.attributes?.email ?? "").toLowerCase() === email.toLowerCase());
  return match ? toBetaTester(match, true) : void 0;
}
async function createTester(client, tester, groupIds) {
  const attributes = { email: tester.email };
  if (tester.firstName) attributes.firstName = tester.firstName;
  if (tester.lastName) attributes.lastName = tester.lastName;
  const doc = await client.post(
    "/v1/betaTesters",
    {
      data: {
        type: "betaTesters",
        attributes,
        relationships: { betaGroups: { data: groupIds.map((id) => ({ type: "betaGroups", id })) } }
      }
    },
    { forbiddenHint: TESTERS_FORBIDDEN_HINT }
  );
  return toBetaTester(doc.data);
}
var changeTesters = (client, change, ownerType, ownerId, testerIds) => changeRelationship(client, change, ownerType, ownerId, "betaTesters", testerIds, TESTERS_FORBIDDEN_HINT);
async function addTestersToGroup(client, groupId, testerIds) {
  await changeTesters(client, "add", "betaGroups", groupId, testerIds);
}
async function removeTestersFromGroup(client, groupId, testerIds) {
  await changeTesters(client, "remove", "betaGroups", groupId, testerIds);
}
async function removeTestersFromApp(client, appId, testerIds) {
  await changeTesters(client, "remove", "apps", appId, testerIds);
}

export {
  TESTERS_FORBIDDEN_HINT,
  listAppTesters,
  listGroupTesterIds,
  listGroupTesters,
  countGroupTesters,
  findTesterByEmail,
  createTester,
  addTestersToGroup,
  removeTestersFromGroup,
  removeTestersFromApp
};
