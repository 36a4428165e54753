import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getServerSession } from 'next-auth';
import { randomUUID } from 'node:crypto';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { logger } from '@/server/log';
import { appRouter } from '@/server/trpc/app-router';

function handler(request: Request) {
  const requestId = request.headers.get('x-request-id') ?? randomUUID();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async () => ({ db: db(), session: await getServerSession(authOptions), requestId }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ requestId, path, err: error.cause ?? error }, 'trpc procedure failed');
    },
    responseMeta: () => ({ headers: new Headers({ 'x-request-id': requestId }) }),
  });
}

export { handler as GET, handler as POST };
