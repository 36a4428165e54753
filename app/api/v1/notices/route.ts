import { productionApiDeps } from '@/server/api/deps';
import { handleNoticeList } from '@/server/api/notices-public';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleNoticeList(request, productionApiDeps());
}
