// Staff exports of rumours and reports for analysis and partners, WITHOUT personal data. Files leave
// Raspa (laptops, e-mail, shared drives), so they carry only what cannot point at a reporter:
//
// - no report text: people write their own and relatives' names, streets and workplaces into it,
//   and a turn of phrase can identify a writer; the rumour's claim stands in for it, and only once a
//   notice about it was published (an unpublished claim can itself name private people);
// - no contact details, tracking codes (they open the reporter's tracking page), client or channel
//   message ids, forwarded-from names or the place the reporter typed when it matched no settlement;
// - no coordinates finer than a known settlement (the ~1 km report position is never exported);
// - days, not times: a minute and a channel could be matched against an SMS log or a chat.
//
// Region scope is strict: a moderator exports only rumours touching their regions and reports from
// them; rumours and reports with no region go only into an admin's export. Every export is audited
// (who, which filters, how many rows) in the transaction that reads it.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { DismissReason, HeardVia, Language, PriorityLevel, ReportChannel, RumorStatus, Verdict } from '../db/generated/enums';
import { forbidden } from '../errors';
import { placeName } from '../i18n/languages';
import { districtName } from '../settlements/district';
import { hasRole, isAdmin, MODERATION_ROLES, type Actor } from '../policy';
import { kazakhstanDay as kzDay } from '../i18n/format';
import { dayRange, staffExportInput, type StaffExportInput } from './schema';

/** Rows per export at most; a narrower date range gets the rest. */
export const STAFF_EXPORT_LIMIT = 50_000;

interface Place {
  regionCode: string | null;
  settlementId: string | null;
  settlementName: string | null;
  lat: number | null;
  lng: number | null;
}

export interface ExportedRumor {
  id: string;
  status: RumorStatus;
  priorityLevel: PriorityLevel;
  priorityScore: number;
  highRisk: boolean;
  sightingCount: number;
  settlementCount: number;
  regionCodes: string[];
  firstSeenDay: string;
  lastSeenDay: string;
  dismissReason: DismissReason | null;
  mergedIntoId: string | null;
  /** The latest approved verdict, if any. */
  verdict: Verdict | null;
  /** Slug of the published notice, if any. */
  noticeSlug: string | null;
  /** The claim, only when a notice about it was published. */
  claim: string | null;
  /** Region centroids (one per region), for GeoJSON. */
  places: Place[];
}

export interface ExportedReport {
  id: string;
  rumorId: string | null;
  channel: ReportChannel;
  language: Language;
  script: string;
  regionCode: string | null;
  /** The settlement's district (HXL #adm2) in the export's language. */
  districtName: string | null;
  settlementName: string | null;
  heardVia: HeardVia | null;
  heardDay: string;
  receivedDay: string;
  confirmedMatch: boolean;
  clusterScore: number | null;
  photos: number;
  place: Place;
}

export interface StaffExport<T> {
  rows: T[];
  truncated: boolean;
}

function assertMayExport(actor: Actor, regionCode: string | undefined): void {
  if (!hasRole(actor, MODERATION_ROLES)) throw forbidden('Exports are for moderators.');
  if (regionCode && !isAdmin(actor) && !actor.regionCodes.includes(regionCode)) throw forbidden('This region is outside your regions.');
}

/** The regions an export covers: the one asked for, else the actor's (null: every region and none). */
function exportRegions(actor: Actor, regionCode: string | undefined): string[] | null {
  if (regionCode) return [regionCode];
  return isAdmin(actor) ? null : actor.regionCodes;
}

export async function exportRumors(db: Db, actor: Actor, rawInput: StaffExportInput, format: string): Promise<StaffExport<ExportedRumor>> {
  const input = staffExportInput.parse(rawInput);
  assertMayExport(actor, input.regionCode);
  const regions = exportRegions(actor, input.regionCode);
  const where: Prisma.RumorWhereInput = {
    firstSeenAt: dayRange(input.from, input.to),
    ...(regions ? { regionCodes: { hasSome: regions } } : {}),
  };
  return db.$transaction(async (tx) => {
    const rows = await tx.rumor.findMany({
      where,
      orderBy: [{ firstSeenAt: 'desc' }, { id: 'desc' }],
      take: STAFF_EXPORT_LIMIT + 1,
      select: {
        id: true,
        claim: true,
        status: true,
        priorityLevel: true,
        priorityScore: true,
        highRisk: true,
        sightingCount: true,
        settlementCount: true,
        regionCodes: true,
        firstSeenAt: true,
        lastSeenAt: true,
        dismissReason: true,
        mergedIntoId: true,
        verdictDrafts: { where: { status: 'APPROVED', verdict: { not: 'CHECKING' } }, orderBy: { createdAt: 'desc' }, take: 1, select: { verdict: true } },
        notices: { where: { firstPublishedAt: { not: null }, verdict: { not: 'CHECKING' } }, orderBy: { firstPublishedAt: 'desc' }, take: 1, select: { slug: true } },
      },
    });
    const page = rows.slice(0, STAFF_EXPORT_LIMIT);
    const centroids = new Map((await tx.region.findMany({ select: { code: true, lat: true, lng: true } })).map((r) => [r.code, r]));
    const exported = page.map(
      (r): ExportedRumor => ({
        id: r.id,
        status: r.status,
        priorityLevel: r.priorityLevel,
        priorityScore: r.priorityScore,
        highRisk: r.highRisk,
        sightingCount: r.sightingCount,
        settlementCount: r.settlementCount,
        regionCodes: r.regionCodes,
        firstSeenDay: kzDay(r.firstSeenAt),
        lastSeenDay: kzDay(r.lastSeenAt),
        dismissReason: r.dismissReason,
        mergedIntoId: r.mergedIntoId,
        verdict: r.verdictDrafts[0]?.verdict ?? null,
        noticeSlug: r.notices[0]?.slug ?? null,
        claim: r.notices[0] ? r.claim : null,
        places: r.regionCodes.map((code) => ({ regionCode: code, settlementId: null, settlementName: null, lat: centroids.get(code)?.lat ?? null, lng: centroids.get(code)?.lng ?? null })),
      }),
    );
    await recordAuditEvent(tx, { actorId: actor.id, action: 'export.rumors', entityId: 'rumors', after: { format, filters: input, rows: exported.length, truncated: rows.length > STAFF_EXPORT_LIMIT } });
    return { rows: exported, truncated: rows.length > STAFF_EXPORT_LIMIT };
  });
}

export async function exportReports(db: Db, actor: Actor, rawInput: StaffExportInput, format: string, language: Language): Promise<StaffExport<ExportedReport>> {
  const input = staffExportInput.parse(rawInput);
  assertMayExport(actor, input.regionCode);
  const regions = exportRegions(actor, input.regionCode);
  const where: Prisma.ReportWhereInput = {
    receivedAt: dayRange(input.from, input.to),
    ...(regions ? { regionCode: { in: regions } } : {}),
  };
  return db.$transaction(async (tx) => {
    const rows = await tx.report.findMany({
      where,
      orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
      take: STAFF_EXPORT_LIMIT + 1,
      // Listed field by field: nothing personal may slip in with a new column.
      select: {
        id: true,
        rumorId: true,
        channel: true,
        language: true,
        script: true,
        regionCode: true,
        heardVia: true,
        heardAt: true,
        receivedAt: true,
        confirmedMatch: true,
        clusterScore: true,
        settlement: { select: { id: true, nameKk: true, nameRu: true, nameEn: true, districtKk: true, districtRu: true, districtEn: true, lat: true, lng: true } },
        region: { select: { lat: true, lng: true } },
        _count: { select: { attachments: true } },
      },
    });
    const page = rows.slice(0, STAFF_EXPORT_LIMIT);
    const exported = page.map((r): ExportedReport => {
      const settlementName = r.settlement ? placeName(r.settlement, language) : null;
      const point = r.settlement?.lat != null && r.settlement.lng != null ? { lat: r.settlement.lat, lng: r.settlement.lng } : r.region ? { lat: r.region.lat, lng: r.region.lng } : { lat: null, lng: null };
      return {
        id: r.id,
        rumorId: r.rumorId,
        channel: r.channel,
        language: r.language,
        script: r.script,
        regionCode: r.regionCode,
        districtName: r.settlement ? districtName(r.settlement, language) : null,
        settlementName,
        heardVia: r.heardVia,
        heardDay: kzDay(r.heardAt),
        receivedDay: kzDay(r.receivedAt),
        confirmedMatch: r.confirmedMatch,
        clusterScore: r.clusterScore,
        photos: r._count.attachments,
        place: { regionCode: r.regionCode, settlementId: r.settlement?.id ?? null, settlementName, ...point },
      };
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'export.reports', entityId: 'reports', after: { format, filters: input, rows: exported.length, truncated: rows.length > STAFF_EXPORT_LIMIT } });
    return { rows: exported, truncated: rows.length > STAFF_EXPORT_LIMIT };
  });
}
