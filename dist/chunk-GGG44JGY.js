import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Input,
  InputError
} from "./chunk-JDDIJKK4.js";

// src/testflight/group-settings.ts
function requireGroups(inputs, operation, purpose) {
  const groups = inputs.list(Input.Groups);
  if (groups.length === 0) {
    throw new InputError(Input.Groups, `Input '${Input.Groups}' is required for ${operation}: ${purpose}.`);
  }
  return groups;
}
function parseGroupSettings(inputs) {
  const settings = {};
  const publicLinkEnabled = inputs.bool(Input.PublicLinkEnabled);
  const publicLinkLimit = inputs.int(Input.PublicLinkLimit, { min: 1, max: 1e4 });
  const feedbackEnabled = inputs.bool(Input.FeedbackEnabled);
  if (publicLinkEnabled !== void 0) settings.publicLinkEnabled = publicLinkEnabled;
  if (publicLinkLimit !== void 0) settings.publicLinkLimit = publicLinkLimit;
  if (feedbackEnabled !== void 0) settings.feedbackEnabled = feedbackEnabled;
  return settings;
}
function settingsChanges(group, settings) {
  const changes = {};
  if (settings.publicLinkEnabled !== void 0 && settings.publicLinkEnabled !== group.publicLinkEnabled) {
    changes.publicLinkEnabled = settings.publicLinkEnabled;
  }
  if (settings.publicLinkLimit !== void 0) {
    if (settings.publicLinkLimit !== group.publicLinkLimit)
      changes.publicLinkLimit = settings.publicLinkLimit;
    if (!group.publicLinkLimitEnabled) changes.publicLinkLimitEnabled = true;
  }
  if (settings.feedbackEnabled !== void 0 && settings.feedbackEnabled !== group.feedbackEnabled) {
    changes.feedbackEnabled = settings.feedbackEnabled;
  }
  return changes;
}
function describeChanges(changes) {
  return Object.entries(changes).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ");
}
function findGroup(groups, nameOrId) {
  return groups.find((g) => g.id === nameOrId) ?? groups.find((g) => g.name === nameOrId) ?? groups.find((g) => g.name.toLowerCase() === nameOrId.toLowerCase());
}
function resolveGroupNames(wanted, groups, input = Input.Groups) {
  const out = /* @__PURE__ */ new Map();
  const unknown = [];
  for (const name of wanted) {
    const match = findGroup(groups, name);
    if (match) out.set(match.id, match);
    else unknown.push(name);
  }
  if (unknown.length > 0) {
    const known = groups.length ? groups.map((g) => `'${g.name}' (${g.isInternal ? "internal" : "external"}, id ${g.id})`).join(", ") : "none";
    throw new InputError(
      input,
      `Input '${input}': no beta group named ${unknown.map((u) => `'${u}'`).join(", ")} in this app. The app's groups are: ${known}.`
    );
  }
  return [...out.values()];
}
function groupJson(group) {
  return {
    id: group.id,
    name: group.name,
    internal: group.isInternal,
    publicLinkEnabled: group.publicLinkEnabled,
    publicLink: group.publicLink ?? null,
    publicLinkLimit: group.publicLinkLimitEnabled ? group.publicLinkLimit ?? null : null,
    feedbackEnabled: group.feedbackEnabled
  };
}

export {
  requireGroups,
  parseGroupSettings,
  settingsChanges,
  describeChanges,
  findGroup,
  resolveGroupNames,
  groupJson
};
