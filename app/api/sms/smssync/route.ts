import { apiRoute } from '@/server/api/route';
import { handleSmssyncRequest } from '@/server/api/smssync';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleSmssyncRequest);
export const POST = apiRoute(handleSmssyncRequest);
