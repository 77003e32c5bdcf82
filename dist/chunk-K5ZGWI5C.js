import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TesterLedger,
  appFacts,
  carryOutPlans,
  emailKey,
  removeWrites,
  testerOutcome
} from "./chunk-UZFCJU2L.js";
import {
  isEmail
} from "./chunk-MGD32DN7.js";
import {
  listAppTesters
} from "./chunk-3JTMJKWW.js";
import "./chunk-HQRV6QUE.js";
import {
  resolveGroupNames
} from "./chunk-GGG44JGY.js";
import {
  writeListFile
} from "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import {
  listBetaGroups,
  resolveApp
} from "./chunk-4F67JWNM.js";
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
  facts,
  heading,
  table
} from "./chunk-66LBZBJX.js";
import {
  Input,
  InputError,
  Output,
  quote,
  readInputFile,
  splitList
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/api/beta-tester-usages.ts
var USAGE_PERIODS = [
  { days: 7, period: "P7D" },
  { days: 30, period: "P30D" },
  { days: 90, period: "P90D" },
  { days: 365, period: "P365D" }
];
function periodFor(days) {
  return USAGE_PERIODS.find((p) => p.days >= days)?.period;
}
function dimensionTesterId(data) {
  if (typeof data === "string" && data) return data;
  if (data && typeof data === "object" && typeof data.id === "string")
    return data.id;
  return void 0;
}
async function listTesterUsages(client, appId, period) {
  const usage = /* @__PURE__ */ new Map();
  for await (const page of client.pages(`/v1/apps/${encodeURIComponent(appId)}/metrics/betaTesterUsages`, {
    period,
    groupBy: "betaTesters",
    limit: 200
  })) {
    for (const row of page.data) {
      const id = dimensionTesterId(row.dimensions?.betaTesters?.data);
      if (!id) continue;
      const total = usage.get(id) ?? { sessions: 0, crashes: 0, feedback: 0 };
      for (const point of row.dataPoints ?? []) {
        total.sessions += point.values?.sessionCount ?? 0;
        total.crashes += point.values?.crashCount ?? 0;
        total.feedback += point.values?.feedbackCount ?? 0;
      }
      usage.set(id, total);
    }
  }
  return usage;
}

// src/testflight/prune-plan.ts
var NONE = { sessions: 0, crashes: 0, feedback: 0 };
function planPrune(input) {
  const { testers, appGroups, targetGroups, usage, settings } = input;
  const internal = new Set(appGroups.filter((g) => g.isInternal).map((g) => g.id));
  const targets = new Set(targetGroups.map((g) => g.id));
  const kept = { active: 0, state: 0, "keep list": 0, "internal group": 0 };
  const candidates = [];
  let considered = 0;
  for (const tester of testers) {
    const groupIds = tester.groupIds ?? [];
    if (targets.size && !groupIds.some((id) => targets.has(id))) continue;
    considered += 1;
    const used = usage.get(tester.id) ?? NONE;
    if (used.sessions > 0) kept.active += 1;
    else if (!settings.states.includes(tester.state ?? ""))
      kept.state += 1;
    else if (settings.keep.has(emailKey(tester.email))) kept["keep list"] += 1;
    else if (!settings.includeInternal && groupIds.some((id) => internal.has(id)))
      kept["internal group"] += 1;
    else {
      candidates.push({
        tester,
        usage: used,
        groups: settings.removeFrom === "groups" ? targetGroups.filter((g) => groupIds.includes(g.id)) : []
      });
    }
  }
  const remove = { fromGroups: [], fromApp: [] };
  if (settings.removeFrom === "app") remove.fromApp = candidates.map((c) => c.tester);
  else {
    remove.fromGroups = targetGroups.map((group) => ({
      group,
      testers: candidates.filter((c) => c.groups.some((g) => g.id === group.id)).map((c) => c.tester)
    })).filter((r) => r.testers.length > 0);
  }
  return { considered, candidates, kept, remove };
}

// src/testflight/prune-report.ts
var PRUNE_COLUMNS = [
  "email",
  "first_name",
  "last_name",
  "state",
  "sessions",
  "crashes",
  "feedback",
  "removed_from",
  "outcome"
];
async function writePruneFile(settings, plan, reports) {
  if (!settings.outputFile) return;
  const byEmail = new Map(reports.map((r) => [r.email.toLowerCase(), r]));
  const rows = plan.candidates.map((c) => {
    const report = byEmail.get(c.tester.email.toLowerCase());
    return {
      email: c.tester.email,
      first_name: c.tester.firstName,
      last_name: c.tester.lastName,
      state: c.tester.state ?? null,
      sessions: c.usage.sessions,
      crashes: c.usage.crashes,
      feedback: c.usage.feedback,
      removed_from: (report?.groups ?? []).join("; "),
      outcome: report?.outcome ?? null
    };
  });
  await writeListFile(settings.outputFile, settings.format, PRUNE_COLUMNS, rows);
}
function pruneCounts(settings, plan) {
  return [
    heading("Candidates"),
    table(
      ["Testers", "Count"],
      [
        ["Considered", plan.considered],
        [`Active (a session in ${settings.period})`, plan.kept.active],
        [`Not in ${settings.states.join(", ")}`, plan.kept.state],
        ["On the keep list", plan.kept["keep list"]],
        ["In an internal group (include-internal is false)", plan.kept["internal group"]],
        ["Inactive: to remove", plan.candidates.length]
      ]
    )
  ];
}
function overMaxRemovals(app, settings, plan, dryRun) {
  const n = plan.candidates.length;
  const message = `prune-testers would remove ${n} testers, more than max-removals (${settings.maxRemovals}); nothing was removed. Check inactive-days and tester-states, or raise max-removals.`;
  return {
    outputs: { [Output.TestersRemoved]: 0, [Output.Changes]: 0 },
    result: {
      app: { id: app.id, bundleId: app.bundleId, name: app.name },
      dryRun,
      period: settings.period,
      candidates: n,
      maxRemovals: settings.maxRemovals,
      changes: 0,
      testers: []
    },
    summary: [
      facts([
        ["App", appFacts(app)],
        ["Candidates", n],
        ["max-removals", settings.maxRemovals]
      ]),
      ...pruneCounts(settings, plan)
    ],
    failure: message
  };
}

// src/testflight/prune-settings.ts
var TESTER_STATES = ["NOT_INVITED", "INVITED", "ACCEPTED", "INSTALLED", "REVOKED"];
var MAX_KEEP_FILE_BYTES = 1e6;
function parsePruneSettings(inputs) {
  const inactiveDays = inputs.int(Input.InactiveDays, { min: 1, max: 365, fallback: 30 });
  const period = periodFor(inactiveDays) ?? "P365D";
  const states = parseStates(inputs.string(Input.TesterStates));
  const keep = /* @__PURE__ */ new Set();
  inputs.lines(Input.KeepTesters).forEach((line, i) => addKeep(keep, line, Input.KeepTesters, `line ${i + 1}`));
  const keepFile = inputs.string(Input.KeepTestersFile);
  if (keepFile) readKeepFile(keepFile, keep);
  const includeInternal = inputs.bool(Input.IncludeInternal, false);
  const maxRemovals = inputs.int(Input.MaxRemovals, { min: 0, fallback: 100 });
  const removeFrom = inputs.choice(Input.RemoveFrom, ["app", "groups"], "app");
  const groups = inputs.list(Input.Groups);
  if (removeFrom === "groups" && groups.length === 0) {
    throw new InputError(
      Input.Groups,
      `Input '${Input.Groups}' is required when '${Input.RemoveFrom}' is groups: the groups to remove inactive testers from.`
    );
  }
  const outputFile = inputs.string(Input.OutputFile);
  const format = inputs.choice(Input.Format, ["csv", "json"], "csv");
  return {
    inactiveDays,
    period,
    states,
    keep,
    includeInternal,
    maxRemovals,
    removeFrom,
    groups,
    outputFile,
    format
  };
}
function parseStates(value) {
  if (value === void 0) return ["INSTALLED"];
  const states = [];
  for (const item of splitList(value)) {
    const state = TESTER_STATES.find((s) => s === item.toUpperCase().replace(/-/g, "_"));
    if (!state) {
      throw new InputError(
        Input.TesterStates,
        `Input '${Input.TesterStates}' has an invalid value ${quote(item)}: expected one or more of ${TESTER_STATES.join(", ")}.`
      );
    }
    if (!states.includes(state)) states.push(state);
  }
  if (states.length === 0) {
    throw new InputError(
      Input.TesterStates,
      `Input '${Input.TesterStates}' names no state: expected e.g. INSTALLED.`
    );
  }
  return states;
}
function addKeep(keep, raw, input, where) {
  const line = raw.trim();
  if (line === "" || line.startsWith("#")) return;
  if (!isEmail(line)) {
    throw new InputError(
      input,
      `Input '${input}' ${where}: ${quote(line)} is not an email address (one email per line).`
    );
  }
  keep.add(emailKey(line));
}
function readKeepFile(path, keep) {
  const text = readInputFile(Input.KeepTestersFile, path, MAX_KEEP_FILE_BYTES);
  text.split(/\r?\n/).forEach((line, i) => addKeep(keep, line, Input.KeepTestersFile, `${path} line ${i + 1}`));
}

// src/operations/prune-testers.ts
var prune_testers_default = defineOperation({
  parse(inputs, common) {
    return { app: requireApp(common, "prune-testers"), settings: parsePruneSettings(inputs) };
  },
  async execute(ctx, { app: ref, settings }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const [appGroups, testers, usage] = await Promise.all([
      listBetaGroups(ctx.client, app.id),
      listAppTesters(ctx.client, app.id, { withGroups: true }),
      listTesterUsages(ctx.client, app.id, settings.period)
    ]);
    const targetGroups = settings.groups.length ? resolveGroupNames(settings.groups, appGroups) : [];
    const plan = planPrune({ testers, appGroups, targetGroups, usage, settings });
    ctx.log.info(
      `${plan.considered} tester${plan.considered === 1 ? "" : "s"} of ${targetGroups.length ? targetGroups.map((g) => g.name).join(", ") : app.name || app.bundleId}; ${usage.size} with usage in ${settings.period} (inactive-days ${settings.inactiveDays}); ${plan.candidates.length} inactive in ${settings.states.join(", ")} to remove.`
    );
    const recent = settings.states.filter((s) => s === "INVITED" || s === "ACCEPTED");
    if (recent.length && plan.candidates.some((c) => recent.includes(c.tester.state))) {
      ctx.log.warning(
        `tester-states includes ${recent.join(" and ")}: App Store Connect does not say when a tester was invited, so testers invited recently (who had no time to test) are among the candidates.`
      );
    }
    if (plan.candidates.length > settings.maxRemovals)
      return overMaxRemovals(app, settings, plan, ctx.common.dryRun);
    const ledger = new TesterLedger();
    const planned = removeWrites(plan.remove);
    await carryOutPlans(ctx, app, ledger, planned, void 0, plan.remove, {
      dryRun: "Dry run: would remove",
      live: "Removing"
    });
    for (const c of plan.candidates) {
      ledger.row(c.tester).notes.push(`${c.tester.state ?? "no state"}; ${c.usage.sessions} sessions in ${settings.period}`);
    }
    const outcome = testerOutcome(ctx, {
      app,
      groups: targetGroups,
      ledger,
      planned,
      facts: [
        ["Inactive for", `${settings.inactiveDays} days (usage over ${settings.period})`],
        [
          "Removing from",
          settings.removeFrom === "groups" ? "the groups above (testers stay in the app)" : "the app"
        ]
      ],
      result: {
        period: settings.period,
        inactiveDays: settings.inactiveDays,
        states: settings.states,
        kept: plan.kept
      },
      middle: pruneCounts(settings, plan)
    });
    await writePruneFile(settings, plan, ledger.reports());
    if (settings.outputFile)
      ctx.log.info(`Wrote ${plan.candidates.length} testers to ${settings.outputFile}.`);
    return outcome;
  }
});
export {
  prune_testers_default as default
};
