/** A JSON:API resource as App Store Connect returns it. Attributes are parsed leniently. */
export interface Resource<A = Record<string, unknown>> {
  type: string;
  id: string;
  attributes?: A;
  relationships?: Record<string, Relationship>;
  links?: { self?: string };
}

export interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface Relationship {
  data?: ResourceIdentifier | ResourceIdentifier[] | null;
  links?: { self?: string; related?: string };
  meta?: { paging?: { total?: number; limit?: number } };
}

export interface Document<A = Record<string, unknown>> {
  data: Resource<A> | Resource<A>[] | ResourceIdentifier[] | null;
  included?: Resource[];
  links?: { self?: string; next?: string };
  meta?: { paging?: { total?: number; limit?: number; nextCursor?: string } };
}

/** The ids a relationship of `resource` points at. */
export function relatedIds(resource: Resource | undefined, name: string): string[] {
  const data = resource?.relationships?.[name]?.data;
  if (!data) return [];
  return Array.isArray(data) ? data.map((d) => d.id) : [data.id];
}

/** Finds an included resource by type and id. */
export function findIncluded<A = Record<string, unknown>>(
  included: Resource[] | undefined,
  type: string,
  id: string | undefined,
): Resource<A> | undefined {
  if (!id) return undefined;
  return included?.find((r) => r.type === type && r.id === id) as Resource<A> | undefined;
}
