import type { AppRef } from './api/apps.js';
import { isHttpsOrLoopback } from './api/url.js';
import { loadPrivateKey } from './auth/private-key.js';
import type { Credentials } from './auth/token-signer.js';
import { DEFAULT_API_URL, Input, PLATFORMS, type Platform } from './constants.js';
import { InputError, InputReader, quote } from './input-reader.js';

/** The app as the user named it: a bundle id or App Store Connect's numeric Apple id. */
export type { AppRef };

/** What every operation gets: credentials, the API location and the common switches. */
export interface CommonSettings {
  credentials: Credentials;
  apiUrl: string;
  app?: AppRef;
  /** The platform input, IOS when empty. */
  platform: Platform;
  /** The platform input as given (undefined when empty): an app file decides the platform itself. */
  platformGiven?: Platform;
  dryRun: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY_ID = /^[A-Za-z0-9]{1,64}$/;
const BUNDLE_ID = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** Reads the inputs every operation shares. Throws InputError before any request. */
export function parseCommonSettings(inputs: InputReader): CommonSettings {
  const keyId = inputs.string(Input.KeyId);
  if (keyId === undefined) {
    throw new InputError(
      Input.KeyId,
      `Input '${Input.KeyId}' is required: the API key's id (10 characters, shown in App Store Connect next to the key).`,
    );
  }
  if (!KEY_ID.test(keyId)) {
    throw new InputError(
      Input.KeyId,
      `Input '${Input.KeyId}' has an invalid value ${quote(keyId)}: expected the key id, letters and digits only (e.g. 2X9R4HXF34).`,
    );
  }
  const issuerId = inputs.string(Input.IssuerId);
  if (issuerId !== undefined && !UUID.test(issuerId)) {
    throw new InputError(
      Input.IssuerId,
      `Input '${Input.IssuerId}' has an invalid value ${quote(issuerId)}: expected a UUID such as 57246542-96fe-1a63-e053-0824d011072a (leave it empty for an individual key).`,
    );
  }
  const keyPath = inputs.string(Input.PrivateKeyPath);
  // Apple names the download AuthKey_<KEY ID>.p8: another id there is the wrong key or key-id.
  const fileId = keyPath ? /(?:^|[\\/])AuthKey_([A-Za-z0-9]+)\.p8$/i.exec(keyPath)?.[1] : undefined;
  if (fileId && fileId.toUpperCase() !== keyId.toUpperCase()) {
    throw new InputError(
      Input.KeyId,
      `Input '${Input.KeyId}' is ${quote(keyId)}, but '${Input.PrivateKeyPath}' is the file of key ${quote(fileId)} ` +
        `(${quote(keyPath ?? '')}): App Store Connect names each key's file AuthKey_<KEY ID>.p8. Use key-id ${quote(fileId)}, or the file of key ${quote(keyId)}.`,
    );
  }
  const privateKey = loadPrivateKey({ text: inputs.string(Input.PrivateKey), path: keyPath });
  // The default lives here, not in action.yml: upload-build must tell an empty input from IOS.
  const platformGiven = inputs.choice(Input.Platform, PLATFORMS);
  return {
    credentials: { keyId, issuerId, privateKey },
    apiUrl: parseApiUrl(inputs.string(Input.ApiUrl)),
    app: parseApp(inputs.string(Input.App)),
    platform: platformGiven ?? 'IOS',
    platformGiven,
    dryRun: inputs.bool(Input.DryRun, false),
  };
}

/** The app input, required by the operations that work on one app. */
export function requireApp(common: CommonSettings, operation: string): AppRef {
  if (!common.app) {
    throw new InputError(
      Input.App,
      `Input '${Input.App}' is required for ${operation}: the app's bundle id (com.example.app) or Apple id (digits).`,
    );
  }
  return common.app;
}

function parseApp(value: string | undefined): AppRef | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return { kind: 'id', id: value };
  if (BUNDLE_ID.test(value)) return { kind: 'bundleId', bundleId: value };
  throw new InputError(
    Input.App,
    `Input '${Input.App}' has an invalid value ${quote(value)}: expected a bundle id (com.example.app) or the app's Apple id (digits).`,
  );
}

function parseApiUrl(value: string | undefined): string {
  if (value === undefined) return DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      Input.ApiUrl,
      `Input '${Input.ApiUrl}' has an invalid value ${quote(value)}: expected a URL such as ${DEFAULT_API_URL}.`,
    );
  }
  if (!isHttpsOrLoopback(url)) {
    throw new InputError(
      Input.ApiUrl,
      `Input '${Input.ApiUrl}' has an invalid value ${quote(value)}: it must use https (plain http is allowed only to a loopback host such as 127.0.0.1), so the token is never sent in clear.`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    // Credentials in the URL are not echoed back into the log.
    const shown = url.username || url.password ? value.replace(/\/\/[^/@]*@/, '//***@') : value;
    throw new InputError(
      Input.ApiUrl,
      `Input '${Input.ApiUrl}' has an invalid value ${quote(shown)}: give only the scheme, host and optional path prefix.`,
    );
  }
  return url.href.replace(/\/$/, '');
}
