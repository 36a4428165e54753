// A report clustered into the wrong rumour becomes a rumour of its own.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Actor } from '../policy';
import { loadReportToSplit, moveReportsToNewRumor } from './new-rumor-from-reports';
import { splitReportInput } from './schema';
import { reportRegions } from '../reports/report-regions';

export async function splitReportIntoNewRumor(db: Db, actor: Actor, rawInput: { reportId: string }) {
  const input = splitReportInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const { report, from } = await loadReportToSplit(tx, actor, input.reportId);
    const rumorId = await moveReportsToNewRumor(tx, {
      founder: report,
      fromRumorId: from.id,
      reportIds: [report.id],
      // A report that names no region keeps the rumour's: splitting must not drop it into the
      // national queue, out of sight of the moderator who split it.
      regionCodes: report.regionCode || report.routedRegionCodes.length ? reportRegions(report.regionCode, report.routedRegionCodes) : from.regionCodes,
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'report.split', entityId: report.id, before: { rumorId: from.id }, after: { rumorId } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.created_by_split', entityId: rumorId, after: { fromRumorId: from.id } });
    return { rumorId };
  });
}
