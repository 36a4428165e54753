// A worker that must wait for another's batch (its partition held, or an older report there to be
// placed first) looks again the moment that batch commits, not at its next poll: every batch that
// places reports notifies the other workers (never itself) with its partition and locks, and the
// loop listens — woken only by a batch that meets what it waits for.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { WakeListener } from '../jobs/wake-listener';
import { setupTestDatabase } from '../testing/database';
import { regionNeighbours, regionsAround } from '../regions/neighbours';
import { CLUSTERER_ID, CLUSTERING_WAKE_CHANNEL, clusteringCounters, clusteringWake, clusterPendingReports, lockPartition, readClusteringWake, waitingOnNothing, wakesWorkerWaitingOn } from './cluster-pending-reports';
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
    const self = new WakeListener(t.url, CLUSTERING_WAKE_CHANNEL, (payload) => readClusteringWake(payload)?.clusterer === CLUSTERER_ID);
    await other.start();
    await self.start();
    try {
      await submitAlmaty('Говорят, в Алматы завтра отключат воду во всех районах');
      expect(await clusterPendingReports(t.db)).toHaveLength(1);
      // It says which partition it placed and what it held: Almaty city, and Almaty Region next door.
      expect(await other.wait(10_000, never, (payload) => readClusteringWake(payload)?.regions.join() === 'KZ-75' && readClusteringWake(payload)?.touching.join() === 'KZ-19,KZ-75')).toBe(true);
      expect(await self.wait(500, never)).toBe(false);
      // Nothing pending: the look commits nothing worth waking for.
      expect(await clusterPendingReports(t.db)).toHaveLength(0);
      expect(await other.wait(500, never)).toBe(false);
    } finally {
      await other.stop();
      await self.stop();
    }
  }, 60_000);

  it('a worker kept waiting by another worker\'s batch clusters the moment that batch commits, and is not woken by commits far away', async () => {
    const id = await submitAlmaty('Говорят, в Алматы закрыли все рынки до конца недели');
    const neighbours = await t.db.$transaction((tx) => regionNeighbours(tx));
    const batchOf = (regions: string[]) => clusteringWake({ clusterer: 'another worker', regions, touching: [...regionsAround(regions, neighbours)].sort() });
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
        // A third worker's batches commit in Mangystau and in the national queue, far from Almaty:
        // nothing there can let this worker go ahead, so it does not look again.
        const looks = clusteringCounters.emptyLooks;
        await t.db.$executeRaw`SELECT pg_notify(${CLUSTERING_WAKE_CHANNEL}, ${batchOf(['KZ-47'])})`;
        await t.db.$executeRaw`SELECT pg_notify(${CLUSTERING_WAKE_CHANNEL}, ${batchOf([])})`;
        await sleep(1_500);
        expect(clusteringCounters.wakes - before.wakes).toBe(0);
        expect(clusteringCounters.wakesPassed - before.wakesPassed).toBe(2);
        expect(clusteringCounters.emptyLooks).toBe(looks);
        await tx.$executeRaw`SELECT pg_notify(${CLUSTERING_WAKE_CHANNEL}, ${batchOf(['KZ-75'])})`;
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

describe('what wakes a waiting clusterer', () => {
  const neighbours = new Map([
    ['KZ-47', ['KZ-23', 'KZ-15']],
    ['KZ-23', ['KZ-27', 'KZ-15', 'KZ-47']],
    ['KZ-75', ['KZ-19']],
  ]);
  const batch = (regions: string[], clusterer = 'another worker') => clusteringWake({ clusterer, regions, touching: [...regionsAround(regions, neighbours)].sort() });

  it('a batch placing the partition an older report waits in, or releasing a lock it was refused; never its own, nor one far away', () => {
    const waiting = waitingOnNothing();
    // Mangystau's reports wait for an older one of Atyrau's.
    waiting.placed.add('KZ-23');
    expect(wakesWorkerWaitingOn(batch(['KZ-23']), waiting)).toBe(true);
    expect(wakesWorkerWaitingOn(batch(['KZ-23'], CLUSTERER_ID), waiting)).toBe(false);
    expect(wakesWorkerWaitingOn(batch(['KZ-75']), waiting)).toBe(false);
    expect(wakesWorkerWaitingOn(batch([]), waiting)).toBe(false);
    // Refused Mangystau's locks: a batch of Atyrau next door held Mangystau's shared.
    const refused = waitingOnNothing();
    for (const code of regionsAround(['KZ-47'], neighbours)) refused.locked.add(code);
    expect(wakesWorkerWaitingOn(batch(['KZ-23']), refused)).toBe(true);
    expect(wakesWorkerWaitingOn(batch(['KZ-75']), refused)).toBe(false);
    // The national queue's lock refused: only the national queue's batch.
    refused.national = true;
    expect(wakesWorkerWaitingOn(batch([]), refused)).toBe(true);
    // A payload this version does not write (an older worker during a deploy) wakes it, as every commit did.
    expect(wakesWorkerWaitingOn('0b1c…', waitingOnNothing())).toBe(true);
  });
});
