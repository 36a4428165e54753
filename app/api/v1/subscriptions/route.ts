import { apiRoute } from '@/server/api/route';
import { handleSubscribePost } from '@/server/api/subscriptions';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleSubscribePost);
