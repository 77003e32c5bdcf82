/**
 * Request bodies: JSON media type, JSON syntax, and the operation's resolved request schema.
 * Schema problems are reported as Apple's dotted 409 codes: ENTITY_ERROR.ATTRIBUTE.UNKNOWN,
 * .REQUIRED, .INVALID, .TYPE (RELATIONSHIP.* for relationships), with `source.pointer` (RFC 6901).
 */
import { ApiError, apiError } from './errors.js';
import type { ErrorSpec } from './errors.js';
import { isJsonContentType, parseJsonBody } from './http-io.js';

/** The subset of JSON Schema (OpenAPI 3.0 flavour) that Apple's request schemas use. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  nullable?: boolean;
  format?: string;
  maximum?: number;
  minimum?: number;
}

export interface BodyCheck {
  method: string;
  /** The operation's path template. */
  template: string;
  params: Record<string, string>;
  contentType: string | undefined;
  raw: Buffer;
  /** The operation's request schema; undefined when it takes no body. */
  schema: JsonSchema | undefined;
}

/** The parsed body, or undefined when the operation has none; throws Apple-like error documents. */
export function checkRequestBody(check: BodyCheck): unknown {
  const { method, template, params, contentType, schema } = check;
  const parsed = parseJsonBody(check.raw);
  if (!schema) {
    if (parsed.kind === 'none') return undefined;
    throw apiError(
      400,
      'ENTITY_ERROR.BODY_NOT_ALLOWED',
      'A request body is not allowed',
      `${method} ${template} does not take a request body`,
    );
  }
  if (parsed.kind === 'none') {
    throw apiError(
      400,
      'ENTITY_ERROR.BODY_REQUIRED',
      'A request body is required',
      `${method} ${template} needs a JSON request body`,
    );
  }
  if (!isJsonContentType(contentType)) {
    throw apiError(
      415,
      'ENTITY_ERROR.MEDIA_TYPE',
      'The request entity has an unsupported media type',
      `Expected 'Content-Type: application/json', got '${contentType ?? ''}'`,
    );
  }
  if (parsed.kind === 'invalid') {
    throw apiError(
      400,
      'ENTITY_ERROR.INVALID_JSON',
      'The request entity is not valid JSON',
      'The request body could not be parsed as JSON',
    );
  }
  const linkage = template.includes('/relationships/');
  const errors = validateBody(schema, parsed.value, linkage);
  if (errors.length > 0) throw new ApiError(409, errors);
  const data = (parsed.value as { data?: { id?: unknown } }).data;
  if (!linkage && params.id !== undefined && data?.id !== undefined && data.id !== params.id) {
    throw apiError(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID',
      'An attribute value is invalid.',
      `The id '${String(data.id)}' in the body does not match the id '${params.id}' in the URL`,
      { pointer: '/data/id' },
    );
  }
  return parsed.value;
}

type Kind = 'UNKNOWN' | 'REQUIRED' | 'INVALID' | 'TYPE';

const TITLES: Record<Kind, string> = {
  UNKNOWN: 'The provided entity includes an unknown attribute or relationship',
  REQUIRED: 'The provided entity is missing a required attribute or relationship',
  INVALID: 'An attribute value is invalid.',
  TYPE: 'The provided entity type is not valid for this request',
};

/**
 * Every problem found in `body`. `linkageBody` marks `/relationships/` endpoints, whose whole
 * body is a list of resource identifiers (so its problems are RELATIONSHIP ones).
 */
export function validateBody(schema: JsonSchema, body: unknown, linkageBody: boolean): ErrorSpec[] {
  const errors: ErrorSpec[] = [];
  const report = (kind: Kind, pointer: string, detail: string): void => {
    errors.push({
      code: codeFor(kind, pointer, linkageBody),
      title: TITLES[kind],
      detail,
      source: { pointer },
    });
  };
  walk(schema, body, '', report);
  return errors;
}

function codeFor(kind: Kind, pointer: string, linkageBody: boolean): string {
  if (linkageBody || pointer.startsWith('/data/relationships')) return `ENTITY_ERROR.RELATIONSHIP.${kind}`;
  if (pointer.startsWith('/data/')) return `ENTITY_ERROR.ATTRIBUTE.${kind}`;
  return `ENTITY_ERROR.${kind}`;
}

type Report = (kind: Kind, pointer: string, detail: string) => void;

function walk(schema: JsonSchema, value: unknown, pointer: string, report: Report): void {
  const name = pointer.split('/').pop() || 'body';
  if (value === null) {
    if (!schema.nullable) report('INVALID', pointer, `The value of '${name}' can not be null`);
    return;
  }
  const actual = typeOf(value);
  if (schema.type && !fits(schema.type, value)) {
    report('INVALID', pointer, `'${name}' must be of type ${schema.type}, not ${actual}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    const kind = name === 'type' && !pointer.includes('/attributes/') ? 'TYPE' : 'INVALID';
    report(
      kind,
      pointer,
      `'${String(value)}' is not a valid value for '${name}'; expected one of ${schema.enum.join(', ')}`,
    );
    return;
  }
  if (schema.format && typeof value === 'string' && !formatOk(schema.format, value)) {
    report('INVALID', pointer, `'${value}' is not a valid ${schema.format} for '${name}'`);
    return;
  }
  if (Array.isArray(value)) {
    if (schema.items)
      value.forEach((item, i) => walk(schema.items as JsonSchema, item, `${pointer}/${i}`, report));
    return;
  }
  if (actual !== 'object') return;
  const object = value as Record<string, unknown>;
  const properties = schema.properties;
  for (const key of Object.keys(object)) {
    const child = `${pointer}/${escape(key)}`;
    const sub = properties?.[key];
    if (properties && !sub) report('UNKNOWN', child, `'${key}' is not a known member of '${name}'`);
    else if (sub && object[key] !== undefined) walk(sub, object[key], child, report);
  }
  for (const key of schema.required ?? []) {
    if (object[key] === undefined) {
      report(
        'REQUIRED',
        `${pointer}/${escape(key)}`,
        `You must provide a value for '${key}' with this request`,
      );
    }
  }
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function fits(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function formatOk(format: string, value: string): boolean {
  if (format === 'email') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
  if (format === 'uri') {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  }
  return true;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
