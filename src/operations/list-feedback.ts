import { Input, Output } from '../constants.js';
import { InputError } from '../input-reader.js';
import { fetchCrashLogs, fetchFeedback, parseFeedbackSelection } from '../feedback/feedback-fetch.js';
import { feedbackTable, submissionJson, writeFeedbackFiles } from '../feedback/feedback-list.js';
import { facts } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation } from '../operation.js';

/** Lists the app's TestFlight screenshot and crash feedback, newest first; optionally to a file with crash logs. */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'list-feedback');
    const selection = parseFeedbackSelection(inputs, app, common.platform);
    const outputFile = inputs.string(Input.OutputFile);
    const format = inputs.choice(Input.Format, ['csv', 'json'] as const, 'csv');
    const includeCrashLogs = inputs.bool(Input.IncludeCrashLogs, false);
    if (includeCrashLogs && !outputFile) {
      throw new InputError(
        Input.IncludeCrashLogs,
        `Input '${Input.IncludeCrashLogs}' is true but '${Input.OutputFile}' is not set: crash logs are written beside the output file.`,
      );
    }
    if (includeCrashLogs && !selection.kinds.includes('crash')) {
      throw new InputError(
        Input.IncludeCrashLogs,
        `Input '${Input.IncludeCrashLogs}' is true but '${Input.FeedbackKinds}' leaves out crashes.`,
      );
    }
    return { selection, outputFile, format, includeCrashLogs };
  },

  async execute(ctx, { selection, outputFile, format, includeCrashLogs }) {
    const found = await fetchFeedback(ctx.client, ctx.log, selection, ctx.clock.now());
    const { app, submissions } = found;
    const crashes = submissions.filter((s) => s.kind === 'crash').length;
    ctx.log.info(
      found.noBuild
        ? 'No build matches the given version or build number: no feedback to list.'
        : `${submissions.length - crashes} screenshot and ${crashes} crash submission${crashes === 1 ? '' : 's'}${found.since ? ` since ${found.since}` : ''}.`,
    );
    let crashFiles = new Map<string, string>();
    if (outputFile) {
      const logs = includeCrashLogs
        ? await fetchCrashLogs(ctx.client, submissions)
        : new Map<string, string>();
      crashFiles = await writeFeedbackFiles(outputFile, format, submissions, logs);
      ctx.log.info(
        `Wrote ${submissions.length} submissions to ${outputFile} (${format})${logs.size ? ` and ${logs.size} crash logs beside it` : ''}.`,
      );
    }
    return {
      outputs: { [Output.Changes]: 0 },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        since: found.since ?? null,
        count: submissions.length,
        ...(found.truncated.length ? { truncated: found.truncated } : {}),
        ...(outputFile ? { file: outputFile, format } : {}),
        submissions: submissions.map((s) => submissionJson(s, crashFiles.get(s.id))),
      },
      summary: [
        facts([
          ['App', `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
          ['Since', found.since ?? 'any time'],
          ['Screenshots', submissions.length - crashes],
          ['Crashes', crashes],
          ...(outputFile ? [['File', `${outputFile} (${format})`] as [string, string]] : []),
        ]),
        ...(submissions.length ? [feedbackTable(submissions)] : []),
      ],
    };
  },
});
