import { handleHealthGet } from '@/server/api/health';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleHealthGet);
