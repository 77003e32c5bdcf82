import { generateTestKey } from '../../fake-app-store-connect/keys.js';
import {
  startFakeServer,
  type FakeServer,
  type FakeServerOptions,
} from '../../fake-app-store-connect/index.js';
import type { Clock } from '../../src/clock.js';

export interface Fixture {
  server: FakeServer;
  key: ReturnType<typeof generateTestKey>;
  /** The inputs every run needs (credentials and api-url), plus `extra`. */
  inputs(extra?: Record<string, string | undefined>): Record<string, string | undefined>;
  close(): Promise<void>;
}

/** A fake App Store Connect with one registered key (team by default). */
export async function startFixture(
  options: Partial<FakeServerOptions> & { individual?: boolean; roles?: string[] } = {},
): Promise<Fixture> {
  const key = generateTestKey({ individual: options.individual, roles: options.roles });
  const server = await startFakeServer({ ...options, keys: [key.fakeKey, ...(options.keys ?? [])] });
  return {
    server,
    key,
    inputs: (extra = {}) => ({
      'key-id': key.keyId,
      'issuer-id': key.issuerId,
      'private-key': key.privateKeyPem,
      'api-url': server.url,
      ...extra,
    }),
    close: () => server.close(),
  };
}

/** A clock that never really waits: sleeps advance its time and are recorded. */
export function virtualClock(start = Date.now()): Clock & { slept: number[]; advance(ms: number): void } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Real time, but sleeps are recorded and skipped (retry tests stay fast). */
export function instantSleepClock(): Clock & { slept: number[] } {
  const slept: number[] = [];
  return { slept, now: () => Date.now(), sleep: async (ms) => void slept.push(ms) };
}

/** Fast retry settings for tests that use real sleeps. */
export const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5, budgetMs: 10_000 };
