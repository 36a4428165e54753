// The national queue meets the regions once the queue is drained (reconcile-partitions.ts): a claim
// reported with no region and from a region ends in one rumour, merged as an automatic join a
// moderator can undo; a contrasting claim across the two never merges; and two workers still make
// one worker's rumours.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../db/client';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { clusterPendingReports } from './cluster-pending-reports';
import { submitReport } from './submit-report';

const test = setupTestDatabase();
const oneWorker = setupTestDatabase();
const twoWorkers = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 9).toString('base64');

const NATIONAL = 'Говорят, с понедельника бензин АИ-92 подорожает до 300 тенге за литр';
const REGIONAL = 'С понедельника бензин АИ-92 подорожает до 300 тенге за литр, говорят на заправках';
/** The same claim with another price: a contrast (numbers beyond rounding), never the same rumour. */
const OTHER_PRICE = 'С понедельника бензин АИ-92 подорожает до 500 тенге за литр, говорят на заправках';

let minute = 0;
const start = Date.now() - 600 * 60_000;
async function submit(db: Db, text: string, regionCode: string | null): Promise<string> {
  const { report } = await submitReport(db, { clientId: randomUUID(), text, regionCode: (regionCode ?? undefined) as RegionCode | undefined }, { channel: 'API', encryptionKey, now: new Date(start + minute++ * 60_000) });
  return report.id;
}
async function rumourOf(db: Db, reportId: string): Promise<string> {
  return (await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { rumorId: true } })).rumorId!;
}

describe('the national queue and the regions', () => {
  it('a report with no region and a regional report of one claim end in one rumour, in either order, merged as an automatic join', async () => {
    for (const order of [
      [NATIONAL, 'KZ-75'],
      ['KZ-75', NATIONAL],
    ]) {
      const ids: string[] = [];
      for (const item of order) {
        ids.push(item === NATIONAL ? await submit(test.db, NATIONAL, null) : await submit(test.db, REGIONAL, item));
        await clusterPendingReports(test.db);
      }
      const [a, b] = await Promise.all(ids.map((id) => rumourOf(test.db, id)));
      expect(a).toBe(b);
      const rumour = await test.db.rumor.findUniqueOrThrow({ where: { id: a! } });
      // Seen by Almaty's moderators, with both sightings.
      expect(rumour.regionCodes).toEqual(['KZ-75']);
      expect(rumour.sightingCount).toBe(2);
      // In its history as the system's merge, naming the report that made it (undone like any merge).
      const merge = await test.db.auditEvent.findFirst({ where: { action: 'rumor.merge_received', entityId: a! } });
      expect(merge?.actorLabel).toBe('system');
      expect((merge?.after as { bridgeReportId?: string }).bridgeReportId).toBe(ids[1]);
      await test.db.rumor.updateMany({ where: { id: a! }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
    }
  }, 120_000);

  it('never merges a contrasting claim across the national queue, in either order', async () => {
    for (const [first, second] of [
      [
        { text: NATIONAL, region: null },
        { text: OTHER_PRICE, region: 'KZ-75' },
      ],
      [
        { text: OTHER_PRICE, region: 'KZ-75' },
        { text: NATIONAL, region: null },
      ],
    ]) {
      const a = await submit(test.db, first!.text, first!.region);
      await clusterPendingReports(test.db);
      const b = await submit(test.db, second!.text, second!.region);
      await clusterPendingReports(test.db);
      expect(await rumourOf(test.db, a)).not.toBe(await rumourOf(test.db, b));
      expect(await test.db.rumor.count({ where: { reconcilePending: true } })).toBe(0);
      await test.db.rumor.updateMany({ where: { status: { not: 'DISMISSED' } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
    }
  }, 120_000);

  it('two workers draining a backlog of national and regional reports make the rumours of one worker, the claim in one rumour', async () => {
    const backlog = [
      { text: NATIONAL, region: null },
      { text: OTHER_PRICE, region: 'KZ-75' },
      { text: REGIONAL, region: 'KZ-75' },
      { text: 'Говорят, в Шымкенте с завтрашнего дня отключат горячую воду на две недели', region: 'KZ-79' },
      { text: NATIONAL.replace('Говорят, с', 'Пишут, что с'), region: null },
      { text: 'В Шымкенте отключат горячую воду на две недели с завтрашнего дня', region: null },
      { text: REGIONAL.replace('на заправках', 'в чатах'), region: 'KZ-47' },
    ];
    const store = async (db: Db) => {
      const ids: string[] = [];
      for (const item of backlog) ids.push(await submit(db, item.text, item.region));
      return ids;
    };
    const together = async (db: Db, ids: string[]) => {
      const rumours = await Promise.all(ids.map((id) => rumourOf(db, id)));
      return rumours.map((r) => rumours.indexOf(r));
    };
    const one = await store(oneWorker.db);
    await clusterPendingReports(oneWorker.db, { limit: 1_000 });
    const two = await store(twoWorkers.db);
    const workers = [createPrismaClient(twoWorkers.url, 3), createPrismaClient(twoWorkers.url, 3)];
    try {
      await Promise.all(workers.map((worker) => clusterPendingReports(worker, { limit: 2 }).then(() => clusterPendingReports(worker, { limit: 1_000 }))));
      // Whichever worker drained last reconciled: nothing is left for later.
      await clusterPendingReports(twoWorkers.db);
    } finally {
      await Promise.all(workers.map((w) => w.$disconnect()));
    }
    const shape = await together(oneWorker.db, one);
    expect(await together(twoWorkers.db, two)).toEqual(shape);
    // The price claim: the national reports joined a regional rumour of it (Almaty's or Atyrau's: the
    // two regions are far apart and stay two rumours), the other price apart; the hot water too.
    expect([shape[2], shape[6]]).toContain(shape[0]);
    expect(shape[4]).toBe(shape[0]);
    expect(shape[2]).not.toBe(shape[6]);
    expect(shape[1]).not.toBe(shape[0]);
    expect(shape[5]).toBe(shape[3]);
  }, 120_000);
});
