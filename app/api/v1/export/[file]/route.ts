import { productionApiDeps } from '@/server/api/deps';
import { handleNoticeExport } from '@/server/api/open-data';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return handleNoticeExport(request, (await params).file, productionApiDeps());
}
