import { handleNoticeFeed } from '@/server/api/notices-feeds';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleNoticeFeed);
