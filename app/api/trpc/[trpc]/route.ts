import { apiRoute } from '@/server/api/route';
import { handleTrpcRequest } from '@/server/api/trpc';

export const GET = apiRoute(handleTrpcRequest);
export const POST = apiRoute(handleTrpcRequest);
