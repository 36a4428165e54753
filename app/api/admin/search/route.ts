import { apiRoute } from '@/server/api/route';
import { handleStaffSearchPost } from '@/server/api/staff-search-form';

export const dynamic = 'force-dynamic';

// The staff pages' search forms post here, so what was searched is never in an address (server/api/staff-search-form.ts).
export const POST = apiRoute(handleStaffSearchPost);
