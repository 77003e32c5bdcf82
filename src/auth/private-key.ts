import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Input } from '../constants.js';
import { InputError, quote } from '../input-reader.js';

/** An App Store Connect API key's private half, checked and ready to sign with. */
export interface PrivateKey {
  key: KeyObject;
  /** The key as PKCS#8 PEM with real newlines. */
  pem: string;
  /** Every form of the key that could reach a log: to be masked. */
  secretForms: string[];
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
const APPLE_HINT =
  'Download the .p8 file from App Store Connect (Users and Access → Integrations) and pass its text.';

/**
 * Loads the key from `private-key` (PEM; base64 of the PEM; one line with literal \n; CRLF;
 * indented) or `private-key-path`. Accepts PKCS#8 and SEC1 (`EC PRIVATE KEY`) on P-256 and
 * rejects anything else with a message naming the input. The key's text never appears in a message.
 */
export function loadPrivateKey(source: { text?: string; path?: string }): PrivateKey {
  const { text, path } = source;
  if (text !== undefined && path !== undefined) {
    throw new InputError(
      Input.PrivateKey,
      `Inputs '${Input.PrivateKey}' and '${Input.PrivateKeyPath}' are both set: give only one of them.`,
    );
  }
  if (text === undefined && path === undefined) {
    throw new InputError(
      Input.PrivateKey,
      `Input '${Input.PrivateKey}' is empty and no '${Input.PrivateKeyPath}' is given: pass the .p8 key in one of them (for example from a secret).`,
    );
  }
  let raw: string;
  let input: string = Input.PrivateKey;
  if (path !== undefined) {
    input = Input.PrivateKeyPath;
    try {
      raw = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new InputError(
        input,
        `Input '${input}' names a file that cannot be read: ${quote(path)} (${code}).`,
      );
    }
    if (raw.trim() === '')
      throw new InputError(input, `Input '${input}' names an empty file: ${quote(path)}.`);
  } else {
    raw = text as string;
  }
  const secretForms = new Set<string>([raw.trim()]);
  const pem = normalizePem(raw, input);
  const key = importKey(pem, input);
  const pkcs8 = key.export({ format: 'pem', type: 'pkcs8' }).toString();
  for (const form of [pem, pkcs8]) {
    secretForms.add(form.trim());
    secretForms.add(Buffer.from(form).toString('base64'));
    secretForms.add(Buffer.from(form.trim()).toString('base64'));
    const body = form.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    secretForms.add(body);
    for (const line of form.split('\n'))
      if (line.length >= 8 && !line.startsWith('-----')) secretForms.add(line.trim());
  }
  return { key, pem: pkcs8, secretForms: [...secretForms].filter((s) => s.length >= 8) };
}

/** Turns the many ways a key arrives through CI secrets into one PEM block with real newlines. */
function normalizePem(raw: string, input: string): string {
  let text = raw.trim().replace(/^["']|["']$/g, '');
  text = text.replace(/\\r\\n|\\n|\\r/g, '\n').replace(/\r\n?/g, '\n');
  if (!text.includes('-----BEGIN')) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/=_-]+$/.test(compact) || compact.length < 32) {
      throw new InputError(
        input,
        `Input '${input}' is not a private key: expected a .p8 PEM key or its base64. ${APPLE_HINT}`,
      );
    }
    const decoded = Buffer.from(compact, 'base64');
    const asText = decoded.toString('utf8');
    if (asText.includes('-----BEGIN')) {
      text = asText.trim().replace(/\r\n?/g, '\n').replace(/\\n/g, '\n');
    } else if (decoded[0] === 0x30) {
      // The PEM body alone (base64 of DER): wrap it as PKCS#8 and let the import decide.
      text = `-----BEGIN PRIVATE KEY-----\n${compact}\n-----END PRIVATE KEY-----`;
    } else {
      throw new InputError(
        input,
        `Input '${input}' is not a private key: its base64 does not decode to a PEM key. ${APPLE_HINT}`,
      );
    }
  }
  const match = PEM_BLOCK.exec(text);
  if (!match) {
    throw new InputError(
      input,
      `Input '${input}' is not a private key: no complete '-----BEGIN ...-----' / '-----END ...-----' block. ${APPLE_HINT}`,
    );
  }
  const label = match[1] as string;
  const inner = (match[2] as string).split('\n').map((l) => l.trim());
  if (label === 'ENCRYPTED PRIVATE KEY' || inner.some((l) => /^Proc-Type:.*ENCRYPTED/i.test(l))) {
    throw new InputError(
      input,
      `Input '${input}' holds an encrypted private key: App Store Connect keys are not encrypted; pass the .p8 file as downloaded.`,
    );
  }
  if (label === 'RSA PRIVATE KEY') {
    throw new InputError(
      input,
      `Input '${input}' holds an RSA key: App Store Connect API keys are EC P-256 (.p8). ${APPLE_HINT}`,
    );
  }
  if (label.includes('PUBLIC KEY') || label === 'CERTIFICATE') {
    throw new InputError(
      input,
      `Input '${input}' holds a ${label.toLowerCase()}, not a private key. ${APPLE_HINT}`,
    );
  }
  if (label !== 'PRIVATE KEY' && label !== 'EC PRIVATE KEY') {
    throw new InputError(
      input,
      `Input '${input}' holds a '${label}' block, not a private key. ${APPLE_HINT}`,
    );
  }
  const body = inner
    .filter((l) => l !== '' && !l.includes(':'))
    .join('')
    .replace(/\s+/g, '');
  const wrapped = body.match(/.{1,64}/g)?.join('\n') ?? '';
  return `-----BEGIN ${label}-----\n${wrapped}\n-----END ${label}-----\n`;
}

function importKey(pem: string, input: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new InputError(
      input,
      `Input '${input}' is not a readable private key: the PEM body is damaged or truncated. ${APPLE_HINT}`,
    );
  }
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    throw new InputError(
      input,
      `Input '${input}' holds an RSA key: App Store Connect API keys are EC P-256 (.p8). ${APPLE_HINT}`,
    );
  }
  if (key.asymmetricKeyType !== 'ec') {
    throw new InputError(
      input,
      `Input '${input}' holds a ${key.asymmetricKeyType ?? 'unknown'} key: App Store Connect API keys are EC P-256 (.p8).`,
    );
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve !== 'prime256v1') {
    throw new InputError(
      input,
      `Input '${input}' holds an EC key on curve ${curve ?? 'unknown'}: App Store Connect API keys use P-256 (prime256v1).`,
    );
  }
  return key;
}
