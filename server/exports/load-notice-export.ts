// The published notices behind every open-data export (CSV, JSON, GeoJSON, HXL, ClaimReview feed):
// one row per notice that has ever been public, with its current state, its text in one language,
// and the places it concerns. Drafts are never exported.
//
// Places: every region of the notice at the region's centroid; a settlement only when at least
// MIN_PUBLIC_COUNT reports of the rumour named it. A village named by one or two reporters would
// point at them, so smaller places fall back to their region.
import type { Db } from '../db/client';
import type { Language, NoticeUrgency, Verdict } from '../db/generated/enums';
import type { Prisma } from '../db/generated/client';
import { MIN_PUBLIC_COUNT } from '../disclosure/small-counts';
import { pickTranslation, placeName } from '../i18n/languages';
import { withdrawalReasonIn } from '../notices/withdrawal-reason';
import { districtName } from '../settlements/district';
import { NOTICE_HEAD_SELECT, NOTICE_LIFECYCLE_SELECT } from '../notices/notice-select';
import { dayRange, noticeExportInput, type NoticeExportInput } from './schema';

/** Exported notices at most; a filter narrows a larger archive (the JSON says when it was cut). */
export const NOTICE_EXPORT_LIMIT = 10_000;

export type ExportedNoticeStatus = 'PUBLISHED' | 'WITHDRAWN' | 'SUPERSEDED';

export interface ExportedPlace {
  kind: 'settlement' | 'region';
  regionCode: string;
  regionName: string;
  /**
   * The settlement's district (second-level division, HXL #adm2) in the export's language; a city
   * of republican or regional significance is its own. Null for a region, or a settlement whose
   * district nobody recorded.
   */
  districtName: string | null;
  /** Settlement name in the export's language; null for a region. */
  settlementName: string | null;
  lat: number;
  lng: number;
}

export interface ExportedNotice {
  id: string;
  slug: string;
  verdict: Verdict;
  status: ExportedNoticeStatus;
  urgency: NoticeUrgency;
  version: number;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  /** When the rumour was first reported to Raspa. */
  claimFirstSeenAt: Date;
  regionCodes: string[];
  /** Region names in the export's language, in the order of regionCodes. */
  regionNames: string[];
  /** Language of title and summary: the requested one or the nearest available. */
  language: Language;
  title: string;
  summary: string;
  /** Languages the current version was published in. */
  languages: Language[];
  places: ExportedPlace[];
}

export interface NoticeExport {
  notices: ExportedNotice[];
  /** True when more notices matched than NOTICE_EXPORT_LIMIT. */
  truncated: boolean;
}

export async function loadNoticeExport(db: Db, rawInput: NoticeExportInput): Promise<NoticeExport> {
  const input = noticeExportInput.parse(rawInput);
  const published = dayRange(input.from, input.to);
  const where: Prisma.NoticeWhereInput = {
    status: { in: ['PUBLISHED', 'WITHDRAWN'] },
    firstPublishedAt: { not: null, ...published },
    ...(input.regionCode ? { regionCodes: { has: input.regionCode } } : {}),
    ...(input.verdict ? { verdict: input.verdict } : {}),
  };
  const rows = await db.notice.findMany({
    where,
    orderBy: [{ firstPublishedAt: 'desc' }, { id: 'desc' }],
    take: NOTICE_EXPORT_LIMIT + 1,
    select: {
      ...NOTICE_HEAD_SELECT,
      ...NOTICE_LIFECYCLE_SELECT,
      rumor: { select: { firstSeenAt: true } },
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        select: { version: true, translations: { select: { language: true, title: true, summary: true } } },
      },
    },
  });
  const page = rows.slice(0, NOTICE_EXPORT_LIMIT);
  const [regions, settlements] = await Promise.all([
    db.region.findMany({ select: { code: true, nameKk: true, nameRu: true, nameEn: true, lat: true, lng: true } }),
    namedSettlements(db, [...new Set(page.map((n) => n.rumorId))]),
  ]);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));

  const notices = page.flatMap((row): ExportedNotice[] => {
    const version = row.versions[0];
    const translation = version && pickTranslation(version.translations, input.language);
    if (!version || !translation || !row.firstPublishedAt) return [];
    const places: ExportedPlace[] = [];
    const coveredRegions = new Set<string>();
    for (const settlement of settlements.get(row.rumorId) ?? []) {
      const region = regionByCode.get(settlement.regionCode);
      if (!region) continue;
      coveredRegions.add(settlement.regionCode);
      places.push({
        kind: 'settlement',
        regionCode: region.code,
        regionName: placeName(region, input.language),
        districtName: districtName(settlement, input.language),
        settlementName: placeName(settlement, input.language),
        lat: settlement.lat,
        lng: settlement.lng,
      });
    }
    for (const code of row.regionCodes) {
      const region = regionByCode.get(code);
      if (!region || coveredRegions.has(code)) continue;
      places.push({ kind: 'region', regionCode: code, regionName: placeName(region, input.language), districtName: null, settlementName: null, lat: region.lat, lng: region.lng });
    }
    return [
      {
        id: row.id,
        slug: row.slug,
        verdict: row.verdict,
        status: row.supersededById ? 'SUPERSEDED' : row.status === 'WITHDRAWN' ? 'WITHDRAWN' : 'PUBLISHED',
        urgency: row.urgency,
        version: version.version,
        firstPublishedAt: row.firstPublishedAt,
        lastPublishedAt: row.lastPublishedAt ?? row.firstPublishedAt,
        withdrawnAt: row.supersededById ? null : row.withdrawnAt,
        withdrawnReason: row.supersededById ? null : withdrawalReasonIn(row, input.language),
        claimFirstSeenAt: row.rumor.firstSeenAt,
        regionCodes: row.regionCodes,
        regionNames: row.regionCodes.map((code) => { const region = regionByCode.get(code); return region ? placeName(region, input.language) : code; }),
        language: translation.language,
        title: translation.title,
        summary: translation.summary,
        languages: version.translations.map((t) => t.language).sort(),
        places,
      },
    ];
  });
  return { notices, truncated: rows.length > NOTICE_EXPORT_LIMIT };
}

interface NamedSettlement {
  rumorId: string;
  regionCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  districtKk: string | null;
  districtRu: string | null;
  districtEn: string | null;
  lat: number;
  lng: number;
}

/** Per rumour, the settlements (with coordinates) that at least MIN_PUBLIC_COUNT of its reports named. */
async function namedSettlements(db: Db, rumorIds: string[]): Promise<Map<string, NamedSettlement[]>> {
  const result = new Map<string, NamedSettlement[]>();
  if (rumorIds.length === 0) return result;
  const rows = await db.$queryRaw<NamedSettlement[]>`
    SELECT rp."rumorId"::text AS "rumorId", s."regionCode", s."nameKk", s."nameRu", s."nameEn", s."districtKk", s."districtRu", s."districtEn", s.lat, s.lng
    FROM "Report" rp JOIN "Settlement" s ON s.id = rp."settlementId"
    WHERE rp."rumorId" = ANY(${rumorIds}::uuid[]) AND s.lat IS NOT NULL AND s.lng IS NOT NULL
    GROUP BY rp."rumorId", s.id
    HAVING count(*) >= ${MIN_PUBLIC_COUNT}
    ORDER BY count(*) DESC, s."nameEn"`;
  for (const row of rows) {
    const list = result.get(row.rumorId) ?? [];
    list.push(row);
    result.set(row.rumorId, list);
  }
  return result;
}
