import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/api/beta-app-info.ts
var LOCALIZATION_ATTRIBUTES = [
  "description",
  "feedbackEmail",
  "marketingUrl",
  "privacyPolicyUrl",
  "tvOsPrivacyPolicy"
];
var REVIEW_ATTRIBUTES = [
  "contactFirstName",
  "contactLastName",
  "contactPhone",
  "contactEmail",
  "demoAccountRequired",
  "demoAccountName",
  "demoAccountPassword",
  "notes"
];
function toLocalization(r) {
  const a = r.attributes ?? {};
  const attributes = {};
  for (const name of LOCALIZATION_ATTRIBUTES) attributes[name] = a[name] ?? null;
  return { id: r.id, locale: a.locale ?? "", attributes };
}
async function listBetaAppLocalizations(client, appId) {
  const all = await client.getAll("/v1/betaAppLocalizations", { "filter[app]": appId });
  return all.data.map(toLocalization);
}
async function findBetaAppLocalization(client, appId, locale) {
  const doc = await client.get("/v1/betaAppLocalizations", {
    "filter[app]": appId,
    "filter[locale]": locale,
    limit: 10
  });
  const found = doc.data.find((r) => r.attributes?.locale === locale);
  return found ? toLocalization(found) : void 0;
}
async function getBetaAppLocalization(client, id) {
  const doc = await client.get(
    `/v1/betaAppLocalizations/${encodeURIComponent(id)}`
  );
  return toLocalization(doc.data);
}
async function createBetaAppLocalization(client, appId, locale, attributes) {
  const doc = await client.post("/v1/betaAppLocalizations", {
    data: {
      type: "betaAppLocalizations",
      attributes: { locale, ...attributes },
      relationships: { app: { data: { type: "apps", id: appId } } }
    }
  });
  return toLocalization(doc.data);
}
async function updateBetaAppLocalization(client, id, attributes) {
  await client.patch(`/v1/betaAppLocalizations/${encodeURIComponent(id)}`, {
    data: { type: "betaAppLocalizations", id, attributes }
  });
}
async function deleteBetaAppLocalization(client, id) {
  await client.delete(`/v1/betaAppLocalizations/${encodeURIComponent(id)}`);
}
async function getBetaAppReviewDetail(client, appId) {
  const doc = await client.get(
    `/v1/apps/${encodeURIComponent(appId)}/betaAppReviewDetail`
  );
  const r = doc.data;
  const a = r.attributes ?? {};
  const attributes = {};
  for (const name of REVIEW_ATTRIBUTES) attributes[name] = a[name] ?? null;
  return { id: r.id, attributes };
}
async function updateBetaAppReviewDetail(client, id, attributes) {
  await client.patch(`/v1/betaAppReviewDetails/${encodeURIComponent(id)}`, {
    data: { type: "betaAppReviewDetails", id, attributes }
  });
}
async function getBetaLicenseAgreement(client, appId) {
  const doc = await client.get(
    `/v1/apps/${encodeURIComponent(appId)}/betaLicenseAgreement`
  );
  const r = doc.data;
  return { id: r.id, agreementText: r.attributes?.agreementText ?? null };
}
async function updateBetaLicenseAgreement(client, id, agreementText) {
  await client.patch(`/v1/betaLicenseAgreements/${encodeURIComponent(id)}`, {
    data: { type: "betaLicenseAgreements", id, attributes: { agreementText } }
  });
}

export {
  listBetaAppLocalizations,
  findBetaAppLocalization,
  getBetaAppLocalization,
  createBetaAppLocalization,
  updateBetaAppLocalization,
  deleteBetaAppLocalization,
  getBetaAppReviewDetail,
  updateBetaAppReviewDetail,
  getBetaLicenseAgreement,
  updateBetaLicenseAgreement
};
