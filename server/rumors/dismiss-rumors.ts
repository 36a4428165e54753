import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { dismissManyInput } from './schema';
import { assertTransition } from './workflow';

/** Bulk dismissal with one reason. All or none: one rumour that cannot be dismissed stops the batch. */
export async function dismissRumors(db: Db, actor: Actor, rawInput: { ids: string[]; reason: string; note?: string }) {
  const input = dismissManyInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    for (const id of input.ids) {
      const rumor = await loadRumorForAction(tx, actor, id);
      assertTransition(rumor.status, 'DISMISSED');
      await tx.rumor.update({ where: { id }, data: { status: 'DISMISSED', dismissReason: input.reason, dismissNote: input.note ?? null } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'rumor.dismissed',
        entityType: 'Rumor',
        entityId: id,
        before: { status: rumor.status },
        after: { status: 'DISMISSED', dismissReason: input.reason, ...(input.note ? { note: input.note } : {}) },
      });
    }
    return { dismissed: input.ids.length };
  });
}
