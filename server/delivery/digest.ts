// Daily and weekly digests: a subscriber who chose one gets, at 08:00 Kazakhstan time (weekly: on
// Mondays), ONE message listing the notices published or corrected in their regions during the
// period — and nothing when there was nothing. Each digest is a Digest row (unique per subscription
// and period end), its DigestItems (the notice versions it lists) and one Delivery, written in one
// statement per batch with INSERT … ON CONFLICT DO NOTHING: a second run, or a second worker running
// at the same time, adds nothing. The job runs hourly and writes the latest period that has ended,
// so a worker that was down at 08:00 catches up when it comes back.
//
// What is NOT held for a digest: urgent notices (the fan-out sends them at once to everyone, see
// fan-out.ts), withdrawals (everyone who got a notice, in a digest too, is told at once:
// withdrawal-fan-out.ts), a report's own verdict (report-bound push is always "at once"), and a
// correction of a notice the subscriber got at once (they are told at once, as before). A digest
// never lists a version its subscriber already got at once.
import type { Db } from '../db/client';
import { logger } from '../log';
import { SQL_UUID_V7 } from './fan-out';
import { wakeDeliveryLoop } from './wake';

export type DigestCadence = 'DAILY' | 'WEEKLY';
export const DIGEST_CADENCES: readonly DigestCadence[] = ['DAILY', 'WEEKLY'];

/** Digests go out at this hour, Kazakhstan time (UTC+5, no daylight saving since 2024). */
export const DIGEST_LOCAL_HOUR = 8;
const KZ_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;
const BATCH_SIZE = 2_000;

export interface DigestPeriod {
  cadence: DigestCadence;
  start: Date;
  end: Date;
}

/** The latest period of `cadence` that has ended at `at`: it ends at 08:00 Kazakhstan time (weekly: on a Monday). */
export function latestDigestPeriod(cadence: DigestCadence, at: Date): DigestPeriod {
  const local = at.getTime() + KZ_OFFSET_MS;
  let endLocal = Math.floor(local / DAY_MS) * DAY_MS + DIGEST_LOCAL_HOUR * 3_600_000;
  if (endLocal > local) endLocal -= DAY_MS;
  if (cadence === 'WEEKLY') {
    const weekday = new Date(endLocal).getUTCDay(); // of the local calendar day; Monday = 1
    endLocal -= ((weekday + 6) % 7) * DAY_MS;
  }
  const end = new Date(endLocal - KZ_OFFSET_MS);
  return { cadence, start: new Date(end.getTime() - (cadence === 'DAILY' ? 1 : 7) * DAY_MS), end };
}

export interface ComposeDigestsResult {
  period: DigestPeriod;
  /** Digests written by this run (0 when another run already wrote them, or nothing happened). */
  digests: number;
  items: number;
}

/** Writes the digests of `period` for every subscriber of its cadence who has something to read. Idempotent. */
export async function composeDigests(db: Db, period: DigestPeriod): Promise<ComposeDigestsResult> {
  const result: ComposeDigestsResult = { period, digests: 0, items: 0 };
  let cursor = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const [row] = await db.$queryRawUnsafe<{ last: string | null; seen: bigint; digests: bigint; items: bigint }[]>(
      `WITH subs AS (
         SELECT s.id, s.channel, s."regionCodes" FROM "Subscription" s
         WHERE s.active AND s.cadence = $1::"DeliveryCadence" AND s."reportId" IS NULL
           AND s.channel IN ('EMAIL', 'TELEGRAM', 'WEB_PUSH') AND (s.channel <> 'EMAIL' OR s.confirmed)
           AND coalesce(s."confirmedAt", s."createdAt") < $3 AND s.id > $4::uuid
         ORDER BY s.id LIMIT ${BATCH_SIZE}
       ), listed AS (
         -- Per notice, the latest version published in the period (a notice corrected twice is listed once).
         SELECT s.id AS sid, x.vid FROM subs s CROSS JOIN LATERAL (
           SELECT DISTINCT ON (v."noticeId") v.id AS vid
           FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId"
           WHERE v."publishedAt" >= $2 AND v."publishedAt" < $3 AND n.status = 'PUBLISHED'
             AND (s."regionCodes" = '{}' OR s."regionCodes" && v."regionCodes")
             AND NOT EXISTS (
               SELECT 1 FROM "Delivery" d WHERE d."noticeVersionId" = v.id AND d."subscriptionId" = s.id AND d.kind = 'NOTICE' AND d.status <> 'CANCELLED'
             )
           ORDER BY v."noticeId", v.version DESC
         ) x
       ), digests AS (
         INSERT INTO "Digest" (id, "subscriptionId", cadence, "periodStart", "periodEnd")
         SELECT ${SQL_UUID_V7}, l.sid, $1::"DeliveryCadence", $2, $3 FROM (SELECT DISTINCT sid FROM listed) l
         ON CONFLICT DO NOTHING RETURNING id, "subscriptionId"
       ), items AS (
         INSERT INTO "DigestItem" ("digestId", "noticeVersionId")
         SELECT d.id, l.vid FROM digests d JOIN listed l ON l.sid = d."subscriptionId" RETURNING 1
       ), deliveries AS (
         INSERT INTO "Delivery" (id, "digestId", channel, "subscriptionId", "nextAttemptAt")
         SELECT ${SQL_UUID_V7}, d.id, s.channel, s.id, now() FROM digests d JOIN subs s ON s.id = d."subscriptionId" RETURNING 1
       )
       SELECT (SELECT id::text FROM subs ORDER BY id DESC LIMIT 1) AS last, (SELECT count(*) FROM subs) AS seen,
              (SELECT count(*) FROM digests) AS digests, (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM deliveries) AS deliveries`,
      period.cadence,
      period.start,
      period.end,
      cursor,
    );
    if (!row || row.last === null) break;
    result.digests += Number(row.digests);
    result.items += Number(row.items);
    if (Number(row.digests) > 0) await wakeDeliveryLoop(db);
    if (Number(row.seen) < BATCH_SIZE) break;
    cursor = row.last;
  }
  if (result.digests > 0) logger.info({ cadence: period.cadence, periodEnd: period.end, digests: result.digests, items: result.items }, 'digests written');
  return result;
}

/** The hourly job: the latest ended period of each cadence (`at` is the job's clock; tests set it). */
export async function composeDueDigests(db: Db, at = new Date()): Promise<ComposeDigestsResult[]> {
  const results: ComposeDigestsResult[] = [];
  for (const cadence of DIGEST_CADENCES) results.push(await composeDigests(db, latestDigestPeriod(cadence, at)));
  return results;
}
