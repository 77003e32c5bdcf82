import { resolveApp } from '../api/apps.js';
import { buildFacts, buildJson, buildOutputs } from '../testflight/build-summary.js';
import {
  describeSelection,
  parseBuildSelection,
  parseWaitSettings,
  waitForBuild,
} from '../testflight/build-wait.js';
import { Input } from '../constants.js';
import { facts } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation, namingInput } from '../operation.js';

/**
 * Waits for a build to appear and finish processing, up to wait-timeout minutes, polling every
 * poll-interval seconds. FAILED and INVALID end the wait at once.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'wait-for-build');
    return { app, selection: parseBuildSelection(inputs), wait: parseWaitSettings(inputs) };
  },

  async execute(ctx, { app: ref, selection, wait }) {
    const { client, common } = ctx;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const outcome = await waitForBuild(ctx, app.id, common.platform, selection, wait);
    const waited = { polls: outcome.polls, seconds: Math.round(outcome.waitedMs / 1000) };
    const rows = [
      ['App', `${app.name} (${app.bundleId})`] as [string, string],
      ['Looked for', describeSelection(selection, common.platform)] as [string, string],
      ['Outcome', outcome.status] as [string, string],
      ['Waited', `${waited.seconds} s over ${waited.polls} poll${waited.polls === 1 ? '' : 's'}`] as [
        string,
        string,
      ],
      ...(outcome.build ? buildFacts(outcome.build) : []),
    ];
    return {
      outputs: buildOutputs(outcome.build),
      result: {
        app,
        platform: common.platform,
        selection,
        status: outcome.status,
        build: outcome.build ? buildJson(outcome.build) : null,
        waited,
      },
      summary: [facts(rows)],
      failure: outcome.status === 'ready' ? undefined : outcome.message,
    };
  },
});
