// Every state change calls this inside the transaction that makes the change, so a change
// that rolls back leaves no audit trail and no change goes unaudited. Only actions of the
// registry (./actions.ts) are accepted, with their data parsed against the action's shapes.
import type { DbTx } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { AUDIT_ACTIONS, type AuditAction, type AuditAfter, type AuditBefore, type NonStaffActor } from './actions';

/** `key?: T` when the action may leave the field out, `key: T` when it must record it. */
type DataField<Key extends string, T> = undefined extends T ? { [P in Key]?: T } : { [P in Key]: T };

export type AuditEventInput<A extends AuditAction> = {
  actorId?: string | null;
  /** Who acted when it was not a staff member. */
  actorLabel?: NonStaffActor;
  action: A;
  entityId: string;
} & DataField<'before', AuditBefore<A>> &
  DataField<'after', AuditAfter<A>>;

/** The action's before/after data, checked against its registry entry (throws on a wrong shape). */
export function auditData<A extends AuditAction>(action: A, which: 'before' | 'after', value: unknown): Prisma.InputJsonValue | undefined {
  return AUDIT_ACTIONS[action][which].parse(value) as Prisma.InputJsonValue | undefined;
}

/** Returns the event's id (as a string: it is a BigInt), for a change that can later be undone by naming it. */
export async function recordAuditEvent<A extends AuditAction>(tx: DbTx, event: AuditEventInput<A>): Promise<string> {
  const entry = AUDIT_ACTIONS[event.action];
  if (!entry) throw new Error(`Unknown audit action: ${String(event.action)}`);
  const created = await tx.auditEvent.create({
    select: { id: true },
    data: {
      actorId: event.actorId ?? null,
      actorLabel: event.actorLabel ?? (event.actorId ? null : 'system'),
      action: event.action,
      entityType: entry.entityType,
      entityId: event.entityId,
      before: auditData(event.action, 'before', event.before),
      after: auditData(event.action, 'after', event.after),
    },
  });
  return created.id.toString();
}
