import { apiRoute } from '@/server/api/route';
import { handleStaffEvents } from '@/server/api/staff-events';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute(handleStaffEvents);
