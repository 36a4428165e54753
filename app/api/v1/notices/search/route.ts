import { handleNoticeSearch } from '@/server/api/notices-search';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeSearch);
