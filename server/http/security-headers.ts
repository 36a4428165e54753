// Content-Security-Policy and Strict-Transport-Security, one home for both kinds of page:
//  - App Router pages (staff, forms, tracking) are rendered per request: proxy.ts gives each
//    response a fresh nonce, Next.js puts it on every script it writes, and 'strict-dynamic' lets
//    only those scripts (and what they load) run. No 'unsafe-inline' for scripts.
//  - The home and region pages are App Router pages served as finished HTML from Next's data cache
//    (server/http/cached-public-pages.ts): the same copy for every reader, so, like the documents
//    below, their policy lists the SHA-256 of each inline script they contain instead of a nonce.
//  - The public notice page, its poster and the outage page are plain HTML from route handlers,
//    cached by shared caches: a nonce baked into a cached page would be the same for everyone, so
//    they carry a policy listing the SHA-256 of each inline script and style they contain instead
//    (the same page gives the same header, so caching stays intact). See Next's CSP guide,
//    "Without Nonces" and "Subresource Integrity".
// Inline style attributes are allowed (style-src-attr): they cannot run code, and React and the
// standalone pages use them; everything else comes from our own origin only.
import { createHash, randomBytes } from 'node:crypto';

/**
 * Files people uploaded (report photos, evidence), served back: even if a browser were talked into
 * rendering one as a page it runs nothing and loads nothing, and its type is never sniffed.
 */
export const UPLOADED_FILE_HEADERS = { 'Content-Security-Policy': "default-src 'none'; sandbox", 'X-Content-Type-Options': 'nosniff' } as const;

/** Two years, with subdomains: sent only on responses that reached the client over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

// Every sub-resource is our own origin's (relative URLs), so no 'upgrade-insecure-requests': the
// same cached notice page may be served over either scheme; HSTS keeps browsers on HTTPS.
function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

const COMMON = {
  'default-src': "'self'",
  'img-src': "'self' blob: data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** The policy of an App Router page rendered for one request, with that request's nonce. */
export function pageContentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  return policy(
    {
      ...COMMON,
      'script-src': `'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
      // Next.js and React write <style> elements and style attributes of their own.
      'style-src': "'self' 'unsafe-inline'",
    },
  );
}

/** The nonce of a page policy (proxy.ts puts the policy on the request too, where Next.js reads it). */
export function nonceOfPolicy(policy: string | null): string | null {
  return policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

function sha256(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

function hashesOf(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((match) => sha256(match[1] ?? '')))];
}

/**
 * The policy of a standalone HTML document we wrote ourselves: its inline scripts and <style>
 * elements are allowed by their hashes, nothing else inline runs.
 */
export function documentContentSecurityPolicy(html: string): string {
  const scripts = hashesOf(html, INLINE_SCRIPT);
  const styles = hashesOf(html, INLINE_STYLE);
  return policy(
    {
      ...COMMON,
      'script-src': ["'self'", ...scripts].join(' '),
      'style-src-elem': ["'self'", ...styles].join(' '),
      'style-src-attr': "'unsafe-inline'",
    },
  );
}

/**
 * The policy of an App Router page served from the cache of finished pages: its inline scripts by
 * hash and Next's chunks from our origin (which those load); styles as on every App Router page.
 */
export function cachedPageContentSecurityPolicy(html: string): string {
  return policy(
    {
      ...COMMON,
      'script-src': ["'self'", ...hashesOf(html, INLINE_SCRIPT)].join(' '),
      'style-src': "'self' 'unsafe-inline'",
    },
  );
}

/**
 * The session cookies of a response that reached the client over HTTPS, marked `Secure`. next-auth
 * does so itself when NEXTAUTH_URL is https://; behind a TLS-terminating proxy with a plain-http
 * NEXTAUTH_URL it would not, and a cookie without `Secure` may leak over a plain-http request.
 * The cookies keep their names, so reading them does not depend on how the request came in.
 */
export function withSecureCookies(response: Response, overHttps: boolean): Response {
  const cookies = response.headers.getSetCookie();
  if (!overHttps || cookies.every((cookie) => /;\s*secure\s*(;|$)/i.test(cookie))) return response;
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) headers.append('set-cookie', /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
