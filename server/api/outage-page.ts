// What every site page answers while the database is unreachable: 503, Retry-After and a page in
// the visitor's language that needs nothing from the database (proxy.ts asks before rendering,
// because a React page that fails mid-render can only answer 500).
import { databaseAvailability, type DatabaseAvailability } from '../db/availability';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/unavailable';
import { requestedLanguage } from '../http/problem';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { renderServiceUnavailable } from '../notices/render/outage-document';
import { documentContentSecurityPolicy } from '../http/security-headers';

/** The 503 page while the database is unreachable, or null when the page can be served. */
export async function pageWhileDatabaseUnavailable(request: Request, availability: DatabaseAvailability = databaseAvailability()): Promise<Response | null> {
  if (await availability.isAvailable()) return null;
  const { pathname } = new URL(request.url);
  const language = requestedLanguage(request.headers, pathname.split('/')[1]) ?? DEFAULT_LANGUAGE;
  const page = renderServiceUnavailable(language, pathname, DATABASE_RETRY_AFTER_SECONDS);
  return new Response(page, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store', 'Content-Security-Policy': documentContentSecurityPolicy(page) },
  });
}
