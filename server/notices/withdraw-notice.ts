// Withdrawing a published notice. Everyone who relied on it must hear that it no longer holds, as
// loudly as they heard it: in one transaction the notice is marked withdrawn with its reason (per
// language), what of it has not gone out yet is cancelled, the withdrawal fan-out is requested
// (the outbox the sweeper reads), a final notice's rumour goes back to the moderators' open queue
// as INVESTIGATING, and open pages and partners get `notice.withdrawn`. After the commit the worker
// sends one withdrawal message to every recipient of any version, on the channel that reached them.
// The page stays up with a withdrawn banner and the reason. Withdrawing twice changes nothing.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { cancelUnsentNoticeDeliveries } from '../delivery/cancel-unsent';
import { enqueueWithdrawalFanout } from '../delivery/withdrawal-fan-out';
import { DomainError } from '../errors';
import { notifyLiveEvent } from '../live/events';
import type { Actor } from '../policy';
import { transitionRumor } from '../rumors/transition-rumor';
import { signNoticeStatement } from '../signing/notice-statement';
import { loadNoticeForAction } from './notice-authoring';
import { withdrawNoticeInput, type WithdrawNoticeInput } from './schema';
import { WITHDRAWAL_REASON_SELECT, withdrawalReasonColumns, withdrawalReasons } from './withdrawal-reason';
import type { Language } from '../i18n/languages';

export interface WithdrawnNoticeResult {
  noticeId: string;
  slug: string;
  status: 'WITHDRAWN';
  withdrawnAt: Date;
  withdrawnReasons: Partial<Record<Language, string>>;
  /** True when this call found the notice already withdrawn and changed nothing. */
  alreadyWithdrawn: boolean;
  /** Queued deliveries of the notice that will now never go out. */
  cancelledDeliveries: number;
  /** Whether the rumour went back to the open queue (a final notice of a published rumour). */
  rumorReopened: boolean;
}

/** Side effects after the commit; tests replace the queue. */
export interface WithdrawEffects {
  enqueueWithdrawalFanout?: (noticeId: string) => Promise<unknown>;
}

export async function withdrawNotice(db: Db, actor: Actor, rawInput: WithdrawNoticeInput, effects: WithdrawEffects = {}): Promise<WithdrawnNoticeResult> {
  const input = withdrawNoticeInput.parse(rawInput);
  const result = await db.$transaction(async (tx): Promise<WithdrawnNoticeResult> => {
    const { notice, rumor } = await loadNoticeForAction(tx, actor, input.noticeId);
    if (notice.status === 'DRAFT') throw new DomainError('CONFLICT', 'noticeNotPublished');
    if (notice.status === 'WITHDRAWN') {
      const row = await tx.notice.findUniqueOrThrow({ where: { id: notice.id }, select: { withdrawnAt: true, ...WITHDRAWAL_REASON_SELECT } });
      return { noticeId: notice.id, slug: notice.slug, status: 'WITHDRAWN', withdrawnAt: row.withdrawnAt!, withdrawnReasons: withdrawalReasons(row), alreadyWithdrawn: true, cancelledDeliveries: 0, rumorReopened: false };
    }
    const withdrawnAt = new Date();
    const reasons = withdrawalReasonColumns(input.reasons);
    await tx.notice.update({
      where: { id: notice.id },
      data: { status: 'WITHDRAWN', withdrawnAt, ...reasons, withdrawalFanoutRequestedAt: withdrawnAt, withdrawalFanoutDoneAt: null },
    });
    await signNoticeStatement(tx, notice.id, withdrawnAt);
    const { cancelled } = await cancelUnsentNoticeDeliveries(tx, notice.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'notice.withdrawn',
      entityId: notice.id,
      before: { status: notice.status },
      after: { status: 'WITHDRAWN', reasons: withdrawalReasons(reasons), version: notice.currentVersion, cancelledDeliveries: cancelled },
    });

    // The verdict is off the table again: the rumour waits in the open queue for a new one. An
    // interim notice leaves the rumour where it is (it is still being checked).
    const rumorReopened = notice.verdict !== 'CHECKING' && rumor.status === 'PUBLISHED';
    if (rumorReopened) {
      await transitionRumor(tx, actor, rumor, 'INVESTIGATING', { withdrawnNoticeId: notice.id });
    }

    await notifyLiveEvent(tx, {
      type: 'notice.withdrawn',
      noticeId: notice.id,
      slug: notice.slug,
      version: notice.currentVersion,
      verdict: notice.verdict,
      urgency: notice.urgency,
      regionCodes: notice.regionCodes,
    });
    return { noticeId: notice.id, slug: notice.slug, status: 'WITHDRAWN', withdrawnAt, withdrawnReasons: withdrawalReasons(reasons), alreadyWithdrawn: false, cancelledDeliveries: cancelled, rumorReopened };
  });
  if (!result.alreadyWithdrawn) await (effects.enqueueWithdrawalFanout ?? enqueueWithdrawalFanout)(result.noticeId);
  return result;
}
