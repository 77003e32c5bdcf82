import { dimensionTesterId, periodFor } from '../src/api/beta-tester-usages.js';
import type { BetaGroup } from '../src/api/beta-groups.js';
import type { BetaTester } from '../src/api/beta-testers.js';
import { planPrune } from '../src/testflight/prune-plan.js';

const beta: BetaGroup = { id: 'g-beta', name: 'Beta', isInternal: false } as BetaGroup;
const team: BetaGroup = { id: 'g-team', name: 'Team', isInternal: true } as BetaGroup;
const t = (id: string, state: string, groupIds: string[]): BetaTester => ({
  id,
  email: `${id}@example.com`,
  state,
  groupIds,
});
const settings = {
  states: ['INSTALLED' as const],
  keep: new Set(['kept@example.com']),
  includeInternal: false,
  removeFrom: 'app' as const,
};

describe('planPrune', () => {
  const testers = [
    t('idle', 'INSTALLED', ['g-beta']),
    t('busy', 'INSTALLED', ['g-beta']),
    t('new', 'INVITED', ['g-beta']),
    t('kept', 'INSTALLED', ['g-beta']),
    t('staff', 'INSTALLED', ['g-team']),
    t('quiet', 'INSTALLED', []),
  ];
  const usage = new Map([
    ['busy', { sessions: 2, crashes: 0, feedback: 1 }],
    ['quiet', { sessions: 0, crashes: 0, feedback: 0 }], // a row with no sessions is no session
  ]);

  test('keeps the active, other states, the keep list and internal members; removes the rest from the app', () => {
    const plan = planPrune({ testers, appGroups: [beta, team], targetGroups: [], usage, settings });
    expect(plan.candidates.map((c) => c.tester.id)).toEqual(['idle', 'quiet']);
    expect(plan.kept).toEqual({ active: 1, state: 1, 'keep list': 1, 'internal group': 1 });
    expect(plan.remove.fromApp.map((x) => x.id)).toEqual(['idle', 'quiet']);
    expect(plan.considered).toBe(6);
  });

  test('with groups, only their members are considered, and removal is from those groups', () => {
    const plan = planPrune({
      testers,
      appGroups: [beta, team],
      targetGroups: [beta, team],
      usage,
      settings: { ...settings, removeFrom: 'groups', includeInternal: true },
    });
    expect(plan.considered).toBe(5);
    expect(plan.remove.fromApp).toEqual([]);
    expect(plan.remove.fromGroups.map((r) => [r.group.name, r.testers.map((x) => x.id)])).toEqual([
      ['Beta', ['idle']],
      ['Team', ['staff']],
    ]);
  });
});

describe('tester usage metrics', () => {
  test('the tester dimension is read as a string id or as {type, id}', () => {
    expect(dimensionTesterId('t-1')).toBe('t-1');
    expect(dimensionTesterId({ type: 'betaTesters', id: 't-2' })).toBe('t-2');
    expect(dimensionTesterId({ type: 'betaTesters' })).toBeUndefined();
    expect(dimensionTesterId(null)).toBeUndefined();
  });
  test('the smallest period that covers the days', () => {
    expect([1, 7, 8, 30, 31, 90, 91, 365, 366].map(periodFor)).toEqual([
      'P7D',
      'P7D',
      'P30D',
      'P30D',
      'P90D',
      'P90D',
      'P365D',
      'P365D',
      undefined,
    ]);
  });
});
