// The cached home, region and check pages (server/api/public-pages.ts); proxy.ts rewrites views here.
import { handlePublicPage } from '@/server/api/public-pages';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(handlePublicPage);
