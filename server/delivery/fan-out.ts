// Fan-out: expands one published notice version into one Delivery row per recipient. Every insert
// is INSERT … SELECT … ON CONFLICT DO NOTHING against the (version, subscription) and (version,
// report) unique keys, so running it twice — or again after a crash half-way — adds nothing twice.
// Deliveries are due at once (nextAttemptAt = now(); the engine claims by nextAttemptAt).
// fanoutDoneAt is set only after every batch, so the sweeper re-runs an unfinished fan-out.
import type { Db } from '../db/client';
import { logger } from '../log';
import { wakeDeliveryLoop } from './wake';

const BATCH_SIZE = 5_000;
/** The first batch is small so the delivery loop can start sending while the rest is written. */
const FIRST_BATCH_SIZE = 500;
const MAX_MERGE_DEPTH = 10;

/** Delivery ids are UUIDv7 elsewhere (Prisma); raw inserts build the same layout in SQL. */
export const SQL_UUID_V7 = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;

export interface FanOutResult {
  noticeVersionId: string;
  subscribers: number;
  reporters: number;
  earlierRecipients: number;
  skipped?: 'not-found' | 'not-published' | 'withdrawn';
}

export async function fanOutNoticeVersion(db: Db, noticeVersionId: string): Promise<FanOutResult> {
  const result: FanOutResult = { noticeVersionId, subscribers: 0, reporters: 0, earlierRecipients: 0 };
  const version = await db.noticeVersion.findUnique({
    where: { id: noticeVersionId },
    select: { id: true, version: true, publishedAt: true, noticeId: true, regionCodes: true, urgency: true, notice: { select: { id: true, rumorId: true, status: true } } },
  });
  if (!version) return { ...result, skipped: 'not-found' };
  if (!version.publishedAt) return { ...result, skipped: 'not-published' };
  if (version.notice.status === 'WITHDRAWN') {
    // Nothing to tell anyone any more; mark it done so the sweeper stops retrying.
    await db.noticeVersion.update({ where: { id: version.id }, data: { fanoutDoneAt: new Date() } });
    return { ...result, skipped: 'withdrawn' };
  }

  const rumorIds = await rumorFamily(db, version.notice.rumorId);
  // The version's own targeting (a correction may reach further than the version before it).
  const regionCodes = version.regionCodes;

  // 1. Subscribers whose regions overlap (empty = every region); report-bound ones only for their rumour.
  //    Those who chose a daily or weekly digest read it there (server/delivery/digest.ts), unless it is urgent.
  result.subscribers = await insertDeliveriesInBatches(
    db,
    {
      ctes: (limit) => `batch AS (
         SELECT s.id, s.channel FROM "Subscription" s
         WHERE s.active AND (s.channel <> 'EMAIL' OR s.confirmed) AND s.id > $2::uuid
           AND (s.cadence = 'IMMEDIATE' OR $5::boolean)
           AND (
             (s."reportId" IS NULL AND (s."regionCodes" = '{}' OR s."regionCodes" && $3::text[]))
             OR s."reportId" IN (SELECT r.id FROM "Report" r WHERE r."rumorId" = ANY($4::uuid[]))
           )
         ORDER BY s.id LIMIT ${limit}
       )`,
      insert: `INSERT INTO "Delivery" (id, "noticeVersionId", channel, "subscriptionId", "nextAttemptAt")
         SELECT ${SQL_UUID_V7}, $1::uuid, b.channel, b.id, now() FROM batch b`,
    },
    noticeVersionId,
    regionCodes,
    rumorIds,
    version.urgency === 'URGENT',
  );

  // 2. Reporters of the rumour (and of rumours merged into it) who asked for the answer.
  result.reporters = await insertDeliveriesInBatches(
    db,
    {
      ctes: (limit) => `batch AS (
         SELECT r.id, (CASE r."contactKind" WHEN 'EMAIL' THEN 'EMAIL' WHEN 'PHONE' THEN 'SMS' ELSE 'TELEGRAM' END)::"SubscriptionChannel" AS channel
         FROM "Report" r
         WHERE r."rumorId" = ANY($3::uuid[]) AND r."wantsFeedback" AND r."contactKind" IS NOT NULL AND r."contactCipher" IS NOT NULL AND r.id > $2::uuid
         ORDER BY r.id LIMIT ${limit}
       )`,
      insert: `INSERT INTO "Delivery" (id, "noticeVersionId", channel, "reportId", "nextAttemptAt")
         SELECT ${SQL_UUID_V7}, $1::uuid, b.channel, b.id, now() FROM batch b`,
    },
    noticeVersionId,
    rumorIds,
  );

  // 3. A correction, or a final notice replacing an interim one or a withdrawn verdict: everyone who
  //    got an earlier version, an interim notice of the rumour or a verdict moderators withdrew (they
  //    were told it is being checked again), even if they no longer match its regions.
  result.earlierRecipients = await insertDeliveriesInBatches(
    db,
    {
      ctes: (limit) => `earlier AS (
         SELECT v.id FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId"
         WHERE (n.id = $3::uuid AND v.version < $4)
            OR (n.id <> $3::uuid AND n."rumorId" = ANY($5::uuid[])
                AND (n.verdict = 'CHECKING' OR n."supersededById" = $3::uuid OR (n.status = 'WITHDRAWN' AND n."supersededById" IS NULL)))
       ), batch AS (
         SELECT d.id, d.channel, d."subscriptionId", d."reportId" FROM "Delivery" d
         LEFT JOIN "Subscription" s ON s.id = d."subscriptionId"
         WHERE d."noticeVersionId" IN (SELECT id FROM earlier) AND d.status = 'SENT' AND d.id > $2::uuid
           AND (d."subscriptionId" IS NULL OR s.active)
         ORDER BY d.id LIMIT ${limit}
       )`,
      insert: `INSERT INTO "Delivery" (id, "noticeVersionId", channel, "subscriptionId", "reportId", "nextAttemptAt")
         SELECT DISTINCT ON (b."subscriptionId", b."reportId") ${SQL_UUID_V7}, $1::uuid, b.channel, b."subscriptionId", b."reportId", now() FROM batch b`,
    },
    noticeVersionId,
    version.noticeId,
    version.version,
    rumorIds,
  );

  await db.noticeVersion.update({ where: { id: version.id }, data: { fanoutDoneAt: new Date() } });
  await wakeDeliveryLoop(db);
  logger.info({ ...result }, 'notice fan-out done');
  return result;
}

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

type BatchRow = { last: string | null; seen: bigint; inserted: bigint };

/**
 * One kind of recipient, a batch at a time: `ctes(limit)` ends in a CTE named batch — rows after the
 * cursor ($2) in id order, at most `limit` — and `insert` is the INSERT INTO "Delivery" … SELECT … FROM
 * batch b that turns them into deliveries of version $1; the remaining parameters are $3, $4, ….
 */
function insertDeliveriesInBatches(db: Db, sql: { ctes: (limit: number) => string; insert: string }, noticeVersionId: string, ...params: unknown[]): Promise<number> {
  return insertInBatches(db, (cursor, limit) =>
    db.$queryRawUnsafe<BatchRow[]>(
      `WITH ${sql.ctes(limit)}, inserted AS (
         ${sql.insert}
         ON CONFLICT DO NOTHING RETURNING 1
       )
       SELECT (SELECT id::text FROM batch ORDER BY id DESC LIMIT 1) AS last, (SELECT count(*) FROM batch) AS seen, (SELECT count(*) FROM inserted) AS inserted`,
      noticeVersionId,
      cursor,
      ...params,
    ),
  );
}

async function insertInBatches(db: Db, runBatch: (cursor: string, limit: number) => Promise<BatchRow[]>): Promise<number> {
  let cursor = FIRST_UUID;
  let total = 0;
  let limit = FIRST_BATCH_SIZE;
  for (;;) {
    const [row] = await runBatch(cursor, limit);
    if (!row || row.last === null || Number(row.seen) === 0) return total;
    total += Number(row.inserted);
    cursor = row.last;
    // Start sending the first batch while the next is being written.
    if (Number(row.inserted) > 0) await wakeDeliveryLoop(db);
    if (Number(row.seen) < limit) return total;
    limit = BATCH_SIZE;
  }
}

/** The rumour and every rumour merged into it (directly or through other merges). */
export async function rumorFamily(db: Db, rumorId: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `WITH RECURSIVE family(id, depth) AS (
       SELECT $1::uuid, 0
       UNION SELECT r.id, f.depth + 1 FROM "Rumor" r JOIN family f ON r."mergedIntoId" = f.id WHERE f.depth < ${MAX_MERGE_DEPTH}
     ) SELECT DISTINCT id::text AS id FROM family`,
    rumorId,
  );
  return rows.map((r) => r.id);
}
