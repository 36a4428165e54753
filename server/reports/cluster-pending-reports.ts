// The worker half of intake: each stored report joins the most similar open rumour or starts a
// new one, the rumour's numbers and priority are recomputed, and moderators get the live event.
// Intake only marks the row `clusteringPending`; the row is its own queue entry, so nothing is
// lost if a worker dies (the transaction rolls back and the row stays pending).
//
// Clustering is greedy and so depends on order: a report is compared with the rumours and texts
// placed before it. Several workers must therefore give the rumours ONE worker taking every report
// in order of arrival gives — otherwise a claim could be split (or joined) by how batches happened
// to interleave. Three rules make that hold by construction:
//  - Partitions. A report's partition is its regions: the one its reporter chose AND those its text
//    names (routed once, at intake: Report.routedRegionCodes; report-regions.ts), else none — the
//    national queue. It is compared with the rumours of its regions and their neighbours, or, in the
//    national queue, only with rumours of no region (cluster-report.ts), and it adds its regions to
//    the rumour it joins or starts. So a report from region A naming a village of B is one partition
//    {A, B}: it locks both as its own, waits for older reports near either, and no batch of A or B
//    alone (or next door to either) runs while it is placed. A batch takes the reports of one partition,
//    holding advisory locks on what its reports may read or change: its regions alone (the rumours
//    it starts or joins are seen from next door), their neighbours shared (whose rumours it reads),
//    and every open rumour it can see that reaches beyond its regions. Any other batch that could
//    see a rumour it changes, or change one it sees, needs one of the same locks, so the two never
//    run at once — while two regions that only share a neighbour, with no rumour seen from both,
//    do. The national queue holds a lock of its own: it meets no region's rumours and no region
//    meets its rumours, so it neither waits for a region nor holds one up.
//  - Order. A batch takes its partition's reports only up to the oldest report still pending in
//    any partition that could touch the same rumours: nothing placed later can be one a report here
//    would have seen had it been placed in order of arrival.
//  - No shortcuts across time. What a report sees of a rumour is kept current report by report
//    (regions, last seen), and an identical forwarded text joins its twin's rumour only by looking
//    the twin up (in the same partition), never because the two happened to share a batch.
// The price (bench/RESULTS.md): a claim reported both with no place and from a region starts two
// rumours, merged only once the queue is drained (reconcile-partitions.ts, under the clustering lock
// held alone); a claim told in two regions far apart stays two rumours a moderator merges. Outside the guarantee: reports a worker keeps failing on (`skip`) do
// not hold others back; a report whose intake commits after a newer one was clustered is placed
// against what it finds; joins through a published notice (a citizen's confirmation, a confident
// "already checked?" match) go to that notice's rumour wherever it is.
import { randomUUID } from 'node:crypto';
import type { Db, DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notifyLiveEvents } from '../live/events';
import { notifyStaff } from '../notifications/notify-staff';
import { refreshRumorsStats } from '../rumors/refresh-rumor-stats';
import { findRiskTerms } from '../rumors/risk-terms';
import { loadClaimContext, representClaim } from '../lexicon/represent-claim';
import { readSetting } from '../settings/read-settings';
import { decideCluster, OPEN_FOR_SIGHTINGS, type ClusterCandidate } from './cluster-report';
import { mergeBridgedRumours } from './merge-bridged-rumours';
import { RECONCILE_BATCH, reconcileStartedRumours, type Reconciled } from './reconcile-partitions';
import { CONSOLIDATE_BATCH, consolidateRumours } from './consolidate-rumours';
import { regionNeighbours, regionsAround } from '../regions/neighbours';
import { reportRegions, reportRegionsSql } from './report-regions';
import type { Language } from '../i18n/languages';
import { detectLanguage, type DetectedScript } from '../text/language';

/** pg advisory lock key of the clusterer ("raspa" + "clus" as ASCII): shared by every batch, alone for whatever must stop them all. */
const CLUSTERING_LOCK = 0x72617370_636c7573n;
/** pg advisory lock key of the national queue's partition ("raspa" + "natl"). */
const NATIONAL_LOCK = 0x72617370_6e61746cn;
/** First half of a region's two-key advisory lock ("clus"); the second is hashtext(region code). */
const REGION_LOCK_CLASS = 0x636c7573;
/** First half of a rumour's two-key advisory lock ("rumr"); the second is hashtext(rumour id). */
const RUMOUR_LOCK_CLASS = 0x72756d72;

/**
 * Every batch that placed reports NOTIFYs this channel on commit (clusteringWake): another worker
 * waiting for those reports (their partition was locked, or an older report of theirs held its own
 * back) looks again at once rather than at its next poll (clustering-loop.ts) — only if the batch's
 * partition or locks meet what it waits for, so commits far away do not make it look in vain.
 */
export const CLUSTERING_WAKE_CHANNEL = 'raspa_clustering';
/** This process's clusterer, in its wake-ups (a worker is not woken by its own commits). */
export const CLUSTERER_ID = randomUUID();

/** A committed batch, as its wake-up tells it: who, the partition it placed reports of (its regions; none: the national queue) and the regions it held locked. */
export interface ClusteringWake {
  clusterer: string;
  regions: string[];
  touching: string[];
}

/** The payload of a batch's wake-up (well under NOTIFY's 8,000 bytes: a few dozen region codes). */
export function clusteringWake(wake: ClusteringWake): string {
  return JSON.stringify(wake);
}

/** A wake-up's batch; null if it is not one this version writes. */
export function readClusteringWake(payload: string | undefined): ClusteringWake | null {
  try {
    const wake: unknown = JSON.parse(payload ?? '');
    if (typeof wake !== 'object' || wake === null) return null;
    const { clusterer, regions, touching } = wake as Record<string, unknown>;
    const codes = (value: unknown): value is string[] => Array.isArray(value) && value.every((code) => typeof code === 'string');
    return typeof clusterer === 'string' && codes(regions) && codes(touching) ? { clusterer, regions, touching } : null;
  } catch {
    return null;
  }
}

/**
 * What a look that found nothing it may take waits for (filled by takePartition): a batch placing
 * reports of a partition with a region in `placed` (an older report held one back), a batch holding
 * a lock on a region in `locked` (it held a partition's locks), the national queue's batch.
 */
export interface WaitingOn {
  placed: Set<string>;
  locked: Set<string>;
  national: boolean;
}

export const waitingOnNothing = (): WaitingOn => ({ placed: new Set(), locked: new Set(), national: false });

/**
 * Whether a wake-up can let a worker that waits on `waiting` go ahead: another clusterer's commit
 * that placed reports where it waits for older ones, or released a lock it was refused. A payload
 * this version does not write (an older worker during a deploy) wakes it, as every commit did.
 */
export function wakesWorkerWaitingOn(payload: string | undefined, waiting: WaitingOn): boolean {
  const wake = readClusteringWake(payload);
  if (wake === null) return true;
  if (wake.clusterer === CLUSTERER_ID) return false;
  if (wake.regions.length === 0) return waiting.national;
  return wake.regions.some((code) => waiting.placed.has(code)) || wake.touching.some((code) => waiting.locked.has(code));
}

interface PendingReport {
  id: string;
  rumorId: string | null;
  text: string;
  normalizedText: string;
  language: Language;
  /** 'cyrl' or 'latn' (detected at intake): Kazakh is written in both. */
  script: string;
  regionCode: string | null;
  /** The regions its text names, routed at intake (with regionCode: its partition, report-regions.ts). */
  routedRegionCodes: string[];
  settlementId: string | null;
  receivedAt: Date;
  intakeMatches: { slug: string; score: number }[] | null;
}

/**
 * An "already checked?" answer at least this sure joins the report to that notice's rumour: the
 * automatic version of the citizen's "yes, this is what I heard" (search scores, search-notices.ts).
 */
export const CONFIDENT_NOTICE_MATCH = 0.8;

export interface ClusteredReport {
  reportId: string;
  rumorId: string;
  /** A new rumour was started for it. */
  startedRumor: boolean;
}

/** Clustering one report failed; the report stays pending (its batch's transaction rolled back). */
export class ClusteringFailedError extends Error {
  constructor(
    readonly reportId: string,
    cause: unknown,
  ) {
    super(`clustering report ${reportId} failed`, { cause });
  }
}

/**
 * What this process's clusterer has done since it started, for bench/clustering-drain.ts (one
 * worker process each): where the time goes and how often it found nothing it was allowed to take.
 */
export const clusteringCounters = {
  /** Transactions that clustered something, and the reports they placed. */
  batches: 0,
  reports: 0,
  /** Transactions that found nothing they could take (drained, or every pending partition held or not its turn). */
  emptyLooks: 0,
  /** The worker loop's looks that found nothing pending at all (the backlog drained, as far as it could tell). */
  drainedLooks: 0,
  /** Partitions passed over: another worker held one of their locks. */
  lockRefusals: 0,
  /** Partitions passed over before locking: an older report is pending where their reports could meet it. */
  notTheirTurn: 0,
  /** Partitions locked and then found to have nothing before an older report elsewhere. */
  lockedButCut: 0,
  /** Milliseconds finding and locking a partition, placing its reports, and recounting rumours / notifying. */
  partitionMs: 0,
  placeMs: 0,
  finishMs: 0,
  /** This process's CPU milliseconds in the same three steps (process.cpuUsage: exact for a process that only clusters, as the bench's workers). */
  partitionCpuMs: 0,
  placeCpuMs: 0,
  finishCpuMs: 0,
  /** Pauses waiting for another worker that ended because one of its batches committed (the rest ran to their poll). */
  wakes: 0,
  /** Rumours reconciled with the other side once drained, and those merged away (reconcile-partitions.ts). */
  reconciled: 0,
  reconcileMerges: 0,
  /** Rumours compared as wholes once drained, and those merged away (consolidate-rumours.ts). */
  consolidated: 0,
  consolidateMerges: 0,
  /** Another worker's commits that did not wake a waiting worker: they could not let it go ahead (clustering-loop.ts). */
  wakesPassed: 0,
  /** The worker loop's (clustering-loop.ts) milliseconds in transactions, and paused: the rest waiting for another worker, nothing pending, or leaving intake room in a surge. */
  busyMs: 0,
  blockedMs: 0,
  idleMs: 0,
  surgeMs: 0,
};

/** What a batch does to one rumour once all its reports are placed. */
interface TouchedRumor {
  riskTerms: Set<string>;
}

/**
 * Clusters up to `limit` of the oldest pending reports not in `skip`, in ONE transaction: each
 * report sees the rumours and words the earlier ones produced; a rumour's numbers are recomputed
 * once per batch however many of its sightings arrived (a surge of one claim would otherwise
 * recount its whole history for every report). An identical text already placed in the same
 * region and settlement (the same forwarded message) joins the same rumour without another
 * search. Returns [] when nothing is pending or no partition with pending reports may go ahead.
 */
export async function clusterPendingBatch(tx: DbTx, limit: number, skip: readonly string[] = [], waiting: WaitingOn = waitingOnNothing()): Promise<ClusteredReport[]> {
  // A worker that hangs mid-batch must not hold the clustering locks for ever: PostgreSQL ends the
  // transaction after a minute of silence, the locks are released and the batch stays pending.
  await tx.$queryRaw`SELECT set_config('idle_in_transaction_session_timeout', '60000', true)`;
  const began = performance.now();
  const cpuBegan = process.cpuUsage();
  const { reports, regions, touching } = await takePartition(tx, limit, skip, waiting);
  const taken = performance.now();
  const cpuTaken = process.cpuUsage();
  clusteringCounters.partitionMs += taken - began;
  clusteringCounters.partitionCpuMs += cpuMsBetween(cpuBegan, cpuTaken);
  if (reports.length === 0) {
    clusteringCounters.emptyLooks++;
    return [];
  }
  const touched = new Map<string, TouchedRumor>();
  const done: ClusteredReport[] = [];
  const windowDays = await readSetting(tx, 'clustering.windowDays');
  for (const report of reports) {
    try {
      const clustered = await placeReport(tx, report, await twinOf(tx, report, windowDays));
      const rumor = touched.get(clustered.rumorId) ?? { riskTerms: new Set<string>() };
      for (const term of clustered.riskTerms) rumor.riskTerms.add(term);
      touched.set(clustered.rumorId, rumor);
      done.push(clustered.result);
    } catch (error) {
      throw new ClusteringFailedError(report.id, error);
    }
  }

  const placed = performance.now();
  const cpuPlaced = process.cpuUsage();
  clusteringCounters.placeMs += placed - taken;
  clusteringCounters.placeCpuMs += cpuMsBetween(cpuTaken, cpuPlaced);
  // Two batches far apart may both add to one rumour that spans them: its numbers are recounted
  // one batch after the other (row locks in a fixed order), each seeing what the other committed.
  await tx.$queryRaw`SELECT id FROM "Rumor" WHERE id = ANY(${[...touched.keys()]}::uuid[]) ORDER BY id FOR UPDATE`;
  for (const [rumorId, { riskTerms }] of touched) {
    if (riskTerms.size) {
      const current = await tx.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { riskFlags: true } });
      const flags = [...new Set([...current.riskFlags, ...riskTerms])];
      if (flags.length !== current.riskFlags.length) await tx.rumor.update({ where: { id: rumorId }, data: { riskFlags: flags } });
    }
  }
  // Every rumour it touched recounted at once (set-based: five statements however many, not five each).
  const stats = await refreshRumorsStats(tx, [...touched.keys()]);
  const regionsOf = new Map([...stats].map(([rumorId, { regionCodes }]) => [rumorId, regionCodes]));
  // Moderators' live event, with the rumour's regions as this batch leaves them: the staff stream
  // decides who gets it from these alone. Sent on commit, in the order the reports were placed —
  // then the other workers' wake-up; one statement for the batch (a round trip less per report).
  await notifyLiveEvents(
    tx,
    done.map(({ reportId, rumorId }) => ({ type: 'report.created', reportId, rumorId, regionCodes: regionsOf.get(rumorId) ?? [] })),
    [{ channel: CLUSTERING_WAKE_CHANNEL, payload: clusteringWake({ clusterer: CLUSTERER_ID, regions, touching: [...touching].sort() }) }],
  );
  // Whoever is assigned a rumour hears of new reports joining it (not of the report that started it).
  const joined = new Map<string, number>();
  for (const { rumorId, startedRumor } of done) if (!startedRumor) joined.set(rumorId, (joined.get(rumorId) ?? 0) + 1);
  if (joined.size > 0) {
    const assigned = await tx.rumor.findMany({ where: { id: { in: [...joined.keys()] }, assigneeId: { not: null } }, select: { id: true, assigneeId: true } });
    for (const rumor of assigned) await notifyStaff(tx, { kind: 'REPORT_JOINED', rumorId: rumor.id, recipientIds: [rumor.assigneeId], actorId: null, count: joined.get(rumor.id) });
  }
  clusteringCounters.finishMs += performance.now() - placed;
  clusteringCounters.finishCpuMs += cpuMsBetween(cpuPlaced, process.cpuUsage());
  clusteringCounters.batches++;
  clusteringCounters.reports += done.length;
  return done;
}

function cpuMsBetween(from: NodeJS.CpuUsage, to: NodeJS.CpuUsage): number {
  return (to.user - from.user + to.system - from.system) / 1000;
}

/** A pending report's place in the order of arrival. */
interface Arrival {
  receivedAt: Date;
  id: string;
}

/**
 * A report's clustering partition, in SQL: its regions — the one its reporter chose and those its
 * text names (routed at intake), sorted; none is the national queue. Written exactly as the
 * pending-partition index's expression (migration report_regions_union).
 */
const PARTITION = reportRegionsSql();

/** The oldest pending report of one partition (its regions; none: the national queue). */
interface PartitionHead extends Arrival {
  regions: string[];
}

const partitionName = (regions: readonly string[]) => regions.join(',');

/**
 * Locks the oldest partition that may go ahead and takes up to `limit` of its oldest pending
 * reports, none later than the oldest report pending in a partition whose batches could touch the
 * same rumours. Each attempt is a savepoint: the locks of a partition passed over are let go at
 * once, not kept until this batch commits (they would hold the other workers back for nothing).
 * None when every partition that may go ahead is being clustered, or nothing is pending.
 */
async function takePartition(tx: DbTx, limit: number, skip: readonly string[], waiting: WaitingOn): Promise<{ reports: PendingReport[]; regions: string[]; touching: ReadonlySet<string> }> {
  const none = { reports: [], regions: [], touching: new Set<string>() };
  // What it waits for if it takes nothing: every partition it passed over says why.
  waiting.placed.clear();
  waiting.locked.clear();
  waiting.national = false;
  const neighbours = await regionNeighbours(tx);
  const oldest = await oldestPendingPerPartition(tx, skip);
  if (oldest.length === 0) return none;
  const windowDays = await readSetting(tx, 'clustering.windowDays');
  // Every rumour a pending report may still join was last seen after this (a newer report's window starts later).
  const since = new Date(Math.min(...oldest.map((o) => o.receivedAt.getTime())) - windowDays * 86_400_000);
  for (const head of [...oldest].sort(byArrival)) {
    const name = partitionName(head.regions);
    // Not yet its turn: a partition whose reports could meet its reports has an older one pending
    // (the rest of what it touches is known, and checked, once locked). The national queue meets
    // no region.
    const near = regionsAround(head.regions, neighbours);
    const before = oldest.filter((o) => partitionName(o.regions) !== name && o.regions.some((code) => near.has(code)) && byArrival(o, head) < 0);
    if (before.length > 0) {
      clusteringCounters.notTheirTurn++;
      for (const code of before.flatMap((o) => o.regions)) waiting.placed.add(code);
      continue;
    }
    await tx.$executeRaw`SAVEPOINT partition_attempt`;
    const touching = await lockRegionPartition(tx, head.regions, neighbours, since);
    if (touching === undefined) {
      clusteringCounters.lockRefusals++;
      // Whatever refused it holds one of these regions (or a rumour seen from them: the holder's locks reach its regions too).
      if (head.regions.length === 0) waiting.national = true;
      for (const code of near) waiting.locked.add(code);
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT partition_attempt`;
      continue;
    }
    // Its reports up to the oldest report pending in another partition whose batches could touch
    // what it holds (oldestPendingElsewhere, found in the same statement: one round trip less per batch).
    const bounded =
      touching.size === 0
        ? { bound: Prisma.empty, before: Prisma.empty }
        : {
            bound: Prisma.sql`WITH bound AS (
              SELECT e."receivedAt", e.id FROM (${partitionHeadsSql(skip)}) e
              WHERE e.regions <> ${head.regions}::text[] AND e.regions && ${[...touching]}::text[] ORDER BY e."receivedAt", e.id LIMIT 1)`,
            before: Prisma.sql`AND (NOT EXISTS (SELECT 1 FROM bound) OR ("receivedAt", id) < (SELECT b."receivedAt", b.id FROM bound b))`,
          };
    const reports = await tx.$queryRaw<PendingReport[]>`
      ${bounded.bound}
      SELECT id, "rumorId", text, "normalizedText", language, script, "regionCode", "routedRegionCodes", "settlementId", "receivedAt", "intakeMatches"
      FROM "Report" WHERE "clusteringPending" AND ${PARTITION} = ${head.regions}::text[] AND NOT (id = ANY(${[...skip]}::uuid[])) ${bounded.before}
      ORDER BY "receivedAt", id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (reports.length > 0) {
      await tx.$executeRaw`RELEASE SAVEPOINT partition_attempt`;
      return { reports, regions: head.regions, touching };
    }
    clusteringCounters.lockedButCut++;
    // Waits for the older report's partition; with none, its own reports went meanwhile (placed by a batch of a partition it touches).
    const elsewhere = touching.size === 0 ? null : await oldestPendingElsewhere(tx, head.regions, touching, skip);
    for (const code of elsewhere?.regions ?? touching) waiting.placed.add(code);
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT partition_attempt`;
  }
  return none;
}

function byArrival(a: Arrival, b: Arrival): number {
  return a.receivedAt.getTime() - b.receivedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The oldest report pending in a partition other than `regions` with a region in `touching`.
 * Their batches cannot run while this one holds its locks, so the answer stands until it commits.
 */
async function oldestPendingElsewhere(tx: DbTx, regions: readonly string[], touching: ReadonlySet<string>, skip: readonly string[]): Promise<PartitionHead | null> {
  const others = (await oldestPendingPerPartition(tx, skip)).filter((o) => partitionName(o.regions) !== partitionName(regions) && o.regions.some((code) => touching.has(code)));
  return others.sort(byArrival)[0] ?? null;
}

/**
 * The oldest pending report (not in `skip`) of each partition that has one: the partitions are
 * found by skipping through the pending-partition index (one short range each), however long the
 * backlog.
 */
async function oldestPendingPerPartition(tx: DbTx, skip: readonly string[]): Promise<PartitionHead[]> {
  return tx.$queryRaw<PartitionHead[]>(partitionHeadsSql(skip));
}

/** The SQL of oldestPendingPerPartition: regions, "receivedAt" and id of each partition's oldest pending report. */
function partitionHeadsSql(skip: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE partitions(regions) AS (
      (SELECT ${PARTITION} FROM "Report" WHERE "clusteringPending" ORDER BY 1 LIMIT 1)
      UNION ALL
      SELECT (SELECT ${PARTITION} FROM "Report" WHERE "clusteringPending" AND ${PARTITION} > p.regions ORDER BY 1 LIMIT 1)
      FROM partitions p WHERE p.regions IS NOT NULL
    )
    SELECT h.regions, h."receivedAt", h.id FROM partitions p CROSS JOIN LATERAL (
      SELECT p.regions, "receivedAt", id FROM "Report"
      WHERE "clusteringPending" AND ${PARTITION} = p.regions AND NOT (id = ANY(${[...skip]}::uuid[]))
      ORDER BY "receivedAt", id LIMIT 1
    ) h
    WHERE p.regions IS NOT NULL`;
}

/**
 * Try-locks (for this transaction; try-locks never wait, so no two workers deadlock) what
 * clustering one partition's reports needs:
 *  - the clustering lock shared (held alone by whatever must stop every clusterer);
 *  - the national queue (no regions): its own lock alone. Its reports read and join only rumours
 *    of no region, which no regional report reads or joins (cluster-report.ts), so it touches no
 *    other partition;
 *  - regions: each alone and their neighbours shared — a rumour they start or join is seen from
 *    their neighbours, so a batch next door (which holds these shared) cannot run meanwhile, while
 *    two regions that merely share a neighbour can; and every open rumour seen from them or their
 *    neighbours that reaches beyond them (a rumour of these regions alone is seen only next door,
 *    covered above): any batch that could read or join it locks it too.
 * Returns the regions whose partitions could touch what it holds — the regions, their neighbours,
 * and every region from which one of those rumours is seen (none for the national queue) — or
 * undefined if another worker holds any of it. `since`: older than the window of every pending
 * report (a rumour last seen before it cannot be joined by anyone now).
 */
export async function lockRegionPartition(tx: DbTx, regions: readonly string[], neighbours: ReadonlyMap<string, string[]>, since: Date): Promise<Set<string> | undefined> {
  if (regions.length === 0) {
    const [national] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock_shared(${CLUSTERING_LOCK}) AND pg_try_advisory_xact_lock(${NATIONAL_LOCK}) AS locked`;
    return national?.locked ? new Set<string>() : undefined;
  }
  const own = [...regions].sort();
  const near = regionsAround(own, neighbours);
  const [locked] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock_shared(${CLUSTERING_LOCK})
      AND (SELECT bool_and(pg_try_advisory_xact_lock(${REGION_LOCK_CLASS}::int, hashtext(code))) FROM unnest(${own}::text[]) AS o(code))
      AND coalesce((SELECT bool_and(pg_try_advisory_xact_lock_shared(${REGION_LOCK_CLASS}::int, hashtext(code))) FROM unnest(${[...near].filter((code) => !own.includes(code))}::text[]) AS n(code)), true) AS locked`;
  if (!locked?.locked) return undefined;
  // Read once the regions are held: only a batch of one of them could make another rumour seen here meanwhile.
  const seen = await tx.$queryRaw<{ id: string; regionCodes: string[] }[]>`
    SELECT m.id, m."regionCodes" FROM "Rumor" m
    WHERE m."regionCodes" && ${[...near]}::text[] AND NOT (m."regionCodes" <@ ${own}::text[])
      AND m."lastSeenAt" > ${since} AND m.status::text = ANY(${OPEN_FOR_SIGHTINGS})
    ORDER BY m.id`;
  if (seen.length > 0) {
    const [rumours] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT bool_and(pg_try_advisory_xact_lock(${RUMOUR_LOCK_CLASS}::int, hashtext(id::text))) AS locked FROM unnest(${seen.map((m) => m.id)}::uuid[]) AS r(id)`;
    if (!rumours?.locked) return undefined;
  }
  return new Set([...near, ...regionsAround(new Set(seen.flatMap((m) => m.regionCodes)), neighbours)]);
}

/**
 * Try-locks (for this transaction) what clustering one partition needs — its regions, none for the
 * national queue — with the rumours seen since `since`; false if another worker holds any of it.
 */
export async function lockPartition(tx: DbTx, regions: readonly string[], neighbours: ReadonlyMap<string, string[]>, since = new Date()): Promise<boolean> {
  return (await lockRegionPartition(tx, regions, neighbours, since)) !== undefined;
}

/** The rumour of a notice the report's "already checked?" answer was sure of, if it still takes sightings. */
async function confidentNoticeMatch(tx: DbTx, report: PendingReport): Promise<ClusterCandidate | null> {
  const top = Array.isArray(report.intakeMatches) ? report.intakeMatches[0] : undefined;
  if (!top || top.score < CONFIDENT_NOTICE_MATCH) return null;
  const notice = await tx.notice.findFirst({ where: { slug: top.slug, status: 'PUBLISHED' }, select: { rumorId: true, rumor: { select: { status: true } } } });
  if (!notice || notice.rumor.status === 'MERGED' || notice.rumor.status === 'DISMISSED') return null;
  return { rumorId: notice.rumorId, score: top.score, via: 'claim', matchedReportId: null, matchedLanguage: null, shared: [] };
}

/**
 * The open rumour of the latest identical text placed before this report in its region and
 * settlement within the window: the same forwarded message, joined without another search. Looked
 * up rather than remembered per batch, so where batches begin and end changes nothing.
 */
async function twinOf(tx: DbTx, report: PendingReport, windowDays: number): Promise<TwinCandidate | null> {
  if (!report.normalizedText) return null;
  const [twin] = await tx.$queryRaw<{ rumorId: string; id: string; language: Language; script: string }[]>(twinSql(report, windowDays));
  // Joined by its wording, through the twin: a wrong join is split back with every copy (splitAutomaticJoin).
  return twin ? { rumorId: twin.rumorId, score: 1, via: 'wording', matchedReportId: twin.id, matchedLanguage: twin.language, matchedScript: twin.script === 'latn' ? 'latn' : 'cyrl', shared: [] } : null;
}

/** A twin's rumour, with the script the twin is written in (read with it: no look-up when a Kazakh copy joins). */
type TwinCandidate = ClusterCandidate & { matchedScript: DetectedScript };

/**
 * The SQL of twinOf (exported for its EXPLAIN test): read off the copies index (md5 of the text,
 * region, settlement, newest first), so it reads only earlier copies of this very text, not
 * every open rumour's reports. `=`/IS NULL rather than IS NOT DISTINCT FROM, which no index serves.
 */
export function twinSql(report: Pick<PendingReport, 'id' | 'normalizedText' | 'regionCode' | 'settlementId' | 'receivedAt'> & Partial<Pick<PendingReport, 'routedRegionCodes'>>, windowDays: number): Prisma.Sql {
  // The same partition too: a twin routed elsewhere (the places known then differed, or it was
  // stored before chosen-region reports were routed) is another partition's.
  const regions = reportRegions(report.regionCode, report.routedRegionCodes ?? []);
  const region = Prisma.sql`${report.regionCode === null ? Prisma.sql`x."regionCode" IS NULL` : Prisma.sql`x."regionCode" = ${report.regionCode}`} AND ${reportRegionsSql('x')} = ${regions}::text[]`;
  const settlement = report.settlementId === null ? Prisma.sql`x."settlementId" IS NULL` : Prisma.sql`x."settlementId" = ${report.settlementId}::uuid`;
  return Prisma.sql`
    SELECT x."rumorId", x.id, x.language, x.script FROM "Report" x JOIN "Rumor" m ON m.id = x."rumorId"
    WHERE md5(x."normalizedText") = md5(${report.normalizedText}) AND x."normalizedText" = ${report.normalizedText} AND NOT x."clusteringPending"
      AND ${region} AND ${settlement}
      AND x."receivedAt" > ${new Date(report.receivedAt.getTime() - windowDays * 86_400_000)}
      AND (x."receivedAt", x.id) < (SELECT r."receivedAt", r.id FROM "Report" r WHERE r.id = ${report.id}::uuid)
      AND m.status::text = ANY(${OPEN_FOR_SIGHTINGS}) AND m."mergedIntoId" IS NULL
    ORDER BY x."receivedAt" DESC, x.id DESC LIMIT 1`;
}

/** Joins one report to its rumour (or starts one); audited. */
async function placeReport(tx: DbTx, report: PendingReport, twin: TwinCandidate | null): Promise<{ result: ClusteredReport; rumorId: string; riskTerms: string[] }> {
  const riskTerms = (await findRiskTerms(tx, report.normalizedText)).map((m) => m.term);
  // Routed at intake by the places its text names; with the chosen region, its partition. One
  // with neither stays in the national queue (server/policy: only admins and "national"
  // moderators see it).
  const routedRegionCodes = report.routedRegionCodes;
  const regions = reportRegions(report.regionCode, routedRegionCodes);
  // A report confirming a published notice arrives with that notice's rumour already set.
  const knownRumor = report.rumorId;
  let candidate: ClusterCandidate | null;
  let conceptKey: string;
  let conceptKeyRevision: number;
  let viaNotice = false;
  if (knownRumor || twin) {
    const context = await loadClaimContext(tx);
    conceptKey = representClaim(context, { text: report.text, normalizedText: report.normalizedText, settlementId: report.settlementId, kazakh: report.language === 'kk' }).conceptKey;
    conceptKeyRevision = context.lexicon.revision;
    candidate = knownRumor ? { rumorId: knownRumor, score: 1, via: 'wording', matchedReportId: null, matchedLanguage: null, shared: [] } : twin;
  } else {
    const decision = await decideCluster(tx, {
      normalizedText: report.normalizedText,
      text: report.text,
      language: report.language,
      regionCode: report.regionCode ?? undefined,
      routedRegionCodes,
      settlementId: report.settlementId ?? undefined,
      now: report.receivedAt,
    });
    conceptKey = decision.conceptKey;
    conceptKeyRevision = decision.lexiconRevision;
    candidate = decision.candidate;
    // A report bridging rumours of one claim split early merges them (merge-bridged-rumours.ts).
    if (candidate && decision.sameClaim.length > 0) candidate = { ...candidate, rumorId: (await mergeBridgedRumours(tx, report.id, candidate, decision.sameClaim)).rumorId };
    if (!candidate) {
      candidate = await confidentNoticeMatch(tx, report);
      viaNotice = candidate !== null;
    }
  }

  // The report's own row: in its rumour, no longer pending, with the key it was read with.
  const placedIn = (rumorId: string) => Prisma.sql`
    UPDATE "Report" SET "rumorId" = ${rumorId}::uuid, "clusterScore" = ${knownRumor ? null : (candidate?.score ?? null)}::float8, "clusteringPending" = false,
      "conceptKey" = ${conceptKey}, "conceptKeyRevision" = ${conceptKeyRevision}::int, "clusteredWithReportId" = ${candidate?.matchedReportId ?? null}::uuid
    WHERE id = ${report.id}::uuid`;
  let rumorId = candidate?.rumorId;
  if (!rumorId) {
    const rumor = await tx.rumor.create({
      data: {
        claim: report.text.slice(0, 500),
        normalizedClaim: report.normalizedText,
        language: report.language,
        firstSeenAt: report.receivedAt,
        lastSeenAt: report.receivedAt,
        regionCodes: regions,
        riskFlags: riskTerms,
        // To meet the other side (the national queue or the regions) once the queue is drained,
        // and the rumours it may be one claim with (consolidate-rumours.ts).
        reconcilePending: true,
        consolidatePending: true,
      },
      select: { id: true, language: true },
    });
    rumorId = rumor.id;
    await recordAuditEvent(tx, { actorLabel: 'system', action: 'rumor.created_from_report', entityId: rumorId, after: { reportId: report.id } });
    await tx.$executeRaw(placedIn(rumorId));
  } else {
    // What the next report is compared with must not wait for the batch's recount: the rumour is
    // seen from this report's regions and was last seen now (refreshRumorsStats agrees at the end).
    // Its latest report meets the other side once drained, as the first did (reconcile-partitions.ts).
    // One statement with the report's own row: a round trip less for every report that joins.
    await tx.$executeRaw`
      WITH joined AS (
        UPDATE "Rumor" SET "lastSeenAt" = greatest("lastSeenAt", ${report.receivedAt}),
          "regionCodes" = ARRAY(SELECT DISTINCT unnest("regionCodes" || ${regions}::text[]) ORDER BY 1),
          "consolidatePending" = true, "reconcilePending" = true
        WHERE id = ${rumorId}::uuid)
      ${placedIn(rumorId)}`;
  }

  const via = knownRumor ? 'confirmed' : viaNotice ? 'notice' : (candidate?.via ?? null);
  await recordAuditEvent(tx, {
    actorLabel: 'system',
    action: 'report.clustered',
    entityId: report.id,
    after: { rumorId, clusterScore: candidate?.score ?? null, via, ...(report.regionCode && routedRegionCodes.length === 0 ? {} : { routedRegionCodes }) },
  });
  if (candidate && !knownRumor) await recordCrossLanguageJoin(tx, report, candidate, via);
  return { result: { reportId: report.id, rumorId, startedRumor: !candidate }, rumorId, riskTerms };
}

/**
 * Marks in the rumour's history a join across languages or scripts — made by claim similarity or
 * through a notice, or with a text in another language — so a moderator can find it and split it
 * back (splitAutomaticJoin) with every report that joined through it.
 */
async function recordCrossLanguageJoin(tx: DbTx, report: PendingReport, candidate: ClusterCandidate, via: 'wording' | 'claim' | 'notice' | 'confirmed' | null): Promise<void> {
  // The matched text's language when known (a twin, a report's text): no look-up of the rumour.
  const otherLanguage = candidate.matchedLanguage ?? (await tx.rumor.findUniqueOrThrow({ where: { id: candidate.rumorId }, select: { language: true } })).language;
  // Only Kazakh is written in two scripts: a kk join is looked at again for Latin ↔ Cyrillic.
  const otherScript = otherLanguage === 'kk' && report.language === 'kk' ? await matchedScript(tx, candidate) : null;
  if (otherLanguage === report.language && (otherScript === null || otherScript === report.script)) return;
  const scripts = otherScript === null ? {} : { script: report.script as DetectedScript, matchedScript: otherScript };
  await recordAuditEvent(tx, {
    actorLabel: 'system',
    action: 'rumor.joined_across_languages',
    entityId: candidate.rumorId,
    after: { reportId: report.id, language: report.language, matchedLanguage: otherLanguage, ...scripts, matchedReportId: candidate.matchedReportId, via, score: candidate.score, shared: candidate.shared },
  });
}

/** The script of the text a Kazakh report matched: that report's, else the rumour's claim's (a match through a notice). */
async function matchedScript(tx: DbTx, candidate: ClusterCandidate | TwinCandidate): Promise<DetectedScript> {
  if ('matchedScript' in candidate) return candidate.matchedScript;
  if (candidate.matchedReportId) {
    const matched = await tx.report.findUnique({ where: { id: candidate.matchedReportId }, select: { script: true } });
    if (matched) return matched.script === 'latn' ? 'latn' : 'cyrl';
  }
  const rumor = await tx.rumor.findUniqueOrThrow({ where: { id: candidate.rumorId }, select: { claim: true } });
  return detectLanguage(rumor.claim).script;
}

/** Reports clustered per transaction. */
export const CLUSTERING_BATCH = 25;

/**
 * Clusters pending reports until none is left or `limit` are done; returns what it did. Reports in
 * `skip` (ones that keep failing) are left for later so they cannot hold up the rest. `waiting`:
 * filled with what the last look waits for, when it found nothing it may take.
 */
export async function clusterPendingReports(db: Db, options: { limit?: number; skip?: readonly string[]; waiting?: WaitingOn } = {}): Promise<ClusteredReport[]> {
  const limit = options.limit ?? 100;
  const done: ClusteredReport[] = [];
  while (done.length < limit) {
    const batch = await db.$transaction((tx) => clusterPendingBatch(tx, Math.min(CLUSTERING_BATCH, limit - done.length), options.skip, options.waiting), { timeout: 60_000 });
    if (batch.length === 0) break;
    done.push(...batch);
  }
  // Drained: the rumours started meanwhile meet the other side (reconcile-partitions.ts).
  if (done.length < limit) await reconcilePartitions(db, options.skip ?? []);
  return done;
}

/**
 * Reconciles the rumours started since the last time, then consolidates those started or joined
 * (consolidate-rumours.ts), once nothing is pending (reports set aside
 * in `skip` aside), in transactions holding the clustering lock alone: no batch runs meanwhile, and
 * none can start. Stops when another clusterer holds the lock (a batch, or another reconcile: it
 * will do the rest) or a report arrives (placed first, as one worker would).
 */
export async function reconcilePartitions(db: Db, skip: readonly string[] = []): Promise<Reconciled> {
  const total: Reconciled = { checked: 0, merged: 0 };
  for (;;) {
    const step = await db.$transaction(async (tx) => {
      const [gate] = await tx.$queryRaw<{ go: boolean }[]>`
        SELECT (EXISTS (SELECT 1 FROM "Rumor" WHERE "reconcilePending") OR EXISTS (SELECT 1 FROM "Rumor" WHERE "consolidatePending"))
          AND pg_try_advisory_xact_lock(${CLUSTERING_LOCK})
          AND NOT EXISTS (SELECT 1 FROM "Report" WHERE "clusteringPending" AND NOT (id = ANY(${[...skip]}::uuid[]))) AS go`;
      if (!gate?.go) return null;
      // First the national queue meets the regions, then the rumours so made are compared as wholes.
      const reconciled = await reconcileStartedRumours(tx, RECONCILE_BATCH);
      clusteringCounters.reconciled += reconciled.checked;
      clusteringCounters.reconcileMerges += reconciled.merged;
      if (reconciled.checked > 0) return reconciled;
      const consolidated = await consolidateRumours(tx, CONSOLIDATE_BATCH);
      clusteringCounters.consolidated += consolidated.checked;
      clusteringCounters.consolidateMerges += consolidated.merged;
      return consolidated;
    }, { timeout: 60_000 });
    if (step === null || step.checked === 0) return total;
    total.checked += step.checked;
    total.merged += step.merged;
  }
}
