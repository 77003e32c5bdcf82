/**
 * Apple's request contract, from openapi-subset.json: which paths and methods exist and which
 * query parameters each operation accepts. Checked before any handler runs, as strictly as
 * Apple does, so that contract mistakes in the client surface in tests.
 */
import { readFileSync } from 'node:fs';
import { ApiError } from './errors.js';
import type { ErrorSpec } from './errors.js';
import type { JsonSchema } from './request-body.js';

export interface ParameterSpec {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface OperationSpec {
  operationId: string;
  parameters?: ParameterSpec[];
  requestBody?: JsonSchema;
}

interface SubsetFile {
  source: string;
  paths: Record<string, Record<string, OperationSpec>>;
}

export interface PathMatch {
  /** The spec's path template, e.g. `/v1/builds/{id}`. */
  template: string;
  params: Record<string, string>;
  operations: Record<string, OperationSpec>;
}

let cached: SubsetFile | undefined;

function loadSubset(): SubsetFile {
  cached ??= JSON.parse(
    readFileSync(new URL('./openapi-subset.json', import.meta.url), 'utf8'),
  ) as SubsetFile;
  return cached;
}

const PARAM = /^\{(.+)\}$/;

export class Contract {
  private readonly templates: Array<{ template: string; segments: string[] }>;

  constructor(readonly paths: Record<string, Record<string, OperationSpec>> = loadSubset().paths) {
    this.templates = Object.keys(paths).map((template) => ({ template, segments: template.split('/') }));
  }

  /** The operation for `METHOD template`, if the spec has it. */
  operation(method: string, template: string): OperationSpec | undefined {
    return this.paths[template]?.[method.toLowerCase()];
  }

  /** Best template for a concrete path (literal segments beat `{param}` ones). */
  matchPath(path: string): PathMatch | undefined {
    const segments = path.split('/');
    let best: { match: PathMatch; literals: number } | undefined;
    for (const { template, segments: parts } of this.templates) {
      if (parts.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let literals = 0;
      let ok = true;
      for (let i = 0; i < parts.length && ok; i++) {
        const part = parts[i] as string;
        const actual = segments[i] as string;
        const param = PARAM.exec(part);
        if (param?.[1]) {
          if (actual === '') ok = false;
          else params[param[1]] = safeDecode(actual);
        } else if (part === actual) literals++;
        else ok = false;
      }
      if (ok && (!best || literals > best.literals)) {
        best = { match: { template, params, operations: this.paths[template] ?? {} }, literals };
      }
    }
    return best?.match;
  }

  /** Throws one 400 document listing every problem with the query string. */
  checkQuery(op: OperationSpec, query: URLSearchParams): void {
    const declared = new Map((op.parameters ?? []).map((p) => [p.name, p]));
    const errors: ErrorSpec[] = [];
    const paginated = declared.has('limit');
    for (const name of new Set(query.keys())) {
      const values = query.getAll(name);
      if (values.length > 1) {
        errors.push({
          code: 'PARAMETER_ERROR.DUPLICATE',
          title: 'A parameter was given more than once',
          detail: `The parameter '${name}' can only be used once in the request`,
          source: { parameter: name },
        });
        continue;
      }
      const value = values[0] ?? '';
      const spec = declared.get(name);
      if (!spec) {
        if (name === 'cursor' && paginated) continue;
        errors.push({
          code: 'PARAMETER_ERROR.ILLEGAL',
          title: 'A parameter is not allowed for this request',
          detail: `The parameter '${name}' can not be used with this request`,
          source: { parameter: name },
        });
        continue;
      }
      const problem = checkValue(spec, value);
      if (problem) {
        errors.push({
          code: 'PARAMETER_ERROR.INVALID',
          title: 'A parameter has an invalid value',
          detail: problem,
          source: { parameter: name },
        });
      }
    }
    for (const spec of declared.values()) {
      if (spec.required && !query.has(spec.name)) {
        errors.push({
          code: 'PARAMETER_ERROR.REQUIRED',
          title: 'A required parameter is missing',
          detail: `The parameter '${spec.name}' is required for this request`,
          source: { parameter: spec.name },
        });
      }
    }
    if (errors.length > 0) throw new ApiError(400, errors);
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A message naming the bad value, or undefined when the value fits the parameter's schema. */
function checkValue(spec: ParameterSpec, value: string): string | undefined {
  const schema = spec.schema;
  const isLimit = spec.name === 'limit' || spec.name.startsWith('limit[');
  switch (schema.type) {
    case 'array': {
      const items = value.split(',');
      for (const item of items) {
        if (item === '') return `'${value}' is not a valid value for '${spec.name}': empty list item`;
        if (schema.items?.enum && !schema.items.enum.includes(item)) {
          return `'${item}' is not a valid value for '${spec.name}'; expected one of ${schema.items.enum.join(', ')}`;
        }
      }
      return undefined;
    }
    case 'integer': {
      if (!/^-?\d+$/.test(value)) return `'${value}' is not a valid integer for '${spec.name}'`;
      const n = Number(value);
      const min = schema.minimum ?? (isLimit ? 1 : undefined);
      if (schema.maximum !== undefined && n > schema.maximum) {
        return `'${value}' is not a valid value for '${spec.name}': the maximum is ${schema.maximum}`;
      }
      if (min !== undefined && n < min) {
        return `'${value}' is not a valid value for '${spec.name}': the minimum is ${min}`;
      }
      return undefined;
    }
    case 'boolean':
      return value === 'true' || value === 'false'
        ? undefined
        : `'${value}' is not a valid boolean for '${spec.name}'`;
    default:
      if (value === '') return `An empty value is not valid for '${spec.name}'`;
      if (schema.enum && !schema.enum.includes(value)) {
        return `'${value}' is not a valid value for '${spec.name}'`;
      }
      return undefined;
  }
}
