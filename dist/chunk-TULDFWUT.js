import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  mapLimit
} from "./chunk-HQRV6QUE.js";
import {
  buildLabel,
  describeSelection,
  parseBuildSelection
} from "./chunk-JKVH5SZQ.js";
import "./chunk-SYYQ6OPN.js";
import {
  resolveApp
} from "./chunk-4F67JWNM.js";
import {
  expireBuild,
  listActiveBuilds,
  matchesSelection
} from "./chunk-XSH6A373.js";
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
  capped,
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  InputError,
  Output,
  messageOf
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/expire-builds.ts
var brief = (b) => ({
  id: b.id,
  version: b.version ?? null,
  buildNumber: b.buildNumber,
  uploadedDate: b.uploadedDate ?? null,
  processingState: b.processingState
});
var expire_builds_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "expire-builds");
    const selection = parseBuildSelection(inputs);
    const keep = inputs.int(Input.Keep, { min: 0, max: 1e4 });
    const selected = Boolean(selection.buildId || selection.version || selection.buildNumber);
    if (keep === void 0 && !selected) {
      throw new InputError(
        Input.Keep,
        `Input '${Input.Keep}' is required for expire-builds unless ${Input.BuildId}, ${Input.Version} or ${Input.BuildNumber} selects builds: how many of the newest builds to keep (0 expires all of them).`
      );
    }
    return { app, selection, selected, keep: keep ?? 0 };
  },
  async execute({ client, common, log }, { app: ref, selection, selected, keep }) {
    const { platform, dryRun } = common;
    const app = await namingInput(Input.App, resolveApp(client, ref));
    const active = await listActiveBuilds(client, app.id, platform);
    const candidates = selected ? active.filter((b) => matchesSelection(b, selection)) : active;
    const kept = candidates.slice(0, keep);
    const rest = candidates.slice(keep);
    const processing = rest.filter((b) => b.processingState === "PROCESSING");
    const toExpire = rest.filter((b) => b.processingState !== "PROCESSING");
    for (const b of processing) log.info(`Build ${buildLabel(b)} is still processing; left alone.`);
    log.info(
      `${active.length} active ${platform} build${active.length === 1 ? "" : "s"}${selected ? `, ${candidates.length} matching ${describeSelection(selection, platform)}` : ""}; keeping ${kept.length}, ${dryRun ? "would expire" : "expiring"} ${toExpire.length}.`
    );
    const expired = [];
    const failed = [];
    if (dryRun) {
      for (const b of toExpire) log.info(`Dry run: would expire build ${buildLabel(b)} (id ${b.id}).`);
    } else {
      const results = await mapLimit(toExpire, 4, (b) => expireBuild(client, b.id));
      results.forEach((r, i) => {
        const b = toExpire[i];
        if ("value" in r) expired.push(b);
        else failed.push({ build: b, reason: messageOf(r.error) });
      });
      if (expired.length) log.info(`Expired ${expired.map(buildLabel).join(", ")}.`);
    }
    const changes = dryRun ? toExpire.length : expired.length + failed.length;
    const rows = [
      ...kept.map((b) => [buildLabel(b), b.id, b.uploadedDate, "kept"]),
      ...processing.map((b) => [buildLabel(b), b.id, b.uploadedDate, "processing: left alone"]),
      ...dryRun ? toExpire.map((b) => [buildLabel(b), b.id, b.uploadedDate, "would expire"]) : [],
      ...expired.map((b) => [buildLabel(b), b.id, b.uploadedDate, "expired"]),
      ...failed.map((f) => [buildLabel(f.build), f.build.id, f.build.uploadedDate, `failed: ${f.reason}`])
    ];
    const shown = capped(rows);
    if (selected && candidates.length === 0) {
      log.info(`No active build matches ${describeSelection(selection, platform)}; nothing to expire.`);
    }
    return {
      outputs: { [Output.Changes]: changes },
      result: {
        app,
        platform,
        keep,
        kept: kept.map(brief),
        expired: expired.map(brief),
        wouldExpire: dryRun ? toExpire.map(brief) : [],
        leftProcessing: processing.map(brief),
        failed: failed.map((f) => ({ ...brief(f.build), reason: f.reason })),
        changes,
        dryRun
      },
      summary: [
        facts([
          ["App", `${app.name} (${app.bundleId})`],
          ["Platform", platform],
          ["Kept", kept.length],
          [dryRun ? "Would expire" : "Expired", dryRun ? toExpire.length : expired.length],
          ["Failed", failed.length || void 0]
        ]),
        table(["Build", "Build id", "Uploaded", "Outcome"], shown.rows, shown.note)
      ],
      failure: failed.length ? `Could not expire ${failed.length} build${failed.length === 1 ? "" : "s"}: ${failed.map((f) => `${buildLabel(f.build)}: ${f.reason}`).join("; ")}` : void 0
    };
  }
});
export {
  expire_builds_default as default
};
