import { handleOpenApiGet } from '@/server/api/openapi';
import { apiRoute } from '@/server/api/route';

export const GET = apiRoute(handleOpenApiGet);
