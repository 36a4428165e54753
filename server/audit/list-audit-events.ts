// The admins' audit log: every recorded action, filtered by who, what, which thing and when, newest
// first, a page at a time; each event in words from the registry (./actions.ts) and with what it
// changed, field by field. The same filters give the CSV download (server/api/audit-log.ts).
import { z } from 'zod';
import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { calendarDay, dayRange } from '../exports/schema';
import { REGION_CODES } from '../regions/codes';
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
    /** Events about records of this region (a rumour, its reports, evidence, questions, verdicts and notices; sources, staff, subscriptions). */
    regionCode: z.enum(REGION_CODES, { error: 'regionInvalid' }).optional(),
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

/**
 * The records of a region, by entity type, as the audit log knows them: a rumour of the region and
 * everything hanging off it; a report that chose, was routed to or joined the region; notices,
 * sources, staff and subscriptions that cover it; the region itself.
 */
function regionRecords(code: string): Prisma.Sql {
  return Prisma.sql`
    SELECT 'Rumor' AS type, r.id::text AS id FROM "Rumor" r WHERE ${code} = ANY(r."regionCodes")
    UNION ALL SELECT 'Report', p.id::text FROM "Report" p LEFT JOIN "Rumor" r ON r.id = p."rumorId"
      WHERE p."regionCode" = ${code} OR ${code} = ANY(p."routedRegionCodes") OR ${code} = ANY(r."regionCodes")
    UNION ALL SELECT 'Evidence', x.id::text FROM "Evidence" x JOIN "Rumor" r ON r.id = x."rumorId" WHERE ${code} = ANY(r."regionCodes")
    UNION ALL SELECT 'VerificationRequest', x.id::text FROM "VerificationRequest" x JOIN "Rumor" r ON r.id = x."rumorId" WHERE ${code} = ANY(r."regionCodes")
    UNION ALL SELECT 'VerdictDraft', x.id::text FROM "VerdictDraft" x JOIN "Rumor" r ON r.id = x."rumorId" WHERE ${code} = ANY(r."regionCodes")
    UNION ALL SELECT 'Notice', n.id::text FROM "Notice" n WHERE ${code} = ANY(n."regionCodes")
    UNION ALL SELECT 'Source', s.id::text FROM "Source" s WHERE ${code} = ANY(s."regionCodes")
    UNION ALL SELECT 'User', u.id::text FROM "User" u WHERE ${code} = ANY(u."regionCodes")
    UNION ALL SELECT 'Subscription', s.id::text FROM "Subscription" s WHERE ${code} = ANY(s."regionCodes")
    UNION ALL SELECT 'Region', ${code}`;
}

function conditions(input: z.output<typeof auditLogInput>): Prisma.Sql {
  const range = dayRange(input.from, input.to);
  const all = [
    input.actorId && Prisma.sql`e."actorId" = ${input.actorId}::uuid`,
    input.action && Prisma.sql`e.action = ${input.action}`,
    input.entityType && Prisma.sql`e."entityType" = ${input.entityType}`,
    input.entityId && Prisma.sql`e."entityId" = ${input.entityId}`,
    range.gte && Prisma.sql`e."createdAt" >= ${range.gte}`,
    range.lt && Prisma.sql`e."createdAt" < ${range.lt}`,
    input.before && Prisma.sql`e.id < ${BigInt(input.before)}`,
    input.regionCode && Prisma.sql`(e."entityType", e."entityId") IN (${regionRecords(input.regionCode)})`,
  ].filter((c): c is Prisma.Sql => Boolean(c));
  return all.length ? Prisma.join(all, ' AND ') : Prisma.sql`true`;
}

interface EventRow {
  id: bigint;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actorLabel: string | null;
  actorId: string | null;
  actorName: string | null;
  detailsRemovedAt: Date | null;
}

async function readEvents(db: Db, input: z.output<typeof auditLogInput>, take: number) {
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT e.id, e.action, e."entityType", e."entityId", e.before, e.after, e."createdAt", e."actorLabel", e."detailsRemovedAt", u.id::text AS "actorId", u.name AS "actorName"
    FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE ${conditions(input)}
    ORDER BY e.id DESC LIMIT ${take}`;
  return rows.map((e) => ({
    id: e.id.toString(),
    action: e.action,
    message: auditActionMessageKey(e.action),
    entityType: e.entityType,
    entityId: e.entityId,
    createdAt: e.createdAt,
    actorName: e.actorName,
    /** For citizens, gateways and the system: who acted, in words. */
    actorMessage: e.actorId ? null : auditActorMessageKey(e.actorLabel ?? 'system'),
    changes: auditChanges(e.before, e.after),
    /** What was recorded, as stored: server/audit/describe-changes.ts says it in words. */
    before: e.before,
    after: e.after,
    /** When the retention job removed what the event recorded about people (then `changes` is empty). */
    detailsRemovedAt: e.detailsRemovedAt,
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
      after: { filters: { actorId: input.actorId, action: input.action, entityType: input.entityType, entityId: input.entityId, regionCode: input.regionCode, from: input.from, to: input.to }, rows: Math.min(events.length, AUDIT_LOG_EXPORT_LIMIT) },
    }),
  );
  return { events: events.slice(0, AUDIT_LOG_EXPORT_LIMIT), truncated: events.length > AUDIT_LOG_EXPORT_LIMIT };
}
