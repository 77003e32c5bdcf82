import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  surveyBuildNumbers
} from "./chunk-HUKLNGA7.js";
import {
  resolveApp
} from "./chunk-4F67JWNM.js";
import "./chunk-XSH6A373.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import {
  requireApp
} from "./chunk-5QWUD2AG.js";
import "./chunk-62X67HRV.js";
import {
  defineOperation,
  namingInput
} from "./chunk-E2H3K5KP.js";
import {
  facts
} from "./chunk-66LBZBJX.js";
import {
  Input,
  InputError,
  Output,
  quote
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/next-build-number.ts
var VERSION = /^\d+(\.\d+){0,2}$/;
var next_build_number_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "next-build-number");
    const version = inputs.string(Input.Version);
    if (version !== void 0 && !VERSION.test(version)) {
      throw new InputError(
        Input.Version,
        `Input '${Input.Version}' has an invalid value ${quote(version)}: expected a marketing version (CFBundleShortVersionString) such as 2.3 or 2.3.1.`
      );
    }
    return { app, version };
  },
  async execute({ client, common, log }, { app: ref, version }) {
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const survey = await surveyBuildNumbers(client, app.id, common.platform, version);
    const h = survey.highest;
    const scope = `${common.platform}${version ? ` version ${version}` : ""}`;
    log.info(
      h ? `Highest build number of ${app.bundleId} ${scope}: ${h.buildNumber} (${h.kind} ${h.id}, ${h.state}); next: ${survey.next}.` : `No build or build upload of ${app.bundleId} ${scope} yet; next: ${survey.next}.`
    );
    return {
      outputs: { [Output.BuildNumber]: survey.next },
      result: {
        app,
        platform: common.platform,
        version: version ?? null,
        next: survey.next,
        highest: h ?? null,
        counted: { builds: survey.builds, buildUploads: survey.uploads }
      },
      summary: [
        facts([
          ["App", `${app.name} (${app.bundleId})`],
          ["Scope", scope],
          [
            "Highest seen",
            h ? `${h.buildNumber} \xB7 ${h.kind} ${h.id} \xB7 ${h.state} \xB7 version ${h.version}` : "none"
          ],
          ["Counted", `${survey.builds} builds, ${survey.uploads} build uploads`],
          ["Next build number", survey.next]
        ])
      ]
    };
  }
});
export {
  next_build_number_default as default
};
