// Undoes a wrong automatic join in one action: the report that joined (say, across languages) and
// every report that later joined through it — the reports whose best match was it, transitively —
// become a rumour of their own, with their sightings, regions and numbers.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, notFound } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { refreshRumorStats } from './refresh-rumor-stats';
import { splitReportInput } from './schema';

export async function splitAutomaticJoin(db: Db, actor: Actor, rawInput: { reportId: string }) {
  const input = splitReportInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId }, select: { id: true, rumorId: true, text: true, normalizedText: true, language: true, receivedAt: true, regionCode: true } });
    if (!report?.rumorId) throw notFound('Report');
    const from = await loadRumorForAction(tx, actor, report.rumorId);
    const moving = await tx.$queryRaw<{ id: string; regionCode: string | null }[]>`
      WITH RECURSIVE joined AS (
        SELECT id FROM "Report" WHERE id = ${report.id}::uuid
        UNION
        SELECT r.id FROM "Report" r JOIN joined j ON r."clusteredWithReportId" = j.id WHERE r."rumorId" = ${from.id}::uuid
      )
      SELECT r.id, r."regionCode" FROM "Report" r JOIN joined j ON j.id = r.id WHERE r."rumorId" = ${from.id}::uuid`;
    const total = await tx.report.count({ where: { rumorId: from.id } });
    if (moving.length >= total) throw new DomainError('CONFLICT', 'splitOnlyReport');
    const created = await tx.rumor.create({
      data: {
        claim: report.text.slice(0, 500),
        normalizedClaim: report.normalizedText,
        language: report.language,
        status: 'NEW',
        firstSeenAt: report.receivedAt,
        lastSeenAt: report.receivedAt,
        regionCodes: [...new Set(moving.flatMap((r) => (r.regionCode ? [r.regionCode] : [])))],
      },
      select: { id: true },
    });
    const ids = moving.map((r) => r.id);
    await tx.report.updateMany({ where: { id: { in: ids } }, data: { rumorId: created.id } });
    // The founding report of the new rumour matched nothing in it.
    await tx.report.update({ where: { id: report.id }, data: { clusterScore: null, clusteredWithReportId: null } });
    await refreshRumorStats(tx, from.id);
    await refreshRumorStats(tx, created.id);
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.join_split', entityId: from.id, after: { reportId: report.id, reportsMoved: ids.length, toRumorId: created.id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.created_by_split', entityId: created.id, after: { fromRumorId: from.id, reportIds: ids } });
    return { rumorId: created.id, reportsMoved: ids.length };
  });
}
