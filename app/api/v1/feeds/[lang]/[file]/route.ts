import { productionApiDeps } from '@/server/api/deps';
import { handleNoticeFeed } from '@/server/api/notices-feeds';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ lang: string; file: string }> }) {
  const { lang, file } = await params;
  return handleNoticeFeed(request, lang, file, productionApiDeps());
}
