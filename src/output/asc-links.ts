/**
 * Links to App Store Connect's own pages for the job summary. Ids come from the API, so each is
 * checked to be a plain id (letters, digits, hyphens) before it goes into a URL; otherwise no
 * link is made and the summary shows the text alone.
 */
import type { Cell } from './summary.js';

const BASE = 'https://appstoreconnect.apple.com/apps';
const PLAIN_ID = /^[A-Za-z0-9-]{1,100}$/;
/** The path segment of a build's page per platform. */
const PLATFORM_PATH: Record<string, string> = {
  IOS: 'ios',
  MAC_OS: 'macos',
  TV_OS: 'tvos',
  VISION_OS: 'visionos',
};

function linkOrText(text: string, href: string | undefined): Cell {
  return href ? { text, href } : text;
}

const plain = (...ids: Array<string | undefined>) => ids.every((id) => id !== undefined && PLAIN_ID.test(id));

/** The app's TestFlight page. */
export function appLink(text: string, appId: string | undefined): Cell {
  return linkOrText(text, plain(appId) ? `${BASE}/${appId}/testflight` : undefined);
}

/** A build's TestFlight page. */
export function buildLink(text: string, appId: string | undefined, buildId: string, platform = 'IOS'): Cell {
  const segment = PLATFORM_PATH[platform];
  return linkOrText(
    text,
    segment && plain(appId, buildId) ? `${BASE}/${appId}/testflight/${segment}/${buildId}` : undefined,
  );
}

/** A beta group's page. */
export function groupLink(text: string, appId: string | undefined, groupId: string | undefined): Cell {
  return linkOrText(
    text,
    plain(appId, groupId) ? `${BASE}/${appId}/testflight/groups/${groupId}` : undefined,
  );
}
