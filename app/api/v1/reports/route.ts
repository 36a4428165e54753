import { productionApiDeps } from '@/server/api/deps';
import { handleReportPost } from '@/server/api/reports';

export const runtime = 'nodejs'; // sharp re-encodes uploaded images
export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleReportPost(request, productionApiDeps());
}
