import { apiRoute } from '@/server/api/route';
import { handleNextAuthRequest } from '@/server/api/auth';

export const GET = apiRoute(handleNextAuthRequest);
export const POST = apiRoute(handleNextAuthRequest);
