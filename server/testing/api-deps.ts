// For tests of HTTP handlers: the deps a handler gets in production, pointed at the test's own
// database and event hub, with no rate limit, a signed-out session and a fixed public origin.
// Override what a test is about (the session, the clock, the limiter).
import type { ApiDeps } from '../api/deps';
import { serverEnv } from '../config/env';
import { logger } from '../log';
import type { TestDatabase } from './database';

export const TEST_PUBLIC_ORIGIN = 'https://raspa.example';

export function testApiDeps(t: TestDatabase, overrides: Partial<ApiDeps> = {}): ApiDeps {
  return {
    db: t.db,
    encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY,
    consumeRateLimit: async () => ({ allowed: true, retryAfterSeconds: 0 }),
    publicOrigin: TEST_PUBLIC_ORIGIN,
    log: logger,
    sessionUserId: async () => null,
    liveEvents: { subscribe: () => Promise.reject(new Error('this test gave the handler no event hub')) },
    telegramConfig: () => null,
    now: () => new Date(),
    ...overrides,
  };
}
