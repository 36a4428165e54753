import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { dismissManyInput } from './schema';
import { transitionRumor } from './transition-rumor';

/** Bulk dismissal with one reason. All or none: one rumour that cannot be dismissed stops the batch. */
export async function dismissRumors(db: Db, actor: Actor, rawInput: { ids: string[]; reason: string; note?: string }) {
  const input = dismissManyInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    for (const id of input.ids) {
      const rumor = await loadRumorForAction(tx, actor, id);
      await transitionRumor(tx, actor, rumor, 'DISMISSED', { reason: input.reason, note: input.note });
    }
    return { dismissed: input.ids.length };
  });
}
