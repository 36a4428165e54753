import { productionApiDeps } from '@/server/api/deps';
import { handleNoticeDetail } from '@/server/api/notices-public';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleNoticeDetail(request, slug, productionApiDeps());
}
