import { apiRoute } from '@/server/api/route';
import { handleSettlementSearch } from '@/server/api/settlements';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleSettlementSearch);
// The report form's place picker posts what is being typed, so it is in no address (server/api/settlements.ts).
export const POST = apiRoute(handleSettlementSearch);
