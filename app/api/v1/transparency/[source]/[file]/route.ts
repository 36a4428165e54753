import { productionApiDeps } from '@/server/api/deps';
import { handleTransparencyDownload } from '@/server/api/transparency';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ source: string; file: string }> }) {
  const { source, file } = await params;
  return handleTransparencyDownload(request, source, file, productionApiDeps());
}
