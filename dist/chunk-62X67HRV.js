import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/api/url.ts
function apiUrl(base, path, query = {}) {
  if (!path.startsWith("/")) throw new Error(`API path must start with '/': ${path}`);
  const url = new URL(base.href.replace(/\/$/, "") + path);
  const parts = url.search ? [url.search.slice(1)] : [];
  const given = new Set(new URLSearchParams(url.search).keys());
  for (const [key, value] of Object.entries(query)) {
    if (value === void 0 || given.has(key)) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    parts.push(`${encodeKey(key)}=${encodeURIComponent(text).replace(/%2C/g, ",")}`);
  }
  url.search = parts.join("&");
  return url;
}
function nextPageUrl(base, next) {
  const url = new URL(next, base);
  if (url.origin !== base.origin) {
    throw new Error(
      `App Store Connect returned a next-page link to another host (${url.origin}); refusing to send the token there.`
    );
  }
  return url;
}
function isHttpsOrLoopback(url) {
  if (url.protocol === "https:") return true;
  const host = url.hostname;
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
  return url.protocol === "http:" && loopback;
}
function encodeKey(key) {
  return encodeURIComponent(key).replace(/%5B/gi, "[").replace(/%5D/gi, "]");
}

export {
  apiUrl,
  nextPageUrl,
  isHttpsOrLoopback
};
