import type { BetaGroup } from '../src/api/beta-groups.js';
import { resolveGroupNames } from '../src/testflight/group-settings.js';
import { InputError } from '../src/input-reader.js';

const group = (id: string, name: string, isInternal = false): BetaGroup => ({
  id,
  name,
  isInternal,
  hasAccessToAllBuilds: false,
  publicLinkEnabled: false,
  publicLinkLimitEnabled: false,
  feedbackEnabled: true,
});
const groups = [group('g1', 'QA Team', true), group('g2', 'Beta'), group('g3', 'beta')];

describe('resolveGroupNames', () => {
  test('matches ids, exact names, then names case-insensitively, without duplicates', () => {
    expect(resolveGroupNames(['qa team', 'g2', 'Beta', 'beta'], groups).map((g) => g.id)).toEqual([
      'g1',
      'g2',
      'g3',
    ]);
  });
  test('an unknown name fails naming the input and listing the app’s groups', () => {
    let error: unknown;
    try {
      resolveGroupNames(['QA Team', 'Externals'], groups);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /'groups': no beta group named 'Externals'.*'QA Team' \(internal, id g1\), 'Beta' \(external, id g2\)/,
    );
  });
});
