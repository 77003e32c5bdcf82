import { Input, Output } from '../constants.js';
import { fetchFeedback, parseFeedbackSelection } from '../feedback/feedback-fetch.js';
import { GitHubIssues } from '../feedback/github-issues.js';
import { parseGitHubTarget, parseIssueLabels } from '../feedback/issue-settings.js';
import { syncIssues } from '../feedback/issue-sync.js';
import { capped, facts, table } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation } from '../operation.js';

/** Files each TestFlight screenshot or crash submission as one GitHub issue, exactly once. */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'feedback-to-issues');
    const selection = parseFeedbackSelection(inputs, app, common.platform);
    const target = parseGitHubTarget(inputs, process.env);
    return {
      selection,
      target,
      labels: parseIssueLabels(inputs),
      includeTesterEmail: inputs.bool(Input.IncludeTesterEmail, false),
      deleteAfterImport: inputs.bool(Input.DeleteAfterImport, false),
    };
  },

  async execute(ctx, { selection, target, labels, includeTesterEmail, deleteAfterImport }) {
    const dryRun = ctx.common.dryRun;
    const found = await fetchFeedback(ctx.client, ctx.log, selection, ctx.clock.now());
    const github = new GitHubIssues(target, ctx.clock, ctx.log);
    const sync = await ctx.log.group(`GitHub issues in ${target.repository}`, () =>
      syncIssues({ github, client: ctx.client, clock: ctx.clock, log: ctx.log }, found.submissions, {
        labels,
        includeTesterEmail,
        deleteAfterImport,
        dryRun,
      }),
    );
    const changes = dryRun
      ? sync.planned.length + (deleteAfterImport ? sync.existing.length + sync.planned.length : 0)
      : sync.created.length + sync.labelsCreated.length + sync.deleted.length;
    const { app } = found;
    const issueRows = [
      ...sync.created.map((l) => [`#${l.number}`, l.kind, l.submission, 'created']),
      ...sync.existing.map((l) => [`#${l.number}`, l.kind, l.submission, 'filed earlier']),
    ];
    return {
      outputs: { [Output.IssuesCreated]: sync.created.length, [Output.Changes]: changes },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        repository: target.repository,
        since: found.since ?? null,
        submissions: found.submissions.length,
        issues: Object.fromEntries(
          [...sync.created, ...sync.existing].map((l) => [
            l.submission,
            { kind: l.kind, number: l.number, url: l.url },
          ]),
        ),
        created: sync.created.map((l) => l.submission),
        ...(dryRun ? { planned: sync.planned } : {}),
        pending: sync.pending,
        labelsCreated: sync.labelsCreated,
        deleted: sync.deleted,
        ...(sync.stopped ? { stopped: sync.stopped } : {}),
      },
      summary: [
        facts([
          ['App', `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
          ['Repository', target.repository],
          ['Since', found.since ?? 'any time'],
          ['Submissions', found.submissions.length],
          [
            dryRun ? 'Issues to create' : 'Issues created',
            dryRun ? sync.planned.length : sync.created.length,
          ],
          ['Already filed', sync.existing.length],
          ...(sync.pending.length
            ? [['Left for the next run', sync.pending.length] as [string, number]]
            : []),
          ...(deleteAfterImport && !dryRun
            ? [['Deleted from App Store Connect', sync.deleted.length] as [string, number]]
            : []),
        ]),
        ...(sync.created.length === 0 && sync.planned.length === 0 && !sync.failure && !sync.stopped
          ? [{ kind: 'text' as const, text: 'Nothing new: every selected submission already has an issue.' }]
          : []),
        ...(issueRows.length
          ? [table(['Issue', 'Kind', 'Submission', ''], capped(issueRows).rows, capped(issueRows).note)]
          : []),
        ...(sync.stopped ? [{ kind: 'text' as const, text: `**Stopped early:** ${sync.stopped}` }] : []),
      ],
      ...(sync.failure ? { failure: sync.failure } : {}),
    };
  },
});
