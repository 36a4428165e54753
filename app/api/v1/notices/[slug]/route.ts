import { handleNoticeDetail } from '@/server/api/notices-public';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeDetail);
