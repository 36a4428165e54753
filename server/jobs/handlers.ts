// What each queue does. Handlers are plain domain functions (db, job data) → void; a thrown error
// makes pg-boss retry the job with backoff. Add a queue in ./queue.ts and its handler here.
import type { Db } from '../db/client';
import { telegramPublicChannelStartup } from '../channels/telegram/worker-start';
import { JOB_QUEUES, type JobQueueName } from './queue';

export type JobHandler = (db: Db, data: unknown) => Promise<void>;

export const jobHandlers: Partial<Record<JobQueueName, JobHandler>> = {
  [JOB_QUEUES.sweep]: async () => {
    // Domains add their recovery steps to ./sweep.ts.
  },
};

/** Long-running loops the worker also runs (e.g. the delivery sender), each stopped on shutdown. */
export type WorkerLoop = { name: string; start: (db: Db, signal: AbortSignal) => Promise<void> };
export const workerLoops: WorkerLoop[] = [telegramPublicChannelStartup];
