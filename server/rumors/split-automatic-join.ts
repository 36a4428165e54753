// Undoes a wrong automatic join in one action: the report that joined (say, across languages) and
// every report that later joined through it — the reports whose best match was it, transitively —
// become a rumour of their own, with their sightings, regions and numbers.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Actor } from '../policy';
import { loadReportToSplit, moveReportsToNewRumor } from './new-rumor-from-reports';
import { splitReportInput } from './schema';

export async function splitAutomaticJoin(db: Db, actor: Actor, rawInput: { reportId: string }) {
  const input = splitReportInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const { report, from } = await loadReportToSplit(tx, actor, input.reportId);
    const moving = await tx.$queryRaw<{ id: string; regionCode: string | null }[]>`
      WITH RECURSIVE joined AS (
        SELECT id FROM "Report" WHERE id = ${report.id}::uuid
        UNION
        SELECT r.id FROM "Report" r JOIN joined j ON r."clusteredWithReportId" = j.id WHERE r."rumorId" = ${from.id}::uuid
      )
      SELECT r.id, r."regionCode" FROM "Report" r JOIN joined j ON j.id = r.id WHERE r."rumorId" = ${from.id}::uuid`;
    const ids = moving.map((r) => r.id);
    const rumorId = await moveReportsToNewRumor(tx, {
      founder: report,
      fromRumorId: from.id,
      reportIds: ids,
      regionCodes: [...new Set(moving.flatMap((r) => (r.regionCode ? [r.regionCode] : [])))],
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.join_split', entityId: from.id, after: { reportId: report.id, reportsMoved: ids.length, toRumorId: rumorId } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.created_by_split', entityId: rumorId, after: { fromRumorId: from.id, reportIds: ids } });
    return { rumorId, reportsMoved: ids.length };
  });
}
