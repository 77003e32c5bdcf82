import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/api/types.ts
function relatedIds(resource, name) {
  const data = resource?.relationships?.[name]?.data;
  if (!data) return [];
  return Array.isArray(data) ? data.map((d) => d.id) : [data.id];
}
function findIncluded(included, type, id) {
  if (!id) return void 0;
  return included?.find((r) => r.type === type && r.id === id);
}

export {
  relatedIds,
  findIncluded
};
