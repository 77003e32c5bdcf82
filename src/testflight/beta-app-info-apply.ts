/**
 * Sends the Beta App Information plan, one write at a time, and reads every write back. A 409 on
 * a create means the locale may already be there (a retry of a create whose answer was lost):
 * it is read back and patched if it still differs. A failure that concerns the whole run (401,
 * 403, 429, 5xx, network) stops the writes not yet sent.
 */
import {
  createBetaAppLocalization,
  deleteBetaAppLocalization,
  findBetaAppLocalization,
  getBetaAppLocalization,
  getBetaAppReviewDetail,
  getBetaLicenseAgreement,
  updateBetaAppLocalization,
  updateBetaAppReviewDetail,
  updateBetaLicenseAgreement,
  type BetaAppLocalization,
  type LocalizationAttribute,
  type ReviewAttributes,
} from '../api/beta-app-info.js';
import { ApiError, reasonOf, stopsTheRun } from '../api/errors.js';
import type { App } from '../api/apps.js';
import type { OperationContext } from '../operation.js';
import type { BetaInfoWrite } from './beta-app-info-plan.js';

export type WriteOutcome = 'done' | 'failed' | 'would change' | 'not attempted';

export interface AppliedWrite {
  write: BetaInfoWrite;
  outcome: WriteOutcome;
  detail?: string;
}

/** The fields of `wanted` that `actual` does not hold. */
function mismatches(wanted: Record<string, unknown>, actual: Record<string, unknown>): string[] {
  return Object.entries(wanted)
    .filter(([k, v]) => (actual[k] ?? null) !== v)
    .map(([k]) => k);
}

/** Applies the writes in order; returns one outcome per write and the number of requests that changed something. */
export async function applyBetaAppInfo(
  ctx: OperationContext,
  app: App,
  writes: readonly BetaInfoWrite[],
): Promise<{ applied: AppliedWrite[]; sent: number }> {
  const applied: AppliedWrite[] = [];
  let sent = 0;
  let fatal: unknown;
  for (const write of writes) {
    if (fatal !== undefined) {
      applied.push({ write, outcome: 'not attempted', detail: `stopped: ${reasonOf(fatal)}` });
      continue;
    }
    try {
      const result = await applyOne(ctx, app, write);
      sent += result.sent;
      applied.push({ write, outcome: 'done', ...(result.note ? { detail: result.note } : {}) });
    } catch (error) {
      if (stopsTheRun(error)) fatal = error;
      applied.push({ write, outcome: 'failed', detail: reasonOf(error) });
    }
  }
  return { applied, sent };
}

async function applyOne(
  ctx: OperationContext,
  app: App,
  write: BetaInfoWrite,
): Promise<{ sent: number; note?: string }> {
  const { client } = ctx;
  switch (write.kind) {
    case 'create-localization': {
      let note: string | undefined;
      let sent = 1;
      try {
        await createBetaAppLocalization(client, app.id, write.locale, write.attributes);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
        // Maybe there already (a lost answer's retry, or someone else): read back, patch what differs.
        const found = await findBetaAppLocalization(client, app.id, write.locale);
        if (!found) throw error;
        const differ = mismatches(write.attributes, found.attributes);
        if (differ.length) {
          await updateBetaAppLocalization(client, found.id, pick(write.attributes, differ));
        } else if (!error.afterRetry) sent = 0;
        note = `App Store Connect answered 409 to the create; read back: ${write.locale} ${error.afterRetry ? 'created' : 'present'}`;
      }
      await readBackLocalization(ctx, () => findBetaAppLocalization(client, app.id, write.locale), write);
      return { sent, ...(note ? { note } : {}) };
    }
    case 'update-localization':
      await updateBetaAppLocalization(client, write.id, write.attributes);
      await readBackLocalization(ctx, () => getBetaAppLocalization(client, write.id), write);
      return { sent: 1 };
    case 'delete-localization':
      try {
        await deleteBetaAppLocalization(client, write.id);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
      if (await findBetaAppLocalization(client, app.id, write.locale))
        throw new Error(`read back: ${write.locale} is still there after the delete`);
      return { sent: 1 };
    case 'update-review': {
      await updateBetaAppReviewDetail(client, write.id, write.attributes);
      const back = await getBetaAppReviewDetail(client, app.id);
      const wanted: ReviewAttributes = { ...write.attributes };
      let note: string | undefined;
      // Apple may not show the password back; it is checked only when it does.
      if (back.attributes.demoAccountPassword === null && wanted.demoAccountPassword !== undefined) {
        delete wanted.demoAccountPassword;
        note = 'the password is not shown back, so it could not be checked';
      }
      const differ = mismatches(wanted, back.attributes);
      if (differ.length) throw new Error(`read back: ${differ.join(', ')} did not take the new value`);
      return { sent: 1, ...(note ? { note } : {}) };
    }
    case 'update-license': {
      await updateBetaLicenseAgreement(client, write.id, write.text);
      const back = await getBetaLicenseAgreement(client, app.id);
      if ((back.agreementText ?? '').replace(/\r\n/g, '\n').trim() !== write.text)
        throw new Error('read back: the license agreement did not take the new text');
      return { sent: 1 };
    }
  }
}

function pick(
  attributes: Partial<Record<LocalizationAttribute, string>>,
  names: string[],
): Partial<Record<LocalizationAttribute, string>> {
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => names.includes(k)));
}

async function readBackLocalization(
  ctx: OperationContext,
  read: () => Promise<BetaAppLocalization | undefined>,
  write: { locale: string; attributes: Partial<Record<LocalizationAttribute, string>> },
): Promise<void> {
  const back = await read();
  if (!back) throw new Error(`read back: no ${write.locale} localization after the write`);
  const differ = mismatches(write.attributes, back.attributes);
  if (differ.length)
    throw new Error(`read back: ${differ.join(', ')} of ${write.locale} did not take the new value`);
  ctx.log.debug(`Read back ${write.locale}: as written.`);
}
