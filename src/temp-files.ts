import { rmSync } from 'node:fs';

/**
 * Temporary files of this run, removed if the run is stopped (SIGTERM when a job is cancelled or
 * times out, SIGINT on Ctrl-C locally). Writers register a file when they create it and forget it
 * once it is renamed into place or removed.
 */
const live = new Set<string>();
let installed = false;

export function trackTempFile(path: string): void {
  live.add(path);
}

export function untrackTempFile(path: string): void {
  live.delete(path);
}

/** Removes every registered file now (synchronously: the process is about to end). */
export function removeTempFiles(): void {
  for (const path of live) {
    try {
      rmSync(path, { force: true, recursive: true });
    } catch {
      // Nothing more can be done while stopping.
    }
  }
  live.clear();
}

/** On SIGTERM or SIGINT: remove the temporary files, then end as the signal would (143 / 130). */
export function removeTempFilesOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    process.once(signal, () => {
      removeTempFiles();
      process.exit(code);
    });
  }
}
