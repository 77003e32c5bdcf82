import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createAgent,
  createDispatcher,
  proxyConfigured,
  send
} from "./chunk-4AZT4R4C.js";
import "./chunk-PUAYIFSV.js";
import "./chunk-XNDQ27F5.js";
export {
  createAgent,
  createDispatcher,
  proxyConfigured,
  send
};
