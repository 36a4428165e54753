import { apiRoute } from '@/server/api/route';
import { handleCheckFormPost } from '@/server/api/page-forms';

export const dynamic = 'force-dynamic';

// The check page's question posts here, so it is never in an address (server/api/page-forms.ts).
export const POST = apiRoute(handleCheckFormPost);
