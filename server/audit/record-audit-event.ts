// Every state change calls this inside the transaction that makes the change, so a change
// that rolls back leaves no audit trail and no change goes unaudited.
import type { DbTx } from '../db/client';
import type { Prisma } from '../db/generated/client';

export interface AuditEventInput {
  actorId?: string | null;
  /** Who acted when it was not a staff member: "citizen", "system", "sms-gateway" … */
  actorLabel?: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

export async function recordAuditEvent(tx: DbTx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId ?? null,
      actorLabel: event.actorLabel ?? (event.actorId ? null : 'system'),
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before,
      after: event.after,
    },
  });
}
