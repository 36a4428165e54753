// GET /api/v1/notices and /api/v1/notices/{slug}: public notices for partners and bots, withdrawn
// ones included with their status and reason (so a partner can take them down). Readable
// from any origin (CORS *), cacheable by CDNs for 30 seconds.
import { ApiProblem, translateErrorKey, translateFieldErrors, validationProblem } from '../http/problem';
import { getNoticeDetail } from '../notices/get-notice-detail';
import { listPublishedNotices } from '../notices/list-published-notices';
import { listPublishedNoticesInput } from '../notices/public-api-schema';
import type { ApiDeps } from './deps';
import { handleApiRequest, numberParam } from './edge';
import { noticePageUrl } from './links';
import type { NoticeDetailBody, NoticeListBody } from './notices-responses';

export const PUBLIC_NOTICE_CACHE = 'public, s-maxage=30, max-age=30';

/** Lets browsers on any site read public GET responses (errors included, so they see why). */
export function withPublicCors(response: Response): Response {
  response.headers.set('access-control-allow-origin', '*');
  response.headers.set('access-control-expose-headers', 'x-request-id');
  return response;
}

export async function handleNoticeList(request: Request, deps: ApiDeps): Promise<Response> {
  return withPublicCors(
    await handleApiRequest(request, deps, async (context) => {
      const params = context.url.searchParams;
      const query = {
        language: params.get('lang') || context.language,
        regionCode: params.get('region') || undefined,
        cursor: params.get('cursor') || undefined,
        limit: numberParam(params, 'limit'),
      };
      const input = listPublishedNoticesInput.safeParse(query);
      if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { language: 'lang', regionCode: 'region' }));
      const { notices, nextCursor } = await listPublishedNotices(deps.db, { ...input.data, cursor: query.cursor });
      const origin = deps.publicOrigin ?? context.url.origin;
      const body: NoticeListBody = {
        notices: notices.map((n) => ({
          slug: n.slug,
          url: noticePageUrl(origin, input.data.language, n.slug),
          verdict: n.verdict,
          urgency: n.urgency,
          regions: n.regionCodes,
          title: n.title,
          summary: n.summary,
          language: n.language,
          version: n.version,
          firstPublishedAt: n.firstPublishedAt.toISOString(),
          lastPublishedAt: n.lastPublishedAt.toISOString(),
          status: n.status,
          withdrawnAt: n.withdrawnAt?.toISOString() ?? null,
          withdrawnReason: n.withdrawnReason,
        })),
        nextCursor,
      };
      return Response.json(body, { headers: { 'cache-control': PUBLIC_NOTICE_CACHE, vary: 'accept-language' } });
    }),
  );
}

export async function handleNoticeDetail(request: Request, deps: ApiDeps, { slug }: { slug: string }): Promise<Response> {
  return withPublicCors(
    await handleApiRequest(request, deps, async (context) => {
      const lang = context.url.searchParams.get('lang');
      if (lang && !context.explicitLanguage) throw validationProblem({ lang: [translateErrorKey('languageInvalid', context.language)] });
      const notice = await getNoticeDetail(deps.db, { slug, language: context.language });
      // Drafts, unknown and malformed slugs all get the same answer.
      if (!notice) throw new ApiProblem(404, 'not_found');
      const origin = deps.publicOrigin ?? context.url.origin;
      const body: NoticeDetailBody = {
        slug: notice.slug,
        url: noticePageUrl(origin, context.language, notice.slug),
        verdict: notice.verdict,
        urgency: notice.urgency,
        regions: notice.regions.map((r) => r.code),
        regionNames: notice.regions.map((r) => ({ code: r.code, kk: r.nameKk, ru: r.nameRu, en: r.nameEn })),
        title: notice.title,
        summary: notice.summary,
        language: notice.language,
        version: notice.version,
        firstPublishedAt: (notice.firstPublishedAt ?? notice.lastPublishedAt ?? new Date(0)).toISOString(),
        lastPublishedAt: (notice.lastPublishedAt ?? notice.firstPublishedAt ?? new Date(0)).toISOString(),
        status: notice.status,
        withdrawnAt: notice.withdrawnAt?.toISOString() ?? null,
        withdrawnReason: notice.withdrawnReason,
        supersededBy: notice.supersededBy,
        body: notice.body,
        whatToDo: notice.whatToDo,
        changeNote: notice.changeNote,
        availableLanguages: notice.availableLanguages,
        evidence: notice.evidence.map((e) => ({ sourceName: e.sourceName, excerpt: e.excerpt, stance: e.stance, obtainedAt: e.obtainedAt.toISOString() })),
        versions: notice.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString(), changeNote: v.changeNote })),
      };
      return Response.json(body, { headers: { 'cache-control': PUBLIC_NOTICE_CACHE, vary: 'accept-language' } });
    }),
  );
}
