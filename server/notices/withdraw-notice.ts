// Unpublishing: the page stays up with a withdrawn banner and the reason, so people who were sent
// the link learn that it no longer holds. Withdrawing twice changes nothing the second time.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import { notifyLiveEvent } from '../live/events';
import type { Actor } from '../policy';
import { loadNoticeForAction } from './notice-authoring';
import { withdrawNoticeInput, type WithdrawNoticeInput } from './schema';

export async function withdrawNotice(db: Db, actor: Actor, rawInput: WithdrawNoticeInput) {
  const input = withdrawNoticeInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const { notice } = await loadNoticeForAction(tx, actor, input.noticeId);
    if (notice.status === 'DRAFT') throw new DomainError('CONFLICT', 'noticeNotPublished');
    if (notice.status === 'WITHDRAWN') {
      const row = await tx.notice.findUniqueOrThrow({ where: { id: notice.id }, select: { withdrawnAt: true, withdrawnReason: true } });
      return { noticeId: notice.id, slug: notice.slug, status: 'WITHDRAWN' as const, withdrawnAt: row.withdrawnAt!, withdrawnReason: row.withdrawnReason, alreadyWithdrawn: true };
    }
    const withdrawnAt = new Date();
    await tx.notice.update({ where: { id: notice.id }, data: { status: 'WITHDRAWN', withdrawnAt, withdrawnReason: input.reason } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'notice.withdrawn',
      entityType: 'Notice',
      entityId: notice.id,
      before: { status: notice.status },
      after: { status: 'WITHDRAWN', reason: input.reason, version: notice.currentVersion },
    });
    await notifyLiveEvent(tx, {
      type: 'notice.updated',
      noticeId: notice.id,
      slug: notice.slug,
      version: notice.currentVersion,
      verdict: notice.verdict,
      urgency: notice.urgency,
      regionCodes: notice.regionCodes,
      status: 'WITHDRAWN',
    });
    return { noticeId: notice.id, slug: notice.slug, status: 'WITHDRAWN' as const, withdrawnAt, withdrawnReason: input.reason as string | null, alreadyWithdrawn: false };
  });
}
