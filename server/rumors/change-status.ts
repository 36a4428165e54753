import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { changeStatusInput, type ChangeStatusInput } from './schema';
import { assertTransition } from './workflow';

/** Start investigating, reopen, or dismiss with a reason. Publishing belongs to the verdict use case. */
export async function changeRumorStatus(db: Db, actor: Actor, rawInput: ChangeStatusInput) {
  const input = changeStatusInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, input.id);
    assertTransition(rumor.status, input.to);
    const dismissal = input.to === 'DISMISSED' ? { dismissReason: input.reason, dismissNote: input.note ?? null } : { dismissReason: null, dismissNote: null };
    const updated = await tx.rumor.update({
      where: { id: rumor.id },
      // Whoever starts the investigation owns it unless someone already does.
      data: { status: input.to, ...dismissal, ...(input.to === 'INVESTIGATING' && !rumor.assigneeId ? { assigneeId: actor.id } : {}) },
      select: { id: true, status: true, assigneeId: true, dismissReason: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: input.to === 'DISMISSED' ? 'rumor.dismissed' : 'rumor.status_changed',
      entityType: 'Rumor',
      entityId: rumor.id,
      before: { status: rumor.status, dismissReason: rumor.dismissReason },
      after: { status: updated.status, dismissReason: updated.dismissReason, ...(input.to === 'DISMISSED' && input.note ? { note: input.note } : {}) },
    });
    return updated;
  });
}
