import { apiRoute } from '@/server/api/route';
import { handleAuditLogCsv } from '@/server/api/audit-log';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handleAuditLogCsv);
