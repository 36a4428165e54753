import { handleEvidenceFileDownload } from '@/server/api/evidence-files';
import { apiRoute } from '@/server/api/route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleEvidenceFileDownload);
