// GET /api/health: 200 while the database answers, 503 (saying so) while it does not.
import { checkHealth } from '../health';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';

export function handleHealthGet(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(request, deps, async ({ requestId }) => {
    const health = await checkHealth(deps.db);
    if (health.db !== 'ok') deps.log.warn({ requestId }, 'health check: database is down');
    return Response.json(health, { status: health.db === 'ok' ? 200 : 503 });
  });
}
