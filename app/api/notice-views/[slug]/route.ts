// The notice page's view counter: a 1×1 transparent GIF whose every load adds one to today's
// NoticeViewDay. No cookie is set and nothing about the reader is read or stored
// (server/notices/count-notice-view.ts); never cached, so each page view reaches the server.
import { db } from '@/server/db/client';
import { countNoticeView } from '@/server/notices/count-notice-view';
import { logger } from '@/server/log';

export const dynamic = 'force-dynamic';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Counting must never break the page: a failed count is logged and the pixel still returned.
  await countNoticeView(db(), slug).catch((error: unknown) => logger.warn({ err: error }, 'notice view not counted'));
  return new Response(new Uint8Array(PIXEL), {
    headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store', 'Content-Length': String(PIXEL.length) },
  });
}
