// Keeps open rumours in step with a settings change: their priority and deadline are recomputed
// in the transaction that makes the change (server/rumors/refresh-rumor-stats.ts, set-based), so
// the inbox never shows numbers from old settings.
import type { DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { OPEN_STATUSES } from '../rumors/inbox-filters';
import { refreshRumorsStats } from '../rumors/refresh-rumor-stats';

/** Refreshes the given open rumours; returns how many were refreshed. */
export async function refreshOpenRumors(tx: DbTx, ids: readonly string[]): Promise<number> {
  return (await refreshRumorsStats(tx, ids)).size;
}

export const openStatusesSql = Prisma.join(OPEN_STATUSES.map((s) => Prisma.sql`${s}::"RumorStatus"`));
