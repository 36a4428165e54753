// Several workers cluster in parallel and make exactly the rumours of clustering every report alone
// in order of arrival: a batch holds its partition's regions (the chosen region and the regions
// the text names), their neighbours shared and the rumours it may touch beyond them (the national
// queue — no region, no place named — its own lock: it meets no region's rumours) and stops before
// any older report pending where its rumours could be touched. Proven on the labelled set (one report at a time, batches of
// 25 and two workers at once all agree) and on a claim whose rumours depend on that order.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../db/client';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { clusterPendingReports, lockPartition } from './cluster-pending-reports';
import { submitReport } from './submit-report';

const one = setupTestDatabase();
const two = setupTestDatabase();
const oneByOne = setupTestDatabase();
const ordered = setupTestDatabase();
const batched = setupTestDatabase();
const crossOrdered = setupTestDatabase();
const crossBatched = setupTestDatabase();
const crossTwo = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 7).toString('base64');

interface LabelledSet {
  reports: { group: string; text: string; regionCode: string | null }[];
}
const labelled = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../bench/clustering/labelled-reports.json'), 'utf8')) as LabelledSet;

/** The whole set as a backlog: stored one a minute, none clustered yet. */
async function storeBacklog(db: Db): Promise<string[]> {
  const start = Date.now() - (labelled.reports.length + 10) * 60_000;
  const ids: string[] = [];
  for (const [i, item] of labelled.reports.entries()) {
    const { report } = await submitReport(db, { clientId: randomUUID(), text: item.text, regionCode: (item.regionCode ?? undefined) as RegionCode | undefined }, { channel: 'API', encryptionKey, now: new Date(start + i * 60_000) });
    ids.push(report.id);
  }
  return ids;
}

/** Which reports ended together, as sets of positions in the labelled set. */
async function rumoursOf(db: Db, ids: string[]): Promise<string[]> {
  const rows = await db.report.findMany({ where: { id: { in: ids } }, select: { id: true, rumorId: true } });
  const rumorOf = new Map(rows.map((r) => [r.id, r.rumorId]));
  const groups = new Map<string, number[]>();
  ids.forEach((id, i) => groups.set(rumorOf.get(id)!, [...(groups.get(rumorOf.get(id)!) ?? []), i]));
  return [...groups.values()].map((members) => members.join(',')).sort();
}

/** Drains one report per transaction: clustering in order of arrival, the reference. */
async function drainOneByOne(db: Db): Promise<void> {
  while ((await clusterPendingReports(db, { limit: 1 })).length > 0);
}

async function pending(db: Db): Promise<number> {
  return db.report.count({ where: { clusteringPending: true } });
}

describe('clustering with several workers', () => {
  it('places a report after every older one it could meet, whoever clusters and however batches fall', async () => {
    // Three sightings of a gas explosion in Atyrau: two from Atyrau, one between them from
    // Mangystau next door. The first says 3 died, the second 30 (a contrast: another claim), the
    // third none, worded like the second. In order of arrival the third joins the second's rumour;
    // a batch taking Atyrau's two reports before Mangystau's would join it to the first's.
    const start = Date.now() - 60 * 60_000;
    const backlog = [
      { text: 'Говорят, в Атырау погибли 3 человека: взорвался газ в жилом доме', regionCode: 'KZ-23' },
      { text: 'В Атырау взрыв газа в многоэтажке на Азаттык, погибли 30 человек', regionCode: 'KZ-47' },
      { text: 'В Атырау взрыв газа в многоэтажке на Азаттык, погибли люди', regionCode: 'KZ-23' },
    ];
    const store = async (db: Db) => {
      const ids: string[] = [];
      for (const [i, item] of backlog.entries()) {
        const { report } = await submitReport(db, { clientId: randomUUID(), text: item.text, regionCode: item.regionCode as RegionCode }, { channel: 'API', encryptionKey, now: new Date(start + i * 60_000) });
        ids.push(report.id);
      }
      return ids;
    };
    const inOrder = await store(ordered.db);
    await drainOneByOne(ordered.db);
    const inBatches = await store(batched.db);
    await clusterPendingReports(batched.db, { limit: 25 });
    expect(await rumoursOf(ordered.db, inOrder)).toEqual(['0', '1,2']);
    expect(await rumoursOf(batched.db, inBatches)).toEqual(await rumoursOf(ordered.db, inOrder));
  }, 120_000);

  it('places a report from another region naming a place after every older report near either region, however batches and workers fall', async () => {
    // The gas explosion in Atyrau again, reported also from Almaty city (far from Atyrau): its
    // partition is Almaty AND Atyrau (the place it names). Oldest first: from Almaty, 3 dead; from
    // Atyrau, 30 dead (a contrast: another claim); from Almaty, worded like the second. In order of
    // arrival the third joins the second's rumour; a batch of the Almaty+Atyrau partition taking
    // both of its reports before Atyrau's would join it to the first's — and a clusterer of Almaty
    // alone would never see Atyrau's rumour at all. Then eight more of both kinds, mixed, so two
    // workers have something to share out.
    const start = Date.now() - 60 * 60_000;
    const backlog: { text: string; regionCode: RegionCode }[] = [
      { text: 'Говорят, в Атырау погибли 3 человека: взорвался газ в жилом доме', regionCode: 'KZ-75' },
      { text: 'В Атырау взрыв газа в многоэтажке на Азаттык, погибли 30 человек', regionCode: 'KZ-23' },
      { text: 'В Атырау взрыв газа в многоэтажке на Азаттык, погибли люди', regionCode: 'KZ-75' },
      { text: 'В Жанаозене завтра отключат газ на три дня', regionCode: 'KZ-75' },
      { text: 'В Алматы закрыли все рынки до конца недели', regionCode: 'KZ-75' },
      { text: 'Говорят, в Жанаозене завтра на три дня отключат газ', regionCode: 'KZ-47' },
      { text: 'В Атырау после взрыва газа на Азаттык погибли люди, дом оцепили', regionCode: 'KZ-47' },
      { text: 'Жаңаөзенде ертең үш күнге газ өшіріледі екен', regionCode: 'KZ-75' },
      { text: 'Алматыда базарлар апта соңына дейін жабылды', regionCode: 'KZ-19' },
      { text: 'В Шымкенте закрыли все рынки до конца недели', regionCode: 'KZ-75' },
      { text: 'Говорят, в Шымкенте рынки закрыты до конца недели', regionCode: 'KZ-79' },
    ];
    const store = async (db: Db) => {
      const ids: string[] = [];
      for (const [i, item] of backlog.entries()) {
        const { report } = await submitReport(db, { clientId: randomUUID(), text: item.text, regionCode: item.regionCode }, { channel: 'API', encryptionKey, now: new Date(start + i * 60_000) });
        ids.push(report.id);
      }
      return ids;
    };
    const inOrder = await store(crossOrdered.db);
    expect((await crossOrdered.db.report.findUniqueOrThrow({ where: { id: inOrder[0]! } })).routedRegionCodes).toEqual(['KZ-23']);
    await drainOneByOne(crossOrdered.db);
    const reference = await rumoursOf(crossOrdered.db, inOrder);
    expect(reference).toContain('1,2,6');
    expect(reference).toContain('0');

    const inBatches = await store(crossBatched.db);
    await clusterPendingReports(crossBatched.db, { limit: 25 });
    expect(await rumoursOf(crossBatched.db, inBatches)).toEqual(reference);

    const byTwo = await store(crossTwo.db);
    const workers = [createPrismaClient(crossTwo.url, 3), createPrismaClient(crossTwo.url, 3)];
    try {
      await Promise.all(
        workers.map(async (worker) => {
          while ((await pending(worker)) > 0) if ((await clusterPendingReports(worker, { limit: 2 })).length === 0) await new Promise((r) => setTimeout(r, 10));
        }),
      );
    } finally {
      await Promise.all(workers.map((w) => w.$disconnect()));
    }
    expect(await rumoursOf(crossTwo.db, byTwo)).toEqual(reference);
  }, 300_000);

  it('two clusterers draining the labelled backlog at once make the same rumours as one, and as one report at a time', async () => {
    const idsOne = await storeBacklog(one.db);
    const idsTwo = await storeBacklog(two.db);
    const idsOneByOne = await storeBacklog(oneByOne.db);

    while ((await pending(one.db)) > 0) await clusterPendingReports(one.db, { limit: 1_000 });
    await drainOneByOne(oneByOne.db);
    expect(await rumoursOf(one.db, idsOne)).toEqual(await rumoursOf(oneByOne.db, idsOneByOne));

    const workers = [createPrismaClient(two.url, 3), createPrismaClient(two.url, 3)];
    // When each worker's batches that clustered something ran: some must overlap (real parallel work).
    const spans: { worker: number; from: number; to: number }[] = [];
    try {
      await Promise.all(
        workers.map(async (worker, n) => {
          while ((await pending(worker)) > 0) {
            const from = performance.now();
            const clustered = await clusterPendingReports(worker, { limit: 25 });
            if (clustered.length > 0) spans.push({ worker: n, from, to: performance.now() });
            // Every pending partition is another worker's just now: look again shortly.
            else await new Promise((r) => setTimeout(r, 20));
          }
        }),
      );
    } finally {
      await Promise.all(workers.map((w) => w.$disconnect()));
    }
    const overlapping = spans.some((a) => spans.some((b) => a.worker === 0 && b.worker === 1 && a.from < b.to && b.from < a.to));
    expect(overlapping).toBe(true);
    expect(await rumoursOf(two.db, idsTwo)).toEqual(await rumoursOf(one.db, idsOne));
  }, 600_000); // ~280 s at load 28 (shared machine); 66 s at load 15

  it('lets regions that see no rumour in common run in parallel, and keeps neighbours, shared rumours and the national queue apart', async () => {
    const neighbours = new Map((await one.db.region.findMany({ select: { code: true, neighbourCodes: true } })).map((r) => [r.code, r.neighbourCodes]));
    const holdMangystau = async (since: Date, check: (tryOther: (regions: string[]) => Promise<boolean>) => Promise<void>) => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      // One worker clusters Mangystau (its neighbours: Atyrau, Aktobe)…
      const holder = one.db.$transaction(async (tx) => {
        expect(await lockPartition(tx, ['KZ-47'], neighbours, since)).toBe(true);
        locked();
        await held;
      });
      await isLocked;
      try {
        await check((regions) => one.db.$transaction((tx) => lockPartition(tx, regions, neighbours, since)));
      } finally {
        release();
        await holder;
      }
    };
    const now = new Date();
    await holdMangystau(now, async (tryOther) => {
      // …while another may take Almaty or Turkistan, far away, and Kyzylorda, which only shares
      // Aktobe with it while no rumour seen from both is open,
      expect(await tryOther(['KZ-75'])).toBe(true);
      expect(await tryOther(['KZ-61'])).toBe(true);
      expect(await tryOther(['KZ-43'])).toBe(true);
      // …and the national queue, which meets no region's rumours…
      expect(await tryOther([])).toBe(true);
      // …but not Atyrau next door (each sees the rumours the other starts), nor a report naming
      // places in Atyrau and Almaty (routed to both), nor one naming Aktau and Shymkent.
      expect(await tryOther(['KZ-23'])).toBe(false);
      expect(await tryOther(['KZ-23', 'KZ-75'])).toBe(false);
      expect(await tryOther(['KZ-47', 'KZ-79'])).toBe(false);
    });
    // An open rumour of Aktobe is seen from Mangystau and from Kyzylorda: now they wait for each other.
    const aktobe = await one.db.rumor.create({ data: { claim: 'В Актобе закрыли школы', normalizedClaim: 'актобе закрыли школы', language: 'ru', firstSeenAt: now, lastSeenAt: now, regionCodes: ['KZ-15'] } });
    try {
      await holdMangystau(new Date(now.getTime() - 60_000), async (tryOther) => {
        expect(await tryOther(['KZ-43'])).toBe(false);
        expect(await tryOther(['KZ-75'])).toBe(true);
      });
    } finally {
      await one.db.rumor.delete({ where: { id: aktobe.id } });
    }
    expect(await one.db.$transaction((tx) => lockPartition(tx, [], neighbours))).toBe(true);
  });

  /**
   * A backlog of four, oldest first: Almaty's, a national one (no region, no place), then Zhanaozen
   * (Mangystau) without a region and from Mangystau itself.
   */
  async function submitMixedBacklog() {
    await clusterPendingReports(one.db, { limit: 1_000 }); // whatever other tests left
    const start = Date.now() - 30 * 60_000;
    const submit = async (i: number, text: string, regionCode?: RegionCode) =>
      (await submitReport(one.db, { clientId: randomUUID(), text, regionCode }, { channel: 'API', encryptionKey, now: new Date(start + i * 60_000) })).report.id;
    const almaty = await submit(0, 'Говорят, в Алматы закрыли все рынки до конца недели', 'KZ-75');
    const national = await submit(1, 'Говорят, бензин подорожает вдвое по всей стране с понедельника');
    const routed = await submit(2, 'Говорят, в Жанаозене завтра отключат газ на три дня');
    const regional = await submit(3, 'В Жанаозене завтра отключат газ на три дня, говорят', 'KZ-47');
    const neighbours = new Map((await one.db.region.findMany({ select: { code: true, neighbourCodes: true } })).map((r) => [r.code, r.neighbourCodes]));
    return { almaty, national, routed, regional, neighbours, since: new Date(start - 86_400_000) };
  }
  const rowOf = (id: string) => one.db.report.findUniqueOrThrow({ where: { id }, select: { clusteringPending: true, rumorId: true, routedRegionCodes: true } });

  /** While one worker holds the given partitions (each a list of regions; [] is the national queue), another drains what it may. */
  async function whileHolding(partitions: string[][], backlog: Awaited<ReturnType<typeof submitMixedBacklog>>, drain: (other: Db) => Promise<void>) {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = one.db.$transaction(async (tx) => {
      for (const regions of partitions) expect(await lockPartition(tx, regions, backlog.neighbours, backlog.since)).toBe(true);
      locked();
      await held;
    });
    await isLocked;
    const other = createPrismaClient(one.url, 2);
    try {
      await drain(other);
    } finally {
      release();
      await holder;
      await other.$disconnect();
    }
  }

  it('clusters a report that chose no region with the region its text names, never waiting for or holding up an unrelated region or the national queue', async () => {
    const backlog = await submitMixedBacklog();
    const { almaty, national, routed, regional } = backlog;
    expect((await rowOf(routed)).routedRegionCodes).toEqual(['KZ-47']);
    // Mangystau is held: the report naming Zhanaozen is Mangystau's, so it waits with it, while
    // Almaty and the national queue go ahead.
    await whileHolding([['KZ-47']], backlog, async (other) => {
      await clusterPendingReports(other, { limit: 100 });
      expect((await rowOf(almaty)).clusteringPending).toBe(false);
      expect((await rowOf(national)).clusteringPending).toBe(false);
      expect((await rowOf(routed)).clusteringPending).toBe(true);
      expect((await rowOf(regional)).clusteringPending).toBe(true);
    });
  });

  it('never lets an older report of an unrelated region, or of the national queue, hold up a region', async () => {
    const backlog = await submitMixedBacklog();
    const { almaty, national, routed, regional } = backlog;
    // One worker holds Almaty and the national queue (its reports older than Mangystau's)…
    await whileHolding([['KZ-75'], []], backlog, async (other) => {
      // …and another clusters Mangystau's two meanwhile, as one rumour (the report that named
      // Zhanaozen started it, in Mangystau).
      await clusterPendingReports(other, { limit: 100 });
      const [a, b] = [await rowOf(routed), await rowOf(regional)];
      expect([a.clusteringPending, b.clusteringPending]).toEqual([false, false]);
      expect(b.rumorId).toBe(a.rumorId);
      expect((await one.db.rumor.findUniqueOrThrow({ where: { id: a.rumorId! } })).regionCodes).toEqual(['KZ-47']);
      expect((await rowOf(almaty)).clusteringPending).toBe(true);
      expect((await rowOf(national)).clusteringPending).toBe(true);
    });
    await clusterPendingReports(one.db, { limit: 100 });
    // The national report met no regional rumour: a rumour of no region (the national queue's).
    expect((await one.db.rumor.findUniqueOrThrow({ where: { id: (await rowOf(national)).rumorId! } })).regionCodes).toEqual([]);
  });
});
