// Everything the rumour page shows in its first render: the claim, why it has its priority, its
// reports (contacts only for those allowed to read them), sightings over time and where they were.
import type { Db } from '../db/client';
import { serverEnv } from '../config/env';
import { decryptText } from '../crypto/secret-box';
import { notFound } from '../errors';
import { assertCoversRegions, canReadContact, coversRegions, type Actor } from '../policy';
import { computePriority } from './priority';
import { lockSince } from './rumor-lock';
import { loadRiskWeights, riskWeightOfFlags } from './risk-terms';

export const TIMELINE_HOURS = 72;
const REPORTS_SHOWN = 200;

export async function getRumorDetail(db: Db, actor: Actor, id: string, now = new Date()) {
  const rumor = await db.rumor.findUnique({
    where: { id },
    select: {
      id: true, claim: true, status: true, language: true, priorityLevel: true, priorityScore: true, dueAt: true, riskFlags: true, highRisk: true,
      sightingCount: true, settlementCount: true, regionCodes: true, firstSeenAt: true, lastSeenAt: true, dismissReason: true, dismissNote: true,
      mergedIntoId: true, isDemo: true, lockedUntil: true,
      assignee: { select: { id: true, name: true } },
      lockedBy: { select: { id: true, name: true } },
      mergedFrom: { select: { id: true, claim: true }, orderBy: { updatedAt: 'desc' } },
    },
  });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  if (rumor.status === 'MERGED' && rumor.mergedIntoId) return { redirectTo: rumor.mergedIntoId } as const;

  const sixHoursAgo = new Date(now.getTime() - 6 * 3_600_000);
  const timelineStart = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 - (TIMELINE_HOURS - 1) * 3_600_000);
  const [reports, reportCount, recent, hourly, regions, weights, comments, staff] = await Promise.all([
    db.report.findMany({
      where: { rumorId: id },
      orderBy: { receivedAt: 'desc' },
      take: REPORTS_SHOWN,
      select: {
        id: true, text: true, channel: true, language: true, heardVia: true, heardAt: true, receivedAt: true, regionCode: true, settlementText: true,
        wantsFeedback: true, contactKind: true, contactCipher: true,
        settlement: { select: { id: true, nameKk: true, nameRu: true, nameEn: true } },
        attachments: { select: { id: true, mimeType: true }, orderBy: { createdAt: 'asc' } },
      },
    }),
    db.report.count({ where: { rumorId: id } }),
    db.report.count({ where: { rumorId: id, receivedAt: { gt: sixHoursAgo } } }),
    db.$queryRaw<{ hour: Date; count: number }[]>`
      SELECT date_trunc('hour', "receivedAt") AS hour, count(*)::int AS count
      FROM "Report" WHERE "rumorId" = ${id}::uuid AND "receivedAt" >= ${timelineStart}
      GROUP BY 1`,
    db.region.findMany({ select: { code: true, nameKk: true, nameRu: true, nameEn: true, lat: true, lng: true, riskLevel: true }, orderBy: { code: 'asc' } }),
    loadRiskWeights(db),
    db.comment.findMany({ where: { rumorId: id }, orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true, mentions: true, author: { select: { id: true, name: true } } } }),
    db.user.findMany({ where: { active: true, role: { in: ['ADMIN', 'MODERATOR', 'VERIFIER'] } }, select: { id: true, name: true, role: true, regionCodes: true, nationalQueue: true }, orderBy: { name: 'asc' } }),
  ]);

  // Reports the clusterer joined from another language or script (recorded as rumor.joined_across_languages):
  // the moderator sees them marked and can split a wrong one back with those that joined through it.
  const crossLanguage = reports.length
    ? await db.$queryRaw<{ reportId: string; action: string; matchedLanguage: string | null }[]>`
        SELECT DISTINCT ON (after->>'reportId') after->>'reportId' AS "reportId", action,
          -- "kk-cyrl" for a Kazakh Latin ↔ Cyrillic join (its script recorded), else the language.
          (after->>'matchedLanguage') || coalesce('-' || (after->>'matchedScript'), '') AS "matchedLanguage"
        FROM "AuditEvent"
        WHERE action IN ('rumor.joined_across_languages', 'rumor.join_split') AND after->>'reportId' = ANY(${reports.map((r) => r.id)}::text[])
        ORDER BY after->>'reportId', id DESC`
    : [];
  // A join already split back (its latest event) is no longer marked.
  const joinedFrom = new Map(crossLanguage.flatMap((j) => (j.action === 'rumor.joined_across_languages' && j.matchedLanguage ? [[j.reportId, j.matchedLanguage] as const] : [])));

  const places = await db.$queryRaw<{ id: string; nameKk: string; nameRu: string; nameEn: string; regionCode: string; lat: number; lng: number; count: number }[]>`
    SELECT s.id, s."nameKk", s."nameRu", s."nameEn", s."regionCode", s.lat, s.lng, count(*)::int AS count
    FROM "Report" r JOIN "Settlement" s ON s.id = r."settlementId"
    WHERE r."rumorId" = ${id}::uuid AND s.lat IS NOT NULL AND s.lng IS NOT NULL
    GROUP BY s.id ORDER BY count DESC`;

  const rumorRegions = regions.filter((r) => rumor.regionCodes.includes(r.code));
  const priority = computePriority({
    sightingCount: rumor.sightingCount,
    sightingsLast6h: recent,
    settlementCount: rumor.settlementCount,
    regionCount: rumor.regionCodes.length,
    riskWeight: riskWeightOfFlags(rumor.riskFlags, weights),
    regionRiskLevel: Math.max(0, ...rumorRegions.map((r) => r.riskLevel)),
  });

  const counts = new Map(hourly.map((h) => [new Date(h.hour).getTime(), h.count]));
  const timeline = Array.from({ length: TIMELINE_HOURS }, (_, i) => {
    const hour = new Date(timelineStart.getTime() + i * 3_600_000);
    return { hour, count: counts.get(hour.getTime()) ?? 0 };
  });

  const key = reports.some((r) => r.contactCipher && canReadContact(actor, r)) ? serverEnv().RASPA_ENCRYPTION_KEY : '';
  const { lockedBy, lockedUntil, ...rest } = rumor;
  const lockHeld = lockedBy && lockedUntil && lockedUntil > now ? { holder: lockedBy, lockedUntil, since: lockSince(lockedUntil) } : null;

  return {
    redirectTo: null,
    ...rest,
    priority,
    overdue: rumor.dueAt !== null && rumor.dueAt < now && (rumor.status === 'NEW' || rumor.status === 'INVESTIGATING'),
    lock: lockHeld,
    reportCount,
    reports: reports.map(({ contactCipher, wantsFeedback, contactKind, attachments, ...report }) => {
      const readable = Boolean(contactCipher) && canReadContact(actor, { wantsFeedback });
      return {
        ...report,
        photoIds: attachments.filter((a) => a.mimeType.startsWith('image/')).map((a) => a.id),
        /** The language of the text it was joined to automatically, when that was another language or script. */
        joinedAcrossFrom: joinedFrom.get(report.id) ?? null,
        contact: readable && contactCipher ? { kind: contactKind, value: decryptText(contactCipher, key) } : null,
        contactHidden: Boolean(contactCipher) && !readable,
      };
    }),
    timeline,
    places,
    regions: regions.map((r) => ({ code: r.code, nameKk: r.nameKk, nameRu: r.nameRu, nameEn: r.nameEn, lat: r.lat, lng: r.lng })),
    comments,
    /** Staff who can be @mentioned or assigned here: those whose regions cover the rumour. */
    staff: staff.filter((s) => coversRegions(s, rumor.regionCodes)).map((s) => ({ id: s.id, name: s.name, role: s.role })),
  };
}

export type RumorDetailResult = Awaited<ReturnType<typeof getRumorDetail>>;
export type RumorDetail = Exclude<RumorDetailResult, { redirectTo: string }>;
