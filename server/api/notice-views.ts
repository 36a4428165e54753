// GET /api/notice-views/<slug>: the notice page's view counter, a 1×1 transparent GIF whose every
// load adds one to today's NoticeViewDay. No cookie is set and nothing about the reader is read or
// stored (server/notices/count-notice-view.ts); never cached, so each page view reaches the server.
import { countNoticeView } from '../notices/count-notice-view';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest } from './edge';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function handleNoticeViewPixel(request: Request, deps: ApiDeps, { slug }: { slug: string }): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    // A view is a write: one reader cannot inflate a notice's count (429, and the page does not mind).
    await enforceRateLimit(deps, 'notice.view', { client: request.headers });
    // Counting must never break the page: a failed count is logged and the pixel still returned.
    await countNoticeView(deps.db, slug).catch((error: unknown) => deps.log.warn({ err: error }, 'notice view not counted'));
    return new Response(new Uint8Array(PIXEL), { headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store', 'Content-Length': String(PIXEL.length) } });
  });
}
