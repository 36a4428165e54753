// Pieces every authoring use case shares: loading a notice under its rumour's lock (the same lock
// order as every rumour action, so two moderators cannot publish and withdraw at once), and which
// verdict a final notice may carry.
import type { DbTx } from '../db/client';
import { DomainError, notFound } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import type { FinalVerdict } from './schema';
import { NOTICE_HEAD_SELECT } from './notice-select';

/** A notice the actor may act on, with its rumour; both rows locked for the transaction. */
export async function loadNoticeForAction(tx: DbTx, actor: Actor, noticeId: string) {
  const found = await tx.notice.findUnique({ where: { id: noticeId }, select: { rumorId: true } });
  if (!found) throw notFound('Notice');
  const rumor = await loadRumorForAction(tx, actor, found.rumorId);
  await tx.$queryRaw`SELECT id FROM "Notice" WHERE id = ${noticeId}::uuid FOR UPDATE`;
  const notice = await tx.notice.findUniqueOrThrow({
    where: { id: noticeId },
    select: {
      ...NOTICE_HEAD_SELECT,
      versions: {
        orderBy: { version: 'asc' },
        select: { id: true, version: true, verdict: true, changeNote: true, publishedAt: true, regionCodes: true, urgency: true },
      },
    },
  });
  return { notice, rumor };
}

export type LoadedNotice = Awaited<ReturnType<typeof loadNoticeForAction>>['notice'];

/** The version waiting to be published (a first draft or a correction), if any. */
export function pendingVersion(notice: Pick<LoadedNotice, 'versions'>) {
  return notice.versions.find((v) => v.publishedAt === null) ?? null;
}

/**
 * The verdict a final notice takes from the verdict workflow: the rumour's latest verdict draft,
 * when it is approved (self-approved when no second approval was needed, or approved by a second
 * moderator). Null while the latest draft still waits for approval or was returned.
 */
export async function approvedVerdict(tx: DbTx, rumorId: string): Promise<FinalVerdict | null> {
  const latest = await tx.verdictDraft.findFirst({ where: { rumorId }, orderBy: { createdAt: 'desc' }, select: { verdict: true, status: true } });
  if (!latest || latest.status !== 'APPROVED' || latest.verdict === 'CHECKING') return null;
  return latest.verdict;
}

/**
 * The verdict a (new or corrected) version must carry. A first notice needs an approved verdict;
 * a correction keeps the published verdict unless a newer verdict has been approved since.
 */
export async function verdictForVersion(tx: DbTx, rumorId: string, published: { verdict: string } | null): Promise<FinalVerdict> {
  const approved = await approvedVerdict(tx, rumorId);
  if (approved) return approved;
  if (published && published.verdict !== 'CHECKING') return published.verdict as FinalVerdict;
  throw new DomainError('CONFLICT', 'verdictNotApproved');
}

/** Statuses a rumour may be in while its final notice is written. */
export const RUMOR_STATUSES_FOR_NOTICE: readonly string[] = ['INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'];
