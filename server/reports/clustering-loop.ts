// The worker loop that clusters what intake stored: drains pending reports, then looks again every
// IDLE_POLL_MS. Polling a partial index of pending rows costs nothing when it is empty, and intake
// stays free of NOTIFY (which would serialise its commits under load). With several workers, the
// reports left may be ones another worker's batch must place first (cluster-pending-reports.ts):
// then it waits for that worker's next commit (LISTEN on CLUSTERING_WAKE_CHANNEL; every batch that
// placed reports notifies it with its partition and locks) that meets what its last look was held
// back by, at most BLOCKED_WAKE_MS in case the other released its locks without placing anything —
// not the idle pause, nor a fixed poll that wakes too early (a look in vain) or too late (the worker
// idles while it could work). A commit in a partition far from its own would only make it look in vain. With no LISTEN connection it polls after
// BLOCKED_POLL_MS, longer while it keeps finding nothing.
//
// Accepting reports comes first. While they arrive faster than they are clustered (the backlog
// grows between batches), the loop rests as long as each batch took, leaving half of its CPU —
// and the database's — to intake; it runs flat out again as soon as the surge eases.
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkerLoop } from '../jobs/worker-loop';
import { configuredDatabaseUrl } from '../config/env';
import { WakeListener } from '../jobs/wake-listener';
import { logger } from '../log';
import type { Db, DbTx } from '../db/client';
import { loadClaimContext } from '../lexicon/represent-claim';
import { findRiskTerms } from '../rumors/risk-terms';
import { readSetting } from '../settings/read-settings';
import { CLUSTERER_ID, CLUSTERING_WAKE_CHANNEL, ClusteringFailedError, clusteringCounters, clusterPendingReports, readClusteringWake, waitingOnNothing, wakesWorkerWaitingOn } from './cluster-pending-reports';
import { regionNeighbours } from '../regions/neighbours';

const IDLE_POLL_MS = 250;
const BLOCKED_POLL_MS = 20;
/** Each look for work costs a transaction: while the other worker's batches keep the rest, look less often, up to this. */
const MAX_BLOCKED_POLL_MS = 160;
/** Listening: the longest wait for another worker's commit before looking anyway. */
const BLOCKED_WAKE_MS = 160;
const ERROR_PAUSE_MS = 2_000;
const BATCH = 50;
/** Failures after which a report is set aside (until the worker restarts) so the queue moves on. */
const MAX_FAILURES = 5;

async function countPending(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ pending: number }[]>`SELECT count(*)::int AS pending FROM "Report" WHERE "clusteringPending"`;
  return row?.pending ?? 0;
}

/**
 * Whether any report other than those set aside is still pending, or a started rumour is still to
 * be reconciled (another worker is at it: reconcile-partitions.ts) — asked every BLOCKED_POLL_MS: no count.
 */
async function anyPending(db: Db, setAside: readonly string[]): Promise<boolean> {
  const [row] = await db.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Report" WHERE "clusteringPending" AND NOT (id = ANY(${[...setAside]}::uuid[])))
      OR EXISTS (SELECT 1 FROM "Rumor" WHERE "reconcilePending") OR EXISTS (SELECT 1 FROM "Rumor" WHERE "consolidatePending") AS any`;
  return row?.any === true;
}

/**
 * Fills the per-process caches clustering reads (claim lexicon, place index, risk terms,
 * settings, region neighbours) when the worker starts, not in the first batch of a surge:
 * each worker process pays this once (bench/RESULTS.md: a worker's first 100 reports cost ~4× the
 * CPU of the rest). Each cache reads on its own, outside any transaction: the caches need no common
 * snapshot, and one 30-s transaction around them all (compiling the lexicon included) ran out at
 * high load and threw away what it had read, leaving the work to the first batch.
 */
export async function warmClusteringCaches(db: DbTx): Promise<void> {
  await loadClaimContext(db);
  await findRiskTerms(db, '');
  await readSetting(db, 'clustering.windowDays');
  await regionNeighbours(db);
}

/** Waits, or stops waiting when the worker shuts down. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return sleep(ms, undefined, { signal }).catch(() => undefined);
}

/**
 * Runs the clustering loop until `signal` aborts. `listenUrl`: a database URL for the LISTEN
 * connection that wakes it when another worker commits (none: it polls); `blockedWakeMs`: the
 * longest it then waits before looking anyway.
 */
export async function runClusteringLoop(db: Db, signal: AbortSignal, options: { listenUrl: string | undefined; blockedWakeMs?: number }): Promise<void> {
  const { listenUrl, blockedWakeMs = BLOCKED_WAKE_MS } = options;
  // A failed warm-up loses nothing: each batch reads whatever cache is still empty (inside its own
  // 60-s transaction), so the first reports only take longer to join their rumours.
  await warmClusteringCaches(db).catch((error: unknown) => logger.warn({ err: error }, 'clustering: warming the caches failed; the first batch fills them (its reports take longer to cluster)'));
  const listener = listenUrl ? new WakeListener(listenUrl, CLUSTERING_WAKE_CHANNEL, (payload) => readClusteringWake(payload)?.clusterer === CLUSTERER_ID) : null;
  // What the last look that found nothing it may take waits for (its own commits never reach it).
  const waiting = waitingOnNothing();
  const wanted = (payload: string | undefined) => {
    const wakes = wakesWorkerWaitingOn(payload, waiting);
    if (!wakes) clusteringCounters.wakesPassed++;
    return wakes;
  };
  await listener?.start();
  const failures = new Map<string, number>();
  // The backlog at the last full batch; unknown after a pause (another worker, or intake, may
  // have changed it meanwhile), so only two full batches in a row can show it growing.
  let backlog: number | null = null;
  let blockedPoll = BLOCKED_POLL_MS;
  const setAside = () => [...failures].filter(([, count]) => count >= MAX_FAILURES).map(([id]) => id);
  try {
    while (!signal.aborted) {
      try {
        const startedAt = Date.now();
        // Only commits from now on say something this look may not have seen.
        listener?.reset();
        const clustered = await clusterPendingReports(db, { limit: BATCH, skip: setAside(), waiting });
        if (clustered.length < BATCH) {
          backlog = null;
          // Drained, or the rest waits for another worker's batch (reports set aside do not count).
          const blocked = await anyPending(db, setAside());
          if (!blocked) clusteringCounters.drainedLooks++;
          const pausedAt = Date.now();
          clusteringCounters.busyMs += pausedAt - startedAt;
          if (clustered.length > 0) blockedPoll = BLOCKED_POLL_MS;
          if (blocked && listener) {
            if (await listener.wait(blockedWakeMs, signal, wanted)) clusteringCounters.wakes++;
          } else await pause(blocked ? blockedPoll : IDLE_POLL_MS, signal);
          // Looked in vain: the next wait is longer (a clustered report makes it short again).
          if (clustered.length === 0) blockedPoll = Math.min(blockedPoll * 2, MAX_BLOCKED_POLL_MS);
          clusteringCounters[blocked ? 'blockedMs' : 'idleMs'] += Date.now() - pausedAt;
          continue;
        }
        blockedPoll = BLOCKED_POLL_MS;
        const took = Date.now() - startedAt;
        const pending = await countPending(db);
        const pausedAt = Date.now();
        clusteringCounters.busyMs += pausedAt - startedAt;
        if (backlog !== null && pending > backlog) {
          await pause(took, signal); // a surge: intake first
          clusteringCounters.surgeMs += Date.now() - pausedAt;
        }
        backlog = pending;
      } catch (error) {
        if (error instanceof ClusteringFailedError) {
          const count = (failures.get(error.reportId) ?? 0) + 1;
          failures.set(error.reportId, count);
          logger.error({ err: error.cause, reportId: error.reportId, failures: count, setAside: count >= MAX_FAILURES }, 'clustering a report failed');
        } else logger.error({ err: error }, 'clustering failed');
        await pause(ERROR_PAUSE_MS, signal);
      }
    }
  } finally {
    await listener?.stop();
  }
}

export const clusteringLoop: WorkerLoop = {
  name: 'clustering',
  start: (db, signal) => runClusteringLoop(db, signal, { listenUrl: configuredDatabaseUrl() }),
};
