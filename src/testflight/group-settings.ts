/** The group settings create-group and update-group take, and what differs from a group. */
import type { BetaGroup, BetaGroupWrite } from '../api/beta-groups.js';
import { Input } from '../constants.js';
import { InputError, type InputReader } from '../input-reader.js';

/** Reads `groups`, required by `operation`; `purpose` says what the groups are for. */
export function requireGroups(inputs: InputReader, operation: string, purpose: string): string[] {
  const groups = inputs.list(Input.Groups);
  if (groups.length === 0) {
    throw new InputError(Input.Groups, `Input '${Input.Groups}' is required for ${operation}: ${purpose}.`);
  }
  return groups;
}

export interface GroupSettings {
  publicLinkEnabled?: boolean;
  publicLinkLimit?: number;
  feedbackEnabled?: boolean;
}

/** Reads `public-link-enabled`, `public-link-limit` (1-10,000) and `feedback-enabled`; unset stays unset. */
export function parseGroupSettings(inputs: InputReader): GroupSettings {
  const settings: GroupSettings = {};
  const publicLinkEnabled = inputs.bool(Input.PublicLinkEnabled);
  const publicLinkLimit = inputs.int(Input.PublicLinkLimit, { min: 1, max: 10_000 });
  const feedbackEnabled = inputs.bool(Input.FeedbackEnabled);
  if (publicLinkEnabled !== undefined) settings.publicLinkEnabled = publicLinkEnabled;
  if (publicLinkLimit !== undefined) settings.publicLinkLimit = publicLinkLimit;
  if (feedbackEnabled !== undefined) settings.feedbackEnabled = feedbackEnabled;
  return settings;
}

/** Only the attributes whose given value differs from the group's. */
export function settingsChanges(group: BetaGroup, settings: GroupSettings): BetaGroupWrite {
  const changes: BetaGroupWrite = {};
  if (settings.publicLinkEnabled !== undefined && settings.publicLinkEnabled !== group.publicLinkEnabled) {
    changes.publicLinkEnabled = settings.publicLinkEnabled;
  }
  if (settings.publicLinkLimit !== undefined) {
    if (settings.publicLinkLimit !== group.publicLinkLimit)
      changes.publicLinkLimit = settings.publicLinkLimit;
    if (!group.publicLinkLimitEnabled) changes.publicLinkLimitEnabled = true;
  }
  if (settings.feedbackEnabled !== undefined && settings.feedbackEnabled !== group.feedbackEnabled) {
    changes.feedbackEnabled = settings.feedbackEnabled;
  }
  return changes;
}

/** "publicLinkEnabled: true, feedbackEnabled: false" */
export function describeChanges(changes: BetaGroupWrite): string {
  return Object.entries(changes)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ');
}

/** Finds a group by id, exact name, then name without regard to case. */
export function findGroup(groups: readonly BetaGroup[], nameOrId: string): BetaGroup | undefined {
  return (
    groups.find((g) => g.id === nameOrId) ??
    groups.find((g) => g.name === nameOrId) ??
    groups.find((g) => g.name.toLowerCase() === nameOrId.toLowerCase())
  );
}

/**
 * Resolves group names or ids (as given in the `groups` input) against the app's groups, all of
 * them before any write. Names match case-insensitively; an unknown one fails listing the
 * app's groups. The result keeps the order given, without duplicates.
 */
export function resolveGroupNames(
  wanted: readonly string[],
  groups: readonly BetaGroup[],
  input: string = Input.Groups,
): BetaGroup[] {
  const out = new Map<string, BetaGroup>();
  const unknown: string[] = [];
  for (const name of wanted) {
    const match = findGroup(groups, name);
    if (match) out.set(match.id, match);
    else unknown.push(name);
  }
  if (unknown.length > 0) {
    const known = groups.length
      ? groups.map((g) => `'${g.name}' (${g.isInternal ? 'internal' : 'external'}, id ${g.id})`).join(', ')
      : 'none';
    throw new InputError(
      input,
      `Input '${input}': no beta group named ${unknown.map((u) => `'${u}'`).join(', ')} in this app. The app's groups are: ${known}.`,
    );
  }
  return [...out.values()];
}

export function groupJson(group: BetaGroup): Record<string, unknown> {
  return {
    id: group.id,
    name: group.name,
    internal: group.isInternal,
    publicLinkEnabled: group.publicLinkEnabled,
    publicLink: group.publicLink ?? null,
    publicLinkLimit: group.publicLinkLimitEnabled ? (group.publicLinkLimit ?? null) : null,
    feedbackEnabled: group.feedbackEnabled,
  };
}
