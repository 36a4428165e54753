import { handleSubscribePost } from '@/server/subscriptions/routes';

export const dynamic = 'force-dynamic';

export const POST = (request: Request) => handleSubscribePost(request);
