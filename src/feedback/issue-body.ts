/**
 * An issue's title and body for one submission. Tester text is untrusted: it is escaped so it
 * cannot open HTML, close the crash log's block, start a heading or list, mention anyone or
 * reference an issue. The marker that ties the issue to its submission is the body's first
 * line, which only the action writes; markers are read from there and nowhere else.
 */
import type { FeedbackSubmission } from '../api/beta-feedback.js';
import { buildText, screenshotsExpire } from './feedback-list.js';
import { clean, firstLine } from './feedback-text.js';

/** GitHub's limits (characters). */
export const MAX_TITLE = 256;
export const MAX_BODY = 65_536;
/** Room kept free under MAX_BODY (GitHub counts some characters differently from JavaScript). */
const BODY_SLACK = 1_024;
const MAX_COMMENT = 20_000;

const MARKER = /^<!-- testflight-feedback (screenshot|crash):([A-Za-z0-9%._~-]+) -->(?:\r?\n|$)/;

/** The hidden first line of every issue the action files. */
export function marker(s: Pick<FeedbackSubmission, 'kind' | 'id'>): string {
  return `<!-- testflight-feedback ${s.kind}:${encodeURIComponent(s.id)} -->`;
}

/** The submission an issue was filed for: read from the body's first line only. */
export function readMarker(body: string | null | undefined): { kind: string; id: string } | undefined {
  const m = MARKER.exec(body ?? '');
  if (!m) return undefined;
  try {
    return { kind: m[1] as string, id: decodeURIComponent(m[2] as string) };
  } catch {
    return undefined;
  }
}

export const markerKey = (kind: string, id: string): string => `${kind}:${id}`;

/**
 * Markdown-inert text: ASCII punctuation that Markdown or HTML could act on is backslash-escaped,
 * and a zero-width space follows every # and GH- and every @ that could start a mention, so GitHub
 * links no one and nothing
 * (a backslash does not stop its mention and reference filters).
 */
export function inert(text: string): string {
  return clean(text)
    .replace(/[\\`*_{}[\]()<>#+\-=|~!&]/g, (c) => `\\${c}`)
    .replace(/(^|[^A-Za-z0-9_.+-])@/g, '$1@\u200b')
    .replace(/#/g, '#\u200b')
    .replace(/\b(GH)(\\?-)/gi, '$1\u200b$2');
}

function withoutLinks(text: string): string {
  return text.replace(/@/g, '@\u200b').replace(/#/g, '#\u200b');
}

export function issueTitle(s: FeedbackSubmission): string {
  const device = [s.deviceModel, s.osVersion ? `${platformName(s)} ${s.osVersion}` : undefined]
    .filter(Boolean)
    .join(', ');
  const comment = firstLine(s.comment, 120);
  let title: string;
  if (s.kind === 'crash') {
    title = `Crash in ${buildText(s)}${device ? ` on ${device}` : ''}${comment ? `: ${comment}` : ''}`;
  } else {
    title = comment || `Feedback on ${buildText(s)}${device ? ` from ${device}` : ''}`;
  }
  title = withoutLinks(clean(title).replace(/\s+/g, ' ').trim());
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

function platformName(s: FeedbackSubmission): string {
  switch (s.appPlatform ?? s.deviceFamily) {
    case 'MAC_OS':
    case 'MAC':
      return 'macOS';
    case 'TV_OS':
    case 'APPLE_TV':
      return 'tvOS';
    case 'VISION_OS':
    case 'VISION':
      return 'visionOS';
    case 'IPAD':
      return 'iPadOS';
    default:
      return 'iOS';
  }
}

function cellText(value: string | number | undefined): string {
  return value === undefined || value === '' ? '–' : inert(String(value)).replace(/\n/g, ' ');
}

function uptime(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  const minutes = Math.floor(ms / 60_000);
  return minutes >= 60
    ? `${Math.floor(minutes / 60)} h ${minutes % 60} min`
    : `${minutes} min ${Math.floor((ms % 60_000) / 1000)} s`;
}

/** An https URL made safe inside Markdown's (...): characters that could end it are encoded. */
function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return undefined;
    return u.href.replace(
      /[()<>"'\s]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  } catch {
    return undefined;
  }
}

/** A code fence longer than any run of backticks in `text`, so the text cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export interface BodyOptions {
  includeTesterEmail: boolean;
  crashLog?: string;
}

/** The issue's body, within GitHub's limit; a cut crash log says how much was left out. */
export function issueBody(s: FeedbackSubmission, options: BodyOptions): string {
  const parts: string[] = [marker(s), ''];
  const comment = clean(s.comment ?? '').trim();
  if (comment) {
    const shown = comment.length > MAX_COMMENT ? comment.slice(0, MAX_COMMENT) : comment;
    parts.push(
      ...shown.split('\n').map((l) => (l.trim() ? `> ${inert(l)}` : '>')),
      ...(shown.length < comment.length
        ? ['', `_The comment was cut: ${comment.length} characters in all._`]
        : []),
      '',
    );
  } else {
    parts.push(s.kind === 'crash' ? '_The tester left no comment with this crash._' : '_No comment._', '');
  }
  const tester = [s.testerName, options.includeTesterEmail ? s.email : undefined].filter(Boolean).join(', ');
  const rows: Array<[string, string | number | undefined]> = [
    ['Build', buildText(s)],
    ['Device', [s.deviceModel, s.deviceFamily].filter(Boolean).join(', ')],
    ['OS', s.osVersion ? `${platformName(s)} ${s.osVersion}` : undefined],
    ['Locale', s.locale],
    ['Connection', s.connectionType],
    ['Battery', s.batteryPercentage === undefined ? undefined : `${s.batteryPercentage} %`],
    ['App uptime', uptime(s.appUptimeMs)],
    ['Time zone', s.timeZone],
    ['Architecture', s.architecture],
    ['Submitted', s.created.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')],
    ['Tester', tester || undefined],
    ['Submission', `${s.kind} ${s.id}`],
  ];
  parts.push('| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cellText(v)} |`), '');
  if (s.screenshots.length) {
    const until = screenshotsExpire(s);
    parts.push(
      `**Screenshots** (Apple's links stop working${until ? ` at ${until.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')}` : ' after a while'}; nothing is stored elsewhere):`,
      '',
    );
    s.screenshots.forEach((image, i) => {
      const url = safeUrl(image.url);
      const size = image.width && image.height ? ` (${image.width}×${image.height})` : '';
      parts.push(url ? `- [Screenshot ${i + 1}${size}](${url})` : `- Screenshot ${i + 1}: not an https link`);
    });
    parts.push('');
  }
  let body = parts.join('\n');
  if (s.kind === 'crash') body += crashBlock(options.crashLog, MAX_BODY - BODY_SLACK - body.length);
  return body;
}

function crashBlock(log: string | undefined, room: number): string {
  if (log === undefined || log.trim() === '')
    return '_App Store Connect has no crash log for this submission._\n';
  let text = clean(log).replace(/\n+$/, '');
  let note = '';
  const overhead = 200;
  if (text.length + overhead > room) {
    const keep = Math.max(0, room - overhead - 120);
    note = `\n_The crash log was cut to its first ${keep} of ${text.length} characters (GitHub's limit for an issue); \`list-feedback\` with \`include-crash-logs: true\` writes it whole._\n`;
    text = text.slice(0, keep);
  }
  const fence = fenceFor(text);
  const lines = text.split('\n').length;
  return `<details><summary>Crash log (${lines} line${lines === 1 ? '' : 's'})</summary>\n\n${fence}text\n${text}\n${fence}\n\n</details>\n${note}`;
}
