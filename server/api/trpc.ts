// /api/trpc/<procedure>: the admin UI's tRPC endpoint (citizens and partners use the REST API). Procedures check who
// may call them (server/trpc/init.ts); this gives them the database, the session and a request id,
// and logs what failed unexpectedly.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '../trpc/app-router';
import type { ApiDeps } from './deps';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/unavailable';
import { loggableError, requestIdOf } from './edge';

export function handleTrpcRequest(request: Request, deps: ApiDeps): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async () => ({ db: deps.db, session: await deps.session(), requestId }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') deps.log.error({ requestId, path, err: loggableError(error.cause ?? error) }, 'trpc procedure failed');
    },
    responseMeta({ errors }) {
      const headers = new Headers({ 'x-request-id': requestId });
      if (errors.some((error) => error.code === 'SERVICE_UNAVAILABLE')) headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return { headers };
    },
  });
}
