/** Request URLs on the API host: query encoding as Apple reads it, and `links.next` kept on the host. */

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;
export type Query = Record<string, QueryValue>;

/** Builds a URL on `base` from a path that may carry its own query, plus `query`. */
export function apiUrl(base: URL, path: string, query: Query = {}): URL {
  if (!path.startsWith('/')) throw new Error(`API path must start with '/': ${path}`);
  const url = new URL(base.href.replace(/\/$/, '') + path);
  const parts: string[] = url.search ? [url.search.slice(1)] : [];
  // A parameter already in the path wins over the same one in `query` (Apple rejects duplicates).
  const given = new Set(new URLSearchParams(url.search).keys());
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || given.has(key)) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    parts.push(`${encodeKey(key)}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
  }
  url.search = parts.join('&');
  return url;
}

/** A `links.next` from Apple, checked to stay on the API host (the token must go nowhere else). */
export function nextPageUrl(base: URL, next: string): URL {
  const url = new URL(next, base);
  if (url.origin !== base.origin) {
    throw new Error(
      `App Store Connect returned a next-page link to another host (${url.origin}); refusing to send the token there.`,
    );
  }
  return url;
}

/**
 * Whether a URL may carry a token or a file's bytes: https, or plain http only to a loopback host
 * (the fakes the tests and the demo run on).
 */
export function isHttpsOrLoopback(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  const host = url.hostname;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
  return url.protocol === 'http:' && loopback;
}

function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}
