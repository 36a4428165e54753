import { handleReportStatusGet } from '@/server/api/reports';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleReportStatusGet);
