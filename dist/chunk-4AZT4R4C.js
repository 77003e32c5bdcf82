import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_agent,
  require_api_request
} from "./chunk-PUAYIFSV.js";
import {
  __toESM
} from "./chunk-XNDQ27F5.js";

// src/api/transport.ts
var import_agent = __toESM(require_agent(), 1);
var import_api_request = __toESM(require_api_request(), 1);
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--liftoff-only");
var AGENT_OPTIONS = { connections: 16, keepAliveTimeout: 1e4, connect: { timeout: 15e3 } };
function createAgent() {
  return new import_agent.default(AGENT_OPTIONS);
}
function proxyConfigured(env = process.env) {
  return ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"].some((name) => !!env[name]);
}
async function createDispatcher(env = process.env) {
  if (!proxyConfigured(env)) return createAgent();
  const { EnvHttpProxyAgent } = await import("./chunk-XZU6SPCT.js");
  return new EnvHttpProxyAgent(AGENT_OPTIONS);
}
function send(dispatcher, options) {
  return import_api_request.default.call(dispatcher, options);
}

export {
  createAgent,
  proxyConfigured,
  createDispatcher,
  send
};
