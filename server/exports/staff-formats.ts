// Staff exports as CSV (one row per rumour or report) and GeoJSON (RFC 7946 points at a settlement
// or region centroid; a rumour touching two regions is one feature per region).
import { toCsv } from './csv';
import type { ExportedReport, ExportedRumor } from './staff-export';

export const RUMOR_CSV_COLUMNS = [
  'id',
  'status',
  'priority_level',
  'priority_score',
  'high_risk',
  'sightings',
  'settlements',
  'region_codes',
  'first_seen_day',
  'last_seen_day',
  'dismiss_reason',
  'merged_into_id',
  'verdict',
  'notice_slug',
  'published_claim',
] as const;

export const REPORT_CSV_COLUMNS = [
  'id',
  'rumor_id',
  'channel',
  'language',
  'script',
  'region_code',
  'district',
  'settlement',
  'heard_via',
  'heard_day',
  'received_day',
  'confirmed_match',
  'cluster_score',
  'photos',
] as const;

export function renderRumorCsv(rows: ExportedRumor[]): string {
  return toCsv([
    [...RUMOR_CSV_COLUMNS],
    ...rows.map((r) => [
      r.id,
      r.status,
      r.priorityLevel,
      r.priorityScore,
      r.highRisk,
      r.sightingCount,
      r.settlementCount,
      r.regionCodes.join(';'),
      r.firstSeenDay,
      r.lastSeenDay,
      r.dismissReason,
      r.mergedIntoId,
      r.verdict,
      r.noticeSlug,
      r.claim,
    ]),
  ]);
}

export function renderReportCsv(rows: ExportedReport[]): string {
  return toCsv([
    [...REPORT_CSV_COLUMNS],
    ...rows.map((r) => [r.id, r.rumorId, r.channel, r.language, r.script, r.regionCode, r.districtName, r.settlementName, r.heardVia, r.heardDay, r.receivedDay, r.confirmedMatch, r.clusterScore, r.photos]),
  ]);
}

const point = (lat: number | null, lng: number | null) => (lat === null || lng === null ? null : { type: 'Point' as const, coordinates: [lng, lat] as [number, number] });

export function renderRumorGeoJson(rows: ExportedRumor[]) {
  return {
    type: 'FeatureCollection' as const,
    features: rows.flatMap((r) => {
      const { places, ...properties } = r;
      // A rumour with no region yet still appears, without a position.
      const at = places.length ? places : [{ regionCode: null, lat: null, lng: null }];
      return at.map((place) => ({ type: 'Feature' as const, id: `${r.id}:${place.regionCode ?? 'none'}`, geometry: point(place.lat, place.lng), properties: { ...properties, regionCode: place.regionCode } }));
    }),
  };
}

export function renderReportGeoJson(rows: ExportedReport[]) {
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => {
      const { place, ...properties } = r;
      return { type: 'Feature' as const, id: r.id, geometry: point(place.lat, place.lng), properties: { ...properties, placeKind: place.settlementId ? 'settlement' : place.regionCode ? 'region' : null } };
    }),
  };
}
