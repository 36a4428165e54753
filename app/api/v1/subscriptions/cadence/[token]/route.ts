import { apiRoute } from '@/server/api/route';
import { handleCadencePost } from '@/server/api/subscriptions';

export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleCadencePost);
