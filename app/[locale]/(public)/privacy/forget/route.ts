import { apiRoute } from '@/server/api/route';
import { handleForgetContactFormPost } from '@/server/api/page-forms';

export const dynamic = 'force-dynamic';

// "Forget my contact" on the privacy page posts here (server/api/page-forms.ts).
export const POST = apiRoute(handleForgetContactFormPost);
