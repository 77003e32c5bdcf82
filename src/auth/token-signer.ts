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
  /**
   * How far ahead tokens are signed, in seconds; default 6 hours (a hosted job's longest run).
   * Every token for that span, plus a spare per span for a forced re-sign, is signed and handed
   * to `onToken` on the first call, before any request: masks are all registered before any
   * text from App Store Connect reaches the log, so nothing printed later can stop them.
   */
  aheadSeconds?: number;
  /** Called with every new token, so it can be masked before anything could print it. */
  onToken?: (token: string) => void;
}

interface PoolToken extends SignedToken {
  burned?: boolean;
}

/**
 * Signs App Store Connect JWTs (ES256) and reuses each until shortly before it expires.
 * Knows the offset between the runner's clock and Apple's (from responses' Date header),
 * so a runner whose clock is off still signs tokens Apple accepts.
 *
 * Tokens are signed ahead, in one batch: one per span of `lifetime - renewBefore - 60 s`
 * (each becomes usable when its span starts) and a spare per span for a re-sign after a 401.
 * A new batch is signed only when the clock correction changes, the batch runs out, or both
 * tokens of a span were refused.
 */
export class TokenSigner {
  private current?: PoolToken;
  private pool: PoolToken[] = [];
  private poolOffsetMs = 0;
  private clockOffsetMs = 0;
  private readonly lifetime: number;
  private readonly renewBefore: number;
  private readonly ahead: number;
  /** How many tokens were signed: for tests and debug output. */
  signed = 0;
  /** How many batches were signed. */
  batches = 0;

  constructor(
    readonly credentials: Credentials,
    private readonly clock: Clock,
    private readonly options: TokenSignerOptions = {},
  ) {
    this.lifetime = Math.min(options.lifetimeSeconds ?? 19 * 60, MAX_LIFETIME_SECONDS);
    this.renewBefore = options.renewBeforeSeconds ?? 120;
    this.ahead = options.aheadSeconds ?? 6 * 3600;
  }

  /** A token valid for at least `renewBeforeSeconds` more. */
  async token(): Promise<SignedToken> {
    const now = this.serverNowSeconds();
    if (this.current && !this.current.burned && this.current.expiresAt - now > this.renewBefore)
      return this.current;
    if (this.poolOffsetMs !== this.clockOffsetMs) this.pool = [];
    let next = this.pick(now);
    if (!next) {
      await this.signBatch(now);
      next = this.pick(now);
    }
    this.current = next as PoolToken;
    return this.current;
  }

  /** Forgets the cached token, so the next call hands out another one (after a 401). */
  invalidate(): void {
    if (this.current) this.current.burned = true;
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

  /** The freshest unrefused token already usable now with enough time left. */
  private pick(now: number): PoolToken | undefined {
    let best: PoolToken | undefined;
    for (const t of this.pool) {
      const usable =
        !t.burned && t.issuedAt + BACKDATE_SECONDS <= now + 1 && t.expiresAt - now > this.renewBefore;
      if (usable && (!best || t.issuedAt > best.issuedAt)) best = t;
    }
    return best;
  }

  private async signBatch(now: number): Promise<void> {
    const start = Math.floor(now) - BACKDATE_SECONDS;
    const span = Math.max(60, this.lifetime - this.renewBefore - BACKDATE_SECONDS);
    const spans = Math.max(1, Math.ceil(this.ahead / span));
    const pool: PoolToken[] = [];
    for (let k = 0; k < spans; k++) {
      // The spare is one second older, so the two never coincide.
      for (const issuedAt of [start + k * span, start + k * span - 1]) {
        const expiresAt = issuedAt + this.lifetime;
        pool.push({ token: await this.sign(issuedAt, expiresAt), issuedAt, expiresAt });
      }
    }
    // Every mask first, then the tokens are used.
    for (const t of pool) this.options.onToken?.(t.token);
    this.pool = pool;
    this.poolOffsetMs = this.clockOffsetMs;
    this.batches += 1;
  }

  private async sign(issuedAt: number, expiresAt: number): Promise<string> {
    const { keyId, issuerId, privateKey } = this.credentials;
    const payload = issuerId ? { iss: issuerId } : { sub: 'user' };
    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'ES256', kid: keyId, typ: 'JWT' })
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setAudience('appstoreconnect-v1')
      .sign(privateKey.key);
    this.signed += 1;
    return token;
  }

  private serverNowSeconds(): number {
    return (this.clock.now() + this.clockOffsetMs) / 1000;
  }
}
