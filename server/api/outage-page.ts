// What every site page answers while the database is unreachable: 503, Retry-After and a page in
// the visitor's language that needs nothing from the database. proxy.ts asks before rendering; a
// page already rendering when the database went away (PostgreSQL ends its connections: 57P01)
// fails mid-render, and React can then only answer 500 — that answer is replaced by this one on its
// way out (answerPageFailuresDuringOutages).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { databaseAvailability, type DatabaseAvailability } from '../db/availability';
import { logger } from '../log';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/unavailable';
import { requestedLanguage } from '../http/problem';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { renderServiceUnavailable, type Repost, type UnavailableReason } from '../notices/render/outage-document';
import { documentContentSecurityPolicy } from '../http/security-headers';

/** The 503 page while the database is unreachable, or null when the page can be served. */
export async function pageWhileDatabaseUnavailable(request: Request, availability: DatabaseAvailability = databaseAvailability()): Promise<Response | null> {
  if (await availability.isAvailable()) return null;
  const { pathname } = new URL(request.url);
  const language = requestedLanguage(request.headers, pathname.split('/')[1]) ?? DEFAULT_LANGUAGE;
  return serviceUnavailablePage(language, pathname);
}

/**
 * The outage page as a response: also what a page's own handler answers when the database fails under
 * it (notice pages), or when this server could not render a page in time (`reason: 'busy'`,
 * server/api/public-pages.ts). A question posted to the check page comes back in a form to send again.
 */
export function serviceUnavailablePage(language: Language, pathname: string, options: UnavailablePageOptions = {}): Response {
  const { body, headers } = outagePage(language, pathname, options);
  return new Response(body, { status: 503, headers });
}

/**
 * What a plain form's post is answered when it failed for a reason nobody expected (a 500, logged by
 * the edge with its request id): the error page in the visitor's language, with what they typed in a
 * form to send again. Unlike an outage it has no Retry-After and does not reload itself.
 */
export function serverErrorPage(language: Language, pathname: string, repost?: Repost): Response {
  const { body, headers } = outagePage(language, pathname, { reason: 'failed', repost });
  return new Response(body, { status: 500, headers });
}

/**
 * What a plain form's post is answered when its sender's network has used up its budget (429): the
 * form's page cannot keep what was typed (an address would carry the words, a draft would be a row
 * written for every refused post), so this page holds it in a form to send again once the wait —
 * said in minutes, and in Retry-After — is over. It does not reload itself: a reload cannot re-post.
 * Without a repost it is what a browser that opened an address of the API (a download, the report's
 * JSON) is answered instead of the JSON problem: the wait in words and a link to try the address again.
 */
export function rateLimitedPage(language: Language, pathname: string, retryAfterSeconds: number, repost?: Repost): Response {
  const { body, headers } = outagePage(language, pathname, { reason: 'limited', repost, retryAfterSeconds });
  return new Response(body, { status: 429, headers });
}

interface UnavailablePageOptions {
  reason?: UnavailableReason;
  repost?: Repost;
  retryAfterSeconds?: number;
}

function outagePage(language: Language, pathname: string, options: UnavailablePageOptions = {}): { body: string; headers: Record<string, string> } {
  const retryAfterSeconds = options.retryAfterSeconds ?? DATABASE_RETRY_AFTER_SECONDS;
  const body = renderServiceUnavailable(language, pathname, retryAfterSeconds, { reason: options.reason, repost: options.repost });
  return {
    body,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ...(options.reason === 'failed' ? {} : { 'Retry-After': String(retryAfterSeconds) }),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': documentContentSecurityPolicy(body),
    },
  };
}

/** Site pages (not the API, whose handlers answer 503 themselves, nor Next's assets). */
const NOT_A_PAGE = /^\/(api|_next|\.well-known)(\/|$)/;

/**
 * Replaces a page's 500 with the outage page (503, Retry-After) when the database is known
 * unreachable by the time the 500 goes out: the render failed because PostgreSQL went away after
 * proxy.ts had let the request through (instrumentation's onRequestError, or the monitor's own
 * connection ending, marks it down first). Any other 500 goes out as it was.
 */
export function replaceOutageFailure(request: IncomingMessage, response: ServerResponse, availability: DatabaseAvailability = databaseAvailability()): void {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (NOT_A_PAGE.test(path) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
  const { writeHead, write, end } = response;
  let replacement: string | null = null;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode !== 500 || !availability.isKnownDown()) return Reflect.apply(writeHead, this, [statusCode, ...rest]) as ServerResponse;
    const language = requestedLanguage(new Headers({ 'accept-language': String(request.headers['accept-language'] ?? '').slice(0, 1000) }), path.split('/')[1]) ?? DEFAULT_LANGUAGE;
    const page = outagePage(language, path);
    logger.warn({ path: path.slice(0, 200) }, 'a page failed mid-render while the database is unreachable: answered 503');
    for (const name of this.getHeaderNames()) if (name !== 'x-request-id') this.removeHeader(name);
    replacement = page.body;
    return Reflect.apply(writeHead, this, [503, page.headers]) as ServerResponse;
  } as ServerResponse['writeHead'];
  // What React writes for its error page is dropped; the outage page is the whole body.
  const callbackOf = (args: unknown[]) => args.find((arg): arg is (error?: Error | null) => void => typeof arg === 'function');
  // Headers not yet written are left to Node (Content-Length for a body given whole to end()), unless
  // this is the answer to replace.
  const toReplace = (res: ServerResponse) => !res.headersSent && res.statusCode === 500 && availability.isKnownDown();
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (toReplace(this)) this.writeHead(500);
    if (replacement === null) return Reflect.apply(write, this, args) as boolean;
    const callback = callbackOf(args);
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (toReplace(this)) this.writeHead(500);
    if (replacement === null) return Reflect.apply(end, this, args) as ServerResponse;
    const callback = callbackOf(args);
    return Reflect.apply(end, this, callback ? [replacement, callback] : [replacement]) as ServerResponse;
  } as ServerResponse['end'];
}

let replacing = false;

/**
 * Watches every request this process's HTTP servers receive (Node's `http.server.request.start`
 * diagnostics channel, before Next sees it). Called once at start-up (instrumentation.ts).
 */
export function answerPageFailuresDuringOutages(): void {
  if (replacing) return;
  replacing = true;
  const diagnosticsChannel = process.getBuiltinModule('node:diagnostics_channel') as typeof import('node:diagnostics_channel');
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    replaceOutageFailure(request, response);
  });
}
