import { handleNoticeSearch } from '@/server/api/notices-search';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeSearch);
// The report form's panel posts what is being typed, so it is in no address (server/api/notices-search.ts).
export const POST = apiRoute(handleNoticeSearch);
