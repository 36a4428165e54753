// What each queue does. Handlers are plain domain functions (db, job data) → void; a thrown error
// makes pg-boss retry the job with backoff. Add a queue in ./queue.ts and its handler here.
import { logger } from '../log';
import { purgePersonalData } from '../privacy/purge-personal-data';
import { readRetentionDays } from '../privacy/retention-settings';
import { auditSealLoop } from '../audit/audit-seal-loop';
import { z } from 'zod';
import { serverEnv } from '../config/env';
import type { Db } from '../db/client';
import { smppLoop } from '../channels/smpp/worker-loop';
import { telegramPublicChannelStartup } from '../channels/telegram/worker-start';
import { deliveryLoop } from '../delivery/delivery-loop';
import { fanOutNoticeVersion } from '../delivery/fan-out';
import { fanOutAnnouncement } from '../delivery/fan-out-announcement';
import { composeDueDigests } from '../delivery/digest';
import { draftEndedQuarter } from '../transparency/draft-report';
import { sweepUnfinishedFanouts } from '../delivery/sweep';
import { fanOutNoticeWithdrawal } from '../delivery/withdrawal-fan-out';
import { clusteringLoop } from '../reports/clustering-loop';
import { noticeSignatureBackfill } from '../signing/backfill-signatures';
import { sendDeadlineReminders } from '../notifications/deadline-reminders';
import { rekeyOpenReports } from '../lexicon/rekey-open-reports';
import { JOB_QUEUES, type JobQueueName } from './queue';
import type { WorkerLoop } from './worker-loop';

const noticeFanoutJob = z.object({ noticeVersionId: z.uuid() });
const noticeWithdrawalFanoutJob = z.object({ noticeId: z.uuid() });
const announcementFanoutJob = z.object({ announcementId: z.uuid() });
/** `at`: the clock the periods are read from (the schedule sends none: now). */
const digestsJob = z.object({ at: z.iso.datetime().optional() });

export type JobHandler = (db: Db, data: unknown) => Promise<void>;

export const jobHandlers: Partial<Record<JobQueueName, JobHandler>> = {
  [JOB_QUEUES.noticeFanout]: async (db, data) => {
    await fanOutNoticeVersion(db, noticeFanoutJob.parse(data).noticeVersionId);
  },
  [JOB_QUEUES.noticeWithdrawalFanout]: async (db, data) => {
    await fanOutNoticeWithdrawal(db, noticeWithdrawalFanoutJob.parse(data).noticeId);
  },
  [JOB_QUEUES.announcementFanout]: async (db, data) => {
    await fanOutAnnouncement(db, announcementFanoutJob.parse(data).announcementId);
  },
  [JOB_QUEUES.digests]: async (db, data) => {
    const { at } = digestsJob.parse(data ?? {});
    await composeDueDigests(db, at ? new Date(at) : new Date());
  },
  [JOB_QUEUES.transparencyDraft]: async (db) => {
    await draftEndedQuarter(db);
  },
  [JOB_QUEUES.privacyPurge]: async (db) => {
    const counts = await purgePersonalData(db, new Date(), await readRetentionDays(db));
    logger.info({ counts }, 'personal data past its retention period removed');
  },
  [JOB_QUEUES.deadlineReminders]: async (db) => {
    await sendDeadlineReminders(db);
  },
  [JOB_QUEUES.conceptRekey]: async (db) => {
    const { reports, translations, unfinished } = await rekeyOpenReports(db);
    if (reports + translations > 0 || unfinished) logger.info({ reports, translations, unfinished }, 'open rumours\' reports and published notices re-keyed with the current claim lexicon');
  },
  [JOB_QUEUES.sweep]: async (db) => {
    // Domains add their recovery steps to server/delivery/sweep.ts.
    await sweepUnfinishedFanouts(db, serverEnv().DATABASE_URL);
  },
};

/** Long-running loops the worker also runs (e.g. the delivery sender), each stopped on shutdown. */
export const workerLoops: WorkerLoop[] = [clusteringLoop, deliveryLoop, telegramPublicChannelStartup, smppLoop, auditSealLoop, noticeSignatureBackfill];
