import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { whatToTestFromContext } from '../src/testflight/github-context.js';

describe('what-to-test auto', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wtt-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    for (const key of ['GITHUB_EVENT_PATH', 'GITHUB_EVENT_NAME', 'GITHUB_SHA', 'GITHUB_WORKSPACE']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
  const event = (name: string, payload: unknown) => {
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(payload));
    process.env.GITHUB_EVENT_PATH = file;
    process.env.GITHUB_EVENT_NAME = name;
  };

  test('push: the head commit message', async () => {
    event('push', { head_commit: { id: '0123456789', message: 'Faster sync' } });
    process.env.GITHUB_SHA = '0123456789';
    await expect(whatToTestFromContext()).resolves.toEqual({ text: 'Faster sync', source: 'commit 0123456' });
  });

  test('pull request: the title; read afresh on every call', async () => {
    event('pull_request', { pull_request: { number: 7, title: 'Dark mode' } });
    await expect(whatToTestFromContext()).resolves.toEqual({
      text: 'Dark mode',
      source: 'pull request #7 title',
    });
  });

  test('an event without a message, outside a repository: nothing', async () => {
    event('workflow_dispatch', { inputs: {} });
    process.env.GITHUB_SHA = 'f'.repeat(40);
    process.env.GITHUB_WORKSPACE = dir;
    await expect(whatToTestFromContext()).resolves.toBeUndefined();
  });
});
