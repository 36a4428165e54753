// Absolute links to a notice's page and a report's tracking page, as the API, SMS and Telegram hand them out.
import type { Language } from '../i18n/languages';

export function noticePageUrl(origin: string, language: Language, slug: string): string {
  return new URL(`/${language}/notices/${encodeURIComponent(slug)}`, origin).toString();
}

export function trackingPageUrl(origin: string, language: Language, trackingCode: string): string {
  return new URL(`/${language}/track/${encodeURIComponent(trackingCode)}`, origin).toString();
}
