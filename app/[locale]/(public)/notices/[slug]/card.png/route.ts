import { handleNoticeShareCard } from '@/server/api/notice-pages';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeShareCard);
