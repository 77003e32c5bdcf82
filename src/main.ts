import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { AppStoreConnectClient, type ClientOptions } from './api/client.js';
import { ApiError, messageOf, NetworkError } from './api/errors.js';
import { TokenSigner, type TokenSignerOptions } from './auth/token-signer.js';
import { systemClock, type Clock } from './clock.js';
import { ACTION_YML_DEFAULTS, Input, Output, type InputName } from './constants.js';
import { InputError, InputReader, quote } from './input-reader.js';
import { createActionLogger } from './logger.js';
import { redactSecrets } from './safe-text.js';
import { OPERATIONS, isOperation, loadOperation } from './operations/registry.js';
import type { OperationResult } from './operation.js';
import { setResultOutput } from './output/result-output.js';
import { facts, renderSummary, text } from './output/summary.js';
import { parseCommonSettings } from './settings.js';
import { closestName } from './suggest.js';
import { removeTempFilesOnSignals } from './temp-files.js';

/** Seams for tests: an injected clock, faster retries, a shorter timeout. */
export interface RunOptions {
  clock?: Clock;
  retry?: ClientOptions['retry'];
  timeoutMs?: number;
  /** One try's whole time, headers and body. */
  deadlineMs?: number;
  maxJsonBytes?: number;
  token?: TokenSignerOptions;
}

/** The one path to the job log: neutralises command syntax and redacts tokens in every text. */
const log = createActionLogger();

/** The action: inputs → settings → operation → outputs and job summary. Never throws. */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  removeTempFilesOnSignals();
  let client: AppStoreConnectClient | undefined;
  let operation = '';
  try {
    // Mask the key as given before anything else can print it; its other forms follow once parsed.
    maskMultiline(core.getInput(Input.PrivateKey));
    maskMultiline(core.getInput(Input.DemoAccountPassword));
    maskMultiline(core.getInput(Input.GithubToken));
    const inputs = new InputReader((name) =>
      name === Input.PrivateKey ? core.getInput(name, { trimWhitespace: false }) : core.getInput(name),
    );
    operation = inputs.required(Input.Operation, `: one of ${OPERATIONS.join(', ')}`);
    if (!isOperation(operation)) {
      const near = closestName(operation, OPERATIONS);
      throw new InputError(
        Input.Operation,
        `Input '${Input.Operation}' has an invalid value ${quote(operation)}: ` +
          `${near ? `did you mean ${near}? Expected` : 'expected'} one of ${OPERATIONS.join(', ')}.`,
      );
    }
    const handler = await loadOperation(operation);
    const common = parseCommonSettings(inputs);
    for (const form of common.credentials.privateKey.secretForms) log.setSecret(form);
    const prepared = handler.prepare(inputs, common);
    warnAboutUnusedInputs(inputs.names, operation);

    const signer = new TokenSigner(common.credentials, clock, {
      ...options.token,
      onToken: (t) => log.setSecret(t),
    });
    // Signs (and masks) every token the run will use before anything from outside is logged.
    await signer.token();
    client = new AppStoreConnectClient({
      baseUrl: common.apiUrl,
      signer,
      clock,
      log,
      retry: options.retry,
      timeoutMs: options.timeoutMs,
      deadlineMs: options.deadlineMs,
      maxJsonBytes: options.maxJsonBytes,
    });
    if (common.dryRun) log.info('Dry run: nothing will be changed in App Store Connect.');
    const outcome = await prepared({ client, common, log, clock });
    const usage = {
      requests: client.stats.requests,
      retries: client.stats.retries,
      rateLimit: client.rateLimit ?? null,
    };
    log.debug(
      `Requests: ${usage.requests}, retries: ${usage.retries}, rate limit: ${JSON.stringify(usage.rateLimit)}.`,
    );
    const footer =
      usage.requests > 0
        ? text(
            `_${usage.requests} request${usage.requests === 1 ? '' : 's'} to App Store Connect` +
              `${usage.retries ? `, ${usage.retries} retried` : ''}` +
              `${usage.rateLimit ? `; ${usage.rateLimit.remaining} of ${usage.rateLimit.limit} left this hour` : ''}._`,
          )
        : undefined;
    await writeOutcome(operation, common.dryRun, {
      ...outcome,
      summary: footer ? [...outcome.summary, footer] : outcome.summary,
    });
    if (outcome.failure) log.fail(redactSecrets(outcome.failure));
  } catch (error) {
    await reportFailure(operation, error);
  } finally {
    await client?.close().catch(() => undefined);
  }
}

async function writeOutcome(operation: string, dryRun: boolean, outcome: OperationResult): Promise<void> {
  // The token output is the one place a token belongs (the runner masks it); server text elsewhere is redacted.
  for (const [name, value] of Object.entries(outcome.outputs ?? {}))
    core.setOutput(name, name === Output.Token ? String(value) : redactSecrets(String(value)));
  await setResultOutput(operation, outcome.result);
  const title = `App Store Connect: ${operation}${dryRun ? ' (dry run)' : ''}`;
  await writeSummary(renderSummary(title, outcome.summary));
}

async function reportFailure(operation: string, error: unknown): Promise<void> {
  const message = redactSecrets(messageOf(error));
  const detail =
    error instanceof ApiError
      ? error.toJSON()
      : error instanceof InputError
        ? { input: error.input }
        : error instanceof NetworkError
          ? { method: error.method, path: error.path, reason: error.reason }
          : {};
  core.setOutput(Output.Result, redactSecrets(JSON.stringify({ error: { message, ...detail } })));
  // request's caller may branch on the status (continue-on-error): give it for an error answer too.
  if (operation === 'request' && error instanceof ApiError)
    core.setOutput(Output.Status, String(error.status));
  // An unexpected error (not the input's, not Apple's answer, not the network's): keep its stack for debugging.
  const expected = error instanceof InputError || error instanceof ApiError || error instanceof NetworkError;
  if (!expected && error instanceof Error && error.stack) log.debug(error.stack);
  log.fail(message);
  await writeSummary(
    renderSummary(`App Store Connect: ${operation || 'no operation'} failed`, [facts([['Error', message]])]),
  ).catch(() => undefined);
}

async function writeSummary(markdown: string): Promise<void> {
  // Appended directly: core.summary remembers the first file it wrote to for the process's lifetime.
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile(file, `${redactSecrets(markdown)}\n`);
}

/** Warns about inputs that were set but mean nothing to this operation: a likely typo or misplaced input. */
function warnAboutUnusedInputs(read: ReadonlySet<InputName>, operation: string): void {
  const unused = Object.values(Input).filter((name) => {
    if (read.has(name)) return false;
    const value = core.getInput(name);
    // A default such as ${{ github.token }} reaches the action resolved: it cannot be told from a set value.
    if (ACTION_YML_DEFAULTS[name]?.startsWith('${{')) return false;
    return value !== '' && value !== ACTION_YML_DEFAULTS[name];
  });
  if (unused.length > 0) {
    log.warning(
      `Ignored input${unused.length > 1 ? 's' : ''} ${unused.map((n) => `'${n}'`).join(', ')}: not used by ${operation}.`,
    );
  }
}

function maskMultiline(value: string): void {
  if (!value.trim()) return;
  log.setSecret(value.trim());
  for (const line of value.split(/\r?\n|\\n/)) if (line.trim().length >= 8) log.setSecret(line.trim());
}
