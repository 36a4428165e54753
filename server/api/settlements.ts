// GET /api/v1/settlements: the report form's place type-ahead. Places change rarely, so answers
// are cacheable for five minutes.
import { translateFieldErrors, validationProblem } from '../http/problem';
import { searchSettlementsInput } from '../settlements/schema';
import { searchSettlements } from '../settlements/search-settlements';
import type { ApiDeps } from './deps';
import { handleApiRequest, numberParam } from './edge';
import type { SettlementSearchBody } from './responses';

export function handleSettlementSearch(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    const params = context.url.searchParams;
    const input = searchSettlementsInput.safeParse({
      q: params.get('q') ?? '',
      regionCode: params.get('region') || undefined,
      language: context.language,
      limit: numberParam(params, 'limit'),
    });
    if (!input.success) throw validationProblem(translateFieldErrors(input.error, context.language, { regionCode: 'region', language: 'lang' }));
    const options = await searchSettlements(deps.db, input.data);
    const body: SettlementSearchBody = {
      results: options.map((option) => ({ id: option.id, name: option.name, regionCode: option.regionCode, matchedAlias: option.matchedAlias })),
    };
    return Response.json(body, { headers: { 'cache-control': 'public, max-age=300', vary: 'accept-language' } });
  });
}
