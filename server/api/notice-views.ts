// GET /api/notice-views/<slug>: the notice page's view counter, a 1×1 transparent GIF whose every
// load adds one to today's NoticeViewDay (counted in memory, written every few seconds). No cookie
// is set and nothing about the reader is read or stored (server/notices/count-notice-view.ts);
// never cached, so each page view reaches the server.
import { recordNoticeView } from '../notices/count-notice-view';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest } from './edge';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function handleNoticeViewPixel(request: Request, deps: ApiDeps, { slug }: { slug: string }): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    // One reader cannot inflate a notice's count (429, and the page does not mind); the budget is
    // kept in memory (RATE_LIMIT_POLICIES), so a view costs the database nothing until the write.
    await enforceRateLimit(deps, 'notice.view', { client: request.headers });
    recordNoticeView(deps.db, slug, deps.now());
    return new Response(new Uint8Array(PIXEL), { headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store', 'Content-Length': String(PIXEL.length) } });
  });
}
