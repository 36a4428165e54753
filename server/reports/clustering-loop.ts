// The worker loop that clusters what intake stored: drains pending reports, then looks again every
// IDLE_POLL_MS. Polling a partial index of pending rows costs nothing when it is empty, and intake
// stays free of NOTIFY (which would serialise its commits under load).
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkerLoop } from '../jobs/handlers';
import { logger } from '../log';
import { ClusteringFailedError, clusterPendingReports } from './cluster-pending-reports';

const IDLE_POLL_MS = 250;
const ERROR_PAUSE_MS = 2_000;
const BATCH = 50;
/** Failures after which a report is set aside (until the worker restarts) so the queue moves on. */
const MAX_FAILURES = 5;

/** Waits, or stops waiting when the worker shuts down. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return sleep(ms, undefined, { signal }).catch(() => undefined);
}

export const clusteringLoop: WorkerLoop = {
  name: 'clustering',
  async start(db, signal) {
    const failures = new Map<string, number>();
    const setAside = () => [...failures].filter(([, count]) => count >= MAX_FAILURES).map(([id]) => id);
    while (!signal.aborted) {
      try {
        const clustered = await clusterPendingReports(db, { limit: BATCH, skip: setAside() });
        if (clustered.length > 0) logger.debug({ clustered: clustered.length }, 'clustered reports');
        if (clustered.length < BATCH) await pause(IDLE_POLL_MS, signal);
      } catch (error) {
        if (error instanceof ClusteringFailedError) {
          const count = (failures.get(error.reportId) ?? 0) + 1;
          failures.set(error.reportId, count);
          logger.error({ err: error.cause, reportId: error.reportId, failures: count, setAside: count >= MAX_FAILURES }, 'clustering a report failed');
        } else logger.error({ err: error }, 'clustering failed');
        await pause(ERROR_PAUSE_MS, signal);
      }
    }
  },
};
