import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/api/relationships.ts
async function changeRelationship(client, change, ownerType, ownerId, related, ids, forbiddenHint) {
  const path = `/v1/${ownerType}/${encodeURIComponent(ownerId)}/relationships/${related}`;
  const body = { data: ids.map((id) => ({ type: related, id })) };
  if (change === "add") await client.post(path, body, { forbiddenHint });
  else await client.delete(path, body, { forbiddenHint });
}

export {
  changeRelationship
};
