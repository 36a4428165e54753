// Runs before every page: answers 503 with a page that needs no database while the database is
// unreachable (a page failing mid-render could only answer 500), picks the language (/ → /kk, /ru
// or /en by Accept-Language), sends visitors without a staff session from /<locale>/admin to the
// sign-in page, and gives every page its Content-Security-Policy: a fresh nonce per request, which
// Next.js reads from the request's policy and puts on each script it writes (its documented nonce
// pattern). Notice pages are plain HTML with a hash-based policy of their own (they are cached), and
// so are a browser's views of the home, region and check pages (served from the cache of finished
// pages). Repeated views of these pages and of notice pages do not reach here at all while the
// notices did not change: the front door answers them (server/http/front-door-cache.ts).
import createIntlMiddleware from 'next-intl/middleware';
import { getToken } from 'next-auth/jwt';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './components/i18n/routing';
import { isLanguage } from './server/i18n/languages';
import { serverEnv } from './server/config/env';
import { pageWhileDatabaseUnavailable } from './server/api/outage-page';
import { answerMalformedAddress, withoutRewriteToItself } from './server/http/page-request-guards';
import { newNonce, pageContentSecurityPolicy } from './server/http/security-headers';
import { cacheablePage, publicPagesRoute } from './server/http/cached-public-pages';

const intlMiddleware = createIntlMiddleware(routing);
/** The longest staff address the sign-in page is asked to return to. */
const MAX_CALLBACK_LENGTH = 2048;

async function route(request: NextRequest): Promise<Response> {
  const malformed = answerMalformedAddress(request);
  if (malformed) return malformed;
  // API addresses and assets come here only to have their encoding checked (third matcher below).
  if (/^\/(api|_next|_vercel|icons|serwist|\.well-known)\//.test(request.nextUrl.pathname)) return NextResponse.next();
  // Only GET and HEAD get here: any other method a page does not take was answered 405 before Next
  // saw it (server/http/refused-methods.ts).
  const [, locale, section, slug] = request.nextUrl.pathname.split('/');
  const outage = await pageWhileDatabaseUnavailable(request);
  if (outage) return outage;
  // Notice pages (and their poster and share card) carry their language in the path and must stay
  // cacheable by a CDN: next-intl's middleware may add a locale Set-Cookie, so they skip it. The list
  // of notices (/<locale>/notices) is an App Router page like the others: it gets its policy below.
  if (locale && isLanguage(locale) && section === 'notices' && slug) return NextResponse.next();
  // A browser's view of the home, a region or the check page: the finished page from the cache, with a
  // hash-based policy of its own (server/http/cached-public-pages.ts). next-intl still remembers
  // the language of the address in its cookie, as on every other page.
  const cacheable = cacheablePage(request.method, request.nextUrl, request.headers, request.cookies.get('region')?.value);
  if (cacheable) {
    const cached = NextResponse.rewrite(new URL(publicPagesRoute(cacheable), request.url));
    for (const cookie of intlMiddleware(request).headers.getSetCookie()) cached.headers.append('Set-Cookie', cookie);
    return cached;
  }
  if (locale && isLanguage(locale) && section === 'admin') {
    const token = await getToken({ req: request, secret: serverEnv().NEXTAUTH_SECRET });
    if (!token) {
      const signIn = new URL(`/${locale}/signin`, request.url);
      // Back where they were after signing in — unless that address is longer than any staff page's:
      // percent-encoded again (up to 3× as long) into Location, it made an answer too big to read.
      const back = request.nextUrl.pathname + request.nextUrl.search;
      signIn.searchParams.set('callbackUrl', back.length <= MAX_CALLBACK_LENGTH ? back : `/${locale}/admin`);
      return NextResponse.redirect(signIn);
    }
  }
  const policy = pageContentSecurityPolicy(newNonce(), { development: serverEnv().NODE_ENV === 'development' });
  // next-intl forwards the request's headers to the page: the policy (and so the nonce) goes with them.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const withPolicy = new NextRequest(request, { headers });
  const answer = intlMiddleware(withPolicy);
  const response = locale && isLanguage(locale) ? withoutRewriteToItself(withPolicy, answer, locale) : answer;
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Strict-Transport-Security is set on every answer, pages and /api alike, as the request arrives
// (server/http/client-address.ts sendStrictTransportSecurity).
export default async function proxy(request: NextRequest) {
  return route(request);
}

export const config = {
  matcher: [
    // Everything except API routes, Next's assets, files with an extension and the plain forms'
    // endpoints (server/api/page-forms.ts checks their origin itself: through here, Next would copy
    // the upload for the proxy, and that copy fails as an uncaught error when the browser hangs up).
    '/((?!api|_next|_vercel|(?:kk|ru|en)/(?:report/send|report/start|check/search|privacy/forget)/?$|.*\\..*).*)',
    // An address with an extension outside any language (/wp-login.php, /.env, /old/page.html) is
    // nothing we serve: the language middleware sends it under the visitor's language, where the
    // localised not-found page answers — not Next's bare English 404. Real files are left alone.
    '/((?!api/|_next/|_vercel/|icons/|serwist/|\\.well-known/|kk/|ru/|en/|robots\\.txt$|sitemap\\.xml$|favicon\\.ico$|manifest\\.webmanifest$|live-notice\\.js$).*\\..*)',
    // Any address with a percent sign, the API's included: one that does not decode is answered
    // 404 here (server/http/page-request-guards.ts) instead of Next's bare 500.
    '/(.*%.*)',
  ],
};
