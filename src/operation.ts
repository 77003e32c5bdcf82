import type { AppStoreConnectClient } from './api/client.js';
import { NotFoundError } from './api/errors.js';
import type { Clock } from './clock.js';
import type { InputName, OutputName } from './constants.js';
import { InputError, type InputReader } from './input-reader.js';
import type { Logger } from './logger.js';
import type { SummaryBlock } from './output/summary.js';
import type { CommonSettings } from './settings.js';

/** What an operation runs with. It reads no input and writes no output itself. */
export interface OperationContext {
  client: AppStoreConnectClient;
  common: CommonSettings;
  log: Logger;
  clock: Clock;
}

/** What an operation found or did; main.ts turns it into step outputs and the job summary. */
export interface OperationResult {
  /** The `result` output (JSON). */
  result: unknown;
  /** Other outputs. */
  outputs?: Partial<Record<OutputName, string | number | boolean>>;
  summary: SummaryBlock[];
  /** When set, the step fails with this message after the outputs and summary are written. */
  failure?: string;
}

/** An operation, ready to run: its settings are already parsed and checked. */
export type PreparedOperation = (ctx: OperationContext) => Promise<OperationResult>;

export interface OperationHandler {
  /** Reads and checks this operation's inputs; throws InputError before any request. */
  prepare(inputs: InputReader, common: CommonSettings): PreparedOperation;
}

/** Ties an operation's settings parser to its executor with one settings type. */
export function defineOperation<S>(definition: {
  parse(inputs: InputReader, common: CommonSettings): S;
  execute(ctx: OperationContext, settings: S): Promise<OperationResult>;
}): OperationHandler {
  return {
    prepare(inputs, common) {
      const settings = definition.parse(inputs, common);
      return (ctx) => definition.execute(ctx, settings);
    },
  };
}

/**
 * Runs a look-up of a value the operation took from `input`; when the API layer finds nothing
 * (NotFoundError), the error names the input, as every bad-input error does.
 */
export async function namingInput<T>(input: InputName, lookUp: Promise<T>): Promise<T> {
  try {
    return await lookUp;
  } catch (error) {
    if (error instanceof NotFoundError) throw new InputError(input, `Input '${input}': ${error.message}`);
    throw error;
  }
}
