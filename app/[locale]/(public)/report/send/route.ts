import { apiRoute } from '@/server/api/route';
import { handleReportFormPost } from '@/server/api/page-forms';

export const runtime = 'nodejs'; // sharp re-encodes uploaded images
export const dynamic = 'force-dynamic';

// The report form without JavaScript posts here (server/api/page-forms.ts).
export const POST = apiRoute(handleReportFormPost);
