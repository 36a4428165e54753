import { handleRegionChoice } from '@/server/api/region-choice';
import { apiRoute } from '@/server/api/route';

export const GET = apiRoute(handleRegionChoice);
