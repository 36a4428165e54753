import { handleNoticeExport } from '@/server/api/open-data';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeExport);
