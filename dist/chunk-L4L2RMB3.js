import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  requireGroups,
  resolveGroupNames
} from "./chunk-GGG44JGY.js";
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
  resolveAppWithGroups
} from "./chunk-4F67JWNM.js";
import {
  getBuild,
  listBuildGroupIds,
  removeBuildFromGroups
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
  facts,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  Output,
  messageOf
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/remove-build-from-groups.ts
var remove_build_from_groups_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "remove-build-from-groups");
    const selection = parseBuildSelection(inputs);
    const groups = requireGroups(
      inputs,
      "remove-build-from-groups",
      "the beta group names or ids to take the build out of"
    );
    return { app, selection, groups };
  },
  async execute({ client, common, log }, { app: ref, selection, groups: names }) {
    const { platform, dryRun } = common;
    const { app, groups } = await namingInput(Input.App, resolveAppWithGroups(client, ref));
    const wanted = resolveGroupNames(names, groups);
    let build = await lookupBuild(client, app.id, platform, selection);
    if (!build) {
      const newest = await newestBuilds(client, app.id, platform);
      return {
        outputs: { [Output.Changes]: 0 },
        result: { app, platform, selection, build: null, changes: 0 },
        summary: [
          facts([
            ["Looked for", describeSelection(selection, platform)],
            ["Found", "nothing"]
          ])
        ],
        failure: `No ${platform} build of ${app.bundleId || app.id} matches ${describeSelection(selection, platform)}. ${describeNewest(newest, platform)}`
      };
    }
    const label = `build ${buildLabel(build)}`;
    const current = build.groupIds ?? await listBuildGroupIds(client, build.id);
    const entry = (g) => ({
      id: g.id,
      name: g.name,
      internal: g.isInternal
    });
    const toRemove = wanted.filter((g) => current.includes(g.id));
    const notThere = wanted.filter((g) => !current.includes(g.id));
    const failures = [];
    let changes = 0;
    let removed = [];
    let verified = false;
    for (const g of notThere) {
      log.info(
        g.isInternal && g.hasAccessToAllBuilds ? `'${g.name}' is an internal group with access to all builds: it sees ${label} without being assigned, and cannot be taken out.` : `${label} is not in '${g.name}'.`
      );
    }
    if (toRemove.length && dryRun) {
      changes = 1;
      log.info(`Dry run: would remove ${label} from ${toRemove.map((g) => `'${g.name}'`).join(", ")}.`);
    } else if (toRemove.length) {
      changes = 1;
      try {
        await removeBuildFromGroups(
          client,
          build.id,
          toRemove.map((g) => g.id)
        );
        removed = toRemove.map(entry);
        log.info(`Removed ${label} from ${toRemove.map((g) => `'${g.name}'`).join(", ")}.`);
        const readBack = await getBuild(client, build.id);
        if (readBack) {
          build = readBack;
          const after = readBack.groupIds ?? await listBuildGroupIds(client, readBack.id);
          const still = toRemove.filter((g) => after.includes(g.id));
          if (still.length) {
            failures.push(
              `Read back after removing, ${label} is still in ${still.map((g) => `'${g.name}'`).join(", ")}.`
            );
          } else verified = true;
        }
      } catch (error) {
        failures.push(`Could not remove ${label} from the groups: ${messageOf(error)}`);
      }
    }
    const notThereRows = notThere.map((g) => ({
      ...entry(g),
      reason: g.isInternal && g.hasAccessToAllBuilds ? "internal group with access to all builds (sees every build; nothing to remove)" : "the build is not in this group"
    }));
    const rows = [
      ...toRemove.map((g) => [
        g.name,
        g.isInternal ? "internal" : "external",
        dryRun ? "would remove" : removed.length ? "removed" : "failed"
      ]),
      ...notThereRows.map((g) => [g.name, g.internal ? "internal" : "external", `not there: ${g.reason}`])
    ];
    return {
      outputs: { ...buildOutputs(build), [Output.Changes]: changes },
      result: {
        app,
        platform,
        build: buildJson(build),
        groups: {
          removed,
          wouldRemove: dryRun ? toRemove.map(entry) : [],
          notThere: notThereRows
        },
        verified,
        changes,
        dryRun
      },
      summary: [
        facts([["App", appLink(`${app.name} (${app.bundleId})`, app.id)], ...buildFacts(build, app.id)]),
        table(["Group", "Type", "Outcome"], rows)
      ],
      failure: failures.length ? failures.join(" ") : void 0
    };
  }
});
export {
  remove_build_from_groups_default as default
};
