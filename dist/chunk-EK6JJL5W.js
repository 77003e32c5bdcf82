import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/temp-files.ts
import { rmSync } from "node:fs";
var live = /* @__PURE__ */ new Set();
var installed = false;
function trackTempFile(path) {
  live.add(path);
}
function untrackTempFile(path) {
  live.delete(path);
}
function removeTempFiles() {
  for (const path of live) {
    try {
      rmSync(path, { force: true, recursive: true });
    } catch {
    }
  }
  live.clear();
}
function removeTempFilesOnSignals() {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130]
  ]) {
    process.once(signal, () => {
      removeTempFiles();
      process.exit(code);
    });
  }
}

export {
  trackTempFile,
  untrackTempFile,
  removeTempFilesOnSignals
};
