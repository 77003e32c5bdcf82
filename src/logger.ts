/** Where operations and the API client write what they are doing. main.ts backs it with @actions/core. */
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
