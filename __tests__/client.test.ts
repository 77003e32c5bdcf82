import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppStoreConnectClient } from '../src/api/client.js';
import { NetworkError } from '../src/api/errors.js';
import { loadPrivateKey } from '../src/auth/private-key.js';
import { TokenSigner } from '../src/auth/token-signer.js';
import { instantSleepClock } from './support/fixture.js';

const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const privateKey = loadPrivateKey({
  text: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
});

/** A server that sends headers and part of the body, then drops the connection, `cut` times. */
async function cuttingServer(
  cut: number,
  body: (n: number) => unknown,
): Promise<{ server: Server; url: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const text = JSON.stringify(body(hits.length));
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
    });
    if (hits.length <= cut) {
      res.write(text.slice(0, 5));
      setTimeout(() => res.socket?.destroy(), 10);
      return;
    }
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, hits };
}

function clientFor(url: string, maxAttempts = 6): AppStoreConnectClient {
  const clock = instantSleepClock();
  return new AppStoreConnectClient({
    baseUrl: url,
    signer: new TokenSigner({ keyId: 'ABC123DEFG', privateKey }, clock),
    clock,
    retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 10_000 },
  });
}

describe('a connection lost in the middle of a response body', () => {
  test('is retried by request(), which then returns the whole document', async () => {
    const { server, url, hits } = await cuttingServer(2, () => ({ data: [{ type: 'apps', id: '1' }] }));
    const client = clientFor(url);
    try {
      const res = await client.request('GET', '/v1/apps');
      expect(res.data).toEqual({ data: [{ type: 'apps', id: '1' }] });
      expect(hits).toHaveLength(3);
      expect(client.stats.retries).toBe(2);
    } finally {
      await client.close();
      server.close();
    }
  });

  test('is retried while paging, without losing or repeating a page', async () => {
    const { server, url, hits } = await cuttingServer(1, (n) =>
      n <= 2
        ? { data: [{ type: 'apps', id: '1' }], links: { next: '/v1/apps?cursor=b&limit=200' } }
        : { data: [{ type: 'apps', id: '2' }] },
    );
    const client = clientFor(url);
    try {
      const all = await client.getAll('/v1/apps');
      expect(all.data.map((r) => r.id)).toEqual(['1', '2']);
      expect(all.pages).toBe(2);
      expect(hits).toEqual(['/v1/apps?limit=200', '/v1/apps?limit=200', '/v1/apps?cursor=b&limit=200']);
    } finally {
      await client.close();
      server.close();
    }
  });

  test('fails as a NetworkError after the bounded number of tries', async () => {
    const { server, url, hits } = await cuttingServer(Infinity, () => ({ data: [] }));
    const client = clientFor(url, 3);
    try {
      await expect(client.request('GET', '/v1/apps')).rejects.toBeInstanceOf(NetworkError);
      expect(hits).toHaveLength(3);
    } finally {
      await client.close();
      server.close();
    }
  });
});

describe('stream(): a body handed to a consumer', () => {
  test('that breaks off is asked for again under the same policy; the consumer sees each try', async () => {
    const { server, url, hits } = await cuttingServer(2, () => ({ data: [] }));
    const client = clientFor(url);
    let tries = 0;
    try {
      const text = await client.stream('GET', '/v1/salesReports', {}, async ({ body }) => {
        tries += 1;
        const chunks: Buffer[] = [];
        for await (const chunk of body) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString();
      });
      expect(JSON.parse(text)).toEqual({ data: [] });
      expect(hits).toHaveLength(3);
      expect(tries).toBe(3);
      expect(client.stats.retries).toBe(2);
    } finally {
      await client.close();
      server.close();
    }
  });

  test('a consumer error marked retryable is retried; any other passes through as it is, at once', async () => {
    const { server, url, hits } = await cuttingServer(0, () => ({ data: [] }));
    const client = clientFor(url, 3);
    const cut = Object.assign(new Error('unexpected end of file'), { code: 'Z_BUF_ERROR' });
    const full = new Error('disk full');
    try {
      await expect(
        client.stream('GET', '/v1/a', { retryable: (e) => e === cut }, () => Promise.reject(cut)),
      ).rejects.toThrow(/GET \/v1\/a failed: unexpected end of file \(after 3 tries\)/);
      expect(hits).toHaveLength(3);
      await expect(client.stream('GET', '/v1/b', {}, () => Promise.reject(full))).rejects.toBe(full);
      expect(hits).toHaveLength(4);
    } finally {
      await client.close();
      server.close();
    }
  });
});
