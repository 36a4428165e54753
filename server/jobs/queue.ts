// The durable job queue: pg-boss on the same PostgreSQL, in its own `pgboss` schema. Web requests
// only send jobs; the worker process (server/jobs/worker.ts) runs them. A job that is sent after
// its transaction committed can still be lost if the process dies in between, so every job here is
// also recoverable from the database by the sweeper (see JOB_SWEEP) — the queue makes work fast,
// the tables make it durable.
import PgBoss from 'pg-boss';
import { logger } from '../log';

/** Every queue Raspa uses. Handlers live beside their domain and are wired in ./handlers.ts. */
export const JOB_QUEUES = {
  /** Expand a published notice version into one Delivery row per recipient. */
  noticeFanout: 'notice-fanout',
  /** Tell everyone who got a withdrawn notice that it was withdrawn (one WITHDRAWAL delivery each). */
  noticeWithdrawalFanout: 'notice-withdrawal-fanout',
  /** Expand an announcement (e.g. a published transparency report) into deliveries to the public channel. */
  announcementFanout: 'announcement-fanout',
  /** Hourly: draft the transparency report of a quarter that has just ended. */
  transparencyDraft: 'transparency-draft',
  /** Hourly: remove personal data whose retention period is over (server/privacy). */
  privacyPurge: 'privacy-purge',
  /** Hourly: write the daily and weekly digests of the period that ended last (server/delivery/digest.ts). */
  digests: 'subscriber-digests',
  /** Once a minute: remind of missed deadlines (server/notifications/deadline-reminders.ts). */
  deadlineReminders: 'deadline-reminders',
  /** Re-key open rumours' reports after a claim lexicon edit (server/lexicon/rekey-open-reports.ts). */
  conceptRekey: 'concept-rekey',
  /** Once a minute: re-enqueue work whose job was lost (fan-outs not done, stale leases …). */
  sweep: 'jobs-sweep',
} as const;
export type JobQueueName = (typeof JOB_QUEUES)[keyof typeof JOB_QUEUES];

export interface JobQueueOptions {
  connectionString: string;
  /** Run pg-boss maintenance and cron scheduling (only in worker processes). */
  supervise?: boolean;
}

export async function startJobQueue({ connectionString, supervise = false }: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    application_name: supervise ? 'raspa-worker' : 'raspa-web-jobs',
    max: supervise ? 4 : 2,
    supervise,
    schedule: supervise,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const name of Object.values(JOB_QUEUES)) {
    // Idempotent; retries with exponential backoff unless a send says otherwise.
    await retryingDeadlock(() => boss.createQueue(name, { name, retryLimit: 8, retryDelay: 2, retryBackoff: true, expireInSeconds: 15 * 60 }));
  }
  return boss;
}

/**
 * pg-boss creates a new queue's partition with DDL that locks the queue table after inserting the
 * queue's row, so processes creating the queues at once on a fresh database (workers started
 * together) can deadlock, and PostgreSQL aborts one of them. Creating a queue is idempotent: the
 * aborted one tries again and finds the queue made.
 */
async function retryingDeadlock(create: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (attempt >= 8 || (error as { code?: unknown }).code !== DEADLOCK_DETECTED) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * (20 + Math.random() * 80)));
    }
  }
}

const DEADLOCK_DETECTED = '40P01';

const globalForJobs = globalThis as unknown as { raspaJobQueue?: Promise<PgBoss> };

/** The web process's sender (lazily started, kept on globalThis so dev reloads reuse it). */
function webJobQueue(connectionString: string): Promise<PgBoss> {
  globalForJobs.raspaJobQueue ??= startJobQueue({ connectionString }).catch((error: unknown) => {
    globalForJobs.raspaJobQueue = undefined;
    throw error;
  });
  return globalForJobs.raspaJobQueue;
}

/**
 * Sends a job after the caller's transaction committed. Never throws: a failure is logged and the
 * sweeper picks the work up from the database within a minute.
 */
export async function enqueueJob(connectionString: string, name: JobQueueName, data: object, options: PgBoss.SendOptions = {}): Promise<string | null> {
  try {
    const boss = await webJobQueue(connectionString);
    return await boss.send(name, data, options);
  } catch (error) {
    logger.warn({ err: error, job: name }, 'could not enqueue a job; the sweeper will retry it');
    return null;
  }
}
