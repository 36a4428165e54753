// Healing a claim split early. Clustering is greedy: once one claim has become rumours A and B
// (its first reports too far apart to join), every later report joins one of them and the A–B
// pairs are never joined (bench/RESULTS.md 1m, cause (e)). A report that passes every veto for
// both, with every text of each, while the two agree as whole rumours (cluster-report.ts
// chooseRumours / rumoursDiffer) is evidence they are one claim: the younger ones are merged into
// the oldest, as a moderator's merge would (reports, evidence, open verification requests move; the
// younger stays as a MERGED pointer), audited as done by the system and naming the bridging report.
//
// Only rumours the report could join are merged — all of them are held by the batch's partition
// locks (cluster-pending-reports.ts lockRegionPartition), so two workers still make one worker's
// rumours. Two rumours a moderator took apart are not merged again. A rumour with a published
// notice is never merged away (its notice keeps its own verdict); two rumours that both have one are
// never merged.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { DbTx } from '../db/client';
import { transitionRumor } from '../rumors/transition-rumor';
import type { ClusterCandidate } from './cluster-report';

export interface BridgeMerge {
  /** The rumour the report joins: the oldest of those merged. */
  rumorId: string;
  /** Rumours merged into it (each now MERGED). */
  mergedIds: string[];
}

/**
 * Merges the rumours a report bridges (`sameClaim`) and the one it chose into the oldest of them;
 * returns the rumour the report joins (`bridgingReportId` null: two whole rumours found to be one
 * claim, consolidate-rumours.ts). Nothing is merged (the chosen rumour is returned) when
 * fewer than two of them may take part.
 */
export async function mergeBridgedRumours(tx: DbTx, bridgingReportId: string | null, chosen: ClusterCandidate, sameClaim: readonly ClusterCandidate[]): Promise<BridgeMerge> {
  if (sameClaim.length === 0) return { rumorId: chosen.rumorId, mergedIds: [] };
  const ids = [chosen.rumorId, ...sameClaim.map((c) => c.rumorId)];
  // Row locks in id order, like a moderator's merge, so a merge and a recount never deadlock.
  await tx.$queryRaw`SELECT id FROM "Rumor" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  const rumours = await tx.rumor.findMany({
    where: { id: { in: ids }, mergedIntoId: null, status: { in: ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'] } },
    select: { id: true, status: true, dismissReason: true, assigneeId: true, firstSeenAt: true, riskFlags: true, notices: { where: { status: 'PUBLISHED' }, select: { id: true } } },
  });
  const published = rumours.filter((r) => r.status === 'PUBLISHED' || r.notices.length > 0);
  const byAge = (a: { firstSeenAt: Date; id: string }, b: { firstSeenAt: Date; id: string }) => a.firstSeenAt.getTime() - b.firstSeenAt.getTime() || (a.id < b.id ? -1 : 1);
  // The survivor keeps its notice: the one rumour with a published notice, else the oldest.
  const target = published.length > 0 ? published.sort(byAge)[0]! : rumours.sort(byAge)[0];
  if (!target) return { rumorId: chosen.rumorId, mergedIds: [] };
  const sources = [];
  for (const r of rumours) if (r.id !== target.id && !published.includes(r) && !(await separatedByStaff(tx, target.id, r.id))) sources.push(r);
  if (sources.length === 0) return { rumorId: chosen.rumorId, mergedIds: [] };

  // Recorded as a moderator's merge is (merge-rumors.ts), so undoMerge takes it back in one action.
  const before = await tx.rumor.findUniqueOrThrow({ where: { id: target.id }, select: { riskFlags: true, regionCodes: true } });
  const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);
  const record = [];
  let reportsMoved = 0;
  const flags = new Set(target.riskFlags);
  for (const source of sources) {
    const [reportIds, evidenceIds, requestIds] = await Promise.all([
      tx.report.findMany({ where: { rumorId: source.id }, select: { id: true } }).then(idsOf),
      tx.evidence.findMany({ where: { rumorId: source.id }, select: { id: true } }).then(idsOf),
      tx.verificationRequest.findMany({ where: { rumorId: source.id, status: 'OPEN' }, select: { id: true } }).then(idsOf),
    ]);
    await tx.report.updateMany({ where: { id: { in: reportIds } }, data: { rumorId: target.id } });
    await tx.evidence.updateMany({ where: { id: { in: evidenceIds } }, data: { rumorId: target.id } });
    await tx.verificationRequest.updateMany({ where: { id: { in: requestIds } }, data: { rumorId: target.id } });
    for (const flag of source.riskFlags) flags.add(flag);
    await transitionRumor(tx, null, source, 'MERGED', { intoId: target.id, reportsMoved: reportIds.length });
    record.push({ rumorId: source.id, status: source.status, assigneeId: source.assigneeId, reportIds, evidenceIds, requestIds });
    reportsMoved += reportIds.length;
  }
  // What the next report is compared with: the survivor is seen from every region the merged ones were.
  await tx.$executeRaw`
    UPDATE "Rumor" SET "riskFlags" = ${[...flags]}::text[],
      "regionCodes" = ARRAY(SELECT DISTINCT unnest("regionCodes" || (SELECT coalesce(array_agg(c), '{}') FROM "Rumor" s, unnest(s."regionCodes") c WHERE s.id = ANY(${sources.map((s) => s.id)}::uuid[]))) ORDER BY 1),
      "lastSeenAt" = greatest("lastSeenAt", (SELECT max(s."lastSeenAt") FROM "Rumor" s WHERE s.id = ANY(${sources.map((s) => s.id)}::uuid[]))),
      "consolidatePending" = true
    WHERE id = ${target.id}::uuid`;
  const mergedIds = sources.map((s) => s.id);
  await recordAuditEvent(tx, {
    actorLabel: 'system',
    action: 'rumor.merge_received',
    entityId: target.id,
    before: { riskFlags: before.riskFlags, regionCodes: before.regionCodes },
    after: { from: mergedIds, reportsMoved, ...(bridgingReportId ? { bridgeReportId: bridgingReportId } : { consolidated: true as const }), moved: record },
  });
  return { rumorId: target.id, mergedIds };
}

/**
 * A moderator took these two rumours apart — undid a merge of them, unmerged one from the other, or
 * split a join out of one into the other: no automatic merge (a bridge,
 * the reconcile step, consolidation) joins them again.
 */
async function separatedByStaff(tx: DbTx, a: string, b: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ separated: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "AuditEvent" e
      WHERE e."entityType" = 'Rumor' AND e."entityId" IN (${a}, ${b}) AND (
        (e.action = 'rumor.merge_undone' AND e.after->'restored' ?| ARRAY[${a}, ${b}]::text[])
        OR (e.action = 'rumor.unmerged' AND e.before->>'mergedIntoId' IN (${a}, ${b}))
        OR (e.action = 'rumor.join_split' AND e.after->>'toRumorId' IN (${a}, ${b})))
    ) AS separated`;
  return row?.separated === true;
}
