// /api/auth/*: next-auth's sign-in, sign-out, session and CSRF endpoints, behind the edge's checks.
// next-auth parses what it is given without guarding against damage: a body that is not the form
// it expects (JSON it cannot parse, random bytes) or a query whose percent-encoding does not decode
// reached it as a bare 500 (bench/bad-input.ts). Such requests get the API's 400 or 413 here; what
// passes goes to next-auth unchanged.
import NextAuth from 'next-auth';
import { decode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { authOptions } from '../auth/options';
import { ApiProblem } from '../http/problem';
import { readBodyWithLimit } from '../http/read-body';
import { decodesCleanly } from '../http/page-request-guards';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { serverEnv } from '../config/env';
import { requestIsHttps } from '../http/client-address';
import { withSecureCookies } from '../http/security-headers';
import { issueKnownDeviceToken, knownDeviceSetCookie } from '../auth/known-device';

const nextAuth = NextAuth(authOptions) as (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

/** next-auth's forms carry an e-mail, a password, a code and a CSRF token: a few hundred bytes. */
const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

export function handleNextAuthRequest(request: Request, deps: ApiDeps, params: { nextauth: string[] }): Promise<Response> {
  return handleApiRequest(request, deps, async (context) => {
    if (!decodesCleanly(context.url.search)) throw new ApiProblem(400, 'bad_request');
    // The credentials callback takes only the sign-in form's POST: next-auth answers any other
    // method there with 500 ("Callback for provider type credentials not supported").
    if (params.nextauth?.[0] === 'callback' && request.method !== 'POST') throw new ApiProblem(405, 'method_not_allowed', {}, { allow: 'POST' });
    // next-auth answers a callback address it cannot use (in the query or its cookie) with a 500.
    const callbackUrls = [context.url.searchParams.get('callbackUrl'), ...callbackUrlCookies(request.headers.get('cookie'))];
    if (callbackUrls.some((value) => value && !isHttpUrl(value, context.url.origin))) throw new ApiProblem(400, 'bad_request');
    let forwarded = request;
    if (request.method === 'POST') {
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (mediaType !== 'application/x-www-form-urlencoded') throw new ApiProblem(400, 'bad_request');
      const body = await readBodyWithLimit(request, AUTH_BODY_LIMIT_BYTES);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(body);
      } catch {
        throw new ApiProblem(400, 'bad_request');
      }
      forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body });
    }
    const nextRequest = forwarded instanceof NextRequest ? forwarded : new NextRequest(forwarded);
    const response = await nextAuth(nextRequest, { params: Promise.resolve(params) });
    if (request.method === 'POST' && params.nextauth?.join('/') === 'callback/credentials') await rememberThisDevice(request, response);
    // Session cookies set over HTTPS are `Secure`, also behind a proxy that terminated TLS.
    return withSecureCookies(response, requestIsHttps(request.headers));
  });
}

/** What next-auth accepts as a callback address: http(s), absolute or from the root. */
function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function callbackUrlCookies(cookieHeader: string | null): string[] {
  return (cookieHeader ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .filter(([name]) => name === 'next-auth.callback-url' || name === '__Secure-next-auth.callback-url')
    .map(([, ...value]) => {
      const raw = value.join('=');
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    });
}

/**
 * After a successful sign-in, the browser gets a known-device token for the member: with it they can
 * still sign in while others' wrong guesses keep their account locked (server/auth/known-device.ts).
 */
async function rememberThisDevice(request: Request, response: Response): Promise<void> {
  const session = response.headers
    .getSetCookie()
    .map((cookie) => /^(?:__Secure-)?next-auth\.session-token=([^;]+)/.exec(cookie)?.[1])
    .find(Boolean);
  if (!session) return;
  const secret = serverEnv().NEXTAUTH_SECRET;
  const token = await decode({ token: session, secret }).catch(() => null);
  if (!token?.sub) return;
  response.headers.append('set-cookie', knownDeviceSetCookie(issueKnownDeviceToken(token.sub, secret), requestIsHttps(request.headers)));
}
