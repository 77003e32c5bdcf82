/**
 * JSON:API helpers for route handlers: documents for one resource or a page of a collection,
 * `include`, `fields[type]`, filters, sort, and Apple-style cursors in `links.next`.
 */
import { apiError } from './errors.js';
import type { Resource, ResourceJson } from './store.js';
import type { FakeRequest, FakeResponse } from './types.js';

export const DEFAULT_LIMIT = 50;

export interface CollectionDocument {
  data: ResourceJson[];
  included?: ResourceJson[];
  links: { self: string; next?: string };
  meta: { paging: { total: number; limit: number; nextCursor?: string } };
}

export interface ResourceDocument {
  data: ResourceJson;
  included?: ResourceJson[];
  links: { self: string };
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers?: Record<string, string>): FakeResponse {
  return { status, body, ...(headers ? { headers } : {}) };
}

/** The comma-separated values of a query parameter, or undefined when it is absent. */
export function listParam(req: FakeRequest, name: string): string[] | undefined {
  const value = req.query.get(name);
  return value === null ? undefined : value.split(',');
}

export function fieldsFor(req: FakeRequest, type: string): string[] | undefined {
  return listParam(req, `fields[${type}]`);
}

/**
 * Keeps the items that pass every filter present in the query. Each filter gets the
 * parameter's comma-separated values.
 */
export function applyFilters(
  items: Resource[],
  req: FakeRequest,
  filters: Record<string, (resource: Resource, values: string[]) => boolean>,
): Resource[] {
  let result = items;
  for (const [name, test] of Object.entries(filters)) {
    const values = listParam(req, name);
    if (values) result = result.filter((r) => test(r, values));
  }
  return result;
}

/** Filter on an attribute's value (compared as a string, so booleans and numbers work). */
export const byAttribute =
  (attribute: string) =>
  (resource: Resource, values: string[]): boolean =>
    values.includes(String(resource.attributes[attribute]));

export const byId = (resource: Resource, values: string[]): boolean => values.includes(resource.id);

/** Filter on a relationship holding any of the ids. */
export const byRelationship =
  (name: string) =>
  (resource: Resource, values: string[]): boolean => {
    const value = resource.relationships[name];
    const ids = value == null ? [] : Array.isArray(value) ? value : [value];
    return ids.some((id) => values.includes(id));
  };

/** Orders by the `sort` parameter (`name,-uploadedDate`); stable; nulls last. */
export function sortResources(items: Resource[], req: FakeRequest): Resource[] {
  const keys = listParam(req, 'sort');
  if (!keys) return items;
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const desc = key.startsWith('-');
      const attr = desc ? key.slice(1) : key;
      const order = compare(a.attributes[attr], b.attributes[attr]);
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  });
}

function compare(a: unknown, b: unknown): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** Renders one resource as the request asks (`fields[type]`, linkage for `include`). */
export function render(resource: Resource, req: FakeRequest): ResourceJson {
  const include = includeNames(req, resource.type);
  return req.ctx.store.toJson(
    resource,
    req.ctx.baseUrl,
    fieldsFor(req, resource.type),
    include,
    linkageLimits(req),
  );
}

/** The related resources `include` asks for, once each, excluding the primary data. */
export function collectIncluded(resources: Resource[], req: FakeRequest): ResourceJson[] {
  const store = req.ctx.store;
  const limits = linkageLimits(req);
  const seen = new Set(resources.map((r) => `${r.type}/${r.id}`));
  const included: ResourceJson[] = [];
  for (const resource of resources) {
    for (const name of includeNames(req, resource.type)) {
      const related = store.related(resource, name).slice(0, limits[name] ?? Infinity);
      for (const r of related) {
        const key = `${r.type}/${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        included.push(store.toJson(r, req.ctx.baseUrl, fieldsFor(req, r.type)));
      }
    }
  }
  return included;
}

/** `{data, included?, links}` for one resource. */
export function resourceDocument(resource: Resource, req: FakeRequest): ResourceDocument {
  const doc: ResourceDocument = { data: render(resource, req), links: { self: req.url.href } };
  const included = collectIncluded([resource], req);
  if (included.length > 0) doc.included = included;
  return doc;
}

/**
 * One page of a collection. `limit` defaults to 50; the cursor is opaque to clients, and
 * `links.next` repeats every original parameter once plus `cursor`, to be followed as given.
 */
export function page(
  items: Resource[],
  req: FakeRequest,
  opts: { defaultLimit?: number } = {},
): CollectionDocument {
  const limitParam = req.query.get('limit');
  const limit = limitParam === null ? (opts.defaultLimit ?? DEFAULT_LIMIT) : Number(limitParam);
  const offset = decodeCursor(req.query.get('cursor'));
  const slice = items.slice(offset, offset + limit);
  const doc: CollectionDocument = {
    data: slice.map((r) => render(r, req)),
    links: { self: req.url.href },
    meta: { paging: { total: items.length, limit } },
  };
  const included = collectIncluded(slice, req);
  if (included.length > 0) doc.included = included;
  if (offset + limit < items.length) {
    const cursor = encodeCursor(offset + limit);
    const next = new URL(req.url.pathname, req.ctx.baseUrl);
    for (const [name, value] of req.query) if (name !== 'cursor') next.searchParams.append(name, value);
    next.searchParams.append('cursor', cursor);
    doc.links.next = next.href;
    doc.meta.paging.nextCursor = cursor;
  }
  return doc;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string | null): number {
  if (cursor === null) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to the error below
  }
  throw apiError(
    400,
    'PARAMETER_ERROR.INVALID',
    'A parameter has an invalid value',
    `'${cursor}' is not a valid cursor`,
    {
      parameter: 'cursor',
    },
  );
}

/**
 * The `include` names that apply to resources of `type`. The contract already checked them
 * against Apple's enum; one the store cannot resolve is not simulated, so it answers 501.
 */
function includeNames(req: FakeRequest, type: string): string[] {
  const names = listParam(req, 'include') ?? [];
  for (const name of names) {
    if (!req.ctx.store.relationship(type, name)) {
      throw apiError(
        501,
        'NOT_IMPLEMENTED',
        'Not implemented by the fake server',
        `The fake App Store Connect server does not implement include=${name} for ${type}`,
        { parameter: 'include' },
      );
    }
  }
  return names;
}

/** `limit[betaGroups]=10` caps the included linkage of that relationship. */
function linkageLimits(req: FakeRequest): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const [name, value] of req.query) {
    const rel = /^limit\[(.+)\]$/.exec(name)?.[1];
    if (rel) limits[rel] = Number(value);
  }
  return limits;
}
