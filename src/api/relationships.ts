import type { AppStoreConnectClient } from './client.js';

/**
 * Adds (POST) or removes (DELETE) resources in a to-many relationship in one call, e.g. testers
 * of a group: `/v1/betaGroups/{id}/relationships/betaTesters`. The relationship is named after
 * the type of what it holds.
 */
export async function changeRelationship(
  client: AppStoreConnectClient,
  change: 'add' | 'remove',
  ownerType: string,
  ownerId: string,
  related: string,
  ids: readonly string[],
  forbiddenHint: string,
): Promise<void> {
  const path = `/v1/${ownerType}/${encodeURIComponent(ownerId)}/relationships/${related}`;
  const body = { data: ids.map((id) => ({ type: related, id })) };
  if (change === 'add') await client.post(path, body, { forbiddenHint });
  else await client.delete(path, body, { forbiddenHint });
}
