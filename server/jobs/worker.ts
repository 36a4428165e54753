// The background worker: runs every queue's handler and every worker loop. `npm start` starts one
// beside the web server; `npm run worker` starts more for scale-out (pg-boss hands each job to one
// worker; delivery rows are claimed with SKIP LOCKED).
import type PgBoss from 'pg-boss';
import type { Db } from '../db/client';
import { logger } from '../log';
import { routeReportsPendingAtMigration } from '../reports/route-pending-reports';
import { jobHandlers, workerLoops } from './handlers';
import { JOB_QUEUES, startJobQueue, type JobQueueName } from './queue';

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(db: Db, connectionString: string): Promise<RunningWorker> {
  const boss = await startJobQueue({ connectionString, supervise: true });
  for (const [name, handler] of Object.entries(jobHandlers) as [JobQueueName, NonNullable<(typeof jobHandlers)[JobQueueName]>][]) {
    await boss.work(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await handler(db, job.data);
    });
  }
  await boss.schedule(JOB_QUEUES.sweep, '* * * * *', {}, { singletonKey: 'sweep' });
  await boss.schedule(JOB_QUEUES.deadlineReminders, '* * * * *', {}, { singletonKey: 'deadline-reminders' });
  // Quarters end at midnight in Almaty; the report of the one that ended is drafted within the hour.
  await boss.schedule(JOB_QUEUES.transparencyDraft, '5 * * * *', {}, { singletonKey: 'transparency-draft' });
  // Digests go out at 08:00 Almaty; hourly, so a worker that was down then catches up (writing a period twice adds nothing).
  await boss.schedule(JOB_QUEUES.digests, '2 * * * *', {}, { singletonKey: 'digests' });
  await boss.schedule(JOB_QUEUES.privacyPurge, '17 * * * *', {}, { singletonKey: 'privacy-purge' });

  // Before this worker's clusterer starts, so that none of them is placed as national first.
  await routeReportsPendingAtMigration(db).catch((error: unknown) => logger.error({ err: error }, 'could not route the reports pending since the clustering_partitions migration'));

  const controller = new AbortController();
  const loops = workerLoops.map((loop) =>
    loop.start(db, controller.signal).catch((error: unknown) => logger.error({ err: error, loop: loop.name }, 'worker loop stopped with an error')),
  );
  logger.info({ queues: Object.keys(jobHandlers), loops: workerLoops.map((l) => l.name) }, 'worker started');

  return {
    boss,
    async stop() {
      controller.abort();
      await Promise.allSettled(loops);
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
