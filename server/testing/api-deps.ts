// For tests of HTTP handlers: the deps a handler gets in production, pointed at the test's own
// database, with no rate limit, no event hub, a signed-out session and a fixed public origin.
// Override what a test is about (the session, the clock, the limiter).
import type { ApiDeps } from '../api/deps';
import { serverEnv } from '../config/env';
import { sessionFor } from './fixtures';
import { logger } from '../log';
import { uncachedPublicDocuments } from '../notices/public-notice-cache';
import type { TestDatabase } from './database';

export const TEST_PUBLIC_ORIGIN = 'https://raspa.example';

export function testApiDeps(t: Pick<TestDatabase, 'db'>, overrides: Partial<ApiDeps> = {}): ApiDeps {
  return {
    db: t.db,
    encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY,
    consumeRateLimit: async () => ({ allowed: true, retryAfterSeconds: 0 }),
    publicOrigin: TEST_PUBLIC_ORIGIN,
    log: logger,
    session: async () => null,
    liveEvents: { subscribe: () => Promise.reject(new Error('this test gave the handler no event hub')) },
    telegramConfig: () => null,
    now: () => new Date(),
    publicDocuments: uncachedPublicDocuments(overrides.db ?? t.db),
    ...overrides,
  };
}

/** The same, with `user` signed in (a row as createStaff returns it). */
export function signedInApiDeps(t: Pick<TestDatabase, 'db'>, user: Parameters<typeof sessionFor>[1], overrides: Partial<ApiDeps> = {}): ApiDeps {
  let session: ReturnType<typeof sessionFor> | undefined;
  return testApiDeps(t, { session: () => (session ??= sessionFor(t.db, user)), ...overrides });
}
