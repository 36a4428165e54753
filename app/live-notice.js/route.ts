import { LIVE_NOTICE_SCRIPT, LIVE_NOTICE_SCRIPT_HASH } from '@/components/live/live-notice-script';

export const dynamic = 'force-static';

// The URL pages use carries the content hash, so the script may be cached for a year.
export function GET() {
  return new Response(LIVE_NOTICE_SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', etag: `"${LIVE_NOTICE_SCRIPT_HASH}"` },
  });
}
