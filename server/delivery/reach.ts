// How far a notice got: deliveries per channel and status, how fast each version went out, and
// how often its page was read (NoticeViewDay: a counter per day, no cookies, no personal data).
// A withdrawn notice's withdrawal messages are counted apart from the notice itself, with their own
// speed from the moment of withdrawal; notice deliveries the withdrawal stopped count as cancelled.
// A daily or weekly digest that listed the notice counts as one delivery of it; the speed figures
// ("time to 95 %") leave digests out, since they are late by the subscriber's choice.
import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import type { DeliveryKind, DeliveryStatus, SubscriptionChannel } from '../db/generated/enums';

/**
 * Per notice version chosen by `versionFilter` (on "NoticeVersion" v): its deliveries, how many
 * were sent, the first sending and the moment 95 % of them had been sent (null until then). The
 * one definition of "time to 95 % delivered" (notice reach panel, transparency report).
 */
export function versionDeliveryTimingsSql(versionFilter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT vid AS "versionId", max(total) AS total, count("sentAt") AS sent, min("sentAt") AS first,
           min("sentAt") FILTER (WHERE rn = ceil(total * 0.95)) AS p95
    FROM (
      SELECT d."noticeVersionId" AS vid, d."sentAt",
             count(*) OVER (PARTITION BY d."noticeVersionId") AS total,
             row_number() OVER (PARTITION BY d."noticeVersionId" ORDER BY d."sentAt" NULLS LAST) AS rn
      FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
      WHERE d.kind = 'NOTICE' AND d.status <> 'CANCELLED' AND ${versionFilter}
    ) ranked
    GROUP BY vid`;
}

export interface ChannelReach {
  channel: SubscriptionChannel;
  queued: number;
  sent: number;
  failed: number;
  /** Never sent: the notice was withdrawn (or superseded) before they went out. */
  cancelled: number;
}

export interface ReachCounts {
  channels: ChannelReach[];
  totals: { queued: number; sent: number; failed: number; cancelled: number };
}

export interface VersionReach {
  version: number;
  publishedAt: Date | null;
  total: number;
  sent: number;
  /** Publish → first delivery sent, ms (null until one is sent). */
  msToFirstDelivery: number | null;
  /** Publish → 95 % of this version's deliveries sent, ms (null until then). */
  msTo95Percent: number | null;
}

export interface WithdrawalReach extends ReachCounts {
  withdrawnAt: Date;
  /** Withdrawal → first withdrawal message sent, ms. */
  msToFirstDelivery: number | null;
  /** Withdrawal → 95 % of the withdrawal messages sent, ms. */
  msTo95Percent: number | null;
}

export interface NoticeReach extends ReachCounts {
  versions: VersionReach[];
  /** Present once the notice is withdrawn (not for an interim notice the verdict superseded). */
  withdrawal: WithdrawalReach | null;
  pageViews: number;
}

const CHANNEL_ORDER: SubscriptionChannel[] = ['WEB_PUSH', 'EMAIL', 'SMS', 'TELEGRAM', 'WEBHOOK'];

function countsOf(rows: { channel: SubscriptionChannel; status: DeliveryStatus; n: bigint }[]): ReachCounts {
  const byChannel = new Map<SubscriptionChannel, ChannelReach>();
  const totals = { queued: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const row of rows) {
    const entry = byChannel.get(row.channel) ?? { channel: row.channel, queued: 0, sent: 0, failed: 0, cancelled: 0 };
    const n = Number(row.n);
    const key = row.status === 'SENT' ? 'sent' : row.status === 'FAILED' ? 'failed' : row.status === 'CANCELLED' ? 'cancelled' : 'queued';
    entry[key] += n;
    totals[key] += n;
    byChannel.set(row.channel, entry);
  }
  return { channels: CHANNEL_ORDER.flatMap((c) => (byChannel.has(c) ? [byChannel.get(c)!] : [])), totals };
}

const since = (from: Date | null, to: Date | null) => (from && to ? Math.max(0, to.getTime() - from.getTime()) : null);

export async function getNoticeReach(db: Db, noticeId: string): Promise<NoticeReach> {
  const [counts, timings, withdrawalTiming, notice, views] = await Promise.all([
    db.$queryRawUnsafe<{ kind: DeliveryKind; channel: SubscriptionChannel; status: DeliveryStatus; n: bigint }[]>(
      `SELECT kind, channel, status, sum(n) AS n FROM (
         SELECT d.kind::text AS kind, d.channel::text AS channel, d.status::text AS status, count(*) AS n
         FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
         WHERE v."noticeId" = $1::uuid GROUP BY 1, 2, 3
         UNION ALL
         -- A digest that listed the notice reached its recipient with it (once, however many versions it listed).
         SELECT 'NOTICE', d.channel::text, d.status::text, count(DISTINCT d.id)
         FROM "Delivery" d JOIN "DigestItem" i ON i."digestId" = d."digestId" JOIN "NoticeVersion" v ON v.id = i."noticeVersionId"
         WHERE v."noticeId" = $1::uuid GROUP BY 2, 3
       ) all_counts GROUP BY 1, 2, 3`,
      noticeId,
    ),
    db.$queryRaw<{ version: number; publishedAt: Date | null; total: bigint; sent: bigint; first: Date | null; p95: Date | null }[]>`
      SELECT v.version, v."publishedAt", coalesce(t.total, 0) AS total, coalesce(t.sent, 0) AS sent, t.first, t.p95
      FROM "NoticeVersion" v LEFT JOIN (${versionDeliveryTimingsSql(Prisma.sql`v."noticeId" = ${noticeId}::uuid`)}) t ON t."versionId" = v.id
      WHERE v."noticeId" = ${noticeId}::uuid AND v."publishedAt" IS NOT NULL ORDER BY v.version`,
    db.$queryRawUnsafe<{ first: Date | null; p95: Date | null }[]>(
      `WITH ranked AS (
         SELECT d."sentAt", count(*) OVER () AS total, row_number() OVER (ORDER BY d."sentAt" NULLS LAST) AS rn
         FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
         WHERE v."noticeId" = $1::uuid AND d.kind = 'WITHDRAWAL'
       )
       SELECT min("sentAt") AS first, min("sentAt") FILTER (WHERE rn = ceil(total * 0.95)) AS p95 FROM ranked`,
      noticeId,
    ),
    db.notice.findUnique({ where: { id: noticeId }, select: { status: true, withdrawnAt: true, supersededById: true } }),
    db.noticeViewDay.aggregate({ where: { noticeId }, _sum: { views: true } }),
  ]);

  const noticeCounts = countsOf(counts.filter((row) => row.kind === 'NOTICE'));
  const withdrawn = notice?.status === 'WITHDRAWN' && !notice.supersededById && notice.withdrawnAt ? notice.withdrawnAt : null;
  const timing = withdrawalTiming[0];
  return {
    ...noticeCounts,
    versions: timings.map((t) => ({
      version: t.version,
      publishedAt: t.publishedAt,
      total: Number(t.total),
      sent: Number(t.sent),
      msToFirstDelivery: since(t.publishedAt, t.first),
      msTo95Percent: since(t.publishedAt, t.p95),
    })),
    withdrawal: withdrawn
      ? {
          ...countsOf(counts.filter((row) => row.kind === 'WITHDRAWAL')),
          withdrawnAt: withdrawn,
          msToFirstDelivery: since(withdrawn, timing?.first ?? null),
          msTo95Percent: since(withdrawn, timing?.p95 ?? null),
        }
      : null,
    pageViews: views._sum.views ?? 0,
  };
}
