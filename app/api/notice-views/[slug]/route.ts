import { handleNoticeViewPixel } from '@/server/api/notice-views';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeViewPixel);
