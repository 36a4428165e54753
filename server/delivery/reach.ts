// How far a notice got: deliveries per channel and status, how fast each version went out, and
// how often its page was read (NoticeViewDay: a counter per day, no cookies, no personal data).
import type { Db } from '../db/client';
import type { DeliveryStatus, SubscriptionChannel } from '../db/generated/enums';

export interface ChannelReach {
  channel: SubscriptionChannel;
  queued: number;
  sent: number;
  failed: number;
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

export interface NoticeReach {
  channels: ChannelReach[];
  totals: { queued: number; sent: number; failed: number };
  versions: VersionReach[];
  pageViews: number;
}

export async function getNoticeReach(db: Db, noticeId: string): Promise<NoticeReach> {
  const [counts, timings, views] = await Promise.all([
    db.$queryRawUnsafe<{ channel: SubscriptionChannel; status: DeliveryStatus; n: bigint }[]>(
      `SELECT d.channel::text AS channel, d.status::text AS status, count(*) AS n
       FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId"
       WHERE v."noticeId" = $1::uuid GROUP BY 1, 2`,
      noticeId,
    ),
    db.$queryRawUnsafe<{ version: number; publishedAt: Date | null; total: bigint; sent: bigint; first: Date | null; p95: Date | null }[]>(
      `WITH ranked AS (
         SELECT d."noticeVersionId" AS vid, d."sentAt",
                count(*) OVER (PARTITION BY d."noticeVersionId") AS total,
                row_number() OVER (PARTITION BY d."noticeVersionId" ORDER BY d."sentAt" NULLS LAST) AS rn
         FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId" WHERE v."noticeId" = $1::uuid
       ), per_version AS (
         SELECT vid, max(total) AS total, count("sentAt") AS sent, min("sentAt") AS first,
                min("sentAt") FILTER (WHERE rn = ceil(total * 0.95)) AS p95
         FROM ranked GROUP BY vid
       )
       SELECT v.version, v."publishedAt", coalesce(p.total, 0) AS total, coalesce(p.sent, 0) AS sent, p.first, p.p95
       FROM "NoticeVersion" v LEFT JOIN per_version p ON p.vid = v.id
       WHERE v."noticeId" = $1::uuid AND v."publishedAt" IS NOT NULL ORDER BY v.version`,
      noticeId,
    ),
    db.noticeViewDay.aggregate({ where: { noticeId }, _sum: { views: true } }),
  ]);

  const byChannel = new Map<SubscriptionChannel, ChannelReach>();
  const totals = { queued: 0, sent: 0, failed: 0 };
  for (const row of counts) {
    const entry = byChannel.get(row.channel) ?? { channel: row.channel, queued: 0, sent: 0, failed: 0 };
    const n = Number(row.n);
    const key = row.status === 'SENT' ? 'sent' : row.status === 'FAILED' ? 'failed' : 'queued';
    entry[key] += n;
    totals[key] += n;
    byChannel.set(row.channel, entry);
  }
  const order: SubscriptionChannel[] = ['WEB_PUSH', 'EMAIL', 'SMS', 'TELEGRAM', 'WEBHOOK'];
  const since = (from: Date | null, to: Date | null) => (from && to ? Math.max(0, to.getTime() - from.getTime()) : null);
  return {
    channels: order.flatMap((c) => (byChannel.has(c) ? [byChannel.get(c)!] : [])),
    totals,
    versions: timings.map((t) => ({
      version: t.version,
      publishedAt: t.publishedAt,
      total: Number(t.total),
      sent: Number(t.sent),
      msToFirstDelivery: since(t.publishedAt, t.first),
      msTo95Percent: since(t.publishedAt, t.p95),
    })),
    pageViews: views._sum.views ?? 0,
  };
}
