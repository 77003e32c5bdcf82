import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getBetaAppReviewDetail,
  listBetaAppLocalizations
} from "./chunk-RN7G3JY7.js";
import {
  parseUploadInputs,
  readUpload,
  runUpload,
  uploadJson,
  uploadOutputs,
  uploadSummary
} from "./chunk-GRCTSD3B.js";
import "./chunk-HUKLNGA7.js";
import {
  mapLimit
} from "./chunk-HQRV6QUE.js";
import "./chunk-Y2USHQZW.js";
import {
  resolveGroupNames
} from "./chunk-GGG44JGY.js";
import "./chunk-2P4Y6XRB.js";
import "./chunk-4AZT4R4C.js";
import "./chunk-PUAYIFSV.js";
import {
  buildFacts,
  buildJson,
  buildLabel,
  buildOutputs,
  parseBuildSelection,
  parseWaitSettings,
  waitForBuild
} from "./chunk-JKVH5SZQ.js";
import {
  appLink
} from "./chunk-SYYQ6OPN.js";
import {
  resolveAppWithGroups
} from "./chunk-4F67JWNM.js";
import {
  addBuildToGroups,
  createLocalization,
  expireBuild,
  getBuild,
  getReviewSubmission,
  listActiveBuilds,
  listBuildGroupIds,
  listLocalizations,
  notifyTesters,
  setUsesNonExemptEncryption,
  submitForBetaReview,
  updateLocalization
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
  heading,
  table
} from "./chunk-66LBZBJX.js";
import {
  ApiError,
  Input,
  InputError,
  Output,
  messageOf,
  quote,
  reasonOf
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/testflight/beta-app-info-readiness.ts
function betaReviewGaps(localizations, review) {
  const gaps = [];
  const filled = (v) => typeof v === "string" && v.trim() !== "";
  if (!localizations.some((l) => filled(l.attributes.description) && filled(l.attributes.feedbackEmail))) {
    gaps.push(
      localizations.length ? `no beta app localization has both a description and a feedback email (locales: ${localizations.map((l) => l.locale).join(", ")})` : "no beta app localization (description and feedback email)"
    );
  }
  const a = review.attributes;
  const contact = [
    ["contact-first-name", a.contactFirstName],
    ["contact-last-name", a.contactLastName],
    ["contact-phone", a.contactPhone],
    ["contact-email", a.contactEmail]
  ].filter(([, v]) => !filled(v)).map(([k]) => k);
  if (contact.length) gaps.push(`the Beta App Review contact lacks ${contact.join(", ")}`);
  if (a.demoAccountRequired === true && !filled(a.demoAccountName))
    gaps.push("a demo account is required but has no name");
  return gaps;
}
async function warnIfNotReadyForReview(ctx, app) {
  let gaps;
  try {
    const [localizations, review] = await Promise.all([
      listBetaAppLocalizations(ctx.client, app.id),
      getBetaAppReviewDetail(ctx.client, app.id)
    ]);
    gaps = betaReviewGaps(localizations, review);
  } catch (error) {
    ctx.log.debug(`Could not read the Beta App Information to check it before review: ${reasonOf(error)}`);
    return [];
  }
  if (gaps.length) {
    ctx.log.warning(
      `Beta App Review may refuse this build: ${gaps.join("; ")}. Set them in App Store Connect (TestFlight \u2192 Test Information) or with the sync-beta-app-info operation.`
    );
  }
  return gaps;
}

// src/testflight/distribution-plan.ts
var REVIEW_DONE_SUBMISSION = /* @__PURE__ */ new Set(["WAITING_FOR_REVIEW", "IN_REVIEW", "APPROVED"]);
var REVIEW_DONE_EXTERNAL = /* @__PURE__ */ new Set([
  "WAITING_FOR_BETA_REVIEW",
  "IN_BETA_REVIEW",
  "BETA_APPROVED",
  "READY_FOR_BETA_TESTING",
  "IN_BETA_TESTING"
]);
var groupEntry = (g) => ({ id: g.id, name: g.name, internal: g.isInternal });
function planDistribution(build, current, wanted, request, dryRun) {
  const label = `build ${buildLabel(build)}`;
  const failures = [];
  const notes = [];
  if (build.expired) {
    failures.push(
      `Build ${buildLabel(build)} (id ${build.id}) has expired; testers cannot get it. Upload a new build.`
    );
  }
  const external = build.betaDetail?.externalBuildState;
  const complianceMissing = build.usesNonExemptEncryption === null || external === "MISSING_EXPORT_COMPLIANCE";
  const answer = request.usesNonExemptEncryption;
  let compliance;
  let complianceWrite;
  if (complianceMissing && answer !== void 0) {
    complianceWrite = { usesNonExemptEncryption: answer };
    compliance = { status: dryRun ? "would set" : "set", usesNonExemptEncryption: answer };
  } else if (complianceMissing) {
    compliance = { status: "missing", usesNonExemptEncryption: null };
    notes.push({
      level: "warning",
      text: `Build ${buildLabel(build)} is missing export compliance: testers cannot install it until it is answered. Set ${Input.UsesNonExemptEncryption} (true or false).`
    });
  } else {
    compliance = { status: "already answered", usesNonExemptEncryption: build.usesNonExemptEncryption };
    if (answer !== void 0 && answer !== build.usesNonExemptEncryption) {
      compliance.note = `answered earlier as ${String(build.usesNonExemptEncryption)}; not changed`;
      notes.push({
        level: "warning",
        text: `Build ${buildLabel(build)} already answers export compliance with usesNonExemptEncryption ${String(build.usesNonExemptEncryption)}; ${Input.UsesNonExemptEncryption} ${String(answer)} is not applied.`
      });
    }
  }
  const { text, locale } = request;
  const existing = current.localizations.find((l) => l.locale.toLowerCase() === locale.toLowerCase());
  let whatToTest;
  let whatToTestWrite;
  if (text === void 0) {
    whatToTest = { status: "not given", locale, text: existing?.whatsNew ?? null };
  } else if (existing && (existing.whatsNew ?? "") === text) {
    whatToTest = { status: "unchanged", locale: existing.locale, text };
  } else {
    const kind = existing ? "update" : "create";
    whatToTestWrite = { kind, text, localization: existing };
    whatToTest = {
      status: dryRun ? `would ${kind}` : kind === "create" ? "created" : "updated",
      locale: existing?.locale ?? locale,
      text
    };
  }
  if (request.textSource) whatToTest.source = request.textSource;
  const groups = { alreadyThere: [], toAdd: [], skipped: [] };
  for (const g of wanted) {
    if (current.groupIds.includes(g.id)) groups.alreadyThere.push(groupEntry(g));
    else if (g.isInternal && g.hasAccessToAllBuilds) {
      groups.skipped.push({
        ...groupEntry(g),
        reason: "internal group with access to all builds: it gets every build by itself"
      });
    } else groups.toAdd.push(g);
  }
  const reviewWanted = request.submit === "true" || request.submit === "auto" && wanted.some((g) => !g.isInternal);
  const submission = build.reviewSubmission?.betaReviewState;
  let review;
  let submit = false;
  if (!reviewWanted) {
    review = {
      status: "not requested",
      state: submission ?? null,
      reason: request.submit === "false" ? `${Input.SubmitForReview} is false` : "no external group given"
    };
  } else if (submission && REVIEW_DONE_SUBMISSION.has(submission) || external && REVIEW_DONE_EXTERNAL.has(external)) {
    review = { status: "already submitted", state: submission ?? external ?? null };
    notes.push({
      level: "info",
      text: `Beta App Review: ${label} is ${submission ?? external}; not submitted again.`
    });
  } else if (submission === "REJECTED" || external === "BETA_REJECTED") {
    review = { status: "rejected", state: submission ?? external ?? null };
    failures.push(
      `Beta App Review rejected ${label}; it cannot go to external testers. See the reason in App Store Connect (TestFlight \u2192 the build) and upload a new build.`
    );
  } else if (complianceMissing && !complianceWrite) {
    review = { status: "blocked", state: null, reason: "export compliance is missing" };
    failures.push(
      `Cannot submit ${label} for Beta App Review while export compliance is missing: set ${Input.UsesNonExemptEncryption} (true or false).`
    );
  } else if (build.expired) {
    review = { status: "blocked", state: null, reason: "the build has expired" };
  } else {
    submit = true;
    review = { status: dryRun ? "would submit" : "submitted", state: null };
  }
  const autoNotify = build.betaDetail?.autoNotifyEnabled;
  const notify2 = request.notify && !autoNotify && groups.toAdd.length > 0;
  const notification = !request.notify ? { status: "not requested" } : autoNotify ? { status: "automatic", reason: "App Store Connect notifies testers automatically for this build" } : groups.toAdd.length === 0 ? {
    status: "skipped",
    reason: "the build was added to no group in this run (testers were notified when it was)"
  } : { status: dryRun ? "would send" : "sent" };
  return {
    label,
    compliance,
    complianceWrite,
    whatToTest,
    whatToTestWrite,
    groups,
    review,
    submit,
    notification,
    notify: notify2,
    failures,
    notes
  };
}
function olderBuilds(build, active) {
  return active.filter(
    (b) => b.id !== build.id && !b.expired && build.uploadedDate !== void 0 && b.uploadedDate !== void 0 && // Apple writes the offset (-07:00, -08:00): compare instants, not strings.
    Date.parse(b.uploadedDate) < Date.parse(build.uploadedDate)
  );
}

// src/testflight/distribution-steps.ts
var expiredEntry = (b) => ({
  id: b.id,
  version: b.version ?? null,
  buildNumber: b.buildNumber
});
var none = { writes: 0 };
var names = (groups) => groups.map((g) => `'${g.name}'`).join(", ");
async function setCompliance(client, log, build, label, value) {
  try {
    await setUsesNonExemptEncryption(client, build.id, value);
    log.info(`Export compliance: set usesNonExemptEncryption ${String(value)} on ${label}.`);
    return { writes: 1 };
  } catch (error) {
    return { writes: 1, error };
  }
}
async function writeWhatToTest(client, log, build, write, locale) {
  let writes = 1;
  try {
    if (write.kind === "update" && write.localization) {
      await updateLocalization(client, write.localization.id, write.text);
    } else {
      try {
        await createLocalization(client, build.id, locale, write.text);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        const found = (await listLocalizations(client, build.id, locale))[0];
        if (!found) throw error;
        if ((found.whatsNew ?? "") !== write.text) {
          writes++;
          await updateLocalization(client, found.id, write.text);
        }
      }
    }
    log.info(
      `What to Test (${locale}) ${write.kind === "create" ? "created" : "updated"}: ${quote(write.text)}.`
    );
    return { writes };
  } catch (error) {
    return { writes, error };
  }
}
function isInternalRefusal(error) {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.errors.some((e) => /internal group/i.test(`${e.title ?? ""} ${e.detail ?? ""}`));
}
async function addToGroups(client, log, build, label, toAdd) {
  const out = { writes: 0, added: [], skipped: [], failed: [], failures: [] };
  if (toAdd.length === 0) return out;
  out.writes = 1;
  try {
    await addBuildToGroups(
      client,
      build.id,
      toAdd.map((g) => g.id)
    );
    out.added = toAdd.map(groupEntry);
    log.info(`Added ${label} to ${names(toAdd)}.`);
    return out;
  } catch (error) {
    if (toAdd.length === 1 || !isInternalRefusal(error)) {
      for (const g of toAdd) refused(out, log, label, g, error);
      return out;
    }
    log.info(`App Store Connect refused one of the groups (${messageOf(error)}); adding them one by one.`);
  }
  out.writes += toAdd.length;
  const results = await mapLimit(toAdd, 4, (g) => addBuildToGroups(client, build.id, [g.id]));
  results.forEach((r, i) => {
    const g = toAdd[i];
    if ("value" in r) out.added.push(groupEntry(g));
    else refused(out, log, label, g, r.error);
  });
  if (out.added.length) log.info(`Added ${label} to ${names(out.added)}.`);
  return out;
}
function refused(out, log, label, g, error) {
  if (g.isInternal && isInternalRefusal(error)) {
    out.skipped.push({
      ...groupEntry(g),
      reason: "App Store Connect does not let builds be added to this internal group (Cannot add internal group to a build)"
    });
    log.warning(
      `App Store Connect refused to add ${label} to the internal group '${g.name}' ("Cannot add internal group to a build"); internal testers see builds through groups with access to all builds.`
    );
    return;
  }
  const reason = error instanceof ApiError && error.status === 422 ? `${messageOf(error)} (the build is not ready for testers yet)` : messageOf(error);
  out.failed.push({ ...groupEntry(g), reason });
  out.failures.push(`Could not add ${label} to group '${g.name}': ${reason}`);
}
async function submitForReview(client, log, build, label) {
  try {
    const sub = await submitWithReadBack(client, build);
    const review = { status: "submitted", state: sub.betaReviewState ?? "WAITING_FOR_REVIEW" };
    log.info(`Beta App Review: submitted ${label} (${review.state}).`);
    return { review };
  } catch (error) {
    return {
      review: { status: "failed", state: null, reason: messageOf(error) },
      failure: `Could not submit ${label} for Beta App Review: ${messageOf(error)}`
    };
  }
}
async function submitWithReadBack(client, build) {
  try {
    return await submitForBetaReview(client, build.id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    const found = await getReviewSubmission(client, build.id).catch(() => void 0);
    if (!found?.betaReviewState || !REVIEW_DONE_SUBMISSION.has(found.betaReviewState)) throw error;
    return found;
  }
}
async function notify(client, log, build, label) {
  try {
    const sent = await notifyTesters(client, build.id);
    log.info(`Testers of ${label}: ${sent === "sent" ? "notified" : "auto-notify is already on"}.`);
    return {
      notification: sent === "sent" ? { status: "sent" } : {
        status: "automatic",
        reason: "auto-notify is already on for this build (App Store Connect notifies testers itself)"
      }
    };
  } catch (error) {
    return {
      notification: { status: "failed" },
      failure: `Could not notify the testers of ${label}: ${messageOf(error)}`
    };
  }
}
async function readBackMismatches(client, readBack, plan, added, written) {
  const mismatches = [];
  const nowGroups = readBack.groupIds ?? await listBuildGroupIds(client, readBack.id);
  for (const g of added) {
    if (!nowGroups.includes(g.id)) mismatches.push(`the build is not in group '${g.name}' after adding it`);
  }
  if (written.whatToTest && plan.whatToTestWrite) {
    const locs = readBack.localizations ?? await listLocalizations(client, readBack.id);
    const loc = locs.find((l) => l.locale.toLowerCase() === written.locale.toLowerCase());
    if ((loc?.whatsNew ?? null) !== plan.whatToTestWrite.text) {
      mismatches.push(`What to Test (${written.locale}) reads back as ${quote(loc?.whatsNew ?? "(none)")}`);
    }
  }
  const answer = plan.complianceWrite?.usesNonExemptEncryption;
  if (written.compliance && readBack.usesNonExemptEncryption !== answer) {
    mismatches.push(
      `usesNonExemptEncryption reads back as ${String(readBack.usesNonExemptEncryption)}, not ${String(answer)}`
    );
  }
  return mismatches;
}
async function expireOlder(client, log, older) {
  const results = await mapLimit(older, 4, (b) => expireBuild(client, b.id));
  const expired = [];
  const failures = [];
  results.forEach((r, i) => {
    const b = older[i];
    if ("value" in r) expired.push(expiredEntry(b));
    else failures.push(`Could not expire build ${b.id}: ${messageOf(r.error)}`);
  });
  log.info(
    `Expired ${expired.length} older build${expired.length === 1 ? "" : "s"}: ${expired.map((e) => `${e.version ?? "?"} (${e.buildNumber})`).join(", ")}.`
  );
  return { expired, failures };
}

// src/testflight/distribution-apply.ts
function nothingDone(build, plan) {
  return {
    build,
    compliance: plan.compliance,
    whatToTest: plan.whatToTest,
    groups: { added: [], skipped: plan.groups.skipped, failed: [] },
    review: plan.review,
    notification: plan.notification,
    expired: [],
    failures: [],
    changes: 0,
    check: { verified: false, mismatches: [] }
  };
}
async function previewDistribution({ client, common, log }, app, build, plan, expirePrevious) {
  const { label } = plan;
  let changes = 0;
  if (plan.complianceWrite) {
    changes++;
    log.info(
      `Dry run: would set usesNonExemptEncryption ${String(plan.complianceWrite.usesNonExemptEncryption)} on ${label}.`
    );
  }
  if (plan.whatToTestWrite) {
    changes++;
    log.info(
      `Dry run: would ${plan.whatToTestWrite.kind} What to Test (${plan.whatToTest.locale}): ${quote(plan.whatToTestWrite.text)}.`
    );
  }
  if (plan.groups.toAdd.length) {
    changes++;
    log.info(`Dry run: would add ${label} to ${names(plan.groups.toAdd)}.`);
  }
  if (plan.submit) {
    changes++;
    log.info(`Dry run: would submit ${label} for Beta App Review.`);
  }
  if (plan.notify) {
    changes++;
    log.info(`Dry run: would notify the testers of ${label}.`);
  }
  let expired = [];
  if (expirePrevious) {
    const older = olderBuilds(build, await listActiveBuilds(client, app.id, common.platform));
    changes += older.length;
    expired = older.map(expiredEntry);
    log.info(
      older.length ? `Dry run: would expire ${older.length} older build${older.length === 1 ? "" : "s"}: ${older.map(buildLabel).join(", ")}.` : "Dry run: no older build to expire."
    );
  }
  return { ...nothingDone(build, plan), expired, changes };
}
async function applyDistribution(ctx, app, build, plan, expirePrevious) {
  const { client, common, log } = ctx;
  const { label } = plan;
  const failures = [];
  const compliance = { ...plan.compliance };
  const whatToTest = { ...plan.whatToTest };
  let review = plan.review;
  let submit = plan.submit;
  const [complianceDone, whatToTestDone, active] = await Promise.all([
    plan.complianceWrite ? setCompliance(client, log, build, label, plan.complianceWrite.usesNonExemptEncryption) : none,
    plan.whatToTestWrite ? writeWhatToTest(client, log, build, plan.whatToTestWrite, whatToTest.locale) : none,
    expirePrevious ? listActiveBuilds(client, app.id, common.platform).catch((error) => ({ error })) : void 0
  ]);
  if (complianceDone.error !== void 0) {
    compliance.status = "failed";
    failures.push(`Could not set export compliance on ${label}: ${messageOf(complianceDone.error)}`);
    if (submit) {
      submit = false;
      review = { status: "blocked", state: null, reason: "export compliance could not be set" };
    }
  }
  if (whatToTestDone.error !== void 0) {
    whatToTest.status = "failed";
    failures.push(`Could not set What to Test on ${label}: ${messageOf(whatToTestDone.error)}`);
  }
  const [grouped, submitted] = await Promise.all([
    addToGroups(client, log, build, label, plan.groups.toAdd),
    submit ? submitForReview(client, log, build, label) : void 0
  ]);
  failures.push(...grouped.failures);
  if (submitted) {
    review = submitted.review;
    if (submitted.failure) failures.push(submitted.failure);
  }
  const wrote = complianceDone.writes + whatToTestDone.writes + grouped.writes + (submitted ? 1 : 0) > 0;
  const older = Array.isArray(active) ? olderBuilds(build, active) : [];
  if (active !== void 0 && !Array.isArray(active)) {
    failures.push(`Could not list the older builds to expire: ${messageOf(active.error)}`);
  }
  const notifyNow = plan.notify && grouped.added.length > 0;
  const [readBack, notified] = await Promise.all([
    wrote ? getBuild(client, build.id) : void 0,
    notifyNow ? notify(client, log, build, label) : void 0
  ]);
  let notification = plan.notification;
  if (notified) {
    notification = notified.notification;
    if (notified.failure) failures.push(notified.failure);
  } else if (plan.notify) {
    notification = { status: "skipped", reason: "the build was added to no group" };
  }
  const mismatches = wrote && !readBack ? ["the build could not be read back"] : [];
  if (readBack) {
    mismatches.push(
      ...await readBackMismatches(client, readBack, plan, grouped.added, {
        compliance: plan.complianceWrite !== void 0 && complianceDone.error === void 0,
        whatToTest: plan.whatToTestWrite !== void 0 && whatToTestDone.error === void 0,
        locale: whatToTest.locale
      })
    );
    if (review.status === "submitted" && readBack.reviewSubmission?.betaReviewState) {
      review = { ...review, state: readBack.reviewSubmission.betaReviewState };
    }
  }
  if (mismatches.length) {
    failures.push(`Read back after writing, ${label} does not show what was set: ${mismatches.join("; ")}.`);
  }
  let expired = [];
  let expireWrites = 0;
  if (older.length && plan.failures.length === 0 && failures.length === 0) {
    const expiry = await expireOlder(client, log, older);
    expired = expiry.expired;
    expireWrites = older.length;
    failures.push(...expiry.failures);
  } else if (older.length) {
    log.info(`Older builds were not expired: distributing ${label} did not fully succeed.`);
  }
  return {
    build: readBack ?? build,
    compliance,
    whatToTest,
    groups: {
      added: grouped.added,
      skipped: [...plan.groups.skipped, ...grouped.skipped],
      failed: grouped.failed
    },
    review,
    notification,
    expired,
    failures,
    changes: complianceDone.writes + whatToTestDone.writes + grouped.writes + (submitted ? 1 : 0) + (notified ? 1 : 0) + expireWrites,
    check: { verified: readBack !== void 0 && mismatches.length === 0, mismatches }
  };
}

// src/testflight/distribution-settings.ts
var WHATS_NEW_MAX = 4e3;
var LOCALE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
function parseWhatToTest(inputs) {
  const raw = inputs.string(Input.WhatToTest);
  if (raw === void 0) return void 0;
  if (raw.toLowerCase() === "auto") return { kind: "auto" };
  if (raw.length > WHATS_NEW_MAX) {
    throw new InputError(
      Input.WhatToTest,
      `Input '${Input.WhatToTest}' is ${raw.length} characters long; App Store Connect takes at most ${WHATS_NEW_MAX}.`
    );
  }
  return { kind: "text", text: raw };
}
function parseLocale(inputs) {
  const locale = inputs.string(Input.WhatToTestLocale) ?? "en-US";
  if (!LOCALE.test(locale)) {
    throw new InputError(
      Input.WhatToTestLocale,
      `Input '${Input.WhatToTestLocale}' has an invalid value ${quote(locale)}: expected a locale such as en-US or de-DE.`
    );
  }
  return locale;
}
async function whatToTestText(whatToTest, log) {
  if (whatToTest?.kind === "text") return { text: whatToTest.text };
  if (whatToTest?.kind !== "auto") return {};
  const { whatToTestFromContext } = await import("./chunk-Z32VDMHC.js");
  const found = await whatToTestFromContext();
  if (!found) {
    throw new InputError(
      Input.WhatToTest,
      `Input '${Input.WhatToTest}' is 'auto', but this run's GitHub context has no commit message or pull request title (event ${quote(process.env.GITHUB_EVENT_NAME ?? "unknown")}); give the text instead.`
    );
  }
  const text = found.text.length > WHATS_NEW_MAX ? `${found.text.slice(0, WHATS_NEW_MAX - 1)}\u2026` : found.text;
  log.info(`What to Test from the ${found.source}: ${quote(text)}.`);
  return { text, source: found.source };
}

// src/testflight/distribution-summary.ts
var waitedJson = (w) => ({ polls: w.polls, seconds: Math.round(w.waitedMs / 1e3) });
function notReadyResult(run, waited) {
  return {
    outputs: { ...buildOutputs(waited.build), [Output.Changes]: 0 },
    result: {
      app: run.app,
      platform: run.platform,
      build: waited.build ? buildJson(waited.build) : null,
      status: waited.status,
      waited: waitedJson(waited),
      changes: 0,
      dryRun: run.dryRun
    },
    summary: [facts([["Outcome", waited.status], ...waited.build ? buildFacts(waited.build) : []])],
    failure: waited.message
  };
}
function distributionResult(run, plan, done) {
  const { app, dryRun } = run;
  const build = done.build;
  const kind = (internal) => internal ? "internal" : "external";
  const { alreadyThere, toAdd } = plan.groups;
  const { added, skipped, failed } = done.groups;
  const groupRows = [
    ...dryRun ? toAdd.map((g) => [g.name, kind(g.isInternal), "would add"]) : [],
    ...added.map((g) => [g.name, kind(g.internal), "added"]),
    ...alreadyThere.map((g) => [g.name, kind(g.internal), "already there"]),
    ...skipped.map((g) => [g.name, kind(g.internal), `skipped: ${g.reason}`]),
    ...failed.map((g) => [g.name, kind(g.internal), `failed: ${g.reason}`])
  ];
  const groups = {
    added: dryRun ? [] : added,
    wouldAdd: dryRun ? toAdd.map(groupEntry) : [],
    alreadyThere,
    skipped,
    failed
  };
  const { compliance, whatToTest, review, notification, expired, changes, check } = done;
  const expiredText = run.expirePrevious ? `${dryRun ? "would expire" : "expired"} ${expired.length}${expired.length ? `: ${expired.map((e) => `${e.version ?? "?"} (${e.buildNumber})`).join(", ")}` : ""}` : "not requested";
  const failures = [...plan.failures, ...done.failures];
  return {
    outputs: { ...buildOutputs(build), [Output.Changes]: changes },
    result: {
      app,
      platform: run.platform,
      build: buildJson(build),
      waited: waitedJson(run.waited),
      groups,
      compliance,
      whatToTest,
      review,
      notification,
      expiredBuilds: expired,
      verified: check.verified,
      mismatches: check.mismatches,
      changes,
      dryRun
    },
    summary: [
      facts([["App", appLink(`${app.name} (${app.bundleId})`, app.id)], ...buildFacts(build, app.id)]),
      table(
        ["Step", "Outcome"],
        [
          [
            "Export compliance",
            `${compliance.status}${compliance.usesNonExemptEncryption !== null ? ` (usesNonExemptEncryption ${String(compliance.usesNonExemptEncryption)})` : ""}`
          ],
          [
            "What to Test",
            `${whatToTest.status}${whatToTest.text ? ` (${whatToTest.locale}): ${whatToTest.text}` : ""}`
          ],
          ["Groups", groupRows.length ? groupRows.map((r) => `${r[0]}: ${r[2]}`).join("\n") : "none given"],
          [
            "Beta App Review",
            `${review.status}${review.state ? ` (${review.state})` : ""}${review.reason ? `: ${review.reason}` : ""}`
          ],
          [
            "Notify testers",
            `${notification.status}${notification.reason ? `: ${notification.reason}` : ""}`
          ],
          ["Expire previous builds", expiredText],
          [
            "Read back",
            dryRun ? "dry run" : check.verified ? "confirmed" : check.mismatches.length ? `mismatch: ${check.mismatches.join("; ")}` : "nothing written"
          ],
          ["Writes", changes]
        ]
      ),
      ...groupRows.length ? [heading("Groups"), table(["Group", "Type", "Outcome"], groupRows)] : []
    ],
    failure: failures.length ? failures.join(" ") : void 0
  };
}

// src/uploads/upload-distribution.ts
function parseAppFileForDistribution(inputs, selection) {
  const filePath = inputs.string(Input.AppFile);
  if (filePath === void 0) return void 0;
  if (selection.buildId !== void 0) {
    throw new InputError(
      Input.BuildId,
      `Input '${Input.BuildId}' is set together with '${Input.AppFile}': with an app file, the build is the one it makes.`
    );
  }
  return parseUploadInputs(inputs, filePath);
}
async function uploadBeforeDistribution(ctx, plan, app, wait) {
  const started = ctx.clock.now();
  const outcome = await ctx.log.group("Upload", () => runUpload(ctx, plan, app));
  const build = outcome.build;
  if (!build || outcome.status === "failed" || outcome.status === "timeout" || outcome.status === "planned") {
    const then = outcome.status === "planned" ? "Dry run: the build does not exist yet, so the distribution is not planned; a real run uploads it, then distributes it." : void 0;
    if (then) ctx.log.info(then);
    return {
      go: false,
      result: {
        outputs: uploadOutputs(outcome),
        result: { upload: uploadJson(outcome), distribution: null, changes: outcome.changes },
        summary: [heading("Upload"), ...uploadSummary(outcome)],
        failure: outcome.message
      }
    };
  }
  const left = Math.max(0, wait.timeoutMs - (ctx.clock.now() - started));
  return { go: true, outcome, selection: { buildId: build.id }, wait: { ...wait, timeoutMs: left } };
}
function withUpload(distribution, outcome) {
  const distChanges = Number(distribution.outputs?.[Output.Changes] ?? 0);
  const changes = distChanges + outcome.changes;
  const up = uploadOutputs(outcome);
  return {
    ...distribution,
    outputs: {
      ...distribution.outputs,
      [Output.BuildUploadId]: up[Output.BuildUploadId] ?? "",
      [Output.UploadState]: up[Output.UploadState] ?? "",
      [Output.Changes]: changes
    },
    result: { ...distribution.result, upload: uploadJson(outcome), changes },
    summary: [heading("Upload"), ...uploadSummary(outcome), heading("Distribution"), ...distribution.summary]
  };
}

// src/operations/distribute-build.ts
var distribute_build_default = defineOperation({
  parse(inputs, common) {
    const selection = parseBuildSelection(inputs);
    const upload = parseAppFileForDistribution(inputs, selection);
    return {
      app: upload ? common.app : requireApp(common, "distribute-build"),
      upload,
      selection,
      wait: parseWaitSettings(inputs),
      groups: inputs.list(Input.Groups),
      usesNonExemptEncryption: inputs.bool(Input.UsesNonExemptEncryption),
      whatToTest: parseWhatToTest(inputs),
      locale: parseLocale(inputs),
      submit: inputs.choice(Input.SubmitForReview, ["auto", "true", "false"], "auto"),
      notify: inputs.bool(Input.NotifyTesters, false),
      expirePrevious: inputs.bool(Input.ExpirePreviousBuilds, false)
    };
  },
  async execute(ctx, s) {
    const { client, common, log } = ctx;
    const { dryRun } = common;
    const { text, source } = await whatToTestText(s.whatToTest, log);
    const upload = s.upload && await readUpload(s.upload, common, s.wait);
    const platform = upload ? upload.target.platform : common.platform;
    const ref = upload ? upload.app : s.app;
    const { app, groups } = await namingInput(Input.App, resolveAppWithGroups(client, ref));
    const wanted = resolveGroupNames(s.groups, groups);
    const step = upload && await uploadBeforeDistribution(ctx, upload, app, s.wait);
    if (step && !step.go) return step.result;
    const uploaded = step ? step.outcome : void 0;
    const selection = step ? step.selection : s.selection;
    const waited = await waitForBuild(ctx, app.id, platform, selection, step ? step.wait : s.wait);
    if (waited.status !== "ready") return finish(notReadyResult({ app, platform, dryRun }, waited));
    const { build } = waited;
    const [groupIds, localizations] = await Promise.all([
      build.groupIds ?? listBuildGroupIds(client, build.id),
      build.localizations ?? listLocalizations(client, build.id)
    ]);
    const request = { ...s, text, textSource: source };
    const plan = planDistribution(build, { groupIds, localizations }, wanted, request, dryRun);
    for (const note of plan.notes) log[note.level](note.text);
    const run = { app, platform, dryRun, waited, expirePrevious: s.expirePrevious };
    if (build.expired) return finish(distributionResult(run, plan, nothingDone(build, plan)));
    if (plan.submit) await warnIfNotReadyForReview(ctx, app);
    const done = dryRun ? await previewDistribution(ctx, app, build, plan, s.expirePrevious) : await applyDistribution(ctx, app, build, plan, s.expirePrevious);
    return finish(distributionResult(run, plan, done));
    function finish(result) {
      return uploaded ? withUpload(result, uploaded) : result;
    }
  }
});
export {
  distribute_build_default as default
};
