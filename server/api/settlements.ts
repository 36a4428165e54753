// /api/v1/settlements: the place type-ahead. GET ?q= for the public API, whose answers are
// cacheable for five minutes (places change rarely); POST with the typed beginning in a JSON body
// ({"q": …}): the report form's picker, which asks as the reporter types — where they are must
// be in no address (access logs, history), like what they search for (notices-search.ts). Each
// request costs a similarity() over every place name: counted against `place.search` (rate-limit.ts).
import { translateFieldErrors, validationProblem } from '../http/problem';
import { searchSettlementsInput } from '../settlements/schema';
import { searchSettlements } from '../settlements/search-settlements';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest, numberParam, searchedText } from './edge';
import type { SettlementSearchBody } from './responses';

/** A place name is at most 80 characters; a JSON string may spell each in 12 bytes (a \uXXXX pair). */
const PLACE_BODY_LIMIT_BYTES = 4 * 1024;

export function handleSettlementSearch(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    const params = context.url.searchParams;
    const q = await searchedText(request, params, PLACE_BODY_LIMIT_BYTES);
    await enforceRateLimit(deps, 'place.search', { client: request.headers });
    const input = searchSettlementsInput.safeParse({
      q,
      regionCode: params.get('region') || undefined,
      language: context.language,
      limit: numberParam(params, 'limit'),
    });
    if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { regionCode: 'region', language: 'lang' }));
    const options = await searchSettlements(deps.db, input.data);
    const body: SettlementSearchBody = {
      results: options.map((option) => ({ id: option.id, name: option.name, regionCode: option.regionCode, matchedAlias: option.matchedAlias })),
    };
    // A posted beginning's answer is that reader's alone.
    const cacheControl = request.method === 'POST' ? 'no-store' : 'public, max-age=300';
    return Response.json(body, { headers: { 'cache-control': cacheControl, vary: 'accept-language' } });
  });
}
