import { handleNoticeBundle } from '@/server/api/notice-bundles';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeBundle);
