// The delivery part of the once-a-minute sweep: a fan-out whose job was lost (the process died
// between commit and enqueue, or the job gave up) is enqueued again; the fan-out is idempotent.
// Withdrawal fan-outs are re-run the same way. One waiting for deliveries of the withdrawn notice
// that were in flight is enqueued by whoever settles the last of them (withdrawal-fan-out.ts); this
// is the safety net for a lost job or an error there.
import type { Db } from '../db/client';
import { enqueueJob, JOB_QUEUES } from '../jobs/queue';
import { enqueueReportRekey, lexiconRekeyNeeded } from '../lexicon/rekey-open-reports';
import { logger } from '../log';

const FANOUT_GRACE_SECONDS = 30;

export async function sweepUnfinishedFanouts(db: Db, connectionString: string): Promise<number> {
  const stale = await db.noticeVersion.findMany({
    where: { fanoutRequestedAt: { lt: new Date(Date.now() - FANOUT_GRACE_SECONDS * 1000) }, fanoutDoneAt: null, publishedAt: { not: null } },
    select: { id: true },
    take: 100,
  });
  for (const version of stale) {
    await enqueueJob(connectionString, JOB_QUEUES.noticeFanout, { noticeVersionId: version.id }, { singletonKey: `fanout:${version.id}`, singletonSeconds: 60 });
  }
  const withdrawals = await db.notice.findMany({
    where: { withdrawalFanoutRequestedAt: { lt: new Date(Date.now() - FANOUT_GRACE_SECONDS * 1000) }, withdrawalFanoutDoneAt: null, status: 'WITHDRAWN' },
    select: { id: true },
    take: 100,
  });
  for (const notice of withdrawals) {
    await enqueueJob(connectionString, JOB_QUEUES.noticeWithdrawalFanout, { noticeId: notice.id }, { singletonKey: `withdrawal:${notice.id}`, singletonSeconds: 60 });
  }
  const announcements = await db.announcement.findMany({
    where: { fanoutRequestedAt: { lt: new Date(Date.now() - FANOUT_GRACE_SECONDS * 1000) }, fanoutDoneAt: null },
    select: { id: true },
    take: 100,
  });
  for (const announcement of announcements) {
    await enqueueJob(connectionString, JOB_QUEUES.announcementFanout, { announcementId: announcement.id }, { singletonKey: `announcement:${announcement.id}`, singletonSeconds: 60 });
  }
  // Deliveries written by hand or by older code without a due time would never be claimed.
  await db.$executeRawUnsafe(`UPDATE "Delivery" SET "nextAttemptAt" = "queuedAt" WHERE status = 'QUEUED' AND "nextAttemptAt" IS NULL`);
  // A lexicon edit whose re-key job was lost, or the seeded lexicon upgraded on deploy.
  if (await lexiconRekeyNeeded(db)) await enqueueReportRekey(connectionString);
  const requeued = stale.length + withdrawals.length + announcements.length;
  if (requeued > 0) logger.info({ fanouts: stale.length, withdrawals: withdrawals.length, announcements: announcements.length }, 're-enqueued unfinished fan-outs');
  return requeued;
}
