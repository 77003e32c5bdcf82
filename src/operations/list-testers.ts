import { resolveApp } from '../api/apps.js';
import { listBetaGroups, type BetaGroup } from '../api/beta-groups.js';
import { resolveGroupNames } from '../testflight/group-settings.js';
import { listAppTesters, listGroupTesters, type BetaTester } from '../api/beta-testers.js';
import { mapLimit } from '../api/concurrency.js';
import { Input, Output } from '../constants.js';
import { writeListOutput } from '../output/list-file.js';
import { capped, facts, table } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation, namingInput } from '../operation.js';

/** Columns of the output file; email, first_name and last_name read back as a testers-file. */
const COLUMNS = ['email', 'first_name', 'last_name', 'groups', 'state', 'invite_type', 'id'];

/** Lists the app's testers (or the given groups' testers) with their groups and state. */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'list-testers');
    const groups = inputs.list(Input.Groups);
    const outputFile = inputs.string(Input.OutputFile);
    const format = inputs.choice(Input.Format, ['csv', 'json'] as const, 'csv');
    return { app, groups, outputFile, format };
  },

  async execute(ctx, { app: ref, groups: groupNames, outputFile, format }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    let groups: BetaGroup[] = [];
    let testers: Array<BetaTester & { groups: string[] }>;
    if (groupNames.length > 0) {
      groups = resolveGroupNames(groupNames, await listBetaGroups(ctx.client, app.id));
      const lists = await mapLimit(groups, 4, (g) => listGroupTesters(ctx.client, g.id));
      const byId = new Map<string, BetaTester & { groups: string[] }>();
      lists.forEach((r, i) => {
        if ('error' in r) throw r.error;
        for (const t of r.value) {
          const seen = byId.get(t.id) ?? { ...t, groups: [] };
          seen.groups.push((groups[i] as BetaGroup).name);
          byId.set(t.id, seen);
        }
      });
      testers = [...byId.values()];
    } else {
      const [all, appGroups] = await Promise.all([
        listAppTesters(ctx.client, app.id, { withGroups: true }),
        listBetaGroups(ctx.client, app.id),
      ]);
      const names = new Map(appGroups.map((g) => [g.id, g.name]));
      testers = all.map((t) => ({
        ...t,
        groups: (t.groupIds ?? []).map((id) => names.get(id)).filter((n): n is string => n !== undefined),
      }));
    }
    testers.sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
    ctx.log.info(
      `${testers.length} tester${testers.length === 1 ? '' : 's'} in ${groups.length ? groups.map((g) => g.name).join(', ') : app.name || app.bundleId}.`,
    );
    await writeListOutput(ctx.log, { outputFile, format }, COLUMNS, 'testers', () =>
      testers.map((t) => ({
        email: t.email,
        first_name: t.firstName,
        last_name: t.lastName,
        groups: t.groups.join('; '),
        state: t.state,
        invite_type: t.inviteType,
        id: t.id,
      })),
    );
    const rows = testers.map((t) => [
      t.email,
      [t.firstName, t.lastName].filter(Boolean).join(' '),
      t.groups.join(', '),
      t.state,
    ]);
    const { rows: shown, note } = capped(rows);
    return {
      outputs: { [Output.Changes]: 0 },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        ...(groups.length ? { groups: groups.map((g) => ({ id: g.id, name: g.name })) } : {}),
        count: testers.length,
        ...(outputFile ? { file: outputFile, format } : {}),
        testers: testers.map((t) => ({
          id: t.id,
          email: t.email,
          firstName: t.firstName ?? null,
          lastName: t.lastName ?? null,
          state: t.state ?? null,
          inviteType: t.inviteType ?? null,
          groups: t.groups,
        })),
      },
      summary: [
        facts([
          ['App', `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
          ['Groups', groups.length ? groups.map((g) => g.name).join(', ') : 'all'],
          ['Testers', testers.length],
          ...(outputFile ? [['File', `${outputFile} (${format})`] as [string, string]] : []),
        ]),
        ...(testers.length ? [table(['Email', 'Name', 'Groups', 'State'], shown, note)] : []),
      ],
    };
  },
});
