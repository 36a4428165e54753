import { handleLiveNoticeScript } from '@/server/api/live-notice-script';

export const dynamic = 'force-static';

// A constant built into the bundle: no request, no deps.
export const GET = handleLiveNoticeScript;
