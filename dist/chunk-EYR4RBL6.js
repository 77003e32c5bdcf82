import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-CT3SYMP3.js";
import {
  isEmail
} from "./chunk-MGD32DN7.js";
import {
  createBetaAppLocalization,
  deleteBetaAppLocalization,
  findBetaAppLocalization,
  getBetaAppLocalization,
  getBetaAppReviewDetail,
  getBetaLicenseAgreement,
  listBetaAppLocalizations,
  updateBetaAppLocalization,
  updateBetaAppReviewDetail,
  updateBetaLicenseAgreement
} from "./chunk-RN7G3JY7.js";
import {
  resolveApp
} from "./chunk-4F67JWNM.js";
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
  capped,
  facts,
  heading,
  table
} from "./chunk-66LBZBJX.js";
import {
  ApiError,
  Input,
  InputError,
  Output,
  quote,
  readInputFile,
  reasonOf,
  stopsTheRun
} from "./chunk-JDDIJKK4.js";
import {
  __toESM
} from "./chunk-XNDQ27F5.js";

// src/testflight/beta-app-info-apply.ts
function mismatches(wanted, actual) {
  return Object.entries(wanted).filter(([k, v]) => (actual[k] ?? null) !== v).map(([k]) => k);
}
async function applyBetaAppInfo(ctx, app, writes) {
  const applied = [];
  let sent = 0;
  let fatal;
  for (const write of writes) {
    if (fatal !== void 0) {
      applied.push({ write, outcome: "not attempted", detail: `stopped: ${reasonOf(fatal)}` });
      continue;
    }
    try {
      const result = await applyOne(ctx, app, write);
      sent += result.sent;
      applied.push({ write, outcome: "done", ...result.note ? { detail: result.note } : {} });
    } catch (error) {
      if (stopsTheRun(error)) fatal = error;
      applied.push({ write, outcome: "failed", detail: reasonOf(error) });
    }
  }
  return { applied, sent };
}
async function applyOne(ctx, app, write) {
  const { client } = ctx;
  switch (write.kind) {
    case "create-localization": {
      let note;
      let sent = 1;
      try {
        await createBetaAppLocalization(client, app.id, write.locale, write.attributes);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        const found = await findBetaAppLocalization(client, app.id, write.locale);
        if (!found) throw error;
        const differ = mismatches(write.attributes, found.attributes);
        if (differ.length) {
          await updateBetaAppLocalization(client, found.id, pick(write.attributes, differ));
        } else if (!error.afterRetry) sent = 0;
        note = `App Store Connect answered 409 to the create; read back: ${write.locale} ${error.afterRetry ? "created" : "present"}`;
      }
      await readBackLocalization(ctx, () => findBetaAppLocalization(client, app.id, write.locale), write);
      return { sent, ...note ? { note } : {} };
    }
    case "update-localization":
      await updateBetaAppLocalization(client, write.id, write.attributes);
      await readBackLocalization(ctx, () => getBetaAppLocalization(client, write.id), write);
      return { sent: 1 };
    case "delete-localization":
      try {
        await deleteBetaAppLocalization(client, write.id);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
      if (await findBetaAppLocalization(client, app.id, write.locale))
        throw new Error(`read back: ${write.locale} is still there after the delete`);
      return { sent: 1 };
    case "update-review": {
      await updateBetaAppReviewDetail(client, write.id, write.attributes);
      const back = await getBetaAppReviewDetail(client, app.id);
      const wanted = { ...write.attributes };
      let note;
      if (back.attributes.demoAccountPassword === null && wanted.demoAccountPassword !== void 0) {
        delete wanted.demoAccountPassword;
        note = "the password is not shown back, so it could not be checked";
      }
      const differ = mismatches(wanted, back.attributes);
      if (differ.length) throw new Error(`read back: ${differ.join(", ")} did not take the new value`);
      return { sent: 1, ...note ? { note } : {} };
    }
    case "update-license": {
      await updateBetaLicenseAgreement(client, write.id, write.text);
      const back = await getBetaLicenseAgreement(client, app.id);
      if ((back.agreementText ?? "").replace(/\r\n/g, "\n").trim() !== write.text)
        throw new Error("read back: the license agreement did not take the new text");
      return { sent: 1 };
    }
  }
}
function pick(attributes, names) {
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => names.includes(k)));
}
async function readBackLocalization(ctx, read, write) {
  const back = await read();
  if (!back) throw new Error(`read back: no ${write.locale} localization after the write`);
  const differ = mismatches(write.attributes, back.attributes);
  if (differ.length)
    throw new Error(`read back: ${differ.join(", ")} of ${write.locale} did not take the new value`);
  ctx.log.debug(`Read back ${write.locale}: as written.`);
}

// src/testflight/beta-app-info-file.ts
var import_yaml = __toESM(require_dist(), 1);
import { dirname, resolve } from "node:path";

// src/testflight/beta-app-info-rules.ts
var BETA_LOCALES = [
  "ar-SA",
  "ca",
  "cs",
  "da",
  "de-DE",
  "el",
  "en-AU",
  "en-CA",
  "en-GB",
  "en-US",
  "es-ES",
  "es-MX",
  "fi",
  "fr-CA",
  "fr-FR",
  "he",
  "hi",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "ms",
  "nl-NL",
  "no",
  "pl",
  "pt-BR",
  "pt-PT",
  "ro",
  "ru",
  "sk",
  "sv",
  "th",
  "tr",
  "uk",
  "vi",
  "zh-Hans",
  "zh-Hant"
];
function canonicalLocale(value) {
  const norm = value.trim().replace(/_/g, "-").toLowerCase();
  return BETA_LOCALES.find((l) => l.toLowerCase() === norm);
}
var LIMITS = {
  description: { max: 4e3, source: "Apple" },
  notes: { max: 4e3, source: "reported" },
  tvOsPrivacyPolicy: { max: 4e3, source: "ours" },
  url: { max: 2e3, source: "ours" },
  email: { max: 254, source: "ours" },
  name: { max: 100, source: "ours" },
  phone: { max: 40, source: "ours" },
  demoAccountName: { max: 255, source: "ours" },
  agreementText: { max: 1e5, source: "ours" }
};
var MAX_FILE_BYTES = 1e6;
var PHONE = /^\+?[0-9][0-9 ().-]*[0-9)]$/;
function isPhone(value) {
  return PHONE.test(value) && value.replace(/\D/g, "").length >= 5;
}
function isWebUrl(value) {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

// src/testflight/beta-app-info-file.ts
var LOCALIZATION_KEYS = {
  description: { attr: "description", kind: "text", limit: LIMITS.description },
  "feedback-email": { attr: "feedbackEmail", kind: "email", limit: LIMITS.email },
  "marketing-url": { attr: "marketingUrl", kind: "url", limit: LIMITS.url },
  "privacy-policy-url": { attr: "privacyPolicyUrl", kind: "url", limit: LIMITS.url },
  "tvos-privacy-policy": { attr: "tvOsPrivacyPolicy", kind: "text", limit: LIMITS.tvOsPrivacyPolicy }
};
var REVIEW_KEYS = {
  "contact-first-name": { attr: "contactFirstName", kind: "text", limit: LIMITS.name },
  "contact-last-name": { attr: "contactLastName", kind: "text", limit: LIMITS.name },
  "contact-phone": { attr: "contactPhone", kind: "phone", limit: LIMITS.phone },
  "contact-email": { attr: "contactEmail", kind: "email", limit: LIMITS.email },
  "demo-account-required": { attr: "demoAccountRequired", kind: "bool", limit: LIMITS.name },
  "demo-account-name": { attr: "demoAccountName", kind: "text", limit: LIMITS.demoAccountName },
  notes: { attr: "notes", kind: "text", limit: LIMITS.notes }
};
var TOP_KEYS = ["localizations", "review", "license-agreement", "license-agreement-file"];
function readBetaAppInfoFile(path, options = {}) {
  return parseBetaAppInfo(readBounded(path, Input.BetaAppInfoFile, "the working directory"), path, {
    ...options,
    readLicense: (relative) => readBounded(resolve(dirname(path), relative), Input.BetaAppInfoFile, "the file")
  });
}
function readBounded(path, input, base) {
  return readInputFile(input, path, MAX_FILE_BYTES, base);
}
function parseBetaAppInfo(text, file, options = {}) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node) => lines.linePos(node?.range?.[0] ?? 0).line;
  const fail = (line, field, message) => new InputError(
    Input.BetaAppInfoFile,
    `Input '${Input.BetaAppInfoFile}': ${file} line ${line}${field ? `, ${field}` : ""}: ${message}`
  );
  const first = doc.errors[0];
  if (first) {
    const line = lines.linePos(first.pos[0]).line;
    throw fail(line, "", `is not valid YAML or JSON: ${first.message.split("\n")[0]}`);
  }
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) {
    throw fail(
      lineOf(root),
      "",
      "expected a map with localizations, review, license-agreement or license-agreement-file."
    );
  }
  const spec = { file, localizations: /* @__PURE__ */ new Map() };
  const seen = pairs(root, "", TOP_KEYS, fail, lineOf);
  if (seen.size === 0)
    throw fail(1, "", "sets nothing: expected localizations, review or a license agreement.");
  const locs = seen.get("localizations");
  if (locs?.value != null) {
    if (!(0, import_yaml.isMap)(locs.value))
      throw fail(lineOf(locs.value), "localizations", "expected a map keyed by locale (en-US: ...).");
    for (const pair of locs.value.items) {
      const key = String((0, import_yaml.isScalar)(pair.key) ? pair.key.value : "");
      const line = lineOf(pair.key);
      const locale = canonicalLocale(key);
      if (!locale) {
        throw fail(
          line,
          `localizations.${key}`,
          `${quote(key)} is not a locale App Store Connect accepts for beta app information (e.g. en-US, de-DE, ja, zh-Hans; the README lists them all).`
        );
      }
      if (spec.localizations.has(locale))
        throw fail(line, `localizations.${key}`, `repeats the locale ${locale}: list each locale once.`);
      const path = `localizations.${key}`;
      if (!(0, import_yaml.isMap)(pair.value))
        throw fail(line, path, "expected a map of fields (description, feedback-email, ...).");
      const fields = {};
      for (const [name, p] of pairs(pair.value, path, Object.keys(LOCALIZATION_KEYS), fail, lineOf)) {
        const rule = LOCALIZATION_KEYS[name];
        const value = checkValue(p, `${path}.${name}`, rule.kind, rule.limit, fail, lineOf);
        if (value !== void 0) fields[rule.attr] = value;
      }
      spec.localizations.set(locale, { where: `${file} line ${line}`, fields });
    }
  }
  const review = seen.get("review");
  if (review?.value != null) {
    if (!(0, import_yaml.isMap)(review.value))
      throw fail(lineOf(review.value), "review", "expected a map of review fields.");
    const fields = {};
    for (const [name, p] of pairs(review.value, "review", Object.keys(REVIEW_KEYS), fail, lineOf)) {
      const rule = REVIEW_KEYS[name];
      const value = checkValue(p, `review.${name}`, rule.kind, rule.limit, fail, lineOf);
      if (value !== void 0) fields[rule.attr] = value;
    }
    if (fields.demoAccountRequired === true) {
      const line = lineOf(seen.get("review")?.key);
      if (!fields.demoAccountName)
        throw fail(
          line,
          "review.demo-account-name",
          "demo-account-required is true but no demo-account-name is given."
        );
      if (!options.password) {
        throw new InputError(
          Input.DemoAccountPassword,
          `Input '${Input.DemoAccountPassword}' is required: ${file} line ${line} sets review.demo-account-required to true (the password is never kept in the file; pass it from a secret).`
        );
      }
    }
    spec.review = fields;
  }
  const inline = seen.get("license-agreement");
  const fromFile = seen.get("license-agreement-file");
  if (inline && fromFile) {
    throw fail(
      lineOf(fromFile.key),
      "license-agreement-file",
      "give license-agreement or license-agreement-file, not both."
    );
  }
  if (inline?.value != null) {
    const text2 = checkValue(
      inline,
      "license-agreement",
      "text",
      LIMITS.agreementText,
      fail,
      lineOf
    );
    spec.license = { text: text2, where: `${file} line ${lineOf(inline.key)}` };
  }
  if (fromFile?.value != null) {
    const line = lineOf(fromFile.key);
    const path = checkValue(fromFile, "license-agreement-file", "text", LIMITS.url, fail, lineOf);
    const content = (options.readLicense ?? ((p) => readBounded(p, Input.BetaAppInfoFile, "the file")))(path);
    const text2 = content.replace(/\r\n/g, "\n").trim();
    if (!text2) throw fail(line, "license-agreement-file", `${quote(path)} is empty.`);
    if (text2.length > LIMITS.agreementText.max)
      throw fail(
        line,
        "license-agreement-file",
        `${quote(path)} has ${text2.length} characters; the limit is ${LIMITS.agreementText.max}.`
      );
    spec.license = { text: text2, where: `${path} (from ${file} line ${line})` };
  }
  return spec;
}
function pairs(map, path, allowed, fail, lineOf) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of map.items) {
    const key = String((0, import_yaml.isScalar)(pair.key) ? pair.key.value : "");
    const field = path ? `${path}.${key}` : key;
    if (!allowed.includes(key)) {
      throw fail(lineOf(pair.key), field, `unknown key ${quote(key)}: expected ${allowed.join(", ")}.`);
    }
    out.set(key, pair);
  }
  return out;
}
function checkValue(pair, field, kind, limit, fail, lineOf) {
  const node = pair.value;
  const line = lineOf(node ?? pair.key);
  const raw = (0, import_yaml.isScalar)(node) ? node.value : node == null ? null : node;
  if (raw === null || raw === void 0) return void 0;
  if (kind === "bool") {
    if (typeof raw === "boolean") return raw;
    throw fail(line, field, `${quote(String(raw))} is not true or false.`);
  }
  if (typeof raw !== "string" && !(kind === "phone" && typeof raw === "number"))
    throw fail(line, field, "expected text.");
  const value = String(raw).trim();
  if (value === "") {
    throw fail(
      line,
      field,
      "is empty: leave the key out to keep what App Store Connect has (these fields cannot be cleared)."
    );
  }
  if (value.length > limit.max) {
    throw fail(
      line,
      field,
      `is ${value.length} characters long; ${limit.source === "ours" ? "this action accepts" : "App Store Connect accepts"} at most ${limit.max}.`
    );
  }
  if (kind === "email" && !isEmail(value))
    throw fail(line, field, `${quote(value)} is not an email address.`);
  if (kind === "url" && !isWebUrl(value))
    throw fail(line, field, `${quote(value)} is not an http or https URL.`);
  if (kind === "phone" && !isPhone(value)) {
    throw fail(
      line,
      field,
      `${quote(value)} is not a phone number (digits, spaces, + ( ) - . only; e.g. +1 408 555 0100).`
    );
  }
  return value;
}

// src/testflight/beta-app-info-plan.ts
var FILE_KEY = {
  description: "description",
  feedbackEmail: "feedback-email",
  marketingUrl: "marketing-url",
  privacyPolicyUrl: "privacy-policy-url",
  tvOsPrivacyPolicy: "tvos-privacy-policy",
  contactFirstName: "contact-first-name",
  contactLastName: "contact-last-name",
  contactPhone: "contact-phone",
  contactEmail: "contact-email",
  demoAccountRequired: "demo-account-required",
  demoAccountName: "demo-account-name",
  demoAccountPassword: "demo-account-password",
  notes: "notes"
};
function planBetaAppInfo(spec, state, options = {}) {
  const writes = [];
  const byLocale = new Map(state.localizations.map((l) => [l.locale, l]));
  for (const [locale, { fields }] of spec.localizations) {
    const current = byLocale.get(locale);
    const changes = [];
    const attributes = {};
    for (const [attr, value] of Object.entries(fields)) {
      const old = current?.attributes[attr] ?? null;
      if (old === value) continue;
      attributes[attr] = value;
      changes.push({ field: `localizations.${locale}.${FILE_KEY[attr]}`, old, new: value });
    }
    if (!current) writes.push({ kind: "create-localization", locale, attributes, fields: changes });
    else if (changes.length)
      writes.push({ kind: "update-localization", locale, id: current.id, attributes, fields: changes });
  }
  if (options.removeUnlistedLocales) {
    for (const l of state.localizations) {
      if (spec.localizations.has(l.locale)) continue;
      writes.push({
        kind: "delete-localization",
        locale: l.locale,
        id: l.id,
        fields: [{ field: `localizations.${l.locale}`, old: "present", new: null }]
      });
    }
  }
  if (spec.review || options.password !== void 0) {
    const wanted = { ...spec.review };
    if (options.password !== void 0) wanted.demoAccountPassword = options.password;
    const attributes = {};
    const changes = [];
    for (const [attr, value] of Object.entries(wanted)) {
      const old = state.review.attributes[attr] ?? null;
      if (old === value) continue;
      attributes[attr] = value;
      const secret = attr === "demoAccountPassword";
      changes.push({
        field: `review.${FILE_KEY[attr]}`,
        old: secret ? old ? "(hidden)" : null : old,
        new: secret ? "(hidden)" : value,
        ...secret ? { secret: true } : {}
      });
    }
    if (changes.length)
      writes.push({ kind: "update-review", id: state.review.id, attributes, fields: changes });
  }
  if (spec.license && spec.license.text !== (state.license.agreementText ?? "").replace(/\r\n/g, "\n").trim()) {
    writes.push({
      kind: "update-license",
      id: state.license.id,
      text: spec.license.text,
      fields: [{ field: "license-agreement", old: state.license.agreementText, new: spec.license.text }]
    });
  }
  return writes;
}
function shown(value) {
  if (value === null) return "(none)";
  if (typeof value === "boolean") return String(value);
  return quote(value).replace(/##\[/g, "#\u2060#[").replace(/::/g, ":\u2060:").replace(/\]\(/g, "]\u2060(");
}
function diffLines(writes) {
  const lines = [];
  for (const w of writes) {
    if (w.kind === "delete-localization") {
      lines.push(`localizations.${w.locale}: delete (not in the file; remove-unlisted-locales is true)`);
      continue;
    }
    if (w.kind === "create-localization" && w.fields.length === 0)
      lines.push(`localizations.${w.locale}: create (no fields)`);
    for (const f of w.fields) {
      lines.push(
        f.secret ? `${f.field}: changed (not shown)` : `${f.field}: ${shown(f.old)} \u2192 ${shown(f.new)}${w.kind === "create-localization" ? " (new locale)" : ""}`
      );
    }
  }
  return lines;
}

// src/testflight/beta-app-info-summary.ts
var WHAT = {
  "create-localization": "create localization",
  "update-localization": "update localization",
  "delete-localization": "delete localization",
  "update-review": "update Beta App Review details",
  "update-license": "update license agreement"
};
function target(w) {
  return "locale" in w ? `${WHAT[w.kind]} ${w.locale}` : WHAT[w.kind];
}
function betaAppInfoOutcome(parts) {
  const { app, spec, dryRun, writes } = parts;
  const applied = parts.applied ?? writes.map((write) => ({ write, outcome: "would change" }));
  const changes = dryRun ? writes.length : parts.sent;
  const failed = applied.filter((a) => a.outcome === "failed" || a.outcome === "not attempted");
  const rows = applied.flatMap(
    (a) => (a.write.fields.length ? a.write.fields : [{ field: target(a.write), old: null, new: null }]).map((f) => [
      f.field,
      f.secret ? f.old ? "set" : "\u2013" : shown(f.old),
      f.secret ? "changed" : a.write.kind === "delete-localization" ? "deleted" : shown(f.new),
      a.outcome,
      a.detail
    ])
  );
  const { rows: visible, note } = capped(rows);
  return {
    outputs: { [Output.Changes]: changes },
    result: {
      app: { id: app.id, bundleId: app.bundleId, name: app.name },
      file: spec.file,
      dryRun,
      locales: [...spec.localizations.keys()],
      changes,
      writes: applied.map((a) => ({
        action: a.write.kind,
        ..."locale" in a.write ? { locale: a.write.locale } : {},
        outcome: a.outcome,
        ...a.detail ? { detail: a.detail } : {},
        fields: a.write.fields.map(
          (f) => f.secret ? { field: f.field, changed: true } : { field: f.field, old: f.old, new: f.new }
        )
      }))
    },
    summary: [
      facts([
        ["App", `${app.name || app.bundleId} (${app.bundleId}, ${app.id})`],
        ["File", spec.file],
        ["Locales in the file", [...spec.localizations.keys()].join(", ") || "\u2013"],
        [dryRun ? "Writes planned (dry run, none sent)" : "Writes", changes],
        ...failed.length ? [["Failed", failed.length]] : []
      ]),
      ...rows.length ? [
        heading(dryRun ? "Would change" : "Changes"),
        table(["Field", "Old", "New", "Outcome", "Detail"], visible, note)
      ] : []
    ],
    ...failed.length ? {
      failure: `${failed.length} of ${applied.length} Beta App Information writes failed: ${failed.slice(0, 3).map((a) => `${target(a.write)} (${a.detail ?? a.outcome})`).join("; ")}. A re-run sends only what still differs.`
    } : {}
  };
}

// src/operations/sync-beta-app-info.ts
var sync_beta_app_info_default = defineOperation({
  parse(inputs, common) {
    const app = requireApp(common, "sync-beta-app-info");
    const path = inputs.required(
      Input.BetaAppInfoFile,
      "for sync-beta-app-info: the Beta App Information file"
    );
    const password = inputs.string(Input.DemoAccountPassword);
    const removeUnlistedLocales = inputs.bool(Input.RemoveUnlistedLocales, false);
    const spec = readBetaAppInfoFile(path, { password });
    return { app, spec, password, removeUnlistedLocales };
  },
  async execute(ctx, { app: ref, spec, password, removeUnlistedLocales }) {
    const app = await namingInput(Input.App, resolveApp(ctx.client, ref));
    const [localizations, review, license] = await Promise.all([
      listBetaAppLocalizations(ctx.client, app.id),
      getBetaAppReviewDetail(ctx.client, app.id),
      getBetaLicenseAgreement(ctx.client, app.id)
    ]);
    ctx.log.info(
      `${app.name || app.bundleId} has ${localizations.length} beta localization${localizations.length === 1 ? "" : "s"}${localizations.length ? ` (${localizations.map((l) => l.locale).join(", ")})` : ""}; the file lists ${spec.localizations.size}.`
    );
    const writes = planBetaAppInfo(
      spec,
      { localizations, review, license },
      { password, removeUnlistedLocales }
    );
    const lines = diffLines(writes);
    if (lines.length === 0) ctx.log.info("Beta App Information already matches the file: nothing to change.");
    else {
      await ctx.log.group(ctx.common.dryRun ? "Dry run: would change" : "Changes", async () => {
        for (const line of lines) ctx.log.info(line);
      });
    }
    const unlisted = localizations.filter((l) => !spec.localizations.has(l.locale)).map((l) => l.locale);
    if (unlisted.length && !removeUnlistedLocales && spec.localizations.size) {
      ctx.log.info(
        `Left alone (not in the file): ${unlisted.join(", ")}. Set remove-unlisted-locales: true to delete them.`
      );
    }
    if (ctx.common.dryRun) return betaAppInfoOutcome({ app, spec, dryRun: true, writes, sent: 0 });
    const { applied, sent } = await applyBetaAppInfo(ctx, app, writes);
    return betaAppInfoOutcome({ app, spec, dryRun: false, writes, applied, sent });
  }
});
export {
  sync_beta_app_info_default as default
};
