import { apiRoute } from '@/server/api/route';
import { handleTransparencyDownload } from '@/server/api/transparency';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleTransparencyDownload);
