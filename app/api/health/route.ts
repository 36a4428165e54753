import { randomUUID } from 'node:crypto';
import { db } from '@/server/db/client';
import { checkHealth } from '@/server/health';
import { logger } from '@/server/log';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const requestId = request.headers.get('x-request-id') ?? randomUUID();
  const health = await checkHealth(db());
  if (health.db !== 'ok') logger.warn({ requestId }, 'health check: database is down');
  return Response.json(health, {
    status: health.db === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store', 'x-request-id': requestId },
  });
}
