// Response shapes of the open-data exports: they type the handlers and generate the OpenAPI document.
import { z } from 'zod';
import { Language, NoticeUrgency, Verdict } from '../db/generated/enums';
import { NOTICE_CSV_COLUMNS, NOTICE_HXL_COLUMNS } from '../exports/notice-formats';

const isoDateTime = z.iso.datetime({ offset: true });

const place = z.object({
  kind: z.enum(['settlement', 'region']).meta({ description: 'A settlement named by at least 5 reports of the rumour, otherwise the region (its centroid).' }),
  regionCode: z.string().meta({ examples: ['KZ-47'] }),
  regionName: z.string(),
  districtName: z.string().nullable().meta({
    description: "The settlement's district (second-level division, HXL #adm2) in the export's language; a city of republican or regional significance is its own (\"Aktau City\"). Null for a region, or when the district is not recorded.",
    examples: ['Mangystau District'],
  }),
  settlementName: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
});

export const exportedNoticeResponse = z.object({
  slug: z.string(),
  url: z.url(),
  verdict: z.enum(Verdict).meta({ description: '`CHECKING` is an interim "we are checking this claim" notice.' }),
  status: z.enum(['PUBLISHED', 'WITHDRAWN', 'SUPERSEDED']).meta({ description: '`SUPERSEDED`: an interim notice replaced by the final verdict.' }),
  version: z.number().int(),
  urgency: z.enum(NoticeUrgency),
  firstPublishedAt: isoDateTime,
  lastPublishedAt: isoDateTime,
  withdrawnAt: isoDateTime.nullable(),
  withdrawnReason: z.string().nullable(),
  claimFirstSeenAt: isoDateTime.meta({ description: 'When the rumour was first reported to Raspa.' }),
  regions: z.array(z.string()),
  regionNames: z.array(z.string()),
  language: z.enum(Language).meta({ description: 'Language of title and summary: the requested one, or the nearest available.' }),
  languages: z.array(z.enum(Language)),
  title: z.string().meta({ description: 'The claim, without the verdict.' }),
  summary: z.string(),
  places: z.array(place),
});

export const noticeExportResponse = z.object({
  generatedAt: isoDateTime,
  language: z.enum(Language),
  filters: z.object({ regionCode: z.string().optional(), verdict: z.enum(Verdict).optional(), from: z.string().optional(), to: z.string().optional() }),
  truncated: z.boolean().meta({ description: 'More than 10 000 notices matched: narrow the date range.' }),
  count: z.number().int(),
  notices: z.array(exportedNoticeResponse),
});

export const noticeGeoJsonResponse = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).meta({ description: '[longitude, latitude]' }) }),
      properties: exportedNoticeResponse.omit({ places: true }).extend({
        placeKind: z.enum(['settlement', 'region']),
        regionCode: z.string(),
        regionName: z.string(),
        districtName: place.shape.districtName,
        settlementName: z.string().nullable(),
      }),
    }),
  ),
});

export const claimReviewFeedResponse = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('DataFeed'),
  name: z.string(),
  inLanguage: z.enum(Language),
  url: z.url(),
  publisher: z.object({ '@type': z.literal('Organization'), name: z.string(), url: z.url() }),
  dateModified: isoDateTime,
  dataFeedElement: z.array(
    z.object({
      '@type': z.literal('DataFeedItem'),
      dateCreated: isoDateTime,
      dateModified: isoDateTime,
      item: z
        .looseObject({ '@type': z.literal('ClaimReview'), url: z.url(), claimReviewed: z.string(), reviewRating: z.object({ ratingValue: z.number(), bestRating: z.number(), worstRating: z.number(), alternateName: z.string() }) })
        .meta({ description: 'schema.org ClaimReview; FALSE = 1, MISLEADING = 2, UNVERIFIED = 3, TRUE = 5 on a 1–5 scale.' }),
    }),
  ),
});

export const NOTICE_CSV_HEADER = NOTICE_CSV_COLUMNS.join(',');
export const NOTICE_HXL_HEADER = NOTICE_HXL_COLUMNS.map((c) => c.header).join(',');

export type NoticeExportBody = z.infer<typeof noticeExportResponse>;
export type NoticeGeoJsonBody = z.infer<typeof noticeGeoJsonResponse>;
export type ClaimReviewFeedBody = z.infer<typeof claimReviewFeedResponse>;
