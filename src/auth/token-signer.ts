import { SignJWT } from 'jose';
import type { Clock } from '../clock.js';
import type { PrivateKey } from './private-key.js';

export interface Credentials {
  keyId: string;
  /** The team key's issuer id; undefined for an individual key. */
  issuerId?: string;
  privateKey: PrivateKey;
}

export interface SignedToken {
  token: string;
  /** Seconds since the epoch, by the (corrected) clock the token was signed with. */
  issuedAt: number;
  expiresAt: number;
}

/** Apple rejects tokens whose lifetime (exp - iat) exceeds 20 minutes. */
const MAX_LIFETIME_SECONDS = 20 * 60;
/** Signed 60 s in the past, so a runner clock a little fast is still accepted. */
const BACKDATE_SECONDS = 60;

export interface TokenSignerOptions {
  /** exp - iat in seconds; default 19 minutes. */
  lifetimeSeconds?: number;
  /** Sign anew when fewer than this many seconds are left; default 120. */
  renewBeforeSeconds?: number;
  /** Called with every new token, so it can be masked before anything could print it. */
  onToken?: (token: string) => void;
}

/**
 * Signs App Store Connect JWTs (ES256) and reuses each until shortly before it expires.
 * Knows the offset between the runner's clock and Apple's (from responses' Date header),
 * so a runner whose clock is off still signs tokens Apple accepts.
 */
export class TokenSigner {
  private current?: SignedToken;
  private clockOffsetMs = 0;
  private readonly lifetime: number;
  private readonly renewBefore: number;
  /** How many tokens were signed: for tests and debug output. */
  signed = 0;

  constructor(
    readonly credentials: Credentials,
    private readonly clock: Clock,
    private readonly options: TokenSignerOptions = {},
  ) {
    this.lifetime = Math.min(options.lifetimeSeconds ?? 19 * 60, MAX_LIFETIME_SECONDS);
    this.renewBefore = options.renewBeforeSeconds ?? 120;
  }

  /** A token valid for at least `renewBeforeSeconds` more. */
  async token(): Promise<SignedToken> {
    const now = this.serverNowSeconds();
    if (this.current && this.current.expiresAt - now > this.renewBefore) return this.current;
    const issuedAt = Math.floor(now) - BACKDATE_SECONDS;
    const expiresAt = issuedAt + this.lifetime;
    const { keyId, issuerId, privateKey } = this.credentials;
    const payload = issuerId ? { iss: issuerId } : { sub: 'user' };
    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'ES256', kid: keyId, typ: 'JWT' })
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setAudience('appstoreconnect-v1')
      .sign(privateKey.key);
    this.options.onToken?.(token);
    this.signed += 1;
    this.current = { token, issuedAt, expiresAt };
    return this.current;
  }

  /** Forgets the cached token, so the next call signs a new one (after a 401). */
  invalidate(): void {
    this.current = undefined;
  }

  /** Records Apple's time from a response's Date header; corrects the clock when it is off by over 30 s. */
  observeServerDate(serverMs: number, localMs = this.clock.now()): number {
    const offset = serverMs - localMs;
    this.clockOffsetMs = Math.abs(offset) > 30_000 ? offset : 0;
    return offset;
  }

  get offsetMs(): number {
    return this.clockOffsetMs;
  }

  private serverNowSeconds(): number {
    return (this.clock.now() + this.clockOffsetMs) / 1000;
  }
}
