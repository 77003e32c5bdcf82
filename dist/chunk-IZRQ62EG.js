import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildFacts,
  buildJson,
  buildOutputs,
  describeSelection,
  parseBuildSelection,
  parseWaitSettings,
  waitForBuild
} from "./chunk-JKVH5SZQ.js";
import "./chunk-SYYQ6OPN.js";
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
  facts
} from "./chunk-66LBZBJX.js";
import {
  Input
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/wait-for-build.ts
var wait_for_build_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "wait-for-build");
    return { app, selection: parseBuildSelection(inputs), wait: parseWaitSettings(inputs) };
  },
  async execute(ctx, { app: ref, selection, wait }) {
    const { client, common } = ctx;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const outcome = await waitForBuild(ctx, app.id, common.platform, selection, wait);
    const waited = { polls: outcome.polls, seconds: Math.round(outcome.waitedMs / 1e3) };
    const rows = [
      ["App", `${app.name} (${app.bundleId})`],
      ["Looked for", describeSelection(selection, common.platform)],
      ["Outcome", outcome.status],
      ["Waited", `${waited.seconds} s over ${waited.polls} poll${waited.polls === 1 ? "" : "s"}`],
      ...outcome.build ? buildFacts(outcome.build) : []
    ];
    return {
      outputs: buildOutputs(outcome.build),
      result: {
        app,
        platform: common.platform,
        selection,
        status: outcome.status,
        build: outcome.build ? buildJson(outcome.build) : null,
        waited
      },
      summary: [facts(rows)],
      failure: outcome.status === "ready" ? void 0 : outcome.message
    };
  }
});
export {
  wait_for_build_default as default
};
