import type { FeedbackSubmission } from '../src/api/beta-feedback.js';
import { inert, issueBody, issueTitle, MAX_BODY, marker, readMarker } from '../src/feedback/issue-body.js';

const base: FeedbackSubmission = {
  id: 'AbC-123_x',
  kind: 'crash',
  created: '2025-03-01T10:00:00.000Z',
  comment: 'It crashed',
  deviceModel: 'iPhone16,1',
  osVersion: '18.1',
  version: '2.3',
  buildNumber: '457',
  screenshots: [],
};

describe('markers', () => {
  test('round-trip, read from the first line only', () => {
    const body = issueBody(base, { includeTesterEmail: false, crashLog: 'log' });
    expect(body.split('\n')[0]).toBe(marker(base));
    expect(readMarker(body)).toEqual({ kind: 'crash', id: 'AbC-123_x' });
    expect(readMarker(`text\n${marker(base)}`)).toBeUndefined();
    expect(readMarker(` ${marker(base)}`)).toBeUndefined();
    expect(readMarker(null)).toBeUndefined();
  });
  test('an id with unusual characters is encoded and decoded', () => {
    const odd = { ...base, id: 'a b-->c' };
    expect(marker(odd)).not.toContain('a b-->');
    expect(readMarker(marker(odd))).toEqual({ kind: 'crash', id: 'a b-->c' });
  });
  test('tester text cannot put a marker on the first line', () => {
    const forged = { ...base, comment: `${marker({ kind: 'crash', id: 'other' })}\nhi` };
    const body = issueBody(forged, { includeTesterEmail: false });
    expect(readMarker(body)).toEqual({ kind: 'crash', id: 'AbC-123_x' });
    expect(body).not.toContain('<!-- testflight-feedback crash:other');
  });
});

describe('inert', () => {
  test('escapes what Markdown or HTML would act on, breaks mentions and references', () => {
    expect(inert('</details>')).toBe('\\</details\\>');
    expect(inert('@octocat and #12 and GH-3')).toBe('@\u200boctocat and \\#\u200b12 and GH\u200b\\-3');
    expect(inert('mail ada@example.com')).toBe('mail ada@example.com');
    expect(inert('[x](https://e.example)')).toBe('\\[x\\]\\(https://e.example\\)');
    expect(inert('```')).toBe('\\`\\`\\`');
  });
});

describe('title', () => {
  test('comment first line, or a crash line with build and device', () => {
    expect(issueTitle({ ...base, kind: 'screenshot', comment: '  Login broken \n more' })).toBe(
      'Login broken',
    );
    expect(issueTitle({ ...base, kind: 'screenshot', comment: '' })).toBe(
      'Feedback on 2.3 (457) from iPhone16,1, iOS 18.1',
    );
    expect(issueTitle({ ...base, comment: undefined })).toBe('Crash in 2.3 (457) on iPhone16,1, iOS 18.1');
    expect(issueTitle({ ...base, comment: 'x'.repeat(400) }).length).toBeLessThanOrEqual(256);
    expect(issueTitle({ ...base, kind: 'screenshot', comment: 'see #4 @team' })).toBe(
      'see #\u200b4 @\u200bteam',
    );
  });
});

describe('body', () => {
  test('a crash log with backtick runs cannot close its fence', () => {
    const body = issueBody(base, { includeTesterEmail: false, crashLog: 'a\n````\n</details>\nb' });
    expect(body).toContain('`````text\na\n````\n</details>\nb\n`````');
  });
  test('a huge comment and log stay under GitHub’s limit and say what was cut', () => {
    const body = issueBody(
      { ...base, comment: 'c'.repeat(50_000) },
      { includeTesterEmail: false, crashLog: 'l'.repeat(200_000) },
    );
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(body).toContain('The comment was cut: 50000 characters in all.');
    expect(body).toMatch(/The crash log was cut to its first \d+ of 200000 characters/);
  });
  test('screenshot links: https only, with their expiry; email only when asked', () => {
    const shot: FeedbackSubmission = {
      ...base,
      kind: 'screenshot',
      email: 'ada@example.com',
      testerName: 'Ada',
      screenshots: [
        { url: 'https://img.example/a.jpg?x=(1)', expiresAt: '2025-03-08T10:00:00.000Z' },
        { url: 'javascript:alert(1)' },
      ],
    };
    const body = issueBody(shot, { includeTesterEmail: false });
    expect(body).toContain('[Screenshot 1](https://img.example/a.jpg?x=%281%29)');
    expect(body).toContain('Screenshot 2: not an https link');
    expect(body).toContain('stop working at 2025-03-08 10:00:00 UTC');
    expect(body).not.toContain('ada@example.com');
    expect(issueBody(shot, { includeTesterEmail: true })).toContain('| Tester | Ada, ada@example.com |');
  });
});
