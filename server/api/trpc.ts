// /api/trpc/<procedure>: the admin UI's tRPC endpoint (citizens and partners use the REST API). Procedures check who
// may call them and count mutations against their caller's rate limit (server/trpc/init.ts); this
// gives them the database, the session and a request id, refuses writes from other sites' pages
// and bodies over TRPC_BODY_LIMIT_BYTES, and logs what failed unexpectedly.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { ApiProblem, languageFromRequest, problemResponse } from '../http/problem';
import { isSameOriginRequest, ownOrigins } from '../http/same-origin';
import { appRouter } from '../trpc/app-router';
import { RateLimitedError } from '../trpc/init';
import type { ApiDeps } from './deps';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/unavailable';
import { loggableError, requestIdOf } from './edge';
import { BodyTooLargeError, withBodyLimit } from '../http/read-body';

/**
 * The largest body a tRPC call may send. The largest real one — a notice's three translations, each
 * field at its limit, in a batch — is far below it; files go to their own upload endpoint. Without a
 * limit tRPC parsed any body in full: a 3-MB body kept a signed-in request unanswered for a minute
 * under load (bench/bad-input.ts).
 */
export const TRPC_BODY_LIMIT_BYTES = 1024 * 1024;

export async function handleTrpcRequest(request: Request, deps: ApiDeps): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  // Mutations are POSTs; a page of another site must not make one with a moderator's cookie.
  if (request.method !== 'GET' && request.method !== 'HEAD' && !isSameOriginRequest(request.headers, ownOrigins(request.url, deps.publicOrigin))) {
    deps.log.warn({ requestId, origin: request.headers.get('origin')?.slice(0, 200) ?? null }, 'trpc: write from a foreign origin refused');
    const response = problemResponse(new ApiProblem(403, 'forbidden', { detail: 'cross-origin' }), languageFromRequest(request.headers));
    response.headers.set('x-request-id', requestId);
    return response;
  }
  let call = request;
  if (request.method === 'POST') {
    try {
      call = await withBodyLimit(request, TRPC_BODY_LIMIT_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      const response = problemResponse(new ApiProblem(413, 'too_large', { limitBytes: error.limitBytes }), languageFromRequest(request.headers));
      response.headers.set('x-request-id', requestId);
      return response;
    }
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: call,
    router: appRouter,
    // The workspace posts its queries too (components/trpc/client.tsx): what they carry — the inbox's
    // search words — is in no address. A GET query (scripts, an old tab) is still answered.
    allowMethodOverride: true,
    createContext: async () => ({ db: deps.db, session: await deps.session(), requestId, rateLimit: { consume: deps.consumeRateLimit, headers: request.headers } }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') deps.log.error({ requestId, path, err: loggableError(error.cause ?? error) }, 'trpc procedure failed');
    },
    responseMeta({ errors }) {
      const headers = new Headers({ 'x-request-id': requestId });
      if (errors.some((error) => error.code === 'SERVICE_UNAVAILABLE')) headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      const limited = errors.map((error) => error.cause).find((cause) => cause instanceof RateLimitedError);
      if (limited) headers.set('retry-after', String(limited.retryAfterSeconds));
      return { headers };
    },
  });
}
