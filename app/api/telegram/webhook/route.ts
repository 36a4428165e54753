import { apiRoute } from '@/server/api/route';
import { handleTelegramWebhook } from '@/server/api/telegram-webhook';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = apiRoute(handleTelegramWebhook);
