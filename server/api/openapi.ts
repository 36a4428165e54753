// The OpenAPI 3.1 description of the public API, generated from the same zod schemas that validate
// requests and type responses. Built once per process.
import { z } from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { listPublishedNoticesInput, noticeFeedInput } from '../notices/public-api-schema';
import { searchNoticesInput } from '../notices/schema';
import { MAX_IMAGES_PER_REPORT, MAX_UPLOAD_BYTES } from '../media';
import { RATE_LIMIT_POLICIES } from '../http/rate-limit';
import { reportInputSchema, trackingCodeInput } from '../reports/schema';
import { searchSettlementsInput } from '../settlements/schema';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { JSON_BODY_LIMIT_BYTES, MULTIPART_BODY_LIMIT_BYTES } from './report-request';
import {
  healthResponse,
  noticeSearchResponse,
  problemResponseBody,
  reportSubmittedResponse,
  settlementSearchResponse,
  trackedReportResponse,
} from './responses';
import { noticeDetailResponse, noticeListResponse } from './notices-responses';
import { claimReviewFeedResponse, NOTICE_CSV_HEADER, NOTICE_HXL_HEADER, noticeExportResponse, noticeGeoJsonResponse } from './open-data-responses';
import { noticeExportInput } from '../exports/schema';
import { NOTICE_EXPORT_LIMIT } from '../exports/load-notice-export';
import { LANGUAGES } from '../i18n/languages';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    // Dates travel as ISO 8601 strings; zod coerces them on input.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
      // zod adds a long regex to ISO timestamps; the format says the same to people and tools.
      if (ctx.jsonSchema.format === 'date-time') delete ctx.jsonSchema.pattern;
      // Responses may gain fields; clients that validate them must not break when they do.
      if (io === 'output' && ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
    },
  });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

const requestIdHeader = { 'x-request-id': { description: 'The caller\'s X-Request-Id when it sent one, otherwise a new id.', schema: { type: 'string' } } };

function response(description: string, schema: JsonSchema, headers: Record<string, unknown> = {}) {
  return { description, headers: { ...requestIdHeader, ...headers }, content: json(schema) };
}

const problem = (description: string, headers: Record<string, unknown> = {}) => response(description, ref('Problem'), headers);

const commonErrors = {
  '500': problem('Unexpected error (`internal`); the body carries the request id.'),
  '503': problem('The database is briefly unreachable (`unavailable`); nothing was stored. Retry after Retry-After seconds.', {
    'retry-after': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
  }),
};
/** The posted searches read JSON alone: anything else is refused from the header, before the body is read. */
const jsonOnly = {
  '415': problem('Content-Type is not application/json (`unsupported_media_type`; `accept` names what is).'),
};

const rateLimited = {
  '429': problem('Too many requests from this network (`rate_limited`).', { 'retry-after': { description: 'Seconds until the next request is accepted.', schema: { type: 'integer' } } }),
};
const validationFailed = (what: string) => ({ '400': problem(`${what} (\`validation\`, with \`fieldErrors\` translated).`) });

const langParameter = {
  name: 'lang',
  in: 'query',
  description: 'Language of texts and messages; otherwise Accept-Language decides, then English.',
  schema: jsonSchema(z.enum(LANGUAGES), 'input'),
};
const acceptLanguageParameter = { name: 'Accept-Language', in: 'header', schema: { type: 'string' }, example: 'ru-KZ,ru;q=0.9' };
const requestIdParameter = { name: 'X-Request-Id', in: 'header', description: 'Echoed back; letters, digits and ._:- only.', schema: { type: 'string', maxLength: 128 } };

function queryParameter(name: string, schema: z.ZodType, description: string, required = false) {
  return { name, in: 'query', required, description, schema: jsonSchema(schema, 'input') };
}

/** The five open-data exports share their filters, caching, CORS and rate limit. */
function openDataPaths() {
  const shape = noticeExportInput.shape;
  const parameters = [
    queryParameter('region', shape.regionCode, 'Only notices concerning this region (ISO 3166-2:KZ).'),
    queryParameter('verdict', shape.verdict, 'Only notices with this verdict.'),
    queryParameter('from', shape.from, 'First publication on or after this day (Kazakhstan time, YYYY-MM-DD).'),
    queryParameter('to', shape.to, 'First publication on or before this day.'),
    langParameter,
    acceptLanguageParameter,
    requestIdParameter,
  ];
  const cache = { 'cache-control': { schema: { type: 'string', const: 'public, s-maxage=300, max-age=300' } } };
  const policy = RATE_LIMIT_POLICIES.export;
  const common =
    `Notices that were ever published (drafts never), newest first, at most ${NOTICE_EXPORT_LIMIT} per request. Texts are in \`lang\` (or the nearest available language). ` +
    `Places are settlements named by at least 5 reports of the rumour, otherwise the region's centroid. Readable from any origin; cacheable for five minutes; ` +
    `at most ${policy.points} exports per network per ${policy.duration / 60} minutes.`;
  const errors = { ...validationFailed('Unknown `region`, `verdict` or `lang`, or a malformed or reversed date range'), ...rateLimited, ...commonErrors };
  const csv = (description: string, header: string) => ({ description, headers: { ...requestIdHeader, ...cache }, content: { 'text/csv': { schema: { type: 'string', description: `UTF-8 with a byte-order mark, CRLF line ends. Header: \`${header}\`` } } } });
  return {
    '/api/v1/export/notices.csv': { get: { operationId: 'exportNoticesCsv', summary: 'Notices as CSV', description: `${common} One row per notice; lists are separated by \`;\`; \`districts\` (the last column: new columns are added at the end) has one entry per entry of \`settlements\`, in the same order (empty where unknown).`, parameters, responses: { '200': csv('The notices.', NOTICE_CSV_HEADER), ...errors } } },
    '/api/v1/export/notices.json': { get: { operationId: 'exportNoticesJson', summary: 'Notices as JSON', description: common, parameters, responses: { '200': response('The notices.', ref('NoticeExport'), cache), ...errors } } },
    '/api/v1/export/notices.geojson': {
      get: {
        operationId: 'exportNoticesGeoJson',
        summary: 'Notices as GeoJSON points',
        description: `${common} One Point feature per notice and place (RFC 7946, [longitude, latitude]); a notice about two regions is two features with the same \`slug\`.`,
        parameters,
        responses: { '200': { description: 'A FeatureCollection.', headers: { ...requestIdHeader, ...cache }, content: { 'application/geo+json': { schema: ref('NoticeGeoJson') } } }, ...errors },
      },
    },
    '/api/v1/export/notices.hxl.csv': {
      get: {
        operationId: 'exportNoticesHxl',
        summary: 'Notices as HXL-tagged CSV',
        description:
          `${common} For humanitarian tools: the second row holds HXL hashtags (#date+published, #adm1+code, #adm1+name, #adm2+name, #loc+name, #geo+lat, #geo+lon, #status+code, #meta+verdict+code …); ` +
          'one row per notice and place, so #adm1 has one value per row. #adm2+name is the settlement\'s district (a city of republican or regional significance is its own), empty on a row for a whole region.',
        parameters,
        responses: { '200': csv('The notices, HXL-tagged.', NOTICE_HXL_HEADER), ...errors },
      },
    },
    '/api/v1/export/claim-reviews.json': {
      get: {
        operationId: 'exportClaimReviewFeed',
        summary: 'ClaimReview DataFeed for fact-check aggregators',
        description: `${common} A schema.org DataFeed of the ClaimReviews of final notices that are still published (interim and withdrawn notices are left out).`,
        parameters,
        responses: { '200': { description: 'The DataFeed (JSON-LD).', headers: { ...requestIdHeader, ...cache }, content: { 'application/ld+json': { schema: ref('ClaimReviewFeed') } } }, ...errors },
      },
    },
  };
}

function buildDocument() {
  const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
  // The place type-ahead's parameters besides `q` (in the address for GET, in the body for POST).
  const settlementSearchParameters = [
    queryParameter('region', searchSettlementsInput.shape.regionCode, 'Only places in this region.'),
    langParameter,
    queryParameter('limit', searchSettlementsInput.shape.limit, 'Most results to return.'),
    acceptLanguageParameter,
    requestIdParameter,
  ];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Raspa public API',
      version: packageJson.version,
      description:
        'Report a rumour, follow the report by its tracking code, and check whether a claim has already been verified. ' +
        'Every response carries `x-request-id`; errors are `{ error, message }` with the message in the caller\'s language.',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/reports': {
        post: {
          operationId: 'submitReport',
          summary: 'Report a rumour',
          description:
            `Idempotent on \`clientId\`: the same report sent again gets 200 and the original body. ` +
            `JSON bodies up to ${JSON_BODY_LIMIT_BYTES / 1024} KB; multipart bodies up to ${mb(MULTIPART_BODY_LIMIT_BYTES)} ` +
            `(at most ${MAX_IMAGES_PER_REPORT} images of ${mb(MAX_UPLOAD_BYTES)} each, re-encoded without metadata). ` +
            `At most ${RATE_LIMIT_POLICIES['report.submit'].points} reports per network per ${RATE_LIMIT_POLICIES['report.submit'].duration / 60} minutes.`,
          parameters: [
            langParameter,
            acceptLanguageParameter,
            requestIdParameter,
            { name: 'x-raspa-client', in: 'header', description: '`web` for Raspa\'s own report form; other clients omit it.', schema: { type: 'string', enum: ['web'] } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('ReportInput') },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['report'],
                  properties: {
                    report: { type: 'string', contentMediaType: 'application/json', contentSchema: ref('ReportInput'), description: 'The report as JSON.' },
                    images: { type: 'array', maxItems: MAX_IMAGES_PER_REPORT, items: { type: 'string', contentMediaType: 'application/octet-stream' }, description: 'JPEG, PNG, WebP, GIF or AVIF photos.' },
                  },
                },
                encoding: { report: { contentType: 'application/json' } },
              },
            },
          },
          responses: {
            '201': response('Report received.', ref('ReportSubmitted'), { location: { description: 'Where to follow the report.', schema: { type: 'string' } } }),
            '200': response('A report with this `clientId` was already received: its original answer.', ref('ReportSubmitted')),
            '400': problem('Malformed body (`invalid_json`, `invalid_multipart`) or invalid fields or images (`validation`, with `fieldErrors` translated).'),
            '413': problem('Body too large (`too_large`).'),
            '415': problem('Neither application/json nor multipart/form-data (`unsupported_media_type`).'),
            ...rateLimited,
            ...commonErrors,
          },
        },
      },
      '/api/v1/reports/{trackingCode}': {
        get: {
          operationId: 'trackReport',
          summary: 'Follow a report by its tracking code',
          description: 'Shows only the progress and, once published, the verdict; never the report itself.',
          parameters: [{ name: 'trackingCode', in: 'path', required: true, schema: jsonSchema(trackingCodeInput.shape.trackingCode, 'input') }, langParameter, acceptLanguageParameter, requestIdParameter],
          responses: {
            '200': response('The report\'s status.', ref('TrackedReport')),
            '404': problem('No report has this code (`not_found`); malformed codes get the same answer.'),
            ...commonErrors,
          },
        },
      },
      '/api/v1/notices': {
        get: {
          operationId: 'listNotices',
          summary: 'Public notices, most recently changed first',
          description:
            'Published and withdrawn notices (`status`; a withdrawn one carries `withdrawnAt` and `withdrawnReason` — take it down), ordered by their latest ' +
            'publication, correction or withdrawal. Interim notices replaced by a final one are left out. ' +
            'Page with the opaque `nextCursor`. Readable from any origin (CORS `*`); cacheable by CDNs for 30 seconds.',
          parameters: [
            queryParameter('region', listPublishedNoticesInput.shape.regionCode, 'Only notices concerning this region (ISO 3166-2:KZ).'),
            langParameter,
            { name: 'cursor', in: 'query', description: '`nextCursor` of the previous page.', schema: { type: 'string' } },
            queryParameter('limit', listPublishedNoticesInput.shape.limit, 'Notices per page.'),
            acceptLanguageParameter,
            requestIdParameter,
          ],
          responses: {
            '200': response('One page of notices.', ref('NoticeList'), { 'cache-control': { schema: { type: 'string', const: 'public, s-maxage=30, max-age=30' } } }),
            ...validationFailed('Unknown `region` or `lang`, a malformed `cursor` or `limit` out of range'),
            ...commonErrors,
          },
        },
      },
      '/api/v1/notices/{slug}': {
        get: {
          operationId: 'getNotice',
          summary: 'One notice with its body, evidence and versions',
          description: 'Withdrawn notices stay readable with their reason. Readable from any origin; cacheable by CDNs for 30 seconds.',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,199}$' } }, langParameter, acceptLanguageParameter, requestIdParameter],
          responses: {
            '200': response('The notice.', ref('NoticeDetail')),
            ...validationFailed('Unknown `lang`'),
            '404': problem('No published notice has this slug (`not_found`); drafts get the same answer.'),
            ...commonErrors,
          },
        },
      },
      '/api/v1/feeds/{lang}/{file}': {
        get: {
          operationId: 'noticeFeed',
          summary: 'RSS 2.0, Atom 1.0 or JSON Feed 1.1 of the latest notices',
          description:
            'The 50 latest published notices in one language. Item titles are "<verdict>: <claim>"; item ids are the notice URL plus `#v<version>`, ' +
            'so a correction arrives as an update. Cacheable for a minute.',
          parameters: [
            { name: 'lang', in: 'path', required: true, schema: jsonSchema(noticeFeedInput.shape.language, 'input') },
            { name: 'file', in: 'path', required: true, schema: { type: 'string', enum: ['rss.xml', 'atom.xml', 'feed.json'] } },
            queryParameter('region', noticeFeedInput.shape.regionCode, 'Only notices concerning this region.'),
          ],
          responses: {
            '200': {
              description: 'The feed.',
              content: {
                'application/rss+xml': { schema: { type: 'string' } },
                'application/atom+xml': { schema: { type: 'string' } },
                'application/feed+json': { schema: { type: 'object', required: ['version', 'title', 'items'] } },
              },
            },
            ...validationFailed('Unknown `region`'),
            '404': problem('Unknown language or feed file (`not_found`).'),
            ...commonErrors,
          },
        },
      },
      '/api/v1/stream': {
        get: {
          operationId: 'noticeStream',
          summary: 'Live notice events (Server-Sent Events)',
          description:
            'A `text/event-stream` that stays open: `retry:` first, a comment heartbeat every 20 s, and the events `notice.published`, `notice.updated` ' +
            '(a correction, or an interim notice replaced by the verdict) and `notice.withdrawn`, each with JSON data `{ slug, version, verdict, urgency, regionCodes, status, url, title? }` in the stream\'s language. ' +
            'Events are not replayed after a reconnect: refetch `/api/v1/notices` when the connection comes back.',
          parameters: [
            queryParameter('region', noticeFeedInput.shape.regionCode, 'Only events for notices concerning this region.'),
            langParameter,
            acceptLanguageParameter,
          ],
          responses: {
            '200': { description: 'The event stream.', content: { 'text/event-stream': { schema: { type: 'string' } } } },
            ...validationFailed('Unknown `region` or `lang`'),
            ...commonErrors,
          },
        },
      },
      '/api/v1/notices/search': {
        get: {
          operationId: 'searchNotices',
          summary: 'Has this claim already been checked?',
          description: 'Published verdicts whose claim resembles the text, in any language or Kazakh script. Cacheable for 30 seconds.',
          parameters: [
            queryParameter('q', searchNoticesInput.shape.q, 'What the caller heard, in any language.', true),
            langParameter,
            queryParameter('limit', searchNoticesInput.shape.limit, 'Most results to return.'),
            acceptLanguageParameter,
            requestIdParameter,
          ],
          responses: {
            '200': response('Matching notices, best first.', ref('NoticeSearchResults'), { 'cache-control': { schema: { type: 'string', const: 'public, max-age=30' } } }),
            ...validationFailed('`q` shorter than 3 characters or `limit` out of range'),
            ...rateLimited,
            ...commonErrors,
          },
        },
        post: {
          operationId: 'searchNoticesPosted',
          summary: 'Has this claim already been checked? (the question in the body)',
          description: 'The same search with `q` in a JSON body, so that what was typed is in no address (access logs). Not cacheable.',
          parameters: [langParameter, queryParameter('limit', searchNoticesInput.shape.limit, 'Most results to return.'), acceptLanguageParameter, requestIdParameter],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['q'], properties: { q: { type: 'string', minLength: 3, maxLength: 2000, description: 'What the caller heard, in any language.' } } } } },
          },
          responses: {
            '200': response('Matching notices, best first.', ref('NoticeSearchResults'), { 'cache-control': { schema: { type: 'string', const: 'no-store' } } }),
            ...validationFailed('A body that is not JSON, `q` shorter than 3 characters or `limit` out of range'),
            '413': problem('Body too large (`too_large`).'),
            ...jsonOnly,
            ...rateLimited,
            ...commonErrors,
          },
        },
      },
      '/api/v1/settlements': {
        get: {
          operationId: 'searchSettlements',
          summary: 'Place-name type-ahead',
          description: 'Settlements whose name or any known spelling matches. Cacheable for 5 minutes.',
          parameters: [queryParameter('q', searchSettlementsInput.shape.q, 'Beginning or spelling variant of the place name.', true), ...settlementSearchParameters],
          responses: {
            '200': response('Matching places, best first.', ref('SettlementSearchResults'), { 'cache-control': { schema: { type: 'string', const: 'public, max-age=300' } } }),
            ...validationFailed('Empty `q`, unknown `region` or `limit` out of range'),
            ...rateLimited,
            ...commonErrors,
          },
        },
        post: {
          operationId: 'searchSettlementsPosted',
          summary: 'Place-name type-ahead (the typed name in the body)',
          description: 'The same search with `q` in a JSON body, so that where someone is, as they type it, is in no address (access logs). Not cacheable.',
          parameters: settlementSearchParameters,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', required: ['q'], properties: { q: { type: 'string', minLength: 1, maxLength: 80, description: 'Beginning or spelling variant of the place name.' } } } } },
          },
          responses: {
            '200': response('Matching places, best first.', ref('SettlementSearchResults'), { 'cache-control': { schema: { type: 'string', const: 'no-store' } } }),
            ...validationFailed('A body that is not JSON, an empty `q`, unknown `region` or `limit` out of range'),
            '413': problem('Body too large (`too_large`).'),
            ...jsonOnly,
            ...rateLimited,
            ...commonErrors,
          },
        },
      },
      ...openDataPaths(),
      '/api/v1/transparency/{source}/{file}': {
        get: {
          operationId: 'transparencyReportDownload',
          summary: 'A transparency report as PDF, JSON or CSV',
          description:
            'The quarterly transparency report (`source` = a published quarter such as `2026-Q1`, its latest version unless `version` is given) or live figures for any dates ' +
            '(`source` = `live` with `from` and `to`). `file` is `report.pdf`, `tables.json` (every table) or `<table>.csv` (summary, reportsByChannel, reportsByRegion, rumorsByStatus, ' +
            'verdicts, timings, deadlines, notices, deliveries, verification). Counts from 1 to 4 are `<5`; `withheld` marks a count hidden so that a `<5` cannot be worked out from a total; ' +
            'durations are seconds and shares 0–1, null when fewer than 5 cases stand behind them. Published versions never change (cacheable for a day); live figures are cacheable for five minutes and rate-limited.',
          parameters: [
            { name: 'source', in: 'path', required: true, schema: { type: 'string', pattern: '^(\\d{4}-Q[1-4]|live)$' } },
            { name: 'file', in: 'path', required: true, schema: { type: 'string', pattern: '^(report\\.pdf|tables\\.json|[A-Za-z]+\\.csv)$' } },
            { name: 'region', in: 'query', description: 'One region (ISO 3166-2:KZ); the whole country when absent.', schema: { type: 'string' } },
            { name: 'version', in: 'query', description: 'A published version of the quarter.', schema: { type: 'integer', minimum: 1 } },
            { name: 'from', in: 'query', description: 'With `live`: first day (YYYY-MM-DD, Kazakhstan time).', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', description: 'With `live`: last day, inclusive; at most three years after `from`.', schema: { type: 'string', format: 'date' } },
            langParameter,
            acceptLanguageParameter,
          ],
          responses: {
            '200': {
              description: 'The report.',
              content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } }, 'application/json': { schema: { type: 'object', required: ['report', 'rules', 'tables'] } }, 'text/csv': { schema: { type: 'string' } } },
            },
            ...validationFailed('Unknown `region` or `lang`, or live figures without a valid range of dates'),
            '404': problem('No published report for this quarter, or an unknown file (`not_found`).'),
            ...rateLimited,
            ...commonErrors,
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openApiDocument',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document.', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/api/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness and database check',
          responses: {
            '200': response('Up, with a reachable database.', ref('Health')),
            '503': response('Up, but the database is unreachable.', ref('Health')),
          },
        },
      },
    },
    components: {
      schemas: {
        ReportInput: jsonSchema(reportInputSchema, 'input'),
        ReportSubmitted: jsonSchema(reportSubmittedResponse, 'output'),
        TrackedReport: jsonSchema(trackedReportResponse, 'output'),
        NoticeSearchResults: jsonSchema(noticeSearchResponse, 'output'),
        NoticeList: jsonSchema(noticeListResponse, 'output'),
        NoticeDetail: jsonSchema(noticeDetailResponse, 'output'),
        SettlementSearchResults: jsonSchema(settlementSearchResponse, 'output'),
        Health: jsonSchema(healthResponse, 'output'),
        Problem: jsonSchema(problemResponseBody, 'output'),
        NoticeExport: jsonSchema(noticeExportResponse, 'output'),
        NoticeGeoJson: jsonSchema(noticeGeoJsonResponse, 'output'),
        ClaimReviewFeed: jsonSchema(claimReviewFeedResponse, 'output'),
      },
    },
  };
}

let cached: ReturnType<typeof buildDocument> | undefined;

export function openApiDocument() {
  cached ??= buildDocument();
  return cached;
}

export function handleOpenApiGet(request: Request, deps: Pick<ApiDeps, 'log'>): Promise<Response> {
  return handleApiRequest(request, deps, async () => Response.json(openApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } }));
}
