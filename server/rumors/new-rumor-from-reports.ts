// The one way reports leave a rumour for a new one of their own (a moderator's split, the undoing of
// a wrong automatic join): the founding report's words become the claim, the reports move, the
// founder's match is cleared — it matched nothing in the new rumour — and both rumours' numbers are
// recomputed. The callers decide which reports move and audit why.
import type { DbTx } from '../db/client';
import { DomainError, notFound } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { refreshRumorStats } from './refresh-rumor-stats';

const FOUNDER_SELECT = { id: true, rumorId: true, text: true, normalizedText: true, language: true, receivedAt: true, regionCode: true, routedRegionCodes: true } as const;

/** The report to split off and the rumour it is in, checked against the actor's scope. */
export async function loadReportToSplit(tx: DbTx, actor: Actor, reportId: string) {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: FOUNDER_SELECT });
  if (!report?.rumorId) throw notFound('Report');
  const from = await loadRumorForAction(tx, actor, report.rumorId);
  return { report, from };
}

type Founder = Awaited<ReturnType<typeof loadReportToSplit>>['report'];

/** Moves `reportIds` (the founder among them) out of `fromRumorId` into a new rumour; refuses to empty the old one. */
export async function moveReportsToNewRumor(tx: DbTx, input: { founder: Founder; fromRumorId: string; reportIds: string[]; regionCodes: string[] }): Promise<string> {
  const total = await tx.report.count({ where: { rumorId: input.fromRumorId } });
  if (input.reportIds.length >= total) throw new DomainError('CONFLICT', 'splitOnlyReport');
  const { founder } = input;
  const created = await tx.rumor.create({
    data: {
      claim: founder.text.slice(0, 500),
      normalizedClaim: founder.normalizedText,
      language: founder.language,
      status: 'NEW',
      firstSeenAt: founder.receivedAt,
      lastSeenAt: founder.receivedAt,
      regionCodes: input.regionCodes,
    },
    select: { id: true },
  });
  await tx.report.updateMany({ where: { id: { in: input.reportIds } }, data: { rumorId: created.id } });
  await tx.report.update({ where: { id: founder.id }, data: { clusterScore: null, clusteredWithReportId: null } });
  await refreshRumorStats(tx, input.fromRumorId);
  await refreshRumorStats(tx, created.id);
  return created.id;
}
