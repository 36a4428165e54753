// Counts everything a transparency report shows, for the whole country and every region at once:
// each query groups by "scope" — 'KZ' plus each region a rumour, notice or report touches — so a
// rumour about two regions counts once nationally and once in each region (regional figures
// therefore overlap and need not add up to the national ones; reports, which have one region
// each, do add up). The database does the counting; nothing is sampled.
//
// Definitions (documented in the report's "How we count" section):
// - first action: the first thing a staff member did about the rumour — a status change,
//   assignment, comment, claim edit, dismissal or merge (audited on the rumour), evidence, a
//   question to a field verifier, a verdict draft or a notice draft;
// - interim notice: the first publication of a "we are checking" notice about the rumour;
// - verdict: server/dashboard/first-verdicts-sql.ts (the dashboard's definition);
// - deadline met: a response — verdict, interim notice or dismissal — no later than the rumour's
//   response deadline; counted for deadlines that fell in the period and have passed, merged
//   rumours left out (their reports live on in the rumour they joined).
import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { FIRST_VERDICTS_SQL, secondsSinceFirstReport } from '../dashboard/first-verdicts-sql';
import { versionDeliveryTimingsSql } from '../delivery/reach';
import type { Language } from '../i18n/languages';
import { REGION_CODES } from '../regions/codes';
import { emptyScopeFigures, NATIONAL, type ScopeFigures, type TimingFigures, type TransparencyFigures } from './figures';
import { periodInstants, type Period } from './period';

/** 'KZ' and the regions in `column` (a text[] of region codes). */
const scopesOf = (column: string) => Prisma.sql`CROSS JOIN LATERAL unnest(array[${NATIONAL}]::text[] || ${Prisma.raw(column)}) AS s(code)`;

const FIRST_ACTIONS_SQL = Prisma.sql`
  SELECT "rumorId", min(at) AS at FROM (
    SELECT "entityId"::uuid AS "rumorId", "createdAt" AS at FROM "AuditEvent"
      WHERE "entityType" = 'Rumor' AND "actorId" IS NOT NULL AND "entityId" ~ '^[0-9a-f-]{36}$'
    UNION ALL SELECT "rumorId", "createdAt" FROM "Evidence" WHERE "createdById" IS NOT NULL
    UNION ALL SELECT "rumorId", "createdAt" FROM "VerificationRequest"
    UNION ALL SELECT "rumorId", "createdAt" FROM "VerdictDraft"
    UNION ALL SELECT "rumorId", "createdAt" FROM "Notice"
  ) actions GROUP BY "rumorId"`;

const FIRST_INTERIM_NOTICES_SQL = Prisma.sql`
  SELECT "rumorId", min("firstPublishedAt") AS at FROM "Notice"
  WHERE verdict = 'CHECKING' AND "firstPublishedAt" IS NOT NULL GROUP BY "rumorId"`;

const DISMISSALS_SQL = Prisma.sql`
  SELECT "entityId"::uuid AS "rumorId", min("createdAt") AS at FROM "AuditEvent"
  WHERE "entityType" = 'Rumor' AND action = 'rumor.dismissed' AND "entityId" ~ '^[0-9a-f-]{36}$' GROUP BY 1`;

interface TimingRow {
  scope: string;
  count: number;
  median: number | null;
  p90: number | null;
}

const round = (seconds: number | null) => (seconds === null ? null : Math.round(seconds));
const timing = (row: TimingRow | undefined): TimingFigures => ({ count: row?.count ?? 0, medianSeconds: round(row?.median ?? null), p90Seconds: round(row?.p90 ?? null) });

/** Median and 90th percentile of first report → event, for events (rows "rumorId", at) in the period. */
function rumorEventTimings(db: Db, events: Prisma.Sql, start: Date, end: Date) {
  return db.$queryRaw<TimingRow[]>`
    SELECT s.code AS scope, count(*)::int AS count,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY x.seconds)::float8 AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY x.seconds)::float8 AS p90
    FROM (
      SELECT r."regionCodes", ${secondsSinceFirstReport(Prisma.sql`e.at`)} AS seconds
      FROM (${events}) e JOIN "Rumor" r ON r.id = e."rumorId"
      WHERE e.at >= ${start} AND e.at < ${end}
    ) x ${scopesOf('x."regionCodes"')}
    GROUP BY 1`;
}

export async function computeTransparencyFigures(db: Db, period: Period, now = new Date()): Promise<TransparencyFigures> {
  const { start, end } = periodInstants(period);
  const deadlineEnd = end < now ? end : now;
  const [reports, rumors, verdicts, firstActions, interims, verdictTimes, deadlines, notices, withdrawn, deliveries, deliveryTimes, views, verification, published] = await Promise.all([
    db.$queryRaw<{ regionCode: string | null; channel: string; count: number }[]>`
      SELECT "regionCode", channel::text AS channel, count(*)::int AS count FROM "Report"
      WHERE "receivedAt" >= ${start} AND "receivedAt" < ${end} GROUP BY 1, 2`,
    db.$queryRaw<{ scope: string; status: string; level: string; count: number }[]>`
      SELECT s.code AS scope, r.status::text AS status, r."priorityLevel"::text AS level, count(*)::int AS count
      FROM "Rumor" r ${scopesOf('r."regionCodes"')}
      WHERE r."firstSeenAt" >= ${start} AND r."firstSeenAt" < ${end} GROUP BY 1, 2, 3`,
    db.$queryRaw<{ scope: string; verdict: string; count: number }[]>`
      SELECT s.code AS scope, fv.verdict, count(*)::int AS count
      FROM (${FIRST_VERDICTS_SQL}) fv JOIN "Rumor" r ON r.id = fv."rumorId" ${scopesOf('r."regionCodes"')}
      WHERE fv."approvedAt" >= ${start} AND fv."approvedAt" < ${end} GROUP BY 1, 2`,
    rumorEventTimings(db, FIRST_ACTIONS_SQL, start, end),
    rumorEventTimings(db, FIRST_INTERIM_NOTICES_SQL, start, end),
    rumorEventTimings(db, Prisma.sql`SELECT "rumorId", "approvedAt" AS at FROM (${FIRST_VERDICTS_SQL}) fv`, start, end),
    db.$queryRaw<{ scope: string; due: number; met: number }[]>`
      WITH responses AS (
        SELECT "rumorId", min(at) AS at FROM (
          SELECT "rumorId", "approvedAt" AS at FROM (${FIRST_VERDICTS_SQL}) fv
          UNION ALL ${FIRST_INTERIM_NOTICES_SQL}
          UNION ALL ${DISMISSALS_SQL}
        ) any_response GROUP BY 1
      )
      SELECT s.code AS scope, count(*)::int AS due, (count(*) FILTER (WHERE resp.at <= r."dueAt"))::int AS met
      FROM "Rumor" r LEFT JOIN responses resp ON resp."rumorId" = r.id ${scopesOf('r."regionCodes"')}
      WHERE r."dueAt" >= ${start} AND r."dueAt" < ${deadlineEnd} AND r.status <> 'MERGED' GROUP BY 1`,
    db.$queryRaw<{ scope: string; published: number; interim: number; corrected: number }[]>`
      SELECT s.code AS scope,
             (count(*) FILTER (WHERE v.version = 1 AND v.verdict <> 'CHECKING'))::int AS published,
             (count(*) FILTER (WHERE v.version = 1 AND v.verdict = 'CHECKING'))::int AS interim,
             (count(*) FILTER (WHERE v.version > 1))::int AS corrected
      FROM "NoticeVersion" v JOIN "Notice" n ON n.id = v."noticeId" ${scopesOf('n."regionCodes"')}
      WHERE v."publishedAt" >= ${start} AND v."publishedAt" < ${end} GROUP BY 1`,
    db.$queryRaw<{ scope: string; count: number }[]>`
      SELECT s.code AS scope, count(*)::int AS count FROM "Notice" n ${scopesOf('n."regionCodes"')}
      WHERE n."withdrawnAt" >= ${start} AND n."withdrawnAt" < ${end} AND n."supersededById" IS NULL GROUP BY 1`,
    db.$queryRaw<{ scope: string; channel: string; sent: number; failed: number }[]>`
      SELECT s.code AS scope, d.channel::text AS channel,
             (count(*) FILTER (WHERE d.status = 'SENT'))::int AS sent, (count(*) FILTER (WHERE d.status = 'FAILED'))::int AS failed
      FROM (
        SELECT d.channel, d.status, n."regionCodes"
        FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId"
        WHERE v."publishedAt" >= ${start} AND v."publishedAt" < ${end} AND d.kind = 'NOTICE'
        UNION ALL
        -- A digest is one message, whatever it lists: counted once, in the regions of what it listed.
        SELECT d.channel, d.status,
               (SELECT coalesce(array_agg(DISTINCT rc), '{}') FROM "DigestItem" i JOIN "NoticeVersion" iv ON iv.id = i."noticeVersionId" CROSS JOIN LATERAL unnest(iv."regionCodes") rc WHERE i."digestId" = g.id)
        FROM "Delivery" d JOIN "Digest" g ON g.id = d."digestId"
        WHERE g."periodEnd" > ${start} AND g."periodEnd" <= ${end}
      ) d ${scopesOf('d."regionCodes"')}
      GROUP BY 1, 2`,
    db.$queryRaw<TimingRow[]>`
      SELECT s.code AS scope, count(*)::int AS count,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY x.seconds)::float8 AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY x.seconds)::float8 AS p90
      FROM (
        SELECT n."regionCodes", greatest(0, extract(epoch FROM (t.p95 - v."publishedAt"))) AS seconds
        FROM (${versionDeliveryTimingsSql(Prisma.sql`v."publishedAt" >= ${start} AND v."publishedAt" < ${end}`)}) t
        JOIN "NoticeVersion" v ON v.id = t."versionId" JOIN "Notice" n ON n.id = v."noticeId"
        WHERE t.p95 IS NOT NULL
      ) x ${scopesOf('x."regionCodes"')}
      GROUP BY 1`,
    db.$queryRaw<{ scope: string; views: number }[]>`
      SELECT s.code AS scope, sum(nv.views)::int AS views
      FROM "NoticeViewDay" nv JOIN "Notice" n ON n.id = nv."noticeId" ${scopesOf('n."regionCodes"')}
      WHERE nv.day >= ${period.from}::date AND nv.day <= ${period.to}::date GROUP BY 1`,
    db.$queryRaw<{ scope: string; requested: number; answered: number; confirms: number; denies: number; cannotTell: number; onTime: number; count: number; median: number | null; p90: number | null }[]>`
      SELECT s.code AS scope, count(*)::int AS requested,
             (count(*) FILTER (WHERE vr.status = 'ANSWERED'))::int AS answered,
             (count(*) FILTER (WHERE vr.answer = 'CONFIRMS'))::int AS confirms,
             (count(*) FILTER (WHERE vr.answer = 'DENIES'))::int AS denies,
             (count(*) FILTER (WHERE vr.answer = 'CANNOT_TELL'))::int AS "cannotTell",
             (count(*) FILTER (WHERE vr."answeredAt" <= vr."dueAt"))::int AS "onTime",
             (count(vr."answeredAt"))::int AS count,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (vr."answeredAt" - vr."createdAt"))) FILTER (WHERE vr."answeredAt" IS NOT NULL))::float8 AS median,
             (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM (vr."answeredAt" - vr."createdAt"))) FILTER (WHERE vr."answeredAt" IS NOT NULL))::float8 AS p90
      FROM "VerificationRequest" vr JOIN "Rumor" r ON r.id = vr."rumorId" ${scopesOf('r."regionCodes"')}
      WHERE vr."createdAt" >= ${start} AND vr."createdAt" < ${end} GROUP BY 1`,
    db.notice.findMany({
      where: { status: 'PUBLISHED', verdict: { not: 'CHECKING' }, firstPublishedAt: { gte: start, lt: end } },
      orderBy: [{ firstPublishedAt: 'asc' }, { id: 'asc' }],
      select: {
        slug: true,
        verdict: true,
        regionCodes: true,
        firstPublishedAt: true,
        versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { translations: { select: { language: true, title: true } } } },
      },
    }),
  ]);

  const scopes = new Map<string, ScopeFigures>([NATIONAL, ...REGION_CODES].map((code) => [code, emptyScopeFigures()]));
  const scope = (code: string) => scopes.get(code);

  for (const row of rumors) scope(row.scope)?.rumors.push({ status: row.status as never, level: row.level as never, count: row.count });
  for (const row of verdicts) {
    const figures = scope(row.scope);
    if (figures) figures.verdicts[row.verdict as keyof ScopeFigures['verdicts']] = row.count;
  }
  for (const [rows, key] of [
    [firstActions, 'timeToFirstAction'],
    [interims, 'timeToInterimNotice'],
    [verdictTimes, 'timeToVerdict'],
    [deliveryTimes, 'timeTo95PercentDelivered'],
  ] as const) {
    for (const row of rows) {
      const figures = scope(row.scope);
      if (figures) figures[key] = timing(row);
    }
  }
  for (const row of deadlines) {
    const figures = scope(row.scope);
    if (figures) figures.deadlines = { due: row.due, met: row.met };
  }
  for (const row of notices) {
    const figures = scope(row.scope);
    if (figures) figures.notices = { ...figures.notices, published: row.published, interim: row.interim, corrected: row.corrected };
  }
  for (const row of withdrawn) {
    const figures = scope(row.scope);
    if (figures) figures.notices.withdrawn = row.count;
  }
  for (const row of deliveries) scope(row.scope)?.deliveries.push({ channel: row.channel as never, sent: row.sent, failed: row.failed });
  for (const row of views) {
    const figures = scope(row.scope);
    if (figures) figures.pageViews = row.views;
  }
  for (const row of verification) {
    const figures = scope(row.scope);
    if (figures) {
      figures.verification = { requested: row.requested, answered: row.answered, CONFIRMS: row.confirms, DENIES: row.denies, CANNOT_TELL: row.cannotTell, answeredOnTime: row.onTime, answerTime: timing(row) };
    }
  }
  // Stable order, so that two computations of the same data are equal.
  for (const figures of scopes.values()) {
    figures.rumors.sort((a, b) => `${a.status}|${a.level}`.localeCompare(`${b.status}|${b.level}`));
    figures.deliveries.sort((a, b) => a.channel.localeCompare(b.channel));
  }

  return {
    formatVersion: 1,
    period: { from: period.from, to: period.to, quarter: period.quarter },
    computedAt: now.toISOString(),
    reports: reports
      .map((r) => ({ regionCode: r.regionCode, channel: r.channel as never, count: r.count }))
      .sort((a, b) => `${a.regionCode ?? ''}|${a.channel}`.localeCompare(`${b.regionCode ?? ''}|${b.channel}`)),
    scopes: Object.fromEntries(scopes),
    publishedNotices: published.map((n) => {
      const titles = n.versions[0]?.translations ?? [];
      const title = (language: Language) => titles.find((t) => t.language === language)?.title ?? null;
      return { slug: n.slug, verdict: n.verdict as never, regionCodes: n.regionCodes, firstPublishedAt: n.firstPublishedAt!.toISOString(), titles: { kk: title('kk'), ru: title('ru'), en: title('en') } };
    }),
  };
}
