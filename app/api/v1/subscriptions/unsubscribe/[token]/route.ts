import { apiRoute } from '@/server/api/route';
import { handleUnsubscribeGet, handleUnsubscribePost } from '@/server/api/subscriptions';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleUnsubscribePost);
export const GET = apiRoute(handleUnsubscribeGet);
