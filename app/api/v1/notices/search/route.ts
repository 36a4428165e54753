import { productionApiDeps } from '@/server/api/deps';
import { handleNoticeSearch } from '@/server/api/notices';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleNoticeSearch(request, productionApiDeps());
}
