/**
 * Watches a build upload until App Store Connect has made the build (COMPLETE with the `build`
 * relationship set) or refused the file (FAILED, with its state details and what to do).
 */
import { getBuildUpload, type BuildUpload, type StateDetail } from '../api/build-uploads.js';
import type { AppStoreConnectClient } from '../api/client.js';
import { pollLabel } from '../clock.js';
import type { Clock } from '../clock.js';
import { Input } from '../constants.js';
import type { Logger } from '../logger.js';

/** One sentence per well-known failure code. */
const ADVICE: Array<[string[], string]> = [
  [
    ['90062', '90186', '90478'],
    'The version train is closed (that version is already approved or released): raise the version (CFBundleShortVersionString) and build again.',
  ],
  [
    ['90189'],
    'That build number is already used for this version: raise the build number (CFBundleVersion; the next-build-number operation gives a free one) and build again.',
  ],
  [
    ['90054', '90055'],
    'The bundle id in the file does not match the app in App Store Connect: check CFBundleIdentifier and the app input.',
  ],
  [
    ['90725'],
    'The app was built with an SDK App Store Connect no longer accepts: build with the current Xcode release.',
  ],
  [
    ['90683'],
    'Info.plist lacks a purpose string (an NS…UsageDescription) for an API the app uses: add it and build again.',
  ],
];

export function adviceFor(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const digits = /\d{5}/.exec(code)?.[0] ?? code;
  return ADVICE.find(([codes]) => codes.includes(digits))?.[1];
}

/** "90189: Redundant Binary Upload ... (advice)" per detail. */
export function describeDetails(details: StateDetail[]): string[] {
  return details.map((d) => {
    const advice = adviceFor(d.code);
    return `${d.code ?? 'no code'}: ${oneLine(d.description ?? 'no description')}${advice ? ` → ${advice}` : ''}`;
  });
}

export type WatchOutcome =
  | { status: 'complete'; upload: BuildUpload; polls: number; waitedMs: number }
  | { status: 'failed' | 'timeout'; upload: BuildUpload; polls: number; waitedMs: number; message: string };

export async function watchUpload(
  ctx: { client: AppStoreConnectClient; log: Logger; clock: Clock },
  uploadId: string,
  wait: { timeoutMs: number; intervalMs: number },
): Promise<WatchOutcome> {
  const { client, log, clock } = ctx;
  const started = clock.now();
  const reported = new Set<string>();
  for (let poll = 1; ; poll++) {
    const upload = await getBuildUpload(client, uploadId);
    const waitedMs = clock.now() - started;
    for (const [kind, list] of [
      ['warning', upload.warnings],
      ['info', upload.infos],
    ] as const) {
      for (const line of describeDetails(list)) {
        if (reported.has(line)) continue;
        reported.add(line);
        if (kind === 'warning') log.warning(`App Store Connect: ${line}`);
        else log.info(`App Store Connect says: ${line}`);
      }
    }
    const at = pollLabel(poll, waitedMs, wait.timeoutMs);
    if (upload.state === 'FAILED') {
      log.info(`${at}: the upload FAILED.`);
      const details = describeDetails(upload.errors);
      return {
        status: 'failed',
        upload,
        polls: poll,
        waitedMs,
        message:
          `App Store Connect refused build ${upload.version} (${upload.buildNumber}) (build upload ${upload.id}): ` +
          (details.length ? details.join(' | ') : 'no reason given (Apple emails it to the account holder).'),
      };
    }
    if (upload.state === 'COMPLETE' && upload.buildId) {
      log.info(`${at}: COMPLETE, build ${upload.buildId}.`);
      return { status: 'complete', upload, polls: poll, waitedMs };
    }
    const remaining = started + wait.timeoutMs - clock.now();
    if (remaining <= 0) {
      return {
        status: 'timeout',
        upload,
        polls: poll,
        waitedMs,
        message: `Build upload ${upload.id} is still ${upload.state}${upload.state === 'COMPLETE' ? ' without a build' : ''} after ${Math.round(waitedMs / 1000)} s: raise ${Input.WaitTimeout} (minutes) or run the step again (it watches this upload instead of sending the file again).`,
      };
    }
    const pause = Math.min(wait.intervalMs, remaining);
    log.info(
      `${at}: ${upload.state}${upload.state === 'COMPLETE' ? ', build not made yet' : ''}; next poll in ${Math.round(pause / 1000)} s.`,
    );
    await clock.sleep(pause);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}
