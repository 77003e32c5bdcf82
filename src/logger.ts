import * as core from '@actions/core';
import { safeLogText } from './safe-text.js';

/**
 * Where operations and the API client write what they are doing. The action's logger
 * (`createActionLogger`) is the one path to the job log: every text through it is neutralised
 * (`neutralize`) and redacted (`redactSecrets`), so callers may log names from App Store Connect,
 * files or git as they are.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that drops everything: for unit tests and library use. */
export const silentLogger: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  group: (_name, fn) => fn(),
};

/**
 * The logger main.ts runs with, backed by @actions/core. The only code that writes to the job
 * log; `setSecret` goes through it too, so masks are registered in the same stream.
 */
export function createActionLogger(): ActionLogger {
  return {
    info: (m) => core.info(safeLogText(m)),
    debug: (m) => core.debug(safeLogText(m)),
    warning: (m) => core.warning(safeLogText(m)),
    group: (name, fn) => core.group(safeLogText(name).replace(/\n/g, ' '), fn),
    fail: (m) => core.setFailed(safeLogText(m)),
    setSecret: (secret) => core.setSecret(secret),
  };
}

export interface ActionLogger extends Logger {
  /** Marks the step failed with an error annotation. */
  fail(message: string): void;
  /** Registers a mask; call it before anything could print the secret. */
  setSecret(secret: string): void;
}
