/**
 * Writes fake-app-store-connect/openapi-subset.json: the request side (query parameters and
 * request bodies, with every $ref resolved) of the App Store Connect paths this action calls,
 * taken from Apple's OpenAPI description. The fake server validates requests against it, so
 * the tests pass without ../shared.
 *
 *   npm run openapi:trim [-- path/to/app-store-connect.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? path.join(here, '../../shared/openapi/app-store-connect-4.4.1.json');
const target = path.join(here, '../fake-app-store-connect/openapi-subset.json');

/** Path prefixes (after /v1/) whose operations the action or its fake server use. */
const PREFIXES = [
  'apps',
  'builds',
  'buildBetaDetails',
  'preReleaseVersions',
  'betaGroups',
  'betaTesters',
  'betaBuildLocalizations',
  'betaAppReviewSubmissions',
  'buildBetaNotifications',
  'users',
  'userInvitations',
  'salesReports',
  'financeReports',
  'buildUploads',
  'buildUploadFiles',
  'betaAppLocalizations',
  'betaAppReviewDetails',
  'betaLicenseAgreements',
  'betaFeedbackScreenshotSubmissions',
  'betaFeedbackCrashSubmissions',
  'betaCrashLogs',
];
const METHODS = ['get', 'post', 'patch', 'delete'] as const;

type Json = Record<string, unknown>;
const spec = JSON.parse(readFileSync(source, 'utf8')) as Json;

/** `names`: the node is a `properties` map, whose keys are attribute names (one may be `description`). */
function resolve(node: unknown, depth = 0, names = false): unknown {
  if (depth > 40) throw new Error('schema nesting too deep');
  if (Array.isArray(node)) return node.map((n) => resolve(n, depth + 1));
  if (node && typeof node === 'object') {
    const obj = node as Json;
    if (typeof obj.$ref === 'string') {
      const parts = obj.$ref.replace(/^#\//, '').split('/');
      let target: unknown = spec;
      for (const part of parts) target = (target as Json)[part];
      return resolve(target, depth + 1);
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(obj)) {
      if (!names && (k === 'description' || k === 'example' || k === 'title')) continue;
      out[k] = resolve(v, depth + 1, !names && k === 'properties');
    }
    return out;
  }
  return node;
}

const paths = spec.paths as Record<string, Json>;
const out: Record<string, Json> = {};
for (const [p, item] of Object.entries(paths)) {
  const first = p.split('/')[2] ?? '';
  if (!p.startsWith('/v1/') || !PREFIXES.includes(first)) continue;
  const shared = (item.parameters as unknown[] | undefined) ?? [];
  const ops: Json = {};
  for (const m of METHODS) {
    const op = item[m] as Json | undefined;
    if (!op) continue;
    const params = [...shared, ...((op.parameters as unknown[] | undefined) ?? [])].map(
      (x) => resolve(x) as Json,
    );
    const body = op.requestBody as Json | undefined;
    const content = body?.content as Record<string, { schema: unknown }> | undefined;
    ops[m] = {
      operationId: op.operationId,
      parameters: params
        .filter((x) => x.in === 'query')
        .map((x) => ({ name: x.name, required: x.required === true, schema: x.schema })),
      ...(content ? { requestBody: resolve(content['application/json']?.schema) } : {}),
    };
  }
  if (Object.keys(ops).length) out[p] = ops;
}
writeFileSync(target, JSON.stringify({ source: path.basename(source), paths: out }) + '\n');
console.log(`wrote ${Object.keys(out).length} paths to ${path.relative(process.cwd(), target)}`);
