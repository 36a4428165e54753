import type { Db } from '../db/client';
import { rumorScopeFilter, type Actor } from '../policy';
import { OPEN_STATUSES } from '../rumors/inbox-filters';
import type { OpenRumorCell } from './schema';

/** Open rumours by status × priority level, and how many of them are past their response deadline. */
export async function countOpenRumors(db: Db, actor: Actor, now: Date): Promise<{ cells: OpenRumorCell[]; overdue: number }> {
  const where = { AND: [rumorScopeFilter(actor), { status: { in: [...OPEN_STATUSES] } }] };
  const [groups, overdue] = await Promise.all([
    db.rumor.groupBy({ by: ['status', 'priorityLevel'], where, _count: { _all: true } }),
    db.rumor.count({ where: { AND: [where, { dueAt: { lt: now } }] } }),
  ]);
  return { cells: groups.map((g) => ({ status: g.status, level: g.priorityLevel, count: g._count._all })), overdue };
}
