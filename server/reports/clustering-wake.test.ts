// A worker that must wait for another's batch (its partition held, or an older report there to be
// placed first) looks again the moment that batch commits, not at its next poll: every batch that
// places reports notifies the other workers (never itself), and the loop listens.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { WakeListener } from '../jobs/wake-listener';
import { setupTestDatabase } from '../testing/database';
import { CLUSTERER_ID, CLUSTERING_WAKE_CHANNEL, clusteringCounters, clusterPendingReports, lockPartition } from './cluster-pending-reports';
import { runClusteringLoop } from './clustering-loop';
import { submitReport } from './submit-report';

const t = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 9).toString('base64');
const never = new AbortController().signal;

async function submitAlmaty(text: string): Promise<string> {
  const { report } = await submitReport(t.db, { clientId: randomUUID(), text, regionCode: 'KZ-75' }, { channel: 'API', encryptionKey });
  return report.id;
}

describe('waking clusterers', () => {
  it('a batch that places reports wakes the other workers when it commits, and neither itself nor anyone when it places nothing', async () => {
    const other = new WakeListener(t.url, CLUSTERING_WAKE_CHANNEL);
    const self = new WakeListener(t.url, CLUSTERING_WAKE_CHANNEL, (payload) => payload === CLUSTERER_ID);
    await other.start();
    await self.start();
    try {
      await submitAlmaty('Говорят, в Алматы завтра отключат воду во всех районах');
      expect(await clusterPendingReports(t.db)).toHaveLength(1);
      expect(await other.wait(10_000, never)).toBe(true);
      expect(await self.wait(500, never)).toBe(false);
      // Nothing pending: the look commits nothing worth waking for.
      expect(await clusterPendingReports(t.db)).toHaveLength(0);
      expect(await other.wait(500, never)).toBe(false);
    } finally {
      await other.stop();
      await self.stop();
    }
  }, 60_000);

  it('a worker kept waiting by another worker\'s batch clusters the moment that batch commits', async () => {
    const id = await submitAlmaty('Говорят, в Алматы закрыли все рынки до конца недели');
    const neighbours = new Map((await t.db.region.findMany({ select: { code: true, neighbourCodes: true } })).map((r) => [r.code, r.neighbourCodes]));
    const stop = new AbortController();
    let loop: Promise<void> | undefined;
    const before = { ...clusteringCounters };
    // Another worker's batch holds Almaty's partition until it commits, as every batch does, with the wake-up.
    await t.db.$transaction(
      async (tx) => {
        expect(await lockPartition(tx, ['KZ-75'], neighbours)).toBe(true);
        // Without the wake-up this worker would look again only after a minute.
        loop = runClusteringLoop(t.db, stop.signal, { listenUrl: t.url, blockedWakeMs: 60_000 });
        while (clusteringCounters.blockedMs === before.blockedMs && clusteringCounters.emptyLooks - before.emptyLooks < 1) await sleep(20);
        await tx.$executeRaw`SELECT pg_notify(${CLUSTERING_WAKE_CHANNEL}, 'another worker')`;
      },
      { timeout: 60_000 },
    );
    const committedAt = Date.now();
    try {
      while ((await t.db.report.findUniqueOrThrow({ where: { id }, select: { clusteringPending: true } })).clusteringPending) {
        expect(Date.now() - committedAt).toBeLessThan(20_000);
        await sleep(20);
      }
    } finally {
      stop.abort();
      await loop;
    }
    // It was woken, not timed out.
    expect(clusteringCounters.wakes - before.wakes).toBe(1);
  }, 120_000);
});
