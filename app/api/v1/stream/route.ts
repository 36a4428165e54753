import { handleNoticeStream } from '@/server/api/notices-stream';
import { apiRoute } from '@/server/api/route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = apiRoute(handleNoticeStream);
