import { readFileSync, statSync } from 'node:fs';
import type { InputName } from './constants.js';

/** A problem with an input, found before any request is sent. The message names the input. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Quotes a value for an error message, shortened so a pasted blob does not flood the log. */
export function quote(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n');
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine}'`;
}

/** The error for a file an input names that cannot be read; `missing` is what to say when it is not there. */
export function unreadableFile(
  input: string,
  path: string,
  error: unknown,
  missing = 'no such file; paths are relative to the working directory, usually the repository root',
): InputError {
  const code = (error as { code?: string }).code;
  const why = code === 'ENOENT' ? missing : ((error as Error).message ?? code);
  return new InputError(input, `Input '${input}': cannot read ${quote(path)} (${why}).`);
}

/**
 * The text of a file an input names, without a byte-order mark; refused over `maxBytes`.
 * `base` is what a relative path is relative to (said when the file is missing).
 */
export function readInputFile(
  input: string,
  path: string,
  maxBytes: number,
  base = 'the working directory',
): string {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      throw new InputError(
        input,
        `Input '${input}': ${quote(path)} is ${size} bytes; the limit is ${maxBytes}.`,
      );
    }
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadableFile(input, path, error, `no such file; the path is relative to ${base}`);
  }
}

const TRUE = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'no', 'n', 'off', '0']);

/**
 * Reads and checks the action's inputs. Every read is recorded, so main.ts can warn about an
 * input that was set but means nothing to the chosen operation.
 */
export class InputReader {
  private readonly read = new Set<InputName>();

  constructor(private readonly source: (name: InputName) => string) {}

  /** Names read so far. */
  get names(): ReadonlySet<InputName> {
    return this.read;
  }

  /** The trimmed value, or undefined when empty. */
  string(name: InputName): string | undefined {
    this.read.add(name);
    const value = this.source(name).trim();
    return value === '' ? undefined : value;
  }

  /** The trimmed value; an error naming the input when empty. `why` completes "required ...". */
  required(name: InputName, why = ''): string {
    const value = this.string(name);
    if (value === undefined)
      throw new InputError(name, `Input '${name}' is required${why ? ` ${why}` : ''}.`);
    return value;
  }

  bool(name: InputName, fallback: boolean): boolean;
  bool(name: InputName): boolean | undefined;
  bool(name: InputName, fallback?: boolean): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const lower = value.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
    throw new InputError(
      name,
      `Input '${name}' has an invalid value ${quote(value)}: expected true or false.`,
    );
  }

  int(name: InputName, options: { min?: number; max?: number; fallback: number }): number;
  int(name: InputName, options?: { min?: number; max?: number }): number | undefined;
  int(name: InputName, options: { min?: number; max?: number; fallback?: number } = {}): number | undefined {
    const value = this.string(name);
    if (value === undefined) return options.fallback;
    const n = /^[+]?\d+$/.test(value) ? Number(value) : NaN;
    const { min, max } = options;
    if (!Number.isSafeInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) {
      const range =
        min !== undefined && max !== undefined
          ? ` from ${min} to ${max}`
          : min !== undefined
            ? ` of at least ${min}`
            : '';
      throw new InputError(
        name,
        `Input '${name}' has an invalid value ${quote(value)}: expected a whole number${range}.`,
      );
    }
    return n;
  }

  /** One of `values`, matched case-insensitively (and with '-' for '_'), returned as spelled in `values`. */
  choice<T extends string>(name: InputName, values: readonly T[], fallback: T): T;
  choice<T extends string>(name: InputName, values: readonly T[]): T | undefined;
  choice<T extends string>(name: InputName, values: readonly T[], fallback?: T): T | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const match = matchChoice(value, values);
    if (match === undefined) {
      throw new InputError(
        name,
        `Input '${name}' has an invalid value ${quote(value)}: expected one of ${values.join(', ')}.`,
      );
    }
    return match;
  }

  /** Items separated by commas or newlines, trimmed, without empties. */
  list(name: InputName): string[] {
    const value = this.string(name);
    return value === undefined ? [] : splitList(value);
  }

  /** Non-empty trimmed lines. */
  lines(name: InputName): string[] {
    const value = this.string(name);
    return value === undefined
      ? []
      : value
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l !== '');
  }
}

export function matchChoice<T extends string>(value: string, values: readonly T[]): T | undefined {
  const norm = (s: string) => s.trim().toUpperCase().replace(/-/g, '_');
  return values.find((v) => norm(v) === norm(value));
}

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
