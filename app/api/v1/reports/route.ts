import { handleReportPost } from '@/server/api/reports';
import { apiRoute } from '@/server/api/route';

export const runtime = 'nodejs'; // sharp re-encodes uploaded images
export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleReportPost);
