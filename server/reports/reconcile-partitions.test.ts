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

  // A claim split across the partitions by the order of arrival: each side's first report met nothing
  // on the other (here: each is clustered without the drain, as when the other side was not there yet).
  // A later report joins its own side's rumour; once drained it meets the other side as well and, the
  // two rumours agreeing as wholes, they become one (session 35, bench/RESULTS.md 2g).
  const BLOCK_RU = 'Говорят, с 1 января в Казахстане заблокируют Discord';
  const BLOCK_KK = '1 қаңтардан бастап Қазақстанда Discord бұғатталады дейді';
  const BLOCK_EN = 'Discord will be blocked in Kazakhstan from January 1, people say';
  /** Another platform: a contrast (platform members), never the same rumour. */
  const OTHER_KK = '1 қаңтардан бастап Қазақстанда Roblox бұғатталады дейді';
  async function split(db: Db, national: string, regional: string): Promise<[string, string]> {
    const a = await submit(db, national, null);
    await clusterPendingReports(db, { limit: 1 });
    const b = await submit(db, regional, 'KZ-75');
    await clusterPendingReports(db, { limit: 1 });
    await db.rumor.updateMany({ data: { reconcilePending: false, consolidatePending: false } });
    return [a, b];
  }

  for (const side of ['national', 'regional'] as const) {
    it(`a later report joining the ${side} side's rumour of a split claim makes the two one, told in kk, ru and en`, async () => {
      const [n, r] = await split(test.db, BLOCK_RU, BLOCK_KK);
      expect(await rumourOf(test.db, n)).not.toBe(await rumourOf(test.db, r));
      const later = await submit(test.db, BLOCK_EN, side === 'national' ? null : 'KZ-75');
      await clusterPendingReports(test.db);
      const rumour = await rumourOf(test.db, later);
      expect(await rumourOf(test.db, n)).toBe(rumour);
      expect(await rumourOf(test.db, r)).toBe(rumour);
      const merge = await test.db.auditEvent.findFirst({ where: { action: 'rumor.merge_received', entityId: rumour } });
      expect((merge?.after as { bridgeReportId?: string }).bridgeReportId).toBe(later);
      await test.db.rumor.updateMany({ where: { status: { not: 'DISMISSED' } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
    }, 120_000);

    it(`never makes one of a contrasting claim across the partitions, the later report joining the ${side} side`, async () => {
      const [n, r] = await split(test.db, BLOCK_RU, OTHER_KK);
      const later = await submit(test.db, BLOCK_EN, side === 'national' ? null : 'KZ-75');
      await clusterPendingReports(test.db);
      expect(await rumourOf(test.db, n)).not.toBe(await rumourOf(test.db, r));
      expect(await rumourOf(test.db, later)).not.toBe(await rumourOf(test.db, r));
      await test.db.rumor.updateMany({ where: { status: { not: 'DISMISSED' } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
    }, 120_000);
  }

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
