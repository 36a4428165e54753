import { handleEvidenceFileUpload } from '@/server/api/evidence-files';
import { apiRoute } from '@/server/api/route';

export const runtime = 'nodejs'; // sharp re-encodes uploaded images
export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleEvidenceFileUpload);
