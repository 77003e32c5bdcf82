import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  feedbackTable,
  fetchCrashLogs,
  fetchFeedback,
  parseFeedbackSelection,
  submissionJson,
  writeFeedbackFiles
} from "./chunk-B464K7CY.js";
import "./chunk-HQRV6QUE.js";
import "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import "./chunk-JKVH5SZQ.js";
import "./chunk-SYYQ6OPN.js";
import "./chunk-4F67JWNM.js";
import "./chunk-XSH6A373.js";
import "./chunk-EGKHAR4I.js";
import "./chunk-BLPJK66F.js";
import "./chunk-GCXLEBFL.js";
import {
  requireApp
} from "./chunk-5QWUD2AG.js";
import "./chunk-62X67HRV.js";
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import {
  facts
} from "./chunk-66LBZBJX.js";
import {
  Input,
  InputError,
  Output
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/list-feedback.ts
var list_feedback_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "list-feedback");
    const selection = parseFeedbackSelection(inputs, app, common.platform);
    const outputFile = inputs.string(Input.OutputFile);
    const format = inputs.choice(Input.Format, ["csv", "json"], "csv");
    const includeCrashLogs = inputs.bool(Input.IncludeCrashLogs, false);
    if (includeCrashLogs && !outputFile) {
      throw new InputError(
        Input.IncludeCrashLogs,
        `Input '${Input.IncludeCrashLogs}' is true but '${Input.OutputFile}' is not set: crash logs are written beside the output file.`
      );
    }
    if (includeCrashLogs && !selection.kinds.includes("crash")) {
      throw new InputError(
        Input.IncludeCrashLogs,
        `Input '${Input.IncludeCrashLogs}' is true but '${Input.FeedbackKinds}' leaves out crashes.`
      );
    }
    return { selection, outputFile, format, includeCrashLogs };
  },
  async execute(ctx, { selection, outputFile, format, includeCrashLogs }) {
    const found = await fetchFeedback(ctx.client, ctx.log, selection, ctx.clock.now());
    const { app, submissions } = found;
    const crashes = submissions.filter((s) => s.kind === "crash").length;
    ctx.log.info(
      found.noBuild ? "No build matches the given version or build number: no feedback to list." : `${submissions.length - crashes} screenshot and ${crashes} crash submission${crashes === 1 ? "" : "s"}${found.since ? ` since ${found.since}` : ""}.`
    );
    let crashFiles = /* @__PURE__ */ new Map();
    if (outputFile) {
      const logs = includeCrashLogs ? await fetchCrashLogs(ctx.client, submissions) : /* @__PURE__ */ new Map();
      crashFiles = await writeFeedbackFiles(outputFile, format, submissions, logs);
      ctx.log.info(
        `Wrote ${submissions.length} submissions to ${outputFile} (${format})${logs.size ? ` and ${logs.size} crash logs beside it` : ""}.`
      );
    }
    return {
      outputs: { [Output.Changes]: 0 },
      result: {
        app: { id: app.id, bundleId: app.bundleId, name: app.name },
        since: found.since ?? null,
        count: submissions.length,
        ...found.truncated.length ? { truncated: found.truncated } : {},
        ...outputFile ? { file: outputFile, format } : {},
        submissions: submissions.map((s) => submissionJson(s, crashFiles.get(s.id)))
      },
      summary: [
        facts([
          ["App", `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
          ["Since", found.since ?? "any time"],
          ["Screenshots", submissions.length - crashes],
          ["Crashes", crashes],
          ...outputFile ? [["File", `${outputFile} (${format})`]] : []
        ]),
        ...submissions.length ? [feedbackTable(submissions)] : []
      ]
    };
  }
});
export {
  list_feedback_default as default
};
