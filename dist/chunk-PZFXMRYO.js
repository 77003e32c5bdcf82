import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildFacts,
  buildJson,
  buildLabel,
  buildOutputs,
  describeNewest,
  describeSelection,
  lookupBuild,
  newestBuilds,
  parseBuildSelection
} from "./chunk-JKVH5SZQ.js";
import {
  appLink
} from "./chunk-SYYQ6OPN.js";
import {
  resolveApp
} from "./chunk-4F67JWNM.js";
import "./chunk-XSH6A373.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import "./chunk-GCXLEBFL.js";
import {
  requireApp
} from "./chunk-5QWUD2AG.js";
import "./chunk-62X67HRV.js";
import {
  defineOperation,
  namingInput
} from "./chunk-E2H3K5KP.js";
import {
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  Output
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/find-build.ts
var find_build_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "find-build");
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
          newestBuilds: newest.map(buildJson)
        },
        summary: [
          facts([
            ["App", `${app.name} (${app.bundleId})`],
            ["Looked for", what],
            ["Found", "nothing"]
          ]),
          table(
            ["Newest builds", "Build id", "Processing", "Uploaded", "Expired"],
            newest.map((b) => [buildLabel(b), b.id, b.processingState, b.uploadedDate, b.expired])
          )
        ],
        failure: `No ${platform} build of ${app.bundleId || app.id} matches ${what}. ${describeNewest(newest, platform)}`
      };
    }
    log.info(
      `Found build ${buildLabel(build)} (id ${build.id}): ${build.processingState}, TestFlight ${build.betaDetail?.externalBuildState ?? "state not there yet"}.`
    );
    return {
      outputs: buildOutputs(build),
      result: { app, platform, selection, build: buildJson(build) },
      summary: [
        facts([["App", appLink(`${app.name} (${app.bundleId})`, app.id)], ...buildFacts(build, app.id)])
      ]
    };
  }
});
export {
  find_build_default as default
};
