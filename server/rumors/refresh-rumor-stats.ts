// Recomputes a rumour's sighting counts, spread and priority from its reports. Called in the
// transaction that adds, moves or removes a report, so the inbox never shows stale numbers.
import type { DbTx } from '../db/client';
import { alertIfBecameCritical } from '../notifications/critical-alerts';
import type { PriorityLevel } from '../db/generated/enums';
import { readSetting } from '../settings/read-settings';
import { computePriority, responseDeadline } from './priority';
import { loadRiskWeights, riskWeightOfFlags } from './risk-terms';

interface ReportAggregate {
  total: number;
  recent: number;
  settlements: number;
  regions: string[] | null;
  first: Date | null;
  last: Date | null;
}

export async function refreshRumorStats(tx: DbTx, rumorId: string, now = new Date()): Promise<{ level: PriorityLevel; score: number; regionCodes: string[] }> {
  // Locked first: two reports joining at once must not both see the old priority (and both alert, or neither).
  await tx.$executeRaw`SELECT 1 FROM "Rumor" WHERE id = ${rumorId}::uuid FOR NO KEY UPDATE`;
  const sixHoursAgo = new Date(now.getTime() - 6 * 3_600_000);
  const [aggregate] = await tx.$queryRaw<ReportAggregate[]>`
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE "receivedAt" > ${sixHoursAgo})::int AS recent,
           count(DISTINCT coalesce("settlementId"::text, lower("settlementText")))::int AS settlements,
           -- A report's regions: the one chosen and those its text names (server/reports/report-regions.ts).
           ARRAY(SELECT DISTINCT code FROM "Report" x, unnest(report_regions(x."regionCode", x."routedRegionCodes")) AS code
                 WHERE x."rumorId" = ${rumorId}::uuid) AS regions,
           min("receivedAt") AS first,
           max("receivedAt") AS last
    FROM "Report" WHERE "rumorId" = ${rumorId}::uuid`;
  const rumor = await tx.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { riskFlags: true, firstSeenAt: true, lastSeenAt: true, regionCodes: true, priorityLevel: true, status: true, mergedIntoId: true, assigneeId: true } });
  // Regions come from the reports; a rumour whose reports name no region keeps the one it was given.
  const reportRegions = (aggregate?.regions ?? []).sort();
  const regionCodes = reportRegions.length ? reportRegions : rumor.regionCodes;
  const regions = regionCodes.length
    ? await tx.region.findMany({ where: { code: { in: regionCodes } }, select: { riskLevel: true } })
    : [];
  const weights = await loadRiskWeights(tx);
  const riskWeight = riskWeightOfFlags(rumor.riskFlags, weights);
  const priority = computePriority({
    sightingCount: aggregate?.total ?? 0,
    sightingsLast6h: aggregate?.recent ?? 0,
    settlementCount: aggregate?.settlements ?? 0,
    regionCount: regionCodes.length,
    riskWeight,
    regionRiskLevel: Math.max(0, ...regions.map((r) => r.riskLevel)),
  });
  const firstSeenAt = aggregate?.first ?? rumor.firstSeenAt;
  const deadlines = await readSetting(tx, 'priority.deadlines');
  await tx.rumor.update({
    where: { id: rumorId },
    data: {
      sightingCount: aggregate?.total ?? 0,
      settlementCount: aggregate?.settlements ?? 0,
      regionCodes,
      firstSeenAt,
      lastSeenAt: aggregate?.last ?? rumor.lastSeenAt,
      priorityScore: priority.score,
      priorityLevel: priority.level,
      highRisk: riskWeight >= 3 || priority.level === 'CRITICAL',
      dueAt: responseDeadline(firstSeenAt, priority.level, deadlines),
    },
  });
  await alertIfBecameCritical(tx, { rumorId, before: rumor.priorityLevel, after: priority.level, status: rumor.status, merged: rumor.mergedIntoId !== null, assigneeId: rumor.assigneeId, regionCodes });
  return { level: priority.level, score: priority.score, regionCodes };
}
