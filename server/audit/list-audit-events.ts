// The admins' audit log: every recorded action, filtered by who, what, which thing and when, newest
// first, a page at a time; each event in words from the registry (./actions.ts) and with what it
// changed, field by field. The same filters give the CSV download (server/api/audit-log.ts).
import { z } from 'zod';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { calendarDay, dayRange } from '../exports/schema';
import { assertAdmin, type Actor } from '../policy';
import { AUDIT_ACTION_NAMES, auditActionMessageKey, auditActorMessageKey } from './actions';
import { recordAuditEvent } from './record-audit-event';

export const AUDIT_LOG_PAGE_SIZE = 50;
export const AUDIT_LOG_EXPORT_LIMIT = 10_000;

export const auditLogInput = z
  .object({
    actorId: z.uuid('invalid').optional(),
    action: z.enum(AUDIT_ACTION_NAMES, { error: 'invalid' }).optional(),
    entityType: z.string().trim().max(40, 'invalid').optional(),
    entityId: z.string().trim().max(100, 'invalid').optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
    /** Older than this event id: the next page. */
    before: z.string().regex(/^\d{1,19}$/, 'invalid').optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { message: 'dayRangeInvalid', path: ['to'] });
export type AuditLogInput = z.input<typeof auditLogInput>;

/** One field an event changed or recorded: its value before and after (as text). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

function shown(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Field by field, the union of what was recorded before and after. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const b = asRecord(before);
  const a = asRecord(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].map((field) => ({ field, before: shown(b[field]), after: shown(a[field]) }));
}

function where(input: z.output<typeof auditLogInput>): Prisma.AuditEventWhereInput {
  const range = dayRange(input.from, input.to);
  return {
    ...(input.actorId ? { actorId: input.actorId } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.entityType ? { entityType: input.entityType } : {}),
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(range.gte || range.lt ? { createdAt: range } : {}),
    ...(input.before ? { id: { lt: BigInt(input.before) } } : {}),
  };
}

async function readEvents(db: Db, input: z.output<typeof auditLogInput>, take: number) {
  const rows = await db.auditEvent.findMany({
    where: where(input),
    orderBy: { id: 'desc' },
    take,
    select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actorLabel: true, actor: { select: { id: true, name: true } } },
  });
  return rows.map((e) => ({
    id: e.id.toString(),
    action: e.action,
    message: auditActionMessageKey(e.action),
    entityType: e.entityType,
    entityId: e.entityId,
    createdAt: e.createdAt,
    actorName: e.actor?.name ?? null,
    /** For citizens, gateways and the system: who acted, in words. */
    actorMessage: e.actor ? null : auditActorMessageKey(e.actorLabel ?? 'system'),
    changes: auditChanges(e.before, e.after),
  }));
}

export type AuditLogEvent = Awaited<ReturnType<typeof readEvents>>[number];

/** A page of the log, and the cursor of the next one. */
export async function listAuditEvents(db: Db, actor: Actor, rawInput: AuditLogInput) {
  assertAdmin(actor, 'Only admins read the audit log.');
  const input = auditLogInput.parse(rawInput);
  const events = await readEvents(db, input, AUDIT_LOG_PAGE_SIZE + 1);
  const page = events.slice(0, AUDIT_LOG_PAGE_SIZE);
  return { events: page, nextBefore: events.length > AUDIT_LOG_PAGE_SIZE ? page.at(-1)!.id : null };
}

/** Who has acted: the filter's choices. */
export async function listAuditActors(db: Db, actor: Actor) {
  assertAdmin(actor, 'Only admins read the audit log.');
  return db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, active: true } });
}

/** Up to AUDIT_LOG_EXPORT_LIMIT events for the CSV download; the download itself is audited. */
export async function exportAuditEvents(db: Db, actor: Actor, rawInput: AuditLogInput) {
  assertAdmin(actor, 'Only admins read the audit log.');
  const input = auditLogInput.parse({ ...rawInput, before: undefined });
  const events = await readEvents(db, input, AUDIT_LOG_EXPORT_LIMIT + 1);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'audit_log.exported',
      entityId: 'audit-log',
      after: { filters: { actorId: input.actorId, action: input.action, entityType: input.entityType, entityId: input.entityId, from: input.from, to: input.to }, rows: Math.min(events.length, AUDIT_LOG_EXPORT_LIMIT) },
    }),
  );
  return { events: events.slice(0, AUDIT_LOG_EXPORT_LIMIT), truncated: events.length > AUDIT_LOG_EXPORT_LIMIT };
}
