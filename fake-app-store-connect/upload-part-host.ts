/**
 * The object storage that build upload parts go to: a second loopback origin, as at Apple (the
 * part URLs point at another host). It checks each part's method, signature header, byte count
 * and expiry, refuses and records any Authorization header, stores the bytes on disk, and can
 * fail a part (500, reset, slow). The API routes join the parts on commit.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export interface PartOperation {
  method: string;
  url: string;
  offset: number;
  length: number;
  requestHeaders: Array<{ name: string; value: string }>;
  expiration: string;
  partNumber: number;
}

export interface PartRequest {
  method: string;
  fileId: string;
  partNumber: number;
  headers: Record<string, string>;
  /** Bytes received in the body. */
  bytes: number;
  status: number;
  /** Why it was refused, when it was. */
  refused?: string;
  at: number;
}

export type PartFault =
  { kind: 'status'; status: number; retryAfter?: string } | { kind: 'reset' } | { kind: 'slow'; ms: number };

interface FileParts {
  operations: PartOperation[];
  signature: string;
  received: Map<number, string>;
}

export class PartHost {
  /** Every part request, in order of arrival. */
  readonly requests: PartRequest[] = [];
  /** Delay before each answer (benchmarks: a round trip to object storage), ms. */
  latencyMs = 0;
  private readonly files = new Map<string, FileParts>();
  private readonly faults = new Map<string, PartFault[]>();
  private server?: Server;
  private origin?: string;
  private dir?: string;
  private starting?: Promise<string>;

  constructor(private readonly now: () => number) {}

  /** "http://127.0.0.1:PORT", started on first use. */
  async url(): Promise<string> {
    if (this.origin) return this.origin;
    this.starting ??= new Promise<string>((resolve, reject) => {
      this.dir = mkdtempSync(path.join(tmpdir(), 'fake-asc-parts-'));
      const server = createServer((req, res) => void this.handle(req, res));
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        this.server = server;
        this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve(this.origin);
      });
    });
    return this.starting;
  }

  /** Makes the operations for a file of `size` bytes in parts of `partSize`. */
  async plan(fileId: string, size: number, partSize: number, ttlMs: number): Promise<PartOperation[]> {
    const origin = await this.url();
    const signature = randomUUID();
    const operations: PartOperation[] = [];
    for (let offset = 0, n = 1; offset < size; offset += partSize, n++) {
      operations.push({
        method: 'PUT',
        url: `${origin}/parts/${fileId}/${n}?X-Fake-Expires=${this.now() + ttlMs}`,
        offset,
        length: Math.min(partSize, size - offset),
        requestHeaders: [
          { name: 'Content-Type', value: 'application/octet-stream' },
          { name: 'X-Fake-Signature', value: signature },
        ],
        expiration: new Date(this.now() + ttlMs).toISOString(),
        partNumber: n,
      });
    }
    this.files.set(fileId, {
      operations,
      signature,
      received: this.files.get(fileId)?.received ?? new Map(),
    });
    return operations;
  }

  /** The file's current operations (renewed by `plan`). */
  operations(fileId: string): PartOperation[] {
    return this.files.get(fileId)?.operations ?? [];
  }

  /** Fails the next requests for a part (matched by part number), in order. */
  failPart(partNumber: number, ...faults: PartFault[]): void {
    const key = String(partNumber);
    this.faults.set(key, [...(this.faults.get(key) ?? []), ...faults]);
  }

  /** Part numbers not received yet. */
  missing(fileId: string): number[] {
    const file = this.files.get(fileId);
    if (!file) return [];
    return file.operations.filter((o) => !file.received.has(o.partNumber)).map((o) => o.partNumber);
  }

  /** SHA-256 of the parts joined in order, and their total size. */
  async join(fileId: string): Promise<{ sha256: string; bytes: number }> {
    const file = this.files.get(fileId);
    const hash = createHash('sha256');
    let bytes = 0;
    for (const op of file?.operations ?? []) {
      const stored = file?.received.get(op.partNumber);
      if (!stored) continue;
      for await (const chunk of createReadStream(stored) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
      }
    }
    return { sha256: hash.digest('hex'), bytes };
  }

  /** The bytes received for a file, joined (for tests of small files). */
  async received(fileId: string): Promise<Buffer> {
    const file = this.files.get(fileId);
    const chunks: Buffer[] = [];
    for (const op of file?.operations ?? []) {
      const stored = file?.received.get(op.partNumber);
      if (!stored) continue;
      for await (const chunk of createReadStream(stored) as AsyncIterable<Buffer>) chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  /** Forgets every file and fault (between tests); keeps the origin open. */
  reset(): void {
    for (const file of this.files.values())
      for (const stored of file.received.values()) rmSync(stored, { force: true });
    this.files.clear();
    this.faults.clear();
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * PUT /raw/<name>: the bytes as one stream into a file, no checks (the benchmark's lower
   * bound: the same bytes, the same disk, one request). Answers the byte count.
   */
  private async raw(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const stored = path.join(this.dir as string, `raw-${randomUUID()}`);
    let bytes = 0;
    const counter = async function* () {
      for await (const chunk of req) {
        bytes += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
    };
    await pipeline(counter(), createWriteStream(stored));
    rmSync(stored, { force: true });
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    res.writeHead(200, { 'content-type': 'text/plain' }).end(String(bytes));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'PUT' && url.pathname.startsWith('/raw/')) return this.raw(req, res);
    const m = /^\/parts\/([^/]+)\/(\d+)$/.exec(url.pathname);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const entry: PartRequest = {
      method: req.method ?? '',
      fileId: m?.[1] ?? '',
      partNumber: Number(m?.[2] ?? 0),
      headers,
      bytes: 0,
      status: 0,
      at: this.now(),
    };
    this.requests.push(entry);
    const refuse = async (status: number, why: string) => {
      entry.refused = why;
      entry.status = status;
      // Drain what the client sends, then answer like object storage does.
      for await (const chunk of req) entry.bytes += (chunk as Buffer).length;
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0"?><Error><Code>${why}</Code></Error>`);
    };
    try {
      const file = m ? this.files.get(entry.fileId) : undefined;
      const op = file?.operations.find((o) => o.partNumber === entry.partNumber);
      if (!file || !op) return await refuse(404, 'NoSuchUpload');
      if (headers.authorization !== undefined) return await refuse(403, 'AuthorizationHeaderNotAllowed');
      if (entry.method !== op.method) return await refuse(405, 'MethodNotAllowed');
      if (headers['x-fake-signature'] !== file.signature) return await refuse(403, 'SignatureDoesNotMatch');
      if (url.search !== new URL(op.url).search) return await refuse(403, 'SignatureDoesNotMatch');
      if (this.now() > Date.parse(op.expiration)) return await refuse(403, 'RequestExpired');
      if (headers['content-length'] !== String(op.length)) return await refuse(400, 'IncompleteBody');
      const fault = this.faults.get(String(entry.partNumber))?.shift();
      if (fault?.kind === 'reset') {
        entry.refused = 'reset';
        req.socket.destroy();
        return;
      }
      const stored = path.join(this.dir as string, `${entry.fileId}.${entry.partNumber}.${randomUUID()}`);
      const counter = async function* (this: PartHost) {
        for await (const chunk of req) {
          entry.bytes += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      }.bind(this);
      await pipeline(counter(), createWriteStream(stored));
      if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
      if (fault?.kind === 'status') {
        rmSync(stored, { force: true });
        entry.status = fault.status;
        entry.refused = `fault ${fault.status}`;
        res.writeHead(fault.status, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
        res.end();
        return;
      }
      if (entry.bytes !== op.length) {
        rmSync(stored, { force: true });
        entry.status = 400;
        entry.refused = 'IncompleteBody';
        res.writeHead(400).end();
        return;
      }
      if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
      const previous = file.received.get(op.partNumber);
      if (previous) rmSync(previous, { force: true });
      file.received.set(op.partNumber, stored);
      entry.status = 200;
      res.writeHead(200, { etag: `"${entry.partNumber}-${entry.bytes}"` });
      res.end();
    } catch {
      if (!res.headersSent) res.destroy();
    }
  }
}
