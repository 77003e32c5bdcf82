/**
 * Beta App Information: an app's `betaAppLocalizations` (one per locale), its one
 * `betaAppReviewDetail` and its one `betaLicenseAgreement` (Apple creates both with the app:
 * they are read and PATCHed, never created).
 */
import type { AppStoreConnectClient } from './client.js';
import type { Document, Resource } from './types.js';

/** The text attributes of a beta app localization, as Apple names them. */
export const LOCALIZATION_ATTRIBUTES = [
  'description',
  'feedbackEmail',
  'marketingUrl',
  'privacyPolicyUrl',
  'tvOsPrivacyPolicy',
] as const;
export type LocalizationAttribute = (typeof LOCALIZATION_ATTRIBUTES)[number];

export interface BetaAppLocalization {
  id: string;
  locale: string;
  attributes: Partial<Record<LocalizationAttribute, string | null>>;
}

export const REVIEW_ATTRIBUTES = [
  'contactFirstName',
  'contactLastName',
  'contactPhone',
  'contactEmail',
  'demoAccountRequired',
  'demoAccountName',
  'demoAccountPassword',
  'notes',
] as const;
export type ReviewAttribute = (typeof REVIEW_ATTRIBUTES)[number];
export type ReviewAttributes = Partial<Record<ReviewAttribute, string | boolean | null>>;

export interface BetaAppReviewDetail {
  id: string;
  attributes: ReviewAttributes;
}

export interface BetaLicenseAgreement {
  id: string;
  agreementText: string | null;
}

type LocalizationJson = Partial<Record<LocalizationAttribute | 'locale', string | null>>;

function toLocalization(r: Resource<LocalizationJson>): BetaAppLocalization {
  const a = r.attributes ?? {};
  const attributes: BetaAppLocalization['attributes'] = {};
  for (const name of LOCALIZATION_ATTRIBUTES) attributes[name] = a[name] ?? null;
  return { id: r.id, locale: a.locale ?? '', attributes };
}

/** Every beta app localization of the app. */
export async function listBetaAppLocalizations(
  client: AppStoreConnectClient,
  appId: string,
): Promise<BetaAppLocalization[]> {
  const all = await client.getAll<LocalizationJson>('/v1/betaAppLocalizations', { 'filter[app]': appId });
  return all.data.map(toLocalization);
}

/** The localization of one locale, or undefined (for read-backs). */
export async function findBetaAppLocalization(
  client: AppStoreConnectClient,
  appId: string,
  locale: string,
): Promise<BetaAppLocalization | undefined> {
  const doc = await client.get<Document<LocalizationJson>>('/v1/betaAppLocalizations', {
    'filter[app]': appId,
    'filter[locale]': locale,
    limit: 10,
  });
  const found = (doc.data as Resource<LocalizationJson>[]).find((r) => r.attributes?.locale === locale);
  return found ? toLocalization(found) : undefined;
}

export async function getBetaAppLocalization(
  client: AppStoreConnectClient,
  id: string,
): Promise<BetaAppLocalization> {
  const doc = await client.get<Document<LocalizationJson>>(
    `/v1/betaAppLocalizations/${encodeURIComponent(id)}`,
  );
  return toLocalization(doc.data as Resource<LocalizationJson>);
}

export async function createBetaAppLocalization(
  client: AppStoreConnectClient,
  appId: string,
  locale: string,
  attributes: Partial<Record<LocalizationAttribute, string>>,
): Promise<BetaAppLocalization> {
  const doc = await client.post<Document<LocalizationJson>>('/v1/betaAppLocalizations', {
    data: {
      type: 'betaAppLocalizations',
      attributes: { locale, ...attributes },
      relationships: { app: { data: { type: 'apps', id: appId } } },
    },
  });
  return toLocalization(doc.data as Resource<LocalizationJson>);
}

export async function updateBetaAppLocalization(
  client: AppStoreConnectClient,
  id: string,
  attributes: Partial<Record<LocalizationAttribute, string>>,
): Promise<void> {
  await client.patch(`/v1/betaAppLocalizations/${encodeURIComponent(id)}`, {
    data: { type: 'betaAppLocalizations', id, attributes },
  });
}

export async function deleteBetaAppLocalization(client: AppStoreConnectClient, id: string): Promise<void> {
  await client.delete(`/v1/betaAppLocalizations/${encodeURIComponent(id)}`);
}

/** The app's Beta App Review details (Apple makes one per app). */
export async function getBetaAppReviewDetail(
  client: AppStoreConnectClient,
  appId: string,
): Promise<BetaAppReviewDetail> {
  const doc = await client.get<Document<ReviewAttributes>>(
    `/v1/apps/${encodeURIComponent(appId)}/betaAppReviewDetail`,
  );
  const r = doc.data as Resource<ReviewAttributes>;
  const a = r.attributes ?? {};
  const attributes: ReviewAttributes = {};
  for (const name of REVIEW_ATTRIBUTES) attributes[name] = a[name] ?? null;
  return { id: r.id, attributes };
}

export async function updateBetaAppReviewDetail(
  client: AppStoreConnectClient,
  id: string,
  attributes: ReviewAttributes,
): Promise<void> {
  await client.patch(`/v1/betaAppReviewDetails/${encodeURIComponent(id)}`, {
    data: { type: 'betaAppReviewDetails', id, attributes },
  });
}

/** The app's beta license agreement (Apple makes one per app). */
export async function getBetaLicenseAgreement(
  client: AppStoreConnectClient,
  appId: string,
): Promise<BetaLicenseAgreement> {
  const doc = await client.get<Document<{ agreementText?: string | null }>>(
    `/v1/apps/${encodeURIComponent(appId)}/betaLicenseAgreement`,
  );
  const r = doc.data as Resource<{ agreementText?: string | null }>;
  return { id: r.id, agreementText: r.attributes?.agreementText ?? null };
}

export async function updateBetaLicenseAgreement(
  client: AppStoreConnectClient,
  id: string,
  agreementText: string,
): Promise<void> {
  await client.patch(`/v1/betaLicenseAgreements/${encodeURIComponent(id)}`, {
    data: { type: 'betaLicenseAgreements', id, attributes: { agreementText } },
  });
}
