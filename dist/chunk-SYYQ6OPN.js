import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/output/asc-links.ts
var BASE = "https://appstoreconnect.apple.com/apps";
var PLAIN_ID = /^[A-Za-z0-9-]{1,100}$/;
var PLATFORM_PATH = {
  IOS: "ios",
  MAC_OS: "macos",
  TV_OS: "tvos",
  VISION_OS: "visionos"
};
function linkOrText(text, href) {
  return href ? { text, href } : text;
}
var plain = (...ids) => ids.every((id) => id !== void 0 && PLAIN_ID.test(id));
function appLink(text, appId) {
  return linkOrText(text, plain(appId) ? `${BASE}/${appId}/testflight` : void 0);
}
function buildLink(text, appId, buildId, platform = "IOS") {
  const segment = PLATFORM_PATH[platform];
  return linkOrText(
    text,
    segment && plain(appId, buildId) ? `${BASE}/${appId}/testflight/${segment}/${buildId}` : void 0
  );
}
function groupLink(text, appId, groupId) {
  return linkOrText(
    text,
    plain(appId, groupId) ? `${BASE}/${appId}/testflight/groups/${groupId}` : void 0
  );
}

export {
  appLink,
  buildLink,
  groupLink
};
