import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { changeStatusInput, type ChangeStatusInput } from './schema';
import { transitionRumor } from './transition-rumor';

/** Start investigating, reopen, or dismiss with a reason. Publishing belongs to the verdict use case. */
export async function changeRumorStatus(db: Db, actor: Actor, rawInput: ChangeStatusInput) {
  const input = changeStatusInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, input.id);
    return input.to === 'DISMISSED'
      ? transitionRumor(tx, actor, rumor, 'DISMISSED', { reason: input.reason, note: input.note })
      : transitionRumor(tx, actor, rumor, 'INVESTIGATING', { claimIfUnassigned: true });
  });
}
