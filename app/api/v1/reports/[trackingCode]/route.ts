import { productionApiDeps } from '@/server/api/deps';
import { handleReportStatusGet } from '@/server/api/reports';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ trackingCode: string }> }) {
  const { trackingCode } = await params;
  return handleReportStatusGet(request, trackingCode, productionApiDeps());
}
