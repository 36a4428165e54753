// What every HTTP response has in common, and the ONE place that turns what went wrong into a
// status code: a request id (the caller's, when it sent a sane one), `cache-control: no-store`
// unless the handler chose otherwise, client errors in the caller's language, an unreachable
// database as 503 with Retry-After, and anything unexpected as a 500 whose log line carries the
// request id. Each endpoint family may word the body its own way (a ProblemRenderer); the status,
// headers and logging are decided here for all of them.
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/unavailable';
import { DomainError, type DomainErrorCode } from '../errors';
import { isUnstorableText } from '../db/unstorable-text';
import { ApiProblem, languageFromRequest, problemResponse, translateFieldErrors, type ProblemCode } from '../http/problem';
import type { RateLimitPolicy, RateLimitSubject } from '../http/rate-limit';
import { BodyTooLargeError, readBodyWithLimit } from '../http/read-body';
import type { ApiDeps } from './deps';
import { isLanguage, type Language } from '../i18n/languages';
import { rateLimitedPage } from './outage-page';

export interface ApiRequestContext {
  url: URL;
  requestId: string;
  /** Language of messages in error bodies; a handler may refine it once it has read the body. */
  language: Language;
  /** ?lang= when it names a supported language. */
  explicitLanguage?: Language;
  /** A browser opening the address as a page (a link followed, an address typed), not a script or client. */
  openedAsPage: boolean;
}

/**
 * Whether a browser asked for the address as a document: Sec-Fetch-Dest says so where sent; a browser
 * too old to send it still asks for HTML first. A script's fetch and an API client never do either.
 */
function isOpenedAsPage(request: Request): boolean {
  const destination = request.headers.get('sec-fetch-dest');
  if (destination !== null) return destination === 'document';
  return request.method === 'GET' && (request.headers.get('accept') ?? '').startsWith('text/html');
}

/** How an endpoint family words an error body; the default is the API's JSON problem. */
export type ProblemRenderer = (problem: ApiProblem, context: ApiRequestContext) => Response;

/** Seconds a client is asked to wait while the database is unreachable. */

// Anything else (too long, control characters) could smuggle text into logs and headers.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(headers: Headers): string {
  const incoming = headers.get('x-request-id');
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Error details safe to log. Prisma's messages can quote the query's arguments (report text,
 * contacts), so for its errors only the name, code and stack frames are kept.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 12).join('\n');
  const fromPrisma = error.name.startsWith('PrismaClient') || 'clientVersion' in error;
  return { name: error.name, code: typeof code === 'string' ? code : undefined, message: fromPrisma ? undefined : error.message.slice(0, 300), stack: frames };
}

const DOMAIN_PROBLEMS: Record<DomainErrorCode, { status: number; code: ProblemCode }> = {
  BAD_REQUEST: { status: 400, code: 'bad_request' },
  UNAUTHORIZED: { status: 401, code: 'unauthorized' },
  FORBIDDEN: { status: 403, code: 'forbidden' },
  NOT_FOUND: { status: 404, code: 'not_found' },
  CONFLICT: { status: 409, code: 'conflict' },
};

/** What an error means over HTTP; null for the unexpected (a 500). The one table for every endpoint. */
export function problemFor(error: unknown, language: Language): ApiProblem | null {
  if (error instanceof ApiProblem) return error;
  // Domain functions validate their own input too; whatever gets that far is still the caller's error.
  if (error instanceof ZodError) return new ApiProblem(400, 'validation', { fieldErrors: translateFieldErrors(error, language) }, {}, error);
  if (error instanceof DomainError) return new ApiProblem(DOMAIN_PROBLEMS[error.code].status, DOMAIN_PROBLEMS[error.code].code, {}, {}, error);
  if (error instanceof BodyTooLargeError) return new ApiProblem(413, 'too_large', { limitBytes: error.limitBytes }, {}, error);
  // A NUL or broken UTF-8 in what was sent, refused by the database when stored.
  if (isUnstorableText(error)) return new ApiProblem(400, 'bad_request', {}, {}, error);
  if (isDatabaseUnavailable(error)) return new ApiProblem(503, 'unavailable', {}, { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) }, error);
  return null;
}

/**
 * The API's JSON problem — except to a person: a browser that opened an address of the API (a download
 * link, the JSON of a report) and was refused for too many requests gets a page in its language saying
 * how long to wait and offering the address again, not a line of JSON (or a "download" of it).
 */
const jsonProblem: ProblemRenderer = (problem, context) => {
  if (problem.status === 429 && context.openedAsPage) {
    const retryAfter = Number(new Headers(problem.headers).get('retry-after'));
    return rateLimitedPage(context.language, `${context.url.pathname}${context.url.search}`, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60);
  }
  return problemResponse(problem, context.language);
};

export async function handleApiRequest(
  request: Request,
  deps: Pick<ApiDeps, 'log'>,
  handler: (context: ApiRequestContext) => Promise<Response>,
  render: ProblemRenderer = jsonProblem,
): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  const context: ApiRequestContext = {
    url,
    requestId,
    language: languageFromRequest(request.headers, lang),
    explicitLanguage: isLanguage(lang) ? lang : undefined,
    openedAsPage: isOpenedAsPage(request),
  };
  let response: Response;
  try {
    response = await handler(context);
  } catch (error) {
    const known = problemFor(error, context.language);
    if (known?.status === 503) deps.log.warn({ requestId, method: request.method, path: url.pathname, err: loggableError(error) }, 'service unavailable: answered 503');
    if (!known) deps.log.error({ requestId, method: request.method, path: url.pathname, err: loggableError(error) }, 'api request failed');
    const problem = known ?? new ApiProblem(500, 'internal', { requestId });
    response = render(problem, context);
    // Whatever the body's shape, the problem's headers (Retry-After) go out with it.
    for (const [name, value] of new Headers(problem.headers)) if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return withEdgeHeaders(response, requestId);
}

function withEdgeHeaders(response: Response, requestId: string): Response {
  try {
    response.headers.set('x-request-id', requestId);
  } catch {
    // Response.redirect() and fetched responses have immutable headers: answer with a copy.
    response = new Response(response.body, response);
    response.headers.set('x-request-id', requestId);
  }
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
  return response;
}

/**
 * 429 with Retry-After when the subject has used up the policy's budget; the subject is the
 * request's client unless given (a staff account, a gateway secret).
 */
export async function enforceRateLimit(deps: Pick<ApiDeps, 'consumeRateLimit'>, policy: RateLimitPolicy, subject: RateLimitSubject): Promise<void> {
  const decision = await deps.consumeRateLimit(policy, subject);
  if (!decision.allowed) throw new ApiProblem(429, 'rate_limited', {}, { 'retry-after': String(decision.retryAfterSeconds) });
}

/**
 * Whether a channel's shared secret (an SMS gateway's, Telegram's webhook token) is right, counted
 * against the client's budget of wrong ones (`channel.secret_failures`). The budget is asked first,
 * so an address that has used it gets 429 even with the right secret: guessing stays bounded
 * however many different secrets are tried, and a refused guess costs no look-up.
 */
export async function checkChannelSecret(deps: Pick<ApiDeps, 'consumeRateLimit'>, headers: Headers, isRight: () => boolean | Promise<boolean>): Promise<boolean> {
  const client: RateLimitSubject = { client: headers };
  const budget = await deps.consumeRateLimit('channel.secret_failures', client, 0);
  if (!budget.allowed) throw new ApiProblem(429, 'rate_limited', {}, { 'retry-after': String(budget.retryAfterSeconds) });
  if (await isRight()) return true;
  await enforceRateLimit(deps, 'channel.secret_failures', client);
  return false;
}

/**
 * 303 to a path of this site — where a plain HTML form's post lands (the page it came from, or the next
 * one) — by the path alone: the browser resolves it against the address
 * it posted to. Never against `request.url`: under `next start` that is the address Next listens on
 * (`https://localhost:3000/…` behind the deploy's nginx, whatever Host the visitor used), and a
 * citizen sent there lands on their own machine — with their report stored and no tracking page.
 */
export function seeOther(path: string): NextResponse {
  // A path starting `//` or `/\` is another site's address to a browser.
  if (!/^\/(?![/\\])/.test(path)) throw new Error(`seeOther takes a path on this site, got ${JSON.stringify(path.slice(0, 40))}`);
  return new NextResponse(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
}

/** Query parameters are text; an absent or empty one means "not given", anything else must be a number. */
export function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  return value ? Number(value) : undefined;
}

/**
 * What a search was asked: `q` of a GET (the public API's callers), or of a POST's JSON body — what
 * Raspa's own pages send for words someone is typing, which must be in no address (server and proxy
 * access logs, history, the next request's Referer). A POST that does not say application/json is a
 * 415, decided from the header before reading (as tRPC and POST /reports answer); a body that is
 * not JSON is a 400.
 */
export async function searchedText(request: Request, params: URLSearchParams, limitBytes: number): Promise<string> {
  if (request.method !== 'POST') return params.get('q') ?? '';
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new ApiProblem(415, 'unsupported_media_type', { accept: 'application/json' });
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readBodyWithLimit(request, limitBytes)));
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof TypeError) throw new ApiProblem(400, 'bad_request');
    throw error;
  }
  const q = (body as { q?: unknown } | null)?.q;
  return typeof q === 'string' ? q : '';
}
