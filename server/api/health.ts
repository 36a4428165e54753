// GET /api/health: 200 while the database answers; 503 with Retry-After, saying which dependency is
// down, while it does not (monitors and load balancers read the status, people the body).
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/unavailable';
import { checkHealth } from '../health';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';

export function handleHealthGet(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async ({ requestId }) => {
    const health = await checkHealth(deps.db);
    if (health.db === 'ok') return Response.json(health);
    deps.log.warn({ requestId }, 'health check: database is down');
    return Response.json(health, { status: 503, headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } });
  });
}
