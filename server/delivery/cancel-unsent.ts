// When a notice is withdrawn, what of it has not gone out must not go out. In the withdrawing
// transaction: queued deliveries nobody is sending are cancelled, and a channel that holds a
// message of its own (an SMS waiting for a gateway) drops it if no gateway has taken it yet. What
// is truly in flight — a sender mid-request, an SMS on a phone — may still arrive; the withdrawal
// fan-out waits for those to settle and then tells their recipients too.
import type { DbTx } from '../db/client';
import type { SubscriptionChannel } from '../db/generated/enums';
import type { ChannelSender } from './channel-sender';
import { channelSenders } from './senders';

export const CANCELLED_WITHDRAWN = 'not sent: the notice was withdrawn first';

export async function cancelUnsentNoticeDeliveries(
  tx: DbTx,
  noticeId: string,
  senders: Partial<Record<SubscriptionChannel, ChannelSender>> = channelSenders,
): Promise<{ cancelled: number; inFlight: number }> {
  const idle = await tx.$executeRaw`
    UPDATE "Delivery" d SET status = 'CANCELLED', "lastError" = ${CANCELLED_WITHDRAWN}, "nextAttemptAt" = NULL, "lockedUntil" = NULL
    FROM "NoticeVersion" v
    WHERE v.id = d."noticeVersionId" AND v."noticeId" = ${noticeId}::uuid AND d.kind = 'NOTICE' AND d.status = 'QUEUED'
      AND (d."lockedUntil" IS NULL OR d."lockedUntil" < now())`;

  // Digests not yet being sent simply leave it out (a digest being sent is in flight like the rest).
  await tx.$executeRaw`
    DELETE FROM "DigestItem" i USING "Delivery" d, "NoticeVersion" v
    WHERE d."digestId" = i."digestId" AND v.id = i."noticeVersionId" AND v."noticeId" = ${noticeId}::uuid
      AND d.status = 'QUEUED' AND (d."lockedUntil" IS NULL OR d."lockedUntil" < now())`;

  const leased = await tx.$queryRaw<{ id: string; channel: SubscriptionChannel }[]>`
    SELECT d.id::text AS id, d.channel::text AS channel FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
    WHERE v."noticeId" = ${noticeId}::uuid AND d.kind = 'NOTICE' AND d.status = 'QUEUED'`;
  const dropped: string[] = [];
  for (const channel of new Set(leased.map((d) => d.channel))) {
    const dropHeld = senders[channel]?.dropHeld;
    if (dropHeld) dropped.push(...(await dropHeld(tx, leased.filter((d) => d.channel === channel).map((d) => d.id), CANCELLED_WITHDRAWN)));
  }
  if (dropped.length > 0) {
    await tx.$executeRaw`
      UPDATE "Delivery" SET status = 'CANCELLED', "lastError" = ${CANCELLED_WITHDRAWN}, "nextAttemptAt" = NULL, "lockedUntil" = NULL
      WHERE id = ANY(${dropped}::uuid[]) AND status = 'QUEUED'`;
  }
  return { cancelled: idle + dropped.length, inFlight: leased.length - dropped.length };
}
