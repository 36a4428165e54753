// The notice page is served as plain HTML by a route handler (see server/api/notice-pages.ts).
import { handleNoticePage } from '@/server/api/notice-pages';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticePage);
