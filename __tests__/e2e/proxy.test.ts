/**
 * Issue 11, item 7: HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured, through a real local
 * CONNECT proxy started here (node:http 'connect' events, piping both ways).
 */
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { runAction } from '../support/action.js';
import { FAST_RETRY, startFixture, type Fixture } from '../support/fixture.js';
import { BUNDLE_ID, seedApp, seedGroup } from '../support/testers-seed.js';

let fx: Fixture;
let proxy: Server;
let proxyUrl: string;
const tunnels: string[] = [];
let refuse = false;

beforeAll(async () => {
  fx = await startFixture();
  seedApp(fx.server.store);
  seedGroup(fx.server.store, 'Beta');
  const sockets = new Set<Socket>();
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    if (refuse) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  proxy.on('close', () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await fx.close();
  proxy.closeAllConnections?.();
  await new Promise((resolve) => proxy.close(resolve));
});
beforeEach(() => {
  tunnels.length = 0;
  refuse = false;
});

const act = (env: Record<string, string>) =>
  runAction(fx.inputs({ operation: 'list-groups', app: BUNDLE_ID }), { retry: FAST_RETRY, env });

const target = () => new URL(fx.server.url).host;

test('HTTP_PROXY and HTTPS_PROXY: every request goes through the proxy (CONNECT)', async () => {
  const r = await act({ HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl });
  expect(r.failed).toBe(false);
  expect((r.result as { count: number }).count).toBe(1);
  expect(tunnels.length).toBeGreaterThan(0);
  expect(new Set(tunnels)).toEqual(new Set([target()]));
  expect(fx.server.log.length).toBeGreaterThan(0);
});

test('lower-case http_proxy works too', async () => {
  const r = await act({ http_proxy: proxyUrl });
  expect(r.failed).toBe(false);
  expect(tunnels).toContain(target());
});

test('NO_PROXY naming the host: the proxy is not used', async () => {
  const r = await act({ HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' });
  expect(r.failed).toBe(false);
  expect(tunnels).toEqual([]);
});

test('a proxy that refuses the tunnel: a network error, no token in the log', async () => {
  refuse = true;
  const r = await act({ HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl });
  expect(r.failed).toBe(true);
  expect(r.errors[0]).toMatch(/GET \/v1\/apps.*failed/);
  expect(tunnels.length).toBeGreaterThan(0);
});
