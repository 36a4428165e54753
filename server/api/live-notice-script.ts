// GET /live-notice.js: the notice page's framework-free live-update script. The URL pages use
// carries the content hash, so the script may be cached for a year; it needs nothing at run time.
import { LIVE_NOTICE_SCRIPT, LIVE_NOTICE_SCRIPT_HASH } from '../notices/render/live-notice-script';

export function handleLiveNoticeScript(): Response {
  return new Response(LIVE_NOTICE_SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', etag: `"${LIVE_NOTICE_SCRIPT_HASH}"` },
  });
}
