// HTML for the notice page's live "updated — reload" bar, for pages rendered as plain HTML strings
// (no React on the client). Put the returned string once anywhere inside <body>: an empty polite
// live region carrying the notice's slug, version and status, and the deferred script that fills it
// when a correction or withdrawal of this notice is published while the page is open.
// The texts are `live.pageUpdated` and `live.reload` in the page's language.
import { LIVE_NOTICE_SCRIPT_URL } from './live-notice-script';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function liveNoticeBarHtml(
  notice: { slug: string; version: number; status: 'PUBLISHED' | 'WITHDRAWN' },
  page: { locale: string; text: string; reload: string },
): string {
  const attributes = {
    role: 'status',
    'aria-live': 'polite',
    'data-live-notice-slug': notice.slug,
    'data-live-notice-version': String(notice.version),
    'data-live-notice-status': notice.status,
    'data-live-notice-lang': page.locale,
    'data-live-notice-text': page.text,
    'data-live-notice-reload': page.reload,
  };
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  return `<div ${attributeText}></div><script src="${LIVE_NOTICE_SCRIPT_URL}" defer></script>`;
}
