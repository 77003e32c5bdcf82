/**
 * Which testers prune-testers removes, and why the others stay. Pure: it works on the testers,
 * the app's groups and the usage already read.
 */
import type { BetaGroup } from '../api/beta-groups.js';
import type { TesterUsage } from '../api/beta-tester-usages.js';
import type { BetaTester } from '../api/beta-testers.js';
import type { PruneSettings } from './prune-settings.js';
import { emailKey } from './testers-list.js';
import type { RemovePlan } from './testers-plan.js';

export type KeptBecause = 'active' | 'state' | 'keep list' | 'internal group';

export interface PruneCandidate {
  tester: BetaTester;
  usage: TesterUsage;
  /** The groups (of those considered) the tester is removed from; empty for the app. */
  groups: BetaGroup[];
}

export interface PrunePlan {
  /** Testers considered (of the app, or of the target groups). */
  considered: number;
  candidates: PruneCandidate[];
  kept: Record<KeptBecause, number>;
  remove: RemovePlan;
}

const NONE: TesterUsage = { sessions: 0, crashes: 0, feedback: 0 };

export function planPrune(input: {
  testers: readonly BetaTester[];
  appGroups: readonly BetaGroup[];
  /** The groups input resolved; empty: the whole app. */
  targetGroups: readonly BetaGroup[];
  usage: ReadonlyMap<string, TesterUsage>;
  settings: Pick<PruneSettings, 'states' | 'keep' | 'includeInternal' | 'removeFrom'>;
}): PrunePlan {
  const { testers, appGroups, targetGroups, usage, settings } = input;
  const internal = new Set(appGroups.filter((g) => g.isInternal).map((g) => g.id));
  const targets = new Set(targetGroups.map((g) => g.id));
  const kept: Record<KeptBecause, number> = { active: 0, state: 0, 'keep list': 0, 'internal group': 0 };
  const candidates: PruneCandidate[] = [];
  let considered = 0;
  for (const tester of testers) {
    const groupIds = tester.groupIds ?? [];
    if (targets.size && !groupIds.some((id) => targets.has(id))) continue;
    considered += 1;
    const used = usage.get(tester.id) ?? NONE;
    if (used.sessions > 0) kept.active += 1;
    else if (!settings.states.includes((tester.state ?? '') as PruneSettings['states'][number]))
      kept.state += 1;
    else if (settings.keep.has(emailKey(tester.email))) kept['keep list'] += 1;
    else if (!settings.includeInternal && groupIds.some((id) => internal.has(id)))
      kept['internal group'] += 1;
    else {
      candidates.push({
        tester,
        usage: used,
        groups: settings.removeFrom === 'groups' ? targetGroups.filter((g) => groupIds.includes(g.id)) : [],
      });
    }
  }
  const remove: RemovePlan = { fromGroups: [], fromApp: [] };
  if (settings.removeFrom === 'app') remove.fromApp = candidates.map((c) => c.tester);
  else {
    remove.fromGroups = targetGroups
      .map((group) => ({
        group,
        testers: candidates.filter((c) => c.groups.some((g) => g.id === group.id)).map((c) => c.tester),
      }))
      .filter((r) => r.testers.length > 0);
  }
  return { considered, candidates, kept, remove };
}
