// A bench or script calls intake (submitReport) with a database connection of its own and none of
// the app's environment: the "already checked?" cache must still work there without logging a
// failure to follow live events (it read like an error in every bench run). Its own file: the
// process-wide event hub must not exist yet.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Db } from '../db/client';
import type { NoticeMatch } from './search-notices';

vi.mock('./search-notices', () => ({ searchPublishedNotices: vi.fn() }));
const match: NoticeMatch = { slug: 'bridge-closed', verdict: 'FALSE', title: 'Мост не закрыт', summary: '…', language: 'ru', score: 0.8, publishedAt: null };

beforeAll(() => {
  for (const name of ['DATABASE_URL', 'NEXTAUTH_SECRET', 'RASPA_ENCRYPTION_KEY']) vi.stubEnv(name, '');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

it('answers from memory and logs no warning about live invalidation', async () => {
  const { logger } = await import('../log');
  const warn = vi.spyOn(logger, 'warn');
  const { searchIfIdle, searchPublishedNoticesCached } = await import('./notice-search-cache');
  const search = vi.mocked((await import('./search-notices')).searchPublishedNotices);
  search.mockResolvedValue([match]);
  const db = {} as Db;
  expect(await searchIfIdle(db, { q: 'Говорят, мост закрыли', language: 'ru', limit: 3 })).toEqual([match]);
  expect(await searchPublishedNoticesCached(db, { q: 'говорят мост закрыли', language: 'ru', limit: 3 })).toEqual([match]);
  expect(search).toHaveBeenCalledTimes(1);
  expect(warn).not.toHaveBeenCalled();
});
