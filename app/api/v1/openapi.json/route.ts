import { handleOpenApiGet } from '@/server/api/openapi';
import { logger } from '@/server/log';

export function GET(request: Request) {
  return handleOpenApiGet(request, { log: logger });
}
