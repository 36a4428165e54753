// The rumour's audit trail as the page shows it: its own events plus those of reports that were
// split out of it or merged into it, newest first, with who did it.
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';
import { rumorIdInput } from './schema';

const HISTORY_LIMIT = 200;

export async function getRumorHistory(db: Db, actor: Actor, rawInput: { id: string }) {
  const { id } = rumorIdInput.parse(rawInput);
  const rumor = await db.rumor.findUnique({ where: { id }, select: { regionCodes: true, reports: { select: { id: true } } } });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: 'Rumor', entityId: id },
        { entityType: 'Report', entityId: { in: rumor.reports.map((r) => r.id) } },
        // Reports split out of this rumour no longer belong to it but their move is part of its story.
        // Only report.split records a report's former rumour; naming the action lets the
        // (action, createdAt) index find them instead of reading every audit event's JSON.
        { entityType: 'Report', action: 'report.split', before: { path: ['rumorId'], equals: id } },
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: HISTORY_LIMIT,
    select: { id: true, action: true, entityType: true, entityId: true, before: true, after: true, createdAt: true, actorLabel: true, actor: { select: { name: true } } },
  });
  return events.map((e) => ({
    id: e.id.toString(),
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    createdAt: e.createdAt,
    actorName: e.actor?.name ?? e.actorLabel ?? 'system',
    /** False for citizens, gateways and the system itself, whose labels the page translates. */
    byStaff: e.actor !== null,
  }));
}

export type RumorHistoryEvent = Awaited<ReturnType<typeof getRumorHistory>>[number];
