// What the REST handlers need from the outside world, passed in so that tests can point them at
// their own database and rate limiter while the route files pass the process-wide ones.
import { serverEnv } from '../config/env';
import { db, type Db } from '../db/client';
import { consumeRateLimit, type ConsumeRateLimit } from '../http/rate-limit';
import { logger, type Logger } from '../log';

export interface ApiDeps {
  db: Db;
  encryptionKey: string;
  consumeRateLimit: ConsumeRateLimit;
  /** Origin of the public site for links in responses; the request's own origin when unset. */
  publicOrigin?: string;
  log: Logger;
}

export function productionApiDeps(): ApiDeps {
  const env = serverEnv();
  return {
    db: db(),
    encryptionKey: env.RASPA_ENCRYPTION_KEY,
    consumeRateLimit,
    // A configured origin keeps a forged Host header out of cacheable responses.
    publicOrigin: env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : undefined,
    log: logger,
  };
}
