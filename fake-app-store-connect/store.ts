/** In-memory JSON:API resources with typed, optionally two-way relationships. */
import { randomUUID } from 'node:crypto';
import { notFound } from './errors.js';

/** Relationship values hold ids: one id (or null) for to-one, a list for to-many. */
export type RelationshipValue = string | string[] | null;

export interface Resource {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, RelationshipValue>;
}

export interface RelationshipDef {
  type: string;
  name: string;
  targetType: string;
  cardinality: 'one' | 'many';
  /** Name of the matching relationship on the target type, kept in sync both ways. */
  inverse?: string;
}

export interface ResourceJson {
  type: string;
  id: string;
  attributes?: Record<string, unknown>;
  relationships?: Record<
    string,
    { links: { self: string; related: string }; data?: unknown; meta?: unknown }
  >;
  links: { self: string };
}

export class Store {
  private readonly tables = new Map<string, Map<string, Resource>>();
  private readonly defs = new Map<string, Map<string, RelationshipDef>>();

  /**
   * Declares `type.name` as pointing at `targetType`. With `inverse`, links are mirrored on the
   * target (`builds.betaGroups` <-> `betaGroups.builds`); declare the inverse side as well.
   */
  defineRelationship(
    type: string,
    name: string,
    targetType: string,
    cardinality: 'one' | 'many',
    opts: { inverse?: string } = {},
  ): void {
    let byName = this.defs.get(type);
    if (!byName) this.defs.set(type, (byName = new Map()));
    byName.set(name, { type, name, targetType, cardinality, ...opts });
  }

  relationship(type: string, name: string): RelationshipDef | undefined {
    return this.defs.get(type)?.get(name);
  }

  relationshipsOf(type: string): RelationshipDef[] {
    return [...(this.defs.get(type)?.values() ?? [])];
  }

  create(
    type: string,
    attributes: Record<string, unknown> = {},
    relationships: Record<string, RelationshipValue> = {},
    id: string = randomUUID(),
  ): Resource {
    const table = this.table(type);
    if (table.has(id)) throw new Error(`store: ${type} ${id} already exists`);
    const resource: Resource = { type, id, attributes: { ...attributes }, relationships: {} };
    for (const def of this.relationshipsOf(type)) {
      resource.relationships[def.name] = def.cardinality === 'one' ? null : [];
    }
    table.set(id, resource);
    for (const [name, value] of Object.entries(relationships)) this.setRelationship(type, id, name, value);
    this.adoptDanglingLinks(resource);
    return resource;
  }

  get(type: string, id: string): Resource | undefined {
    return this.tables.get(type)?.get(id);
  }

  /** Like get, but throws Apple's 404 NOT_FOUND error document. */
  getOrThrow(type: string, id: string): Resource {
    const resource = this.get(type, id);
    if (!resource) throw notFound(type, id);
    return resource;
  }

  list(type: string, predicate?: (r: Resource) => boolean): Resource[] {
    const all = [...(this.tables.get(type)?.values() ?? [])];
    return predicate ? all.filter(predicate) : all;
  }

  /** Merges attributes into the resource (404 error when absent). */
  update(type: string, id: string, attrs: Record<string, unknown>): Resource {
    const resource = this.getOrThrow(type, id);
    Object.assign(resource.attributes, attrs);
    return resource;
  }

  /** Replaces a relationship (an id or null for to-one, a list for to-many). */
  setRelationship(type: string, id: string, name: string, value: RelationshipValue): void {
    const resource = this.getOrThrow(type, id);
    const def = this.def(type, name);
    if (def.cardinality === 'one') {
      if (Array.isArray(value)) throw new Error(`store: ${type}.${name} is to-one`);
      if (value === null) {
        const current = resource.relationships[name];
        if (typeof current === 'string') this.detach(resource, def, current, true);
      } else this.attach(resource, def, value, true);
      return;
    }
    const next = value === null ? [] : Array.isArray(value) ? value : [value];
    for (const old of this.ids(resource, name))
      if (!next.includes(old)) this.detach(resource, def, old, true);
    for (const add of next) this.attach(resource, def, add, true);
  }

  addToRelationship(type: string, id: string, name: string, ids: string | string[]): void {
    const resource = this.getOrThrow(type, id);
    const def = this.def(type, name);
    for (const target of [ids].flat()) this.attach(resource, def, target, true);
  }

  removeFromRelationship(type: string, id: string, name: string, ids: string | string[]): void {
    const resource = this.getOrThrow(type, id);
    const def = this.def(type, name);
    for (const target of [ids].flat()) this.detach(resource, def, target, true);
  }

  /** Ids a relationship holds, as a list (empty for null). */
  ids(resource: Resource, name: string): string[] {
    const value = resource.relationships[name];
    return value == null ? [] : Array.isArray(value) ? [...value] : [value];
  }

  /** Existing resources a relationship points at. */
  related(resource: Resource, name: string): Resource[] {
    const def = this.def(resource.type, name);
    return this.ids(resource, name)
      .map((id) => this.get(def.targetType, id))
      .filter((r): r is Resource => r !== undefined);
  }

  /** Removes the resource and every link pointing at it. Returns false when absent. */
  delete(type: string, id: string): boolean {
    const table = this.tables.get(type);
    if (!table?.has(id)) return false;
    table.delete(id);
    for (const byName of this.defs.values()) {
      for (const def of byName.values()) {
        if (def.targetType !== type) continue;
        for (const r of this.list(def.type)) this.detach(r, def, id, false);
      }
    }
    return true;
  }

  /** Drops every resource (relationship definitions stay). */
  clear(): void {
    this.tables.clear();
  }

  /**
   * Apple-like JSON:API rendering. `fields` limits attributes and relationships (as `fields[type]`
   * does); relationships named in `linkage` carry `data` (as `include` does), cut to `limits[name]`.
   */
  toJson(
    resource: Resource,
    baseUrl: string,
    fields?: string[],
    linkage: string[] = [],
    limits: Record<string, number> = {},
  ): ResourceJson {
    const self = `${baseUrl}/v1/${resource.type}/${encodeURIComponent(resource.id)}`;
    const wanted = (name: string): boolean => !fields || fields.includes(name);
    const attributes = Object.fromEntries(Object.entries(resource.attributes).filter(([k]) => wanted(k)));
    const names = new Set([
      ...this.relationshipsOf(resource.type).map((d) => d.name),
      ...Object.keys(resource.relationships),
    ]);
    const relationships: NonNullable<ResourceJson['relationships']> = {};
    for (const name of names) {
      if (!wanted(name)) continue;
      const rel: NonNullable<ResourceJson['relationships']>[string] = {
        links: { self: `${self}/relationships/${name}`, related: `${self}/${name}` },
      };
      const def = this.relationship(resource.type, name);
      if (def && linkage.includes(name)) {
        const ids = this.ids(resource, name);
        if (def.cardinality === 'one') {
          rel.data = ids[0] === undefined ? null : { type: def.targetType, id: ids[0] };
        } else {
          const limit = limits[name] ?? ids.length;
          rel.data = ids.slice(0, limit).map((id) => ({ type: def.targetType, id }));
          if (limit < ids.length) rel.meta = { paging: { total: ids.length, limit } };
        }
      }
      relationships[name] = rel;
    }
    // Apple's member order: type, id, attributes, relationships, links.
    return {
      type: resource.type,
      id: resource.id,
      ...(Object.keys(attributes).length > 0 || !fields ? { attributes } : {}),
      ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
      links: { self },
    };
  }

  private table(type: string): Map<string, Resource> {
    let table = this.tables.get(type);
    if (!table) this.tables.set(type, (table = new Map()));
    return table;
  }

  private def(type: string, name: string): RelationshipDef {
    const def = this.relationship(type, name);
    if (!def)
      throw new Error(`store: relationship ${type}.${name} is not defined (store.defineRelationship)`);
    return def;
  }

  private attach(resource: Resource, def: RelationshipDef, targetId: string, mirror: boolean): void {
    if (def.cardinality === 'one') {
      const current = resource.relationships[def.name];
      if (current === targetId) return;
      if (typeof current === 'string') this.detach(resource, def, current, true);
      resource.relationships[def.name] = targetId;
    } else {
      const list = this.ids(resource, def.name);
      if (list.includes(targetId)) return;
      resource.relationships[def.name] = [...list, targetId];
    }
    if (mirror && def.inverse) {
      const target = this.get(def.targetType, targetId);
      if (target) this.attach(target, this.def(def.targetType, def.inverse), resource.id, false);
    }
  }

  private detach(resource: Resource, def: RelationshipDef, targetId: string, mirror: boolean): void {
    const current = resource.relationships[def.name];
    if (def.cardinality === 'one') {
      if (current !== targetId) return;
      resource.relationships[def.name] = null;
    } else {
      const list = this.ids(resource, def.name);
      if (!list.includes(targetId)) return;
      resource.relationships[def.name] = list.filter((id) => id !== targetId);
    }
    if (mirror && def.inverse) {
      const target = this.get(def.targetType, targetId);
      if (target) this.detach(target, this.def(def.targetType, def.inverse), resource.id, false);
    }
  }

  /** Mirrors links made to this resource before it existed (seeding in any order). */
  private adoptDanglingLinks(resource: Resource): void {
    for (const byName of this.defs.values()) {
      for (const def of byName.values()) {
        if (def.targetType !== resource.type || !def.inverse) continue;
        const inverse = this.def(resource.type, def.inverse);
        for (const r of this.list(def.type)) {
          if (this.ids(r, def.name).includes(resource.id)) this.attach(resource, inverse, r.id, false);
        }
      }
    }
  }
}
