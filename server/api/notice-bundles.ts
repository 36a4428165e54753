// GET /api/v1/bundles/<region>.json: the region's signed offline bundle (server/signing/notice-bundle.ts),
// which the PWA keeps fresh and people pass on when the internet is cut.
import { isRegionCode } from '../regions/codes';
import { buildNoticeBundle } from '../signing/notice-bundle';
import { ApiProblem } from '../http/problem';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { withPublicCors } from './notices-public';

export function handleNoticeBundle(request: Request, deps: ApiDeps, { region }: { region: string }): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    const code = region.replace(/\.json$/, '');
    if (!isRegionCode(code)) throw new ApiProblem(404, 'not_found');
    const file = await buildNoticeBundle(deps.db, code);
    return withPublicCors(
      Response.json(file, {
        headers: {
          'cache-control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=300',
          'content-disposition': `inline; filename="raspa-notices-${code}.json"`,
        },
      }),
    );
  });
}
