// Recomputes rumours' sighting counts, spread, priority and deadline from their reports: the one
// writer of those numbers. Called in the transaction that adds, moves or removes a report (one
// rumour) and in the one that changes a setting they follow from (region risk, risk terms: every
// open rumour concerned), so the inbox never shows stale numbers. Set-based: one by one (six
// statements a rumour), a region with 2,500 open rumours held its row for seconds and 24 concurrent
// risk changes queued past the busy timeout (503, bench/RESULTS.md).
import type { DbTx } from '../db/client';
import type { PriorityLevel } from '../db/generated/enums';
import { alertIfBecameCritical } from '../notifications/critical-alerts';
import { readSetting } from '../settings/read-settings';
import { computePriority, responseDeadline } from './priority';
import { loadRiskWeights, riskWeightOfFlags } from './risk-terms';

interface Aggregate {
  id: string;
  total: number;
  recent: number;
  settlements: number;
  regions: string[];
  first: Date | null;
  last: Date | null;
}

export interface RumorStats {
  level: PriorityLevel;
  score: number;
  regionCodes: string[];
}

/**
 * Recomputes the counts, spread, priority and deadline of the given rumours from their reports,
 * set-based (one statement a step for all of them); writes only the rumours whose numbers move.
 */
export async function refreshRumorsStats(tx: DbTx, ids: readonly string[], now = new Date()): Promise<Map<string, RumorStats>> {
  const sorted = [...new Set(ids)].sort();
  const stats = new Map<string, RumorStats>();
  if (!sorted.length) return stats;
  // Locked in one order, so two changes that touch the same rumours wait rather than deadlock.
  await tx.$executeRaw`SELECT 1 FROM "Rumor" WHERE id = ANY(${sorted}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
  const sixHoursAgo = new Date(now.getTime() - 6 * 3_600_000);
  const aggregates = await tx.$queryRaw<Aggregate[]>`
      SELECT r.id::text AS id, a.total, a.recent, a.settlements, a.first, a.last,
             ARRAY(SELECT DISTINCT code FROM "Report" x, unnest(report_regions(x."regionCode", x."routedRegionCodes")) AS code
                   WHERE x."rumorId" = r.id) AS regions
      FROM unnest(${sorted}::uuid[]) AS r(id)
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS total,
               count(*) FILTER (WHERE "receivedAt" > ${sixHoursAgo})::int AS recent,
               count(DISTINCT coalesce("settlementId"::text, lower("settlementText")))::int AS settlements,
               min("receivedAt") AS first, max("receivedAt") AS last
        FROM "Report" WHERE "rumorId" = r.id) a`;
  const rumors = await tx.rumor.findMany({
      where: { id: { in: sorted } },
      select: { id: true, riskFlags: true, firstSeenAt: true, lastSeenAt: true, regionCodes: true, priorityLevel: true, status: true, mergedIntoId: true, assigneeId: true, sightingCount: true, settlementCount: true, priorityScore: true, highRisk: true, dueAt: true },
  });
  const regions = await tx.region.findMany({ select: { code: true, riskLevel: true } });
  const weights = await loadRiskWeights(tx);
  const deadlines = await readSetting(tx, 'priority.deadlines');
  const riskOfRegion = new Map(regions.map((r) => [r.code, r.riskLevel]));
  const aggregateOf = new Map(aggregates.map((a) => [a.id, a]));
  const changed: { id: string; sightingCount: number; settlementCount: number; regionCodes: string[]; firstSeenAt: Date; lastSeenAt: Date; priorityScore: number; priorityLevel: PriorityLevel; highRisk: boolean; dueAt: Date }[] = [];
  const alerts: Parameters<typeof alertIfBecameCritical>[1][] = [];
  for (const rumor of rumors) {
    const aggregate = aggregateOf.get(rumor.id);
    // Regions come from the reports; a rumour whose reports name no region keeps the one it was given.
    const reportRegions = [...(aggregate?.regions ?? [])].sort();
    const regionCodes = reportRegions.length ? reportRegions : rumor.regionCodes;
    const riskWeight = riskWeightOfFlags(rumor.riskFlags, weights);
    const priority = computePriority({
      sightingCount: aggregate?.total ?? 0,
      sightingsLast6h: aggregate?.recent ?? 0,
      settlementCount: aggregate?.settlements ?? 0,
      regionCount: regionCodes.length,
      riskWeight,
      regionRiskLevel: Math.max(0, ...regionCodes.flatMap((code) => riskOfRegion.get(code) ?? [])),
    });
    const firstSeenAt = aggregate?.first ?? rumor.firstSeenAt;
    const next = {
      id: rumor.id,
      sightingCount: aggregate?.total ?? 0,
      settlementCount: aggregate?.settlements ?? 0,
      regionCodes,
      firstSeenAt,
      lastSeenAt: aggregate?.last ?? rumor.lastSeenAt,
      priorityScore: priority.score,
      priorityLevel: priority.level,
      highRisk: riskWeight >= 3 || priority.level === 'CRITICAL',
      dueAt: responseDeadline(firstSeenAt, priority.level, deadlines),
    };
    // Only rows whose numbers move are written: a change that leaves a rumour as it was costs no update.
    if (
      next.sightingCount !== rumor.sightingCount || next.settlementCount !== rumor.settlementCount || next.regionCodes.join() !== rumor.regionCodes.join() ||
      next.firstSeenAt.getTime() !== rumor.firstSeenAt.getTime() || next.lastSeenAt.getTime() !== rumor.lastSeenAt.getTime() || next.priorityScore !== rumor.priorityScore ||
      next.priorityLevel !== rumor.priorityLevel || next.highRisk !== rumor.highRisk || next.dueAt.getTime() !== rumor.dueAt?.getTime()
    ) changed.push(next);
    stats.set(rumor.id, { level: priority.level, score: priority.score, regionCodes });
    alerts.push({ rumorId: rumor.id, before: rumor.priorityLevel, after: priority.level, status: rumor.status, merged: rumor.mergedIntoId !== null, assigneeId: rumor.assigneeId, regionCodes });
  }
  if (changed.length) {
    // Region codes travel as comma-joined text (an array of arrays cannot be ragged); codes have no commas.
    await tx.$executeRaw`
      UPDATE "Rumor" r SET "sightingCount" = u.sightings, "settlementCount" = u.settlements,
        "regionCodes" = string_to_array(u.regions, ','), "firstSeenAt" = u.first::timestamp(3), "lastSeenAt" = u.last::timestamp(3),
        "priorityScore" = u.score, "priorityLevel" = u.level::"PriorityLevel", "highRisk" = u.high, "dueAt" = u.due::timestamp(3),
        "updatedAt" = ${now.toISOString()}::timestamp(3)
      FROM unnest(${changed.map((c) => c.id)}::uuid[], ${changed.map((c) => c.sightingCount)}::int[], ${changed.map((c) => c.settlementCount)}::int[],
                  ${changed.map((c) => c.regionCodes.join(','))}::text[], ${changed.map((c) => c.firstSeenAt.toISOString())}::text[],
                  ${changed.map((c) => c.lastSeenAt.toISOString())}::text[], ${changed.map((c) => c.priorityScore)}::float8[],
                  ${changed.map((c) => c.priorityLevel)}::text[], ${changed.map((c) => c.highRisk)}::boolean[], ${changed.map((c) => c.dueAt.toISOString())}::text[])
        AS u(id, sightings, settlements, regions, first, last, score, level, high, due)
      WHERE r.id = u.id`;
  }
  // A no-op unless the rumour has just become critical (then its moderators are told, once).
  for (const alert of alerts) await alertIfBecameCritical(tx, alert);
  return stats;
}

/** One rumour's refresh (a report joined, moved or left it). */
export async function refreshRumorStats(tx: DbTx, rumorId: string, now = new Date()): Promise<RumorStats> {
  const stats = (await refreshRumorsStats(tx, [rumorId], now)).get(rumorId);
  if (!stats) throw new Error(`refreshRumorStats: no rumour ${rumorId}`);
  return stats;
}
