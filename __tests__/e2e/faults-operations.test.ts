/**
 * Faults injected into real operations' requests (not just `request`). Each case checks what is
 * on the server afterwards (nothing lost, nothing created twice) and what the user sees.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedAccountHolder } from '../../fake-app-store-connect/routes/users.js';
import { addReportVendor } from '../../fake-app-store-connect/routes/reports.js';
import type { Fault } from '../../fake-app-store-connect/faults.js';
import type { Store } from '../../fake-app-store-connect/store.js';
import { runAction, type ActionRun } from '../support/action.js';
import * as builds from '../support/builds-seed.js';
import {
  FAST_RETRY,
  instantSleepClock,
  startFixture,
  virtualClock,
  type Fixture,
} from '../support/fixture.js';
import * as testers from '../support/testers-seed.js';

let fx: Fixture;
const reportsDir = mkdtempSync(path.join(tmpdir(), 'faults-e2e-'));

type Options = NonNullable<Parameters<typeof runAction>[1]>;

async function act(inputs: Record<string, string | undefined>, options: Options = {}): Promise<ActionRun> {
  return runAction(fx.inputs(inputs), { retry: FAST_RETRY, clock: virtualClock(), ...options });
}

/** Waits until every request the server took has been answered (or dropped). */
async function settled(server = fx.server, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (server.log.some((l) => l.doneAt === undefined)) {
    if (Date.now() > until) throw new Error('the fake server still has requests in flight');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const requestsTo = (method: string, path: string) =>
  fx.server.log.filter((l) => l.method === method && l.path === path);

// ---------------------------------------------------------------------------------------------
// The three writes the fault cases aim at, each with how to count what it creates.

interface Target {
  name: string;
  inputs: Record<string, string>;
  /** The POST that creates the object. */
  path: string;
  /** How a 409 resolved by reading back is reported. */
  readBack: RegExp;
  /** How many of the object exist (must end at exactly 1). */
  count(store: Store): number;
  /** Where the object must be, beyond existing (a tester: in the group). */
  placed?(store: Store): boolean;
}

const TARGETS: Target[] = [
  {
    name: 'create-group',
    inputs: { operation: 'create-group', app: testers.BUNDLE_ID, 'group-name': 'Nightly' },
    path: '/v1/betaGroups',
    readBack: /the answer to the create was lost and its retry got 409; read back: the group was created/,
    count: (store) => store.list('betaGroups').filter((g) => g.attributes.name === 'Nightly').length,
  },
  {
    name: 'add-testers (a new tester)',
    inputs: {
      operation: 'add-testers',
      app: testers.BUNDLE_ID,
      groups: 'Beta',
      testers: 'Ada Lovelace <ada@example.com>',
    },
    path: '/v1/betaTesters',
    readBack: /the answer to the create was lost and its retry got 409; read back: created/,
    count: (store) =>
      store.list('betaTesters').filter((t) => t.attributes.email === 'ada@example.com').length,
    placed: (store) => testers.memberEmails(store, 'w-beta').includes('ada@example.com'),
  },
  {
    name: 'invite-user',
    inputs: {
      operation: 'invite-user',
      email: 'ada@example.com',
      'first-name': 'Ada',
      'last-name': 'Lovelace',
      roles: 'DEVELOPER',
    },
    path: '/v1/userInvitations',
    readBack: /the answer to the invitation was lost and its retry got 409; read back: invited/,
    count: (store) =>
      store.list('userInvitations').filter((i) => i.attributes.email === 'ada@example.com').length,
  },
];

beforeAll(async () => {
  fx = await startFixture({ rateLimit: 100_000 });
});
afterAll(async () => {
  await fx.close();
  rmSync(reportsDir, { recursive: true, force: true });
});
beforeEach(() => {
  const { store } = fx.server;
  store.clear();
  fx.server.faults.clear();
  fx.server.log.length = 0;
  testers.seedApp(store);
  testers.seedGroup(store, 'Beta', { id: 'w-beta' });
  seedAccountHolder(store, 'owner@example.com', 'u-owner');
});

// ---------------------------------------------------------------------------------------------

describe('429 on a write', () => {
  const createGroup = TARGETS[0] as Target;
  const slow = { baseDelayMs: 1000, maxDelayMs: 60_000, budgetMs: 120_000 };

  test('Retry-After in seconds: create-group waits exactly that long, then creates the group once', async () => {
    fx.server.faults.add({
      method: 'POST',
      path: '/v1/betaGroups',
      status: 429,
      headers: { 'Retry-After': '7' },
    });
    const clock = instantSleepClock();
    const r = await act(createGroup.inputs, { clock, retry: slow });
    expect(r.failed).toBe(false);
    expect(clock.slept).toEqual([7000]);
    expect(r.stdout).toMatch(/POST \/v1\/betaGroups: 429 \(Retry-After\); retrying in 7\.0 s/);
    expect(requestsTo('POST', '/v1/betaGroups').map((l) => l.status)).toEqual([429, 201]);
    expect(createGroup.count(fx.server.store)).toBe(1);
    expect(r.outputs.changes).toBe('1');
    expect(r.result).toMatchObject({ action: 'created' });
  });

  test('Retry-After as an HTTP date: waits until then, measured against the server’s Date', async () => {
    const at = new Date(Date.now() + 12_000).toUTCString();
    fx.server.faults.add({
      method: 'POST',
      path: '/v1/betaGroups',
      status: 429,
      headers: { 'Retry-After': at },
    });
    const clock = instantSleepClock();
    const r = await act(createGroup.inputs, { clock, retry: slow });
    expect(r.failed).toBe(false);
    expect(clock.slept).toHaveLength(1);
    // HTTP dates have whole seconds: between 11 and 12 s from the answer's Date header.
    expect(clock.slept[0]).toBeGreaterThanOrEqual(10_000);
    expect(clock.slept[0]).toBeLessThanOrEqual(12_000);
    expect(r.stdout).toMatch(/429 \(Retry-After\); retrying in 1[012]\.\d s/);
    expect(createGroup.count(fx.server.store)).toBe(1);
  });

  test('no Retry-After: exponential backoff (two 429s: about 1 s, then about 2 s)', async () => {
    fx.server.faults.sequence('POST', '/v1/betaGroups', [429, 429]);
    const clock = instantSleepClock();
    const r = await act(createGroup.inputs, { clock, retry: slow });
    expect(r.failed).toBe(false);
    expect(clock.slept).toHaveLength(2);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(500);
    expect(clock.slept[0]).toBeLessThanOrEqual(1000);
    expect(clock.slept[1]).toBeGreaterThanOrEqual(1000);
    expect(clock.slept[1]).toBeLessThanOrEqual(2000);
    expect(r.stdout).not.toMatch(/Retry-After/);
    expect(requestsTo('POST', '/v1/betaGroups').map((l) => l.status)).toEqual([429, 429, 201]);
    expect(createGroup.count(fx.server.store)).toBe(1);
  });

  test('Retry-After in seconds on add-testers’ group link: every tester ends up in the group once', async () => {
    const { store } = fx.server;
    testers.seedGroup(store, 'Other', { id: 'w-other' });
    testers.seedTester(store, 'a@example.com', ['w-other']);
    testers.seedTester(store, 'b@example.com', ['w-other']);
    fx.server.faults.add({
      method: 'POST',
      path: '/v1/betaGroups/w-beta/relationships/betaTesters',
      status: 429,
      headers: { 'Retry-After': '3' },
    });
    const clock = instantSleepClock();
    const r = await act(
      {
        operation: 'add-testers',
        app: testers.BUNDLE_ID,
        groups: 'Beta',
        testers: 'a@example.com\nb@example.com',
      },
      { clock, retry: slow },
    );
    expect(r.failed).toBe(false);
    expect(clock.slept).toEqual([3000]);
    expect(r.outputs['testers-added']).toBe('2');
    expect(testers.memberEmails(store, 'w-beta')).toEqual(['a@example.com', 'b@example.com']);
    expect(store.list('betaTesters')).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------

describe('server errors, a reset and a hang on a write: the object exists exactly once', () => {
  const FAULTS: Array<{
    name: string;
    faults: (path: string) => Fault[];
    /** What the POSTs got, in order: a status, or the fault that shaped the answer. */
    posts: Array<number | string>;
    says: RegExp;
    options?: Options;
  }> = [
    {
      name: '500 twice, then success',
      faults: (path) => [
        { method: 'POST', path, status: 500 },
        { method: 'POST', path, status: 500 },
      ],
      posts: [500, 500, 201],
      says: /: 500; retrying/,
    },
    {
      name: 'an HTML 503 page',
      faults: (path) => [
        {
          method: 'POST',
          path,
          status: 503,
          html: '<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>',
        },
      ],
      posts: [503, 201],
      says: /: 503; retrying/,
    },
    {
      name: 'a connection reset',
      faults: (path) => [{ method: 'POST', path, reset: true }],
      posts: ['reset', 201],
      says: /the connection was reset; retrying/,
    },
    {
      name: 'a request that hangs past the timeout',
      // undici checks its headers timeout on a ~0.5 s tick: a 300 ms timeout fires within ~1 s.
      faults: (path) => [{ method: 'POST', path, delayMs: 1800 }],
      posts: ['delay', 201],
      says: /no answer before the timeout; retrying/,
      options: { timeoutMs: 300 },
    },
  ];

  const cases = FAULTS.flatMap((f) => TARGETS.map((t) => [`${t.name}: ${f.name}`, f, t] as const));

  test.each(cases)('%s', async (_name, f, target) => {
    for (const fault of f.faults(target.path)) fx.server.faults.add(fault);
    const r = await act(target.inputs, f.options);
    // A hung request is served after its delay, when the client has long given up: wait for it.
    await settled();
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.stdout).toMatch(f.says);
    expect(fx.server.faults.remaining).toEqual([]);
    expect(target.count(fx.server.store)).toBe(1);
    expect(target.placed?.(fx.server.store) ?? true).toBe(true);
    const posts = requestsTo('POST', target.path);
    expect(posts.map((p) => (p.fault === undefined || p.fault === 'status' ? p.status : p.fault))).toEqual(
      f.posts,
    );
    // The hung POST reached the handler after the retry had created the object: refused as a duplicate.
    for (const late of posts.filter((p) => p.fault === 'delay')) expect(late.status).toBe(409);
  });
});

// ---------------------------------------------------------------------------------------------

describe('a POST that creates the object but whose answer is lost', () => {
  test.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s: the retry’s 409 is resolved by reading back; exactly one object',
    async (_name, target) => {
      fx.server.faults.add({ method: 'POST', path: target.path, afterHandler: true });
      const r = await act(target.inputs);
      await settled();
      expect(r.errors).toEqual([]);
      expect(r.failed).toBe(false);
      // The first POST ran (its answer was dropped), the retry was refused as a duplicate.
      const posts = requestsTo('POST', target.path);
      expect(posts.map((p) => p.fault ?? p.status)).toEqual(['afterHandler', 409]);
      expect(r.stdout).toMatch(/the connection was reset; retrying/);
      // What the user sees: the read-back, in the job summary and the result.
      expect(r.summary).toMatch(target.readBack);
      expect(JSON.stringify(r.result)).toMatch(target.readBack);
      expect(target.count(fx.server.store)).toBe(1);
      expect(target.placed?.(fx.server.store) ?? true).toBe(true);
    },
  );
});

// ---------------------------------------------------------------------------------------------

describe('a state App Store Connect did not have before', () => {
  beforeEach(() => {
    builds.seedApp(fx.server.store);
    builds.seedGroups(fx.server.store);
  });

  test('find-build reports an unknown processingState instead of crashing', async () => {
    const { store } = fx.server;
    builds.seedBuild(store, 'b-new', { version: '3.0', buildNumber: '900' });
    store.update('builds', 'b-new', { processingState: 'SOMETHING_NEW' });
    const r = await act({ operation: 'find-build', app: builds.BUNDLE_ID, 'build-number': '900' });
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({ 'build-id': 'b-new', 'build-state': 'SOMETHING_NEW' });
    expect(r.result).toMatchObject({ build: { processingState: 'SOMETHING_NEW' } });
    expect(r.summary).toContain('SOMETHING_NEW');
  });

  test('find-build reports an unknown externalBuildState instead of crashing', async () => {
    const { store } = fx.server;
    builds.seedBuild(store, 'b-new', {
      version: '3.0',
      buildNumber: '901',
      externalBuildState: 'SOMETHING_NEW',
    });
    const r = await act({ operation: 'find-build', app: builds.BUNDLE_ID, 'build-number': '901' });
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({ 'build-state': 'VALID', 'beta-state': 'SOMETHING_NEW' });
    expect(r.stdout).toMatch(/TestFlight SOMETHING_NEW/);
    expect(r.summary).toMatch(/\| TestFlight \(external\) \| SOMETHING_NEW \|/);
  });

  test('wait-for-build takes a processed build with an unknown beta state as ready', async () => {
    const { store } = fx.server;
    builds.seedBuild(store, 'b-new', {
      version: '3.0',
      buildNumber: '902',
      externalBuildState: 'SOMETHING_NEW',
    });
    const r = await act({ operation: 'wait-for-build', app: builds.BUNDLE_ID, 'build-number': '902' });
    expect(r.failed).toBe(false);
    expect(r.result).toMatchObject({ status: 'ready', build: { externalBuildState: 'SOMETHING_NEW' } });
  });
});

// ---------------------------------------------------------------------------------------------

describe('403: no retry, and a message that says which problem it is', () => {
  const VENDOR = '85012345';
  const AGREEMENT = {
    errors: [
      {
        status: '403',
        code: 'FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED',
        title: 'A required agreement is missing or has expired.',
        detail: 'This request requires an in-effect agreement that has not been signed or has expired.',
      },
    ],
  };

  test('an individual key on reports, a key role too low on users, a missing agreement', async () => {
    // An individual key: refused before any request (Apple would answer 403).
    const individual = await startFixture({ individual: true });
    let viaIndividual: ActionRun;
    try {
      viaIndividual = await runAction(
        individual.inputs({ operation: 'sales-report', 'vendor-number': VENDOR, 'output-dir': reportsDir }),
        { retry: FAST_RETRY },
      );
      expect(individual.server.log).toEqual([]);
    } finally {
      await individual.close();
    }
    expect(viaIndividual.failed).toBe(true);
    expect(viaIndividual.errors[0]).toMatch(
      /individual API key.*sales and finance reports only to team keys/,
    );

    // A team key whose role is too low for Users and Access.
    const developer = await startFixture({ roles: ['DEVELOPER'] });
    let lowRole: ActionRun;
    try {
      lowRole = await runAction(developer.inputs({ operation: 'list-users' }), { retry: FAST_RETRY });
      expect(developer.server.log.map((l) => l.status)).toEqual(expect.arrayContaining([403]));
      // One request per path at most: none retried.
      const paths = developer.server.log.map((l) => l.path);
      expect(new Set(paths).size).toBe(paths.length);
    } finally {
      await developer.close();
    }
    expect(lowRole.failed).toBe(true);
    expect(lowRole.errors[0]).toMatch(
      /403 .*FORBIDDEN_ERROR.*Users and Access needs an API key with the Admin role/,
    );

    // A missing agreement, on a report download.
    addReportVendor(fx.server.store, VENDOR);
    fx.server.faults.add({ path: '/v1/salesReports', status: 403, body: AGREEMENT });
    const agreement = await act(
      { operation: 'sales-report', 'vendor-number': VENDOR, 'output-dir': reportsDir },
      { clock: virtualClock(Date.parse('2025-03-10T16:30:00Z')) },
    );
    expect(agreement.failed).toBe(true);
    expect(fx.server.log).toHaveLength(1);
    expect(agreement.errors[0]).toMatch(
      /403 .*FORBIDDEN\.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED.*Account Holder must .*accept the latest agreements/,
    );

    const messages = [viaIndividual.errors[0], lowRole.errors[0], agreement.errors[0]];
    expect(new Set(messages).size).toBe(3);
  });

  test('a missing agreement on Users and Access and on TestFlight is not mistaken for a role problem', async () => {
    fx.server.faults.add({ path: '/v1/users', status: 403, body: AGREEMENT });
    const users = await act({ operation: 'list-users' });
    expect(users.failed).toBe(true);
    expect(requestsTo('GET', '/v1/users')).toHaveLength(1);
    expect(users.errors[0]).toMatch(/accept the latest agreements/);
    expect(users.errors[0]).not.toMatch(/needs an API key with the Admin role/);

    fx.server.log.length = 0;
    fx.server.faults.add({ method: 'POST', path: '/v1/betaGroups', status: 403, body: AGREEMENT });
    const group = await act(TARGETS[0]?.inputs ?? {});
    expect(group.failed).toBe(true);
    expect(requestsTo('POST', '/v1/betaGroups')).toHaveLength(1);
    expect(group.errors[0]).toMatch(/accept the latest agreements/);
    expect(group.errors[0]).not.toMatch(/role does not allow/);
    expect(fx.server.store.list('betaGroups').filter((g) => g.attributes.name === 'Nightly')).toEqual([]);
  });
});
