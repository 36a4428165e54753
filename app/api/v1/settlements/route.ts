import { productionApiDeps } from '@/server/api/deps';
import { handleSettlementSearch } from '@/server/api/settlements';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleSettlementSearch(request, productionApiDeps());
}
