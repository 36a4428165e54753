// GET /api/v1/export/{notices.csv|notices.json|notices.geojson|notices.hxl.csv|claim-reviews.json}:
// every published notice as open data, filtered by ?region=, ?verdict=, ?from= and ?to= (days of
// first publication, Kazakhstan time) in the language of ?lang=. Readable from any origin,
// cacheable by CDNs for five minutes, rate-limited per network like the search.
import { ApiProblem, translateFieldErrors, validationProblem } from '../http/problem';
import { loadNoticeExport } from '../exports/load-notice-export';
import { CSV_CONTENT_TYPE } from '../exports/csv';
import { renderClaimReviewFeed, renderNoticeCsv, renderNoticeGeoJson, renderNoticeHxl, renderNoticeJson, type ExportContext } from '../exports/notice-formats';
import { NOTICE_EXPORT_FILES, noticeExportInput, type NoticeExportFile } from '../exports/schema';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest } from './edge';
import { withPublicCors } from './notices-public';
import type { ClaimReviewFeedBody, NoticeExportBody, NoticeGeoJsonBody } from './open-data-responses';

export const OPEN_DATA_CACHE = 'public, s-maxage=300, max-age=300';

function isExportFile(file: string): file is NoticeExportFile {
  return (NOTICE_EXPORT_FILES as readonly string[]).includes(file);
}

export async function handleNoticeExport(request: Request, deps: ApiDeps, { file }: { file: string }): Promise<Response> {
  return withPublicCors(
    await handleApiRequest(request, deps, async (context) => {
      if (!isExportFile(file)) throw new ApiProblem(404, 'not_found');
      const params = context.url.searchParams;
      const input = noticeExportInput.safeParse({
        language: params.get('lang') || context.language,
        regionCode: params.get('region') || undefined,
        verdict: params.get('verdict') || undefined,
        from: params.get('from') || undefined,
        to: params.get('to') || undefined,
      });
      if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { language: 'lang', regionCode: 'region' }));
      await enforceRateLimit(deps, 'export', { client: request.headers });
      const { language, ...filters } = input.data;
      const data = await loadNoticeExport(deps.db, input.data);
      const exportContext: ExportContext = { origin: deps.publicOrigin ?? context.url.origin, language, filters, generatedAt: new Date() };
      const headers = { 'cache-control': OPEN_DATA_CACHE, vary: 'accept-language' };
      const download = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"` });
      switch (file) {
        case 'notices.csv':
          return new Response(renderNoticeCsv(data, exportContext), { headers: { ...headers, ...download(`raspa-notices-${language}.csv`), 'content-type': CSV_CONTENT_TYPE } });
        case 'notices.hxl.csv':
          return new Response(renderNoticeHxl(data, exportContext), { headers: { ...headers, ...download(`raspa-notices-${language}.hxl.csv`), 'content-type': CSV_CONTENT_TYPE } });
        case 'notices.json': {
          const body: NoticeExportBody = renderNoticeJson(data, exportContext);
          return Response.json(body, { headers });
        }
        case 'notices.geojson': {
          const body: NoticeGeoJsonBody = renderNoticeGeoJson(data, exportContext);
          return new Response(JSON.stringify(body), { headers: { ...headers, 'content-type': 'application/geo+json' } });
        }
        case 'claim-reviews.json': {
          const body: ClaimReviewFeedBody = renderClaimReviewFeed(data, exportContext) as ClaimReviewFeedBody;
          return new Response(JSON.stringify(body), { headers: { ...headers, 'content-type': 'application/ld+json' } });
        }
      }
    }),
  );
}
