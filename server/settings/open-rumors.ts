// Keeps open rumours in step with a settings change: their priority and deadline are recomputed
// in the transaction that makes the change, so the inbox never shows numbers from old settings.
import type { DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { OPEN_STATUSES } from '../rumors/inbox-filters';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';

export async function refreshOpenRumors(tx: DbTx, ids: string[]): Promise<number> {
  for (const id of ids) await refreshRumorStats(tx, id);
  return ids.length;
}

export const openStatusesSql = Prisma.join(OPEN_STATUSES.map((s) => Prisma.sql`${s}::"RumorStatus"`));
