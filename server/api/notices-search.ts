// GET /api/v1/notices/search: the report form's "has this already been checked?" panel. One
// rate-limit check and the domain search; the answer may be cached briefly by browsers and proxies.
import { translateFieldErrors, validationProblem } from '../http/problem';
import { searchNoticesInput } from '../notices/schema';
import { searchPublishedNoticesCached } from '../notices/notice-search-cache';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest, numberParam } from './edge';
import { noticePageUrl } from './links';
import type { NoticeSearchBody } from './responses';

export function handleNoticeSearch(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    await enforceRateLimit(deps, 'search', { client: request.headers });
    const params = context.url.searchParams;
    const input = searchNoticesInput.safeParse({ q: params.get('q') ?? '', language: context.language, limit: numberParam(params, 'limit') });
    if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { language: 'lang' }));
    const matches = await searchPublishedNoticesCached(deps.db, input.data);
    const origin = deps.publicOrigin ?? context.url.origin;
    const body: NoticeSearchBody = {
      results: matches.map((match) => ({
        slug: match.slug,
        verdict: match.verdict,
        title: match.title,
        summary: match.summary,
        language: match.language,
        score: match.score,
        publishedAt: match.publishedAt?.toISOString() ?? null,
        url: noticePageUrl(origin, input.data.language, match.slug),
      })),
    };
    return Response.json(body, { headers: { 'cache-control': 'public, max-age=30', vary: 'accept-language' } });
  });
}
