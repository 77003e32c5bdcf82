import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isHttpsOrLoopback
} from "./chunk-62X67HRV.js";
import {
  DEFAULT_API_URL,
  Input,
  InputError,
  PLATFORMS,
  quote
} from "./chunk-JDDIJKK4.js";

// src/auth/private-key.ts
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
var APPLE_HINT = "Download the .p8 file from App Store Connect (Users and Access \u2192 Integrations) and pass its text.";
function loadPrivateKey(source) {
  const { text, path } = source;
  if (text !== void 0 && path !== void 0) {
    throw new InputError(
      Input.PrivateKey,
      `Inputs '${Input.PrivateKey}' and '${Input.PrivateKeyPath}' are both set: give only one of them.`
    );
  }
  if (text === void 0 && path === void 0) {
    throw new InputError(
      Input.PrivateKey,
      `Input '${Input.PrivateKey}' is empty and no '${Input.PrivateKeyPath}' is given: pass the .p8 key in one of them (for example from a secret).`
    );
  }
  let raw;
  let input = Input.PrivateKey;
  if (path !== void 0) {
    input = Input.PrivateKeyPath;
    try {
      raw = readFileSync(path, "utf8");
    } catch (error) {
      const code = error.code ?? "error";
      throw new InputError(
        input,
        `Input '${input}' names a file that cannot be read: ${quote(path)} (${code}).`
      );
    }
    if (raw.trim() === "")
      throw new InputError(input, `Input '${input}' names an empty file: ${quote(path)}.`);
  } else {
    raw = text;
  }
  const secretForms = /* @__PURE__ */ new Set([raw.trim()]);
  const pem = normalizePem(raw, input);
  const key = importKey(pem, input);
  const pkcs8 = key.export({ format: "pem", type: "pkcs8" }).toString();
  for (const form of [pem, pkcs8]) {
    secretForms.add(form.trim());
    secretForms.add(Buffer.from(form).toString("base64"));
    secretForms.add(Buffer.from(form.trim()).toString("base64"));
    const body = form.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
    secretForms.add(body);
    for (const line of form.split("\n"))
      if (line.length >= 8 && !line.startsWith("-----")) secretForms.add(line.trim());
  }
  return { key, pem: pkcs8, secretForms: [...secretForms].filter((s) => s.length >= 8) };
}
function normalizePem(raw, input) {
  let text = raw.trim().replace(/^["']|["']$/g, "");
  text = text.replace(/\\r\\n|\\n|\\r/g, "\n").replace(/\r\n?/g, "\n");
  if (!text.includes("-----BEGIN")) {
    const compact = text.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/=_-]+$/.test(compact) || compact.length < 32) {
      throw new InputError(
        input,
        `Input '${input}' is not a private key: expected a .p8 PEM key or its base64. ${APPLE_HINT}`
      );
    }
    const decoded = Buffer.from(compact, "base64");
    const asText = decoded.toString("utf8");
    if (asText.includes("-----BEGIN")) {
      text = asText.trim().replace(/\r\n?/g, "\n").replace(/\\n/g, "\n");
    } else if (decoded[0] === 48) {
      text = `-----BEGIN PRIVATE KEY-----
${compact}
-----END PRIVATE KEY-----`;
    } else {
      throw new InputError(
        input,
        `Input '${input}' is not a private key: its base64 does not decode to a PEM key. ${APPLE_HINT}`
      );
    }
  }
  const match = PEM_BLOCK.exec(text);
  if (!match) {
    throw new InputError(
      input,
      `Input '${input}' is not a private key: no complete '-----BEGIN ...-----' / '-----END ...-----' block. ${APPLE_HINT}`
    );
  }
  const label = match[1];
  const inner = match[2].split("\n").map((l) => l.trim());
  if (label === "ENCRYPTED PRIVATE KEY" || inner.some((l) => /^Proc-Type:.*ENCRYPTED/i.test(l))) {
    throw new InputError(
      input,
      `Input '${input}' holds an encrypted private key: App Store Connect keys are not encrypted; pass the .p8 file as downloaded.`
    );
  }
  if (label === "RSA PRIVATE KEY") {
    throw new InputError(
      input,
      `Input '${input}' holds an RSA key: App Store Connect API keys are EC P-256 (.p8). ${APPLE_HINT}`
    );
  }
  if (label.includes("PUBLIC KEY") || label === "CERTIFICATE") {
    throw new InputError(
      input,
      `Input '${input}' holds a ${label.toLowerCase()}, not a private key. ${APPLE_HINT}`
    );
  }
  if (label !== "PRIVATE KEY" && label !== "EC PRIVATE KEY") {
    throw new InputError(
      input,
      `Input '${input}' holds a '${label}' block, not a private key. ${APPLE_HINT}`
    );
  }
  const body = inner.filter((l) => l !== "" && !l.includes(":")).join("").replace(/\s+/g, "");
  const wrapped = body.match(/.{1,64}/g)?.join("\n") ?? "";
  return `-----BEGIN ${label}-----
${wrapped}
-----END ${label}-----
`;
}
function importKey(pem, input) {
  let key;
  try {
    key = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new InputError(
      input,
      `Input '${input}' is not a readable private key: the PEM body is damaged or truncated. ${APPLE_HINT}`
    );
  }
  if (key.asymmetricKeyType === "rsa" || key.asymmetricKeyType === "rsa-pss") {
    throw new InputError(
      input,
      `Input '${input}' holds an RSA key: App Store Connect API keys are EC P-256 (.p8). ${APPLE_HINT}`
    );
  }
  if (key.asymmetricKeyType !== "ec") {
    throw new InputError(
      input,
      `Input '${input}' holds a ${key.asymmetricKeyType ?? "unknown"} key: App Store Connect API keys are EC P-256 (.p8).`
    );
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve !== "prime256v1") {
    throw new InputError(
      input,
      `Input '${input}' holds an EC key on curve ${curve ?? "unknown"}: App Store Connect API keys use P-256 (prime256v1).`
    );
  }
  return key;
}

// src/settings.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var KEY_ID = /^[A-Za-z0-9]{1,64}$/;
var BUNDLE_ID = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
function parseCommonSettings(inputs) {
  const keyId = inputs.string(Input.KeyId);
  if (keyId === void 0) {
    throw new InputError(
      Input.KeyId,
      `Input '${Input.KeyId}' is required: the API key's id (10 characters, shown in App Store Connect next to the key).`
    );
  }
  if (!KEY_ID.test(keyId)) {
    throw new InputError(
      Input.KeyId,
      `Input '${Input.KeyId}' has an invalid value ${quote(keyId)}: expected the key id, letters and digits only (e.g. 2X9R4HXF34).`
    );
  }
  const issuerId = inputs.string(Input.IssuerId);
  if (issuerId !== void 0 && !UUID.test(issuerId)) {
    throw new InputError(
      Input.IssuerId,
      `Input '${Input.IssuerId}' has an invalid value ${quote(issuerId)}: expected a UUID such as 57246542-96fe-1a63-e053-0824d011072a (leave it empty for an individual key).`
    );
  }
  const keyPath = inputs.string(Input.PrivateKeyPath);
  const fileId = keyPath ? /(?:^|[\\/])AuthKey_([A-Za-z0-9]+)\.p8$/i.exec(keyPath)?.[1] : void 0;
  if (fileId && fileId.toUpperCase() !== keyId.toUpperCase()) {
    throw new InputError(
      Input.KeyId,
      `Input '${Input.KeyId}' is ${quote(keyId)}, but '${Input.PrivateKeyPath}' is the file of key ${quote(fileId)} (${quote(keyPath ?? "")}): App Store Connect names each key's file AuthKey_<KEY ID>.p8. Use key-id ${quote(fileId)}, or the file of key ${quote(keyId)}.`
    );
  }
  const privateKey = loadPrivateKey({ text: inputs.string(Input.PrivateKey), path: keyPath });
  const platformGiven = inputs.choice(Input.Platform, PLATFORMS);
  return {
    credentials: { keyId, issuerId, privateKey },
    apiUrl: parseApiUrl(inputs.string(Input.ApiUrl)),
    app: parseApp(inputs.string(Input.App)),
    platform: platformGiven ?? "IOS",
    platformGiven,
    dryRun: inputs.bool(Input.DryRun, false)
  };
}
function requireApp(common, operation) {
  if (!common.app) {
    throw new InputError(
      Input.App,
      `Input '${Input.App}' is required for ${operation}: the app's bundle id (com.example.app) or Apple id (digits).`
    );
  }
  return common.app;
}
function parseApp(value) {
  if (value === void 0) return void 0;
  if (/^\d+$/.test(value)) return { kind: "id", id: value };
  if (BUNDLE_ID.test(value)) return { kind: "bundleId", bundleId: value };
  throw new InputError(
    Input.App,
    `Input '${Input.App}' has an invalid value ${quote(value)}: expected a bundle id (com.example.app) or the app's Apple id (digits).`
  );
}
function parseApiUrl(value) {
  if (value === void 0) return DEFAULT_API_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      Input.ApiUrl,
      `Input '${Input.ApiUrl}' has an invalid value ${quote(value)}: expected a URL such as ${DEFAULT_API_URL}.`
    );
  }
  if (!isHttpsOrLoopback(url)) {
    throw new InputError(
      Input.ApiUrl,
      `Input '${Input.ApiUrl}' has an invalid value ${quote(value)}: it must use https (plain http is allowed only to a loopback host such as 127.0.0.1), so the token is never sent in clear.`
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    const shown = url.username || url.password ? value.replace(/\/\/[^/@]*@/, "//***@") : value;
    throw new InputError(
      Input.ApiUrl,
      `Input '${Input.ApiUrl}' has an invalid value ${quote(shown)}: give only the scheme, host and optional path prefix.`
    );
  }
  return url.href.replace(/\/$/, "");
}

export {
  parseCommonSettings,
  requireApp
};
