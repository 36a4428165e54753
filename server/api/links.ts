// Public links the API hands out. The notice page is built by the notices issue; this is the one
// place that knows its path.
import type { ApiLanguage } from '../http/problem';

export function noticePageUrl(origin: string, language: ApiLanguage, slug: string): string {
  return new URL(`/${language}/notices/${encodeURIComponent(slug)}`, origin).toString();
}

export function trackingPageUrl(origin: string, language: ApiLanguage, trackingCode: string): string {
  return new URL(`/${language}/track/${encodeURIComponent(trackingCode)}`, origin).toString();
}
