// Withdrawal fan-out: everyone who received any version of a withdrawn notice gets ONE withdrawal
// message (a WITHDRAWAL delivery of the version that was live), on the channel that reached them.
// Idempotent like the notice fan-out (INSERT … ON CONFLICT DO NOTHING on the (version, kind,
// recipient) keys). Deliveries of the notice still in flight when it was withdrawn may yet arrive:
// while any is unsettled the fan-out is not marked done, so the sweeper runs it again and the
// recipients of those, once sent, are told as well.
import type { Db } from '../db/client';
import { logger } from '../log';
import { SQL_UUID_V7 } from './fan-out';
import { wakeDeliveryLoop } from './wake';

export interface WithdrawalFanOutResult {
  noticeId: string;
  recipients: number;
  /** Deliveries of the notice not yet settled; the fan-out runs again until there are none. */
  inFlight: number;
  skipped?: 'not-found' | 'not-withdrawn' | 'not-requested';
}

export async function fanOutNoticeWithdrawal(db: Db, noticeId: string): Promise<WithdrawalFanOutResult> {
  const result: WithdrawalFanOutResult = { noticeId, recipients: 0, inFlight: 0 };
  const notice = await db.notice.findUnique({
    where: { id: noticeId },
    select: { id: true, status: true, currentVersion: true, withdrawalFanoutRequestedAt: true, versions: { select: { id: true, version: true } } },
  });
  if (!notice) return { ...result, skipped: 'not-found' };
  if (notice.status !== 'WITHDRAWN') return { ...result, skipped: 'not-withdrawn' };
  // Superseded interim notices and withdrawals from before withdrawals were sent request none.
  if (!notice.withdrawalFanoutRequestedAt) return { ...result, skipped: 'not-requested' };
  const live = notice.versions.find((v) => v.version === notice.currentVersion);
  if (!live) return { ...result, skipped: 'not-found' };

  const [row] = await db.$queryRawUnsafe<{ inserted: bigint }[]>(
    `WITH reached AS (
       SELECT DISTINCT ON (d."subscriptionId", d."reportId") d.channel, d."subscriptionId", d."reportId"
       FROM "Delivery" d
       JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
       LEFT JOIN "Subscription" s ON s.id = d."subscriptionId"
       WHERE v."noticeId" = $2::uuid AND d.kind = 'NOTICE' AND d.status = 'SENT'
         AND (d."subscriptionId" IS NULL OR s.active)
       ORDER BY d."subscriptionId", d."reportId", d."sentAt" DESC
     ), inserted AS (
       INSERT INTO "Delivery" (id, "noticeVersionId", kind, channel, "subscriptionId", "reportId", "nextAttemptAt")
       SELECT ${SQL_UUID_V7}, $1::uuid, 'WITHDRAWAL', r.channel, r."subscriptionId", r."reportId", now() FROM reached r
       ON CONFLICT DO NOTHING RETURNING 1
     )
     SELECT count(*) AS inserted FROM inserted`,
    live.id,
    noticeId,
  );
  result.recipients = Number(row?.inserted ?? 0);
  result.inFlight = await db.delivery.count({ where: { kind: 'NOTICE', status: 'QUEUED', noticeVersion: { noticeId } } });
  if (result.inFlight === 0) await db.notice.update({ where: { id: noticeId }, data: { withdrawalFanoutDoneAt: new Date() } });
  if (result.recipients > 0) await wakeDeliveryLoop(db);
  logger.info({ ...result }, 'notice withdrawal fan-out');
  return result;
}
