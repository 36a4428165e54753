// The open-data notice exports in their formats: plain CSV, JSON, GeoJSON, HXL-tagged CSV and a
// schema.org DataFeed of ClaimReviews. Each takes the same loaded export (load-notice-export.ts).
import { translatorFor } from '../i18n/translator';
import { buildClaimReview } from '../notices/claim-review';
import { toCsv, type CsvCell } from './csv';
import type { ExportedNotice, ExportedPlace, NoticeExport } from './load-notice-export';
import type { NoticeExportInput } from './schema';
import type { Language } from '../i18n/languages';

export interface ExportContext {
  /** Origin of the public site, for notice links. */
  origin: string;
  language: Language;
  filters: Omit<NoticeExportInput, 'language'>;
  generatedAt: Date;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const noticeUrl = (context: ExportContext, notice: ExportedNotice) => new URL(`/${context.language}/notices/${encodeURIComponent(notice.slug)}`, context.origin).toString();

export const NOTICE_CSV_COLUMNS = [
  'slug',
  'url',
  'verdict',
  'status',
  'version',
  'urgency',
  'first_published_at',
  'last_published_at',
  'withdrawn_at',
  'withdrawn_reason',
  'claim_first_seen_at',
  'region_codes',
  'region_names',
  'settlements',
  'language',
  'title',
  'summary',
  // Added after the others: new columns go last, so partners who read the CSV by position keep working.
  'districts',
] as const;

const settlementPlaces = (notice: ExportedNotice) => notice.places.filter((p): p is ExportedPlace & { settlementName: string } => p.settlementName !== null);

export function renderNoticeCsv(data: NoticeExport, context: ExportContext): string {
  const rows: CsvCell[][] = data.notices.map((n) => [
    n.slug,
    noticeUrl(context, n),
    n.verdict,
    n.status,
    n.version,
    n.urgency,
    iso(n.firstPublishedAt),
    iso(n.lastPublishedAt),
    iso(n.withdrawnAt),
    n.withdrawnReason,
    iso(n.claimFirstSeenAt),
    n.regionCodes.join(';'),
    n.regionNames.join(';'),
    settlementPlaces(n).map((p) => p.settlementName).join(';'),
    n.language,
    n.title,
    n.summary,
    // One entry per settlement, in the settlements' order (empty where a settlement's district is unknown).
    settlementPlaces(n).map((p) => p.districtName ?? '').join(';'),
  ]);
  return toCsv([[...NOTICE_CSV_COLUMNS], ...rows]);
}

/** One JSON notice: the same fields as the CSV, with lists and places as structures. */
export function noticeJson(notice: ExportedNotice, context: ExportContext) {
  return {
    slug: notice.slug,
    url: noticeUrl(context, notice),
    verdict: notice.verdict,
    status: notice.status,
    version: notice.version,
    urgency: notice.urgency,
    firstPublishedAt: notice.firstPublishedAt.toISOString(),
    lastPublishedAt: notice.lastPublishedAt.toISOString(),
    withdrawnAt: iso(notice.withdrawnAt),
    withdrawnReason: notice.withdrawnReason,
    claimFirstSeenAt: notice.claimFirstSeenAt.toISOString(),
    regions: notice.regionCodes,
    regionNames: notice.regionNames,
    language: notice.language,
    languages: notice.languages,
    title: notice.title,
    summary: notice.summary,
    places: notice.places.map((p) => ({ kind: p.kind, regionCode: p.regionCode, regionName: p.regionName, districtName: p.districtName, settlementName: p.settlementName, lat: p.lat, lng: p.lng })),
  };
}

export function renderNoticeJson(data: NoticeExport, context: ExportContext) {
  return {
    generatedAt: context.generatedAt.toISOString(),
    language: context.language,
    filters: context.filters,
    truncated: data.truncated,
    count: data.notices.length,
    notices: data.notices.map((n) => noticeJson(n, context)),
  };
}

/**
 * GeoJSON (RFC 7946): one Point feature per notice and place — the centroid of each settlement
 * named by enough reports, else of each region. A notice about two regions is two features with the
 * same `slug`. Coordinates are [longitude, latitude].
 */
export function renderNoticeGeoJson(data: NoticeExport, context: ExportContext) {
  return {
    type: 'FeatureCollection' as const,
    features: data.notices.flatMap((notice) => {
      const { places: _places, ...properties } = noticeJson(notice, context);
      return notice.places.map((place) => ({
        type: 'Feature' as const,
        id: `${notice.slug}:${place.kind}:${place.regionCode}${place.settlementName ? `:${place.settlementName}` : ''}`,
        geometry: { type: 'Point' as const, coordinates: [place.lng, place.lat] as [number, number] },
        properties: { ...properties, placeKind: place.kind, regionCode: place.regionCode, regionName: place.regionName, districtName: place.districtName, settlementName: place.settlementName },
      }));
    }),
  };
}

/**
 * HXL (Humanitarian Exchange Language) tags, the second row of the CSV. Core hashtags and
 * attributes where HXL has them (#date, #adm1 +code/+name, #adm2 +name for the settlement's
 * district, #loc +name for the settlement, #geo +lat/+lon, #status, #meta +id/+url, #description);
 * +verdict, +published, +updated and +claim are Raspa's own attributes, which HXL allows. There is
 * no #adm2+code: Raspa keeps no official district codes (KATO) to give.
 */
export const NOTICE_HXL_COLUMNS: { header: string; tag: (language: Language) => string }[] = [
  { header: 'Notice', tag: () => '#meta+id' },
  { header: 'Published', tag: () => '#date+published' },
  { header: 'Updated', tag: () => '#date+updated' },
  { header: 'First reported', tag: () => '#date+reported' },
  { header: 'Region code', tag: () => '#adm1+code' },
  { header: 'Region', tag: (language) => `#adm1+name+${language}` },
  { header: 'District', tag: (language) => `#adm2+name+${language}` },
  { header: 'Settlement', tag: (language) => `#loc+name+${language}` },
  { header: 'Latitude', tag: () => '#geo+lat' },
  { header: 'Longitude', tag: () => '#geo+lon' },
  { header: 'Status', tag: () => '#status+code' },
  { header: 'Verdict', tag: () => '#meta+verdict+code' },
  { header: 'Verdict (words)', tag: (language) => `#meta+verdict+name+${language}` },
  { header: 'Version', tag: () => '#meta+version' },
  { header: 'Claim', tag: (language) => `#description+claim+${language}` },
  { header: 'Summary', tag: (language) => `#description+summary+${language}` },
  { header: 'URL', tag: () => '#meta+url' },
];

/**
 * HXL-tagged CSV: a header row, the hashtag row, then one row per notice and place (single-valued
 * #adm1). A nationwide notice (no region) is one row with the place columns empty.
 */
export function renderNoticeHxl(data: NoticeExport, context: ExportContext): string {
  const t = translatorFor(context.language);
  const rows: CsvCell[][] = data.notices.flatMap((n) =>
    (n.places.length ? n.places : [null]).map((place) => [
      n.slug,
      n.firstPublishedAt.toISOString().slice(0, 10),
      n.lastPublishedAt.toISOString().slice(0, 10),
      n.claimFirstSeenAt.toISOString().slice(0, 10),
      place?.regionCode,
      place?.regionName,
      place?.districtName,
      place?.settlementName,
      place?.lat,
      place?.lng,
      n.status.toLowerCase(),
      n.verdict.toLowerCase(),
      t(`verdict.${n.verdict}`),
      n.version,
      n.title,
      n.summary,
      noticeUrl(context, n),
    ]),
  );
  return toCsv([NOTICE_HXL_COLUMNS.map((c) => c.header), NOTICE_HXL_COLUMNS.map((c) => c.tag(context.language)), ...rows]);
}

/**
 * A schema.org DataFeed of ClaimReviews for fact-check aggregators: one DataFeedItem per final
 * notice that is still published (interim notices rate nothing; withdrawn ones are left out so an
 * aggregator drops them), each ClaimReview built by the same function as the notice page's JSON-LD.
 */
export function renderClaimReviewFeed(data: NoticeExport, context: ExportContext) {
  const t = translatorFor(context.language);
  const siteUrl = new URL('/', context.origin).toString();
  const items = data.notices.flatMap((notice) => {
    if (notice.status !== 'PUBLISHED' || notice.verdict === 'CHECKING') return [];
    const review = buildClaimReview({
      verdict: notice.verdict,
      claim: notice.title,
      verdictLabel: t(`verdict.${notice.verdict}`),
      language: notice.language,
      url: noticeUrl(context, notice),
      siteUrl,
      claimFirstSeenAt: notice.claimFirstSeenAt,
      firstPublishedAt: notice.firstPublishedAt,
      lastPublishedAt: notice.lastPublishedAt,
    });
    if (!review) return [];
    return [{ '@type': 'DataFeedItem', dateCreated: notice.firstPublishedAt.toISOString(), dateModified: notice.lastPublishedAt.toISOString(), item: review }];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: t('openData.claimReviewFeedName'),
    inLanguage: context.language,
    url: new URL(`/api/v1/export/claim-reviews.json?lang=${context.language}`, context.origin).toString(),
    publisher: { '@type': 'Organization', name: 'Raspa', url: siteUrl },
    dateModified: (items.reduce<string | null>((latest, item) => (!latest || item.dateModified > latest ? item.dateModified : latest), null) ?? context.generatedAt.toISOString()),
    dataFeedElement: items,
  };
}
