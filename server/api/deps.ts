// What every HTTP handler needs from the outside world, passed in — never imported as a module
// singleton — so that tests point handlers at their own database, clock, session and event hub
// while app/ route files bind the process-wide ones through apiRoute() (./route.ts).
import type { Session } from 'next-auth';
import { readSession } from '../auth/current-actor';
import { telegramConfig, type TelegramConfig } from '../channels/telegram/config';
import { serverEnv } from '../config/env';
import { db, type Db } from '../db/client';
import { consumeRateLimit, type ConsumeRateLimit } from '../http/rate-limit';
import { liveEvents, type EventHub } from '../live/events';
import { logger, type Logger } from '../log';
import { cachedPublicDocuments, type PublicDocuments } from '../notices/public-notice-cache';

export interface ApiDeps {
  db: Db;
  encryptionKey: string;
  consumeRateLimit: ConsumeRateLimit;
  /** Origin of the public site for links in responses; the request's own origin when unset. */
  publicOrigin?: string;
  log: Logger;
  /** The staff session of the request (its cookie); null when signed out. Staff handlers turn it into an actor with requireStaffActor. */
  session: () => Promise<Session | null>;
  /** This process's LISTEN connection, for the live streams. */
  liveEvents: Pick<EventHub, 'subscribe'>;
  /** The Telegram bot's settings, read on each use; null while the bot is off. */
  telegramConfig: () => TelegramConfig | null;
  /** The clock; tests pin it. */
  now: () => Date;
  /** The notice page and feeds as served: from Next's data cache in production, read afresh in tests. */
  publicDocuments: PublicDocuments;
}

export function productionApiDeps(): ApiDeps {
  const env = serverEnv();
  return {
    db: db(),
    encryptionKey: env.RASPA_ENCRYPTION_KEY,
    consumeRateLimit,
    // A configured origin keeps a forged Host header out of cacheable responses and the links bots send.
    publicOrigin: env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : undefined,
    log: logger,
    session: readSession,
    liveEvents: liveEvents(),
    telegramConfig: () => telegramConfig(),
    now: () => new Date(),
    publicDocuments: cachedPublicDocuments,
  };
}
