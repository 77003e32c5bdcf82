/** Reading request bodies and writing FakeResponses onto Node's http objects. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { FakeResponse } from './types.js';

const MAX_BODY_BYTES = 20 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export type ParsedBody =
  { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; text: string };

export function parseJsonBody(raw: Buffer): ParsedBody {
  if (raw.length === 0) return { kind: 'none' };
  const text = raw.toString('utf8');
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid', text };
  }
}

export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(value ?? '');
}

function isStream(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function';
}

/** Writes the response; resolves once it is sent (or the client went away). */
export function writeResponse(
  res: ServerResponse,
  response: FakeResponse,
  baseHeaders: Record<string, string>,
): Promise<void> {
  return new Promise((resolve) => {
    res.on('error', () => resolve());
    res.on('close', () => resolve());
    if (res.destroyed) return resolve();
    res.statusCode = response.status;
    for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
    const headers = response.headers ?? {};
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const hasType = res.hasHeader('content-type');
    const { body } = response;
    if (body === undefined || response.status === 204 || response.status === 304) {
      res.end(() => resolve());
    } else if (Buffer.isBuffer(body)) {
      if (!hasType) res.setHeader('Content-Type', 'application/octet-stream');
      res.setHeader('Content-Length', body.length);
      res.end(body, () => resolve());
    } else if (isStream(body)) {
      if (!hasType) res.setHeader('Content-Type', 'application/octet-stream');
      body.on('error', () => res.destroy());
      body.pipe(res);
      res.on('finish', () => resolve());
    } else if (typeof body === 'string' && hasType) {
      res.setHeader('Content-Length', Buffer.byteLength(body));
      res.end(body, () => resolve());
    } else {
      const text = JSON.stringify(body);
      if (!hasType) res.setHeader('Content-Type', 'application/json');
      res.setHeader('Content-Length', Buffer.byteLength(text));
      res.end(text, () => resolve());
    }
  });
}

/** Request headers as a flat record (repeated headers joined with ", "). */
export function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
