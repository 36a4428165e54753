import { apiRoute } from '@/server/api/route';
import { handleReportStartPost } from '@/server/api/page-forms';

export const dynamic = 'force-dynamic';

// "Report this" on the check page posts the searched text here (server/api/page-forms.ts).
export const POST = apiRoute(handleReportStartPost);
