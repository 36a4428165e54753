import { productionApiDeps } from '@/server/api/deps';
import { handleNoticeStream, noticeStreamBroadcaster } from '@/server/api/notices-stream';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export function GET(request: Request) {
  const deps = productionApiDeps();
  return handleNoticeStream(request, noticeStreamBroadcaster(deps), deps);
}
