import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/client';
import { clearNoticeSearchCache, MAX_BUSY_SEARCHES, searchIfIdle, searchPublishedNoticesCached } from './notice-search-cache';
import { searchPublishedNotices, type NoticeMatch } from './search-notices';

vi.mock('./search-notices', () => ({ searchPublishedNotices: vi.fn() }));
const search = vi.mocked(searchPublishedNotices);
const db = {} as Db;
const match: NoticeMatch = { slug: 'bridge-closed', verdict: 'FALSE', title: 'Мост не закрыт', summary: '…', language: 'ru', score: 0.8, publishedAt: null };

beforeEach(() => {
  clearNoticeSearchCache();
  search.mockReset();
});

describe('notice search cache', () => {
  it('answers the same question (in any spacing or case) from memory instead of searching again', async () => {
    search.mockResolvedValue([match]);
    expect(await searchPublishedNoticesCached(db, { q: 'Говорят, мост закрыли', language: 'ru', limit: 3 })).toEqual([match]);
    expect(await searchPublishedNoticesCached(db, { q: '  говорят,  МОСТ закрыли ', language: 'ru', limit: 3 })).toEqual([match]);
    expect(search).toHaveBeenCalledTimes(1);
    // Another language is another answer (titles are shown in it).
    await searchPublishedNoticesCached(db, { q: 'Говорят, мост закрыли', language: 'kk', limit: 3 });
    expect(search).toHaveBeenCalledTimes(2);
  });

  it('intake does not queue behind searches already running: it gets null (not looked up) at once', async () => {
    let finish: (value: NoticeMatch[]) => void = () => undefined;
    search.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const running = Array.from({ length: MAX_BUSY_SEARCHES }, (_, i) => searchPublishedNoticesCached(db, { q: `слух номер ${i} о мосте`, language: 'ru', limit: 3 }));
    expect(await searchIfIdle(db, { q: 'совсем другой слух о воде', language: 'ru', limit: 3 })).toBeNull();
    finish([]);
    search.mockResolvedValue([]);
    await Promise.race(running);
    // With a search slot free again, intake searches.
    expect(await searchIfIdle(db, { q: 'совсем другой слух о воде', language: 'ru', limit: 3 })).toEqual([]);
  });

  it('does not keep an answer that was being computed when the notices changed (it may predate the change)', async () => {
    let finish: (value: NoticeMatch[]) => void = () => undefined;
    search.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const question = { q: 'Говорят, мост закрыли', language: 'ru' as const, limit: 3 };
    const running = searchPublishedNoticesCached(db, question);
    clearNoticeSearchCache(); // what a live event does while the search runs
    finish([]);
    expect(await running).toEqual([]);
    search.mockResolvedValue([match]);
    expect(await searchPublishedNoticesCached(db, question)).toEqual([match]);
    expect(search).toHaveBeenCalledTimes(2);
  });
});
