import { apiRoute } from '@/server/api/route';
import { handleStaffExport } from '@/server/api/staff-exports';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleStaffExport);
