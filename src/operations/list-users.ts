import { readTeam, sameEmail } from '../api/users.js';
import { Input, Output } from '../constants.js';
import { writeListOutput } from '../output/list-file.js';
import { capped, facts, table } from '../output/summary.js';
import { accessReport, appsText } from '../users/users-summary.js';
import { defineOperation } from '../operation.js';

/**
 * Columns of the output file. They are the users-file fields, so the JSON file reads back as a
 * users file for sync-users (status, expiration-date and id are ignored there).
 */
const COLUMNS = [
  'email',
  'first-name',
  'last-name',
  'status',
  'roles',
  'all-apps-visible',
  'visible-apps',
  'provisioning-allowed',
  'expiration-date',
  'id',
];

/** Lists the team's members and pending invitations with roles and visible apps. */
export default defineOperation({
  parse(inputs) {
    const outputFile = inputs.string(Input.OutputFile);
    const format = inputs.choice(Input.Format, ['csv', 'json'] as const, 'csv');
    return { outputFile, format };
  },

  async execute(ctx, { outputFile, format }) {
    const team = await readTeam(ctx.client);
    const people = [
      ...team.users.map((u) => person(u, team.apps, u.username, 'member', null)),
      ...team.invitations
        // Someone who has joined may still have an invitation listed for a moment.
        .filter((i) => !team.users.some((u) => sameEmail(u.username, i.email)))
        .map((i) => person(i, team.apps, i.email, 'invited', i.expirationDate ?? null)),
    ].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
    const members = people.filter((p) => p.status === 'member').length;
    const invited = people.length - members;
    ctx.log.info(
      `${members} member${members === 1 ? '' : 's'} and ${invited} pending invitation${invited === 1 ? '' : 's'}.`,
    );
    await writeListOutput(ctx.log, { outputFile, format }, COLUMNS, 'people', () =>
      people.map((p) => ({
        email: p.email,
        'first-name': p.firstName,
        'last-name': p.lastName,
        status: p.status,
        roles: p.roles.join(', '),
        'all-apps-visible': p.allAppsVisible,
        'visible-apps': p.visibleApps.join(', '),
        'provisioning-allowed': p.provisioningAllowed,
        'expiration-date': p.expirationDate,
        id: p.id,
      })),
    );
    const { rows, note } = capped(
      people.map((p) => [
        p.email,
        [p.firstName, p.lastName].filter(Boolean).join(' '),
        p.status === 'invited' && p.expirationDate
          ? `invited (until ${p.expirationDate.slice(0, 10)})`
          : p.status,
        p.roles.join(', '),
        appsText(p),
        p.provisioningAllowed ? 'yes' : 'no',
      ]),
    );
    return {
      outputs: { [Output.Changes]: 0 },
      result: {
        count: people.length,
        members,
        invitations: invited,
        ...(outputFile ? { file: outputFile, format } : {}),
        people,
      },
      summary: [
        facts([
          ['Members', members],
          ['Pending invitations', invited],
          ...(outputFile ? [['File', `${outputFile} (${format})`] as [string, string]] : []),
        ]),
        ...(people.length
          ? [table(['Email', 'Name', 'Status', 'Roles', 'Apps', 'Provisioning'], rows, note)]
          : []),
      ],
    };
  },
});

/** One person of the list, a member or an invitation, in the `result` output's shape. */
function person(
  who: Parameters<typeof accessReport>[0] & { id: string; firstName?: string; lastName?: string },
  apps: Parameters<typeof accessReport>[1],
  email: string,
  status: 'member' | 'invited',
  expirationDate: string | null,
) {
  return {
    id: who.id,
    email,
    firstName: who.firstName ?? null,
    lastName: who.lastName ?? null,
    status,
    ...accessReport(who, apps),
    expirationDate,
  };
}
