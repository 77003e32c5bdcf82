/**
 * Reading App Store Connect's answers with limits and checks: a JSON body is read up to a size
 * cap; a document must have the shape asked for; an id must be safe to put into a path.
 */
import type { Readable } from 'node:stream';
import type { ApiErrorItem } from './errors.js';
import { redactSecrets } from '../safe-text.js';

/** Largest JSON answer read, in bytes (Apple's biggest pages are a few MB). */
export const DEFAULT_MAX_JSON_BYTES = 64 * 1024 * 1024;

/** An answer that is not what was asked for. Never retried. */
export class UnexpectedAnswerError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    what: string,
  ) {
    super(`Unexpected answer from App Store Connect to ${method} ${path}: ${what}.`);
    this.name = 'UnexpectedAnswerError';
  }
}

/** Reads a body as UTF-8 text, failing once it passes `maxBytes` (by Content-Length or as read). */
export async function readCapped(
  body: Readable,
  headers: Record<string, string>,
  maxBytes: number,
  method: string,
  path: string,
): Promise<string> {
  const tooLarge = (bytes: string) =>
    new UnexpectedAnswerError(
      method,
      path,
      `the answer is ${bytes}, over the ${formatBytes(maxBytes)} the action reads; narrow the request (a filter, a smaller limit)`,
    );
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.on('error', () => undefined).destroy();
    throw tooLarge(formatBytes(declared));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      body.on('error', () => undefined).destroy();
      throw tooLarge(`more than ${formatBytes(maxBytes)}`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

export function parseJson(text: string, method: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UnexpectedAnswerError(method, path, `not JSON (${redactSecrets(text.slice(0, 120))})`);
  }
}

/**
 * Checks a JSON:API document: `data` present, not null, a list when `list`, and every resource in
 * `data` and `included` with a string type and an id safe in a path.
 */
export function checkDocument(doc: unknown, method: string, path: string, list?: boolean): void {
  const fail = (what: string) => {
    throw new UnexpectedAnswerError(method, path, what);
  };
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return fail('not a JSON:API document');
  const { data, included } = doc as { data?: unknown; included?: unknown };
  if (data === undefined) return fail('no data');
  if (data === null) return fail('data is null');
  if (typeof data !== 'object') return fail('data is neither a resource nor a list');
  if (list === true && !Array.isArray(data)) return fail('data is not a list');
  if (list === false && Array.isArray(data)) return fail('data is a list, where one resource was expected');
  if (included !== undefined && !Array.isArray(included)) return fail('included is not a list');
  // Items without an id (metrics data points) pass; an id given must be safe in a path.
  for (const r of [...(Array.isArray(data) ? data : [data]), ...((included as unknown[]) ?? [])]) {
    if (!r || typeof r !== 'object' || Array.isArray(r)) return fail('a list item that is not an object');
    const { type, id } = r as { type?: unknown; id?: unknown };
    if (type !== undefined && typeof type !== 'string') return fail('a resource whose type is not text');
    if (id !== undefined && (typeof id !== 'string' || !isSafeId(id)))
      return fail(`a ${String(type)} with the id ${JSON.stringify(id)}, which cannot be used in a path`);
  }
}

/** An id that cannot change the path it is put into: not empty, `.` or `..`, no separator. */
export function isSafeId(id: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return id !== '' && id !== '.' && id !== '..' && !/[/\\?#%\s\x00-\x1f]/.test(id);
}

/** Error documents as Apple sends them, and a short, tag-free excerpt of anything else. */
export function parseErrorBody(text: string): { errors: ApiErrorItem[]; text?: string } {
  try {
    const doc = JSON.parse(text) as { errors?: unknown };
    if (Array.isArray(doc.errors))
      return {
        errors: doc.errors.map((e) =>
          e && typeof e === 'object' ? (e as ApiErrorItem) : { detail: String(e) },
        ),
      };
  } catch {
    // An HTML error page from a proxy: keep a short, tag-free excerpt.
  }
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { errors: [], text: plain ? plain.slice(0, 160) : undefined };
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** What a 3xx means for the action, naming where it pointed. */
export function redirectHint(location: string | undefined, base: URL): string {
  let where = 'no Location';
  try {
    if (location) where = `Location on ${new URL(location, base).host}`;
  } catch {
    where = 'an unreadable Location';
  }
  return `It answered with a redirect (${where}), which the action does not follow: check api-url, and any proxy between the runner and Apple.`;
}
