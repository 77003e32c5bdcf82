import { resolveApp } from '../api/apps.js';
import { Input, Output } from '../constants.js';
import { InputError, quote } from '../input-reader.js';
import { facts } from '../output/summary.js';
import { requireApp } from '../settings.js';
import { surveyBuildNumbers } from '../uploads/build-number.js';
import { defineOperation, namingInput } from '../operation.js';

const VERSION = /^\d+(\.\d+){0,2}$/;

/**
 * The next free build number for the app on a platform (of one version when given): one more
 * than the highest any build or build upload used, failed and unfinished uploads included.
 */
export default defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, 'next-build-number');
    const version = inputs.string(Input.Version);
    if (version !== undefined && !VERSION.test(version)) {
      throw new InputError(
        Input.Version,
        `Input '${Input.Version}' has an invalid value ${quote(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`,
      );
    }
    return { app, version };
  },

  async execute({ client, common, log }, { app: ref, version }) {
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const survey = await surveyBuildNumbers(client, app.id, common.platform, version);
    const h = survey.highest;
    const scope = `${common.platform}${version ? ` version ${version}` : ''}`;
    log.info(
      h
        ? `Highest build number of ${app.bundleId} ${scope}: ${h.buildNumber} (${h.kind} ${h.id}, ${h.state}); next: ${survey.next}.`
        : `No build or build upload of ${app.bundleId} ${scope} yet; next: ${survey.next}.`,
    );
    return {
      outputs: { [Output.BuildNumber]: survey.next },
      result: {
        app,
        platform: common.platform,
        version: version ?? null,
        next: survey.next,
        highest: h ?? null,
        counted: { builds: survey.builds, buildUploads: survey.uploads },
      },
      summary: [
        facts([
          ['App', `${app.name} (${app.bundleId})`],
          ['Scope', scope],
          [
            'Highest seen',
            h ? `${h.buildNumber} · ${h.kind} ${h.id} · ${h.state} · version ${h.version}` : 'none',
          ],
          ['Counted', `${survey.builds} builds, ${survey.uploads} build uploads`],
          ['Next build number', survey.next],
        ]),
      ],
    };
  },
});
