// A report clustered into the wrong rumour becomes a rumour of its own.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, notFound } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { refreshRumorStats } from './refresh-rumor-stats';
import { splitReportInput } from './schema';

export async function splitReportIntoNewRumor(db: Db, actor: Actor, rawInput: { reportId: string }) {
  const input = splitReportInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId }, select: { id: true, rumorId: true, text: true, normalizedText: true, language: true, receivedAt: true, regionCode: true, routedRegionCodes: true } });
    if (!report?.rumorId) throw notFound('Report');
    const from = await loadRumorForAction(tx, actor, report.rumorId);
    const siblings = await tx.report.count({ where: { rumorId: from.id } });
    if (siblings < 2) throw new DomainError('CONFLICT', 'splitOnlyReport');
    const created = await tx.rumor.create({
      data: {
        claim: report.text.slice(0, 500),
        normalizedClaim: report.normalizedText,
        language: report.language,
        status: 'NEW',
        firstSeenAt: report.receivedAt,
        lastSeenAt: report.receivedAt,
        // A report that names no region keeps the rumour's: splitting must not drop it into the
        // national queue, out of sight of the moderator who split it.
        regionCodes: report.regionCode ? [report.regionCode] : report.routedRegionCodes.length ? report.routedRegionCodes : from.regionCodes,
      },
      select: { id: true },
    });
    await tx.report.update({ where: { id: report.id }, data: { rumorId: created.id, clusterScore: null } });
    await refreshRumorStats(tx, from.id);
    await refreshRumorStats(tx, created.id);
    await recordAuditEvent(tx, { actorId: actor.id, action: 'report.split', entityId: report.id, before: { rumorId: from.id }, after: { rumorId: created.id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.created_by_split', entityId: created.id, after: { fromRumorId: from.id } });
    return { rumorId: created.id };
  });
}
