// Withdrawal fan-out: everyone who received any version of a withdrawn notice gets ONE withdrawal
// message (a WITHDRAWAL delivery of the version that was live), on the channel that reached them —
// at once, also when what reached them was a daily or weekly digest that listed it (DigestItem).
// Idempotent like the notice fan-out (INSERT … ON CONFLICT DO NOTHING on the (version, kind,
// recipient) keys). Deliveries of the notice still in flight when it was withdrawn may yet arrive:
// while any is unsettled the fan-out is not marked done, so the sweeper runs it again and the
// recipients of those, once sent, are told as well: as soon as the last of them settles
// (fanOutWithdrawalsSettledBy, called wherever deliveries settle), the sweeper only as a safety net.
import { serverEnv } from '../config/env';
import type { Db } from '../db/client';
import { enqueueJob, JOB_QUEUES } from '../jobs/queue';
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
    `WITH received AS (
       SELECT d.channel, d."subscriptionId", d."reportId", d."sentAt"
       FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
       WHERE v."noticeId" = $2::uuid AND d.kind = 'NOTICE' AND d.status = 'SENT'
       UNION ALL
       SELECT d.channel, d."subscriptionId", d."reportId", d."sentAt"
       FROM "Delivery" d JOIN "DigestItem" i ON i."digestId" = d."digestId" JOIN "NoticeVersion" v ON v.id = i."noticeVersionId"
       WHERE v."noticeId" = $2::uuid AND d.status = 'SENT'
     ), reached AS (
       SELECT DISTINCT ON (r."subscriptionId", r."reportId") r.channel, r."subscriptionId", r."reportId"
       FROM received r LEFT JOIN "Subscription" s ON s.id = r."subscriptionId"
       WHERE r."subscriptionId" IS NULL OR s.active
       ORDER BY r."subscriptionId", r."reportId", r."sentAt" DESC
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
  result.inFlight =
    (await db.delivery.count({ where: { kind: 'NOTICE', status: 'QUEUED', noticeVersion: { noticeId } } })) +
    // A digest listing it may be mid-send: once it has settled, its recipient is told too (or it went without it).
    (await db.delivery.count({ where: { status: 'QUEUED', digest: { items: { some: { noticeVersion: { noticeId } } } } } }));
  if (result.inFlight === 0) await db.notice.update({ where: { id: noticeId }, data: { withdrawalFanoutDoneAt: new Date() } });
  if (result.recipients > 0) await wakeDeliveryLoop(db);
  logger.info({ ...result }, 'notice withdrawal fan-out');
  return result;
}

/** Sends a notice's withdrawal fan-out job (after the commit; never throws: the sweeper re-runs a lost one). */
export function enqueueWithdrawalFanout(noticeId: string): Promise<unknown> {
  return enqueueJob(serverEnv().DATABASE_URL, JOB_QUEUES.noticeWithdrawalFanout, { noticeId });
}

/**
 * These deliveries have just settled (sent, failed, given up or cancelled). Where one of them was
 * among the last in flight of a withdrawn notice — a NOTICE delivery of it, or a digest listing it —
 * and nothing of that notice is in flight any more, its withdrawal fan-out is enqueued now: the
 * recipients of what was in flight hear of the withdrawal within seconds, not at the sweeper's next
 * minute after its grace. The fan-out is idempotent, so a second worker settling the other "last"
 * delivery at the same moment, or the sweeper, adds no message. Returns the notices enqueued. Never
 * throws (it runs after the settling write committed): on an error the sweeper finishes the fan-out.
 */
export async function fanOutWithdrawalsSettledBy(db: Db, settledDeliveryIds: string[], enqueue: (noticeId: string) => Promise<unknown> = enqueueWithdrawalFanout): Promise<string[]> {
  if (settledDeliveryIds.length === 0) return [];
  try {
    return await enqueueSettledWithdrawals(db, settledDeliveryIds, enqueue);
  } catch (error) {
    logger.warn({ err: error }, 'could not look for withdrawals waiting on settled deliveries; the sweeper will run them');
    return [];
  }
}

async function enqueueSettledWithdrawals(db: Db, settledDeliveryIds: string[], enqueue: (noticeId: string) => Promise<unknown>): Promise<string[]> {
  // "In flight" as fanOutNoticeWithdrawal counts it: a QUEUED NOTICE delivery of the notice, or a QUEUED digest listing it.
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `WITH settled AS (
       SELECT v."noticeId" FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
       WHERE d.id = ANY($1::uuid[]) AND d.kind = 'NOTICE' AND d.status <> 'QUEUED'
       UNION
       SELECT v."noticeId" FROM "Delivery" d JOIN "DigestItem" i ON i."digestId" = d."digestId" JOIN "NoticeVersion" v ON v.id = i."noticeVersionId"
       WHERE d.id = ANY($1::uuid[]) AND d.status <> 'QUEUED'
     )
     SELECT n.id::text AS id FROM "Notice" n JOIN settled s ON s."noticeId" = n.id
     WHERE n.status = 'WITHDRAWN' AND n."withdrawalFanoutRequestedAt" IS NOT NULL AND n."withdrawalFanoutDoneAt" IS NULL
       AND NOT EXISTS (
         SELECT 1 FROM "Delivery" q JOIN "NoticeVersion" qv ON qv.id = q."noticeVersionId"
         WHERE qv."noticeId" = n.id AND q.kind = 'NOTICE' AND q.status = 'QUEUED')
       AND NOT EXISTS (
         SELECT 1 FROM "Delivery" q JOIN "DigestItem" qi ON qi."digestId" = q."digestId" JOIN "NoticeVersion" qv ON qv.id = qi."noticeVersionId"
         WHERE qv."noticeId" = n.id AND q.status = 'QUEUED')`,
    settledDeliveryIds,
  );
  for (const { id } of rows) await enqueue(id);
  if (rows.length > 0) logger.info({ notices: rows.length }, 'withdrawal fan-out enqueued: the last in-flight delivery settled');
  return rows.map((r) => r.id);
}
