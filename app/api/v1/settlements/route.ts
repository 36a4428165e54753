import { apiRoute } from '@/server/api/route';
import { handleSettlementSearch } from '@/server/api/settlements';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleSettlementSearch);
