import { resolveApp } from '../api/apps.js';
import { Input, Output } from '../constants.js';
import { buildFacts, buildJson, buildLabel, buildOutputs } from '../testflight/build-summary.js';
import {
  describeNewest,
  describeSelection,
  lookupBuild,
  newestBuilds,
  parseBuildSelection,
} from '../testflight/build-wait.js';
import { facts, table } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { defineOperation, namingInput } from '../operation.js';
import { appLink } from '../output/asc-links.js';

/**
 * Finds one build, by id or by marketing version and/or build number (the newest upload when
 * none is given), without waiting. Fails listing the newest builds when nothing matches.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'find-build');
    return { app, selection: parseBuildSelection(inputs) };
  },

  async execute({ client, common, log }, { app: ref, selection }) {
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const { platform } = common;
    const build = await lookupBuild(client, app.id, platform, selection);
    if (!build) {
      const newest = await newestBuilds(client, app.id, platform);
      const what = describeSelection(selection, platform);
      return {
        outputs: { [Output.Changes]: 0 },
        result: {
          app,
          platform,
          selection,
          build: null,
          newestBuilds: newest.map(buildJson),
        },
        summary: [
          facts([
            ['App', `${app.name} (${app.bundleId})`],
            ['Looked for', what],
            ['Found', 'nothing'],
          ]),
          table(
            ['Newest builds', 'Build id', 'Processing', 'Uploaded', 'Expired'],
            newest.map((b) => [buildLabel(b), b.id, b.processingState, b.uploadedDate, b.expired]),
          ),
        ],
        failure: `No ${platform} build of ${app.bundleId || app.id} matches ${what}. ${describeNewest(newest, platform)}`,
      };
    }
    log.info(
      `Found build ${buildLabel(build)} (id ${build.id}): ${build.processingState}, TestFlight ${build.betaDetail?.externalBuildState ?? 'state not there yet'}.`,
    );
    return {
      outputs: buildOutputs(build),
      result: { app, platform, selection, build: buildJson(build) },
      summary: [
        facts([['App', appLink(`${app.name} (${app.bundleId})`, app.id)], ...buildFacts(build, app.id)]),
      ],
    };
  },
});
