import { handleReportPhotoGet } from '@/server/api/report-photos';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleReportPhotoGet);
