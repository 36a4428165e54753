// GET /api/v1/notices/search: "has this already been checked?" for the public API, whose answer
// browsers and proxies may keep briefly; POST with the question in a JSON body ({"q": …}): the
// report form's panel, which searches as the citizen types — words that must not be in an address
// (a proxy's or a server's access log). One rate-limit check and the domain search.
import { translateFieldErrors, validationProblem } from '../http/problem';
import { searchNoticesInput } from '../notices/schema';
import { searchPublishedNoticesCached } from '../notices/notice-search-cache';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest, numberParam, searchedText } from './edge';
import { noticePageUrl } from './links';
import type { NoticeSearchBody } from './responses';

/** A question is at most 2,000 characters; a JSON string may spell each in 6 bytes (\uXXXX), or 12. */
const QUESTION_BODY_LIMIT_BYTES = 32 * 1024;

export function handleNoticeSearch(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    const params = context.url.searchParams;
    const q = await searchedText(request, params, QUESTION_BODY_LIMIT_BYTES);
    await enforceRateLimit(deps, 'search', { client: request.headers });
    const input = searchNoticesInput.safeParse({ q, language: context.language, limit: numberParam(params, 'limit') });
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
    // A posted question's answer is that reader's alone.
    const cacheControl = request.method === 'POST' ? 'no-store' : 'public, max-age=30';
    return Response.json(body, { headers: { 'cache-control': cacheControl, vary: 'accept-language' } });
  });
}
