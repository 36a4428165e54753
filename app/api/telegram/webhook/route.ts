import { serverEnv } from '@/server/config/env';
import { db } from '@/server/db/client';
import { handleTelegramWebhook } from '@/server/channels/telegram/webhook';
import { telegramConfig } from '@/server/channels/telegram/config';
import { logger } from '@/server/log';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  const env = serverEnv();
  return handleTelegramWebhook(request, {
    db: db(),
    encryptionKey: env.RASPA_ENCRYPTION_KEY,
    config: telegramConfig(),
    // A configured origin keeps a forged Host header out of the links the bot sends.
    publicOrigin: env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : undefined,
    log: logger,
  });
}
