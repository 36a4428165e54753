// "Already checked?" search finds notices through the word index the database keeps by trigger
// on NoticeTranslation.searchText: whatever writes a translation (publishing, corrections, seeds)
// makes it findable, and a changed or deleted translation stops being found by its old words.
import { indexNoticeTranslations, noticeSearchFields } from './notice-search-fields';
import { describe, expect, it } from 'vitest';
import { createPrismaClient, queryRows } from '../db/client';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { normalizeReportText } from '../text';
import { noticeSearchSql, searchPublishedNotices, type NoticeMatchRow } from './search-notices';
import { loadClaimContext, representClaim } from '../lexicon/represent-claim';
import { conceptLookupTokens } from '../text/concepts';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugsFor = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language })).map((m) => m.slug);

async function indexedWords(translationId: string): Promise<string[]> {
  const rows = await t.db.$queryRaw<{ word: string }[]>`SELECT word FROM "NoticeTranslationWord" WHERE "translationId" = ${translationId}::uuid ORDER BY word`;
  return rows.map((r) => r.word);
}

describe('searchPublishedNotices over the trigger-maintained word index', () => {
  it('finds a new notice at once, in either Kazakh script and with misspellings, in the reader’s language', async () => {
    await createPublishedNotice(t.db, {
      slug: 'zhanaozen-schools-closed',
      verdict: 'FALSE',
      regionCodes: ['KZ-47'],
      titles: {
        kk: 'Жаңаөзенде мектептер жабылады деген ақпарат',
        ru: 'Утверждение, что в Жанаозене закрывают школы',
        en: 'Claim that schools in Zhanaozen are closing',
      },
    });
    expect(await slugsFor('Жаңаөзенде мектептер жабылады', 'kk')).toEqual(['zhanaozen-schools-closed']);
    expect(await slugsFor('Janaozende mektepter jabylady', 'kk')).toEqual(['zhanaozen-schools-closed']);
    expect(await slugsFor('в жанаозене закрыват школи')).toEqual(['zhanaozen-schools-closed']);
    const [match] = await searchPublishedNotices(t.db, { q: 'Janaozende mektepter jabylady', language: 'en' });
    expect(match).toMatchObject({ title: 'Claim that schools in Zhanaozen are closing', language: 'en', verdict: 'FALSE' });
    expect(await slugsFor('в Актау отключат интернет')).toEqual([]);
  });

  it('follows a corrected translation: found by its new words, no longer by the old ones', async () => {
    const { notice } = await createPublishedNotice(t.db, {
      slug: 'aktau-water-cut',
      verdict: 'MISLEADING',
      regionCodes: ['KZ-47'],
      titles: { kk: 'Ақтауда су өшіріледі деген ақпарат', ru: 'Утверждение, что в Актау отключат воду', en: 'Claim that water will be cut in Aktau' },
    });
    expect(await slugsFor('в Актау отключат воду')).toEqual(['aktau-water-cut']);
    const ru = await t.db.noticeTranslation.findFirstOrThrow({ where: { noticeVersion: { noticeId: notice.id }, language: 'ru' } });
    const title = 'Утверждение, что в Караганде подорожает хлеб';
    // Every translation is corrected (a translation naming Aktau and water would make it a contrasting claim's notice).
    await t.db.noticeTranslation.updateMany({ where: { noticeVersion: { noticeId: notice.id } }, data: { title, ...(await noticeSearchFields(t.db, { language: 'ru', title, summary: '' })) } });

    expect(await indexedWords(ru.id)).toEqual([...new Set(normalizeReportText(title).split(' '))].sort());
    expect(await slugsFor('в Караганде подорожает хлеб')).toEqual(['aktau-water-cut']);
    expect(await slugsFor('отключат воду в Актау')).toEqual([]);
  });

  it('forgets a deleted translation, and never shows an unpublished notice', async () => {
    const { notice } = await createPublishedNotice(t.db, {
      slug: 'taraz-petrol-gone',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { kk: 'Таразда бензин таусылды деген ақпарат', ru: 'Утверждение, что в Таразе закончился бензин', en: 'Claim that Taraz has run out of petrol' },
    });
    expect(await slugsFor('в Таразе закончился бензин')).toEqual(['taraz-petrol-gone']);
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'WITHDRAWN' } });
    expect(await slugsFor('в Таразе закончился бензин')).toEqual([]);

    const translations = await t.db.noticeTranslation.findMany({ where: { noticeVersion: { noticeId: notice.id } }, select: { id: true } });
    expect((await indexedWords(translations[0]!.id)).length).toBeGreaterThan(0);
    await t.db.noticeVersion.deleteMany({ where: { noticeId: notice.id } });
    for (const { id } of translations) expect(await indexedWords(id)).toEqual([]);
  });

  it('finds a notice from one badly misspelt word on a fresh connection, and leaves that connection as it was', async () => {
    await createPublishedNotice(t.db, {
      slug: 'kyzylorda-schools-quarantine',
      verdict: 'FALSE',
      regionCodes: ['KZ-43'],
      titles: { kk: 'Қызылордада мектептер карантинге жабылады', ru: 'Утверждение, что в Кызылорде школы закроют на карантин', en: 'Claim that Kyzylorda schools close for quarantine' },
    });
    // "карнтин" shares 0.55 of its trigrams with "карантин": found only at the search's own word
    // threshold (0.5), not at PostgreSQL's default (0.6) that a new connection starts with.
    const fresh = createPrismaClient(t.url, 1);
    try {
      expect(await searchPublishedNotices(fresh, { q: 'карнтин', language: 'kk' })).toMatchObject([{ slug: 'kyzylorda-schools-quarantine', title: 'Қызылордада мектептер карантинге жабылады', language: 'kk' }]);
      const [setting] = await fresh.$queryRaw<{ threshold: string }[]>`SELECT current_setting('pg_trgm.word_similarity_threshold') AS threshold`;
      expect(setting?.threshold).toBe('0.6');
    } finally {
      await fresh.$disconnect();
    }
  });

  it('shows the latest published texts in the reader’s language, another language when it is missing, and never a draft correction', async () => {
    const { notice } = await createPublishedNotice(t.db, {
      slug: 'shymkent-markets-closing',
      verdict: 'UNVERIFIED',
      regionCodes: ['KZ-79'],
      titles: { kk: 'Шымкентте базарлар жабылады деген ақпарат', ru: 'Утверждение, что в Шымкенте закрывают рынки', en: 'Claim that markets in Shymkent are closing' },
    });
    await t.db.noticeVersion.create({
      data: {
        noticeId: notice.id,
        version: 2,
        verdict: 'FALSE',
        translations: { create: { language: 'ru', title: 'Черновик опровержения', summary: 'Черновик', body: 'Черновик', smsText: 'Черновик', searchText: normalizeReportText('Черновик опровержения про рынки Шымкента') } },
      },
    });
    const [inRussian] = await searchPublishedNotices(t.db, { q: 'в Шымкенте закрывают рынки', language: 'ru' });
    expect(inRussian).toMatchObject({ slug: 'shymkent-markets-closing', verdict: 'UNVERIFIED', title: 'Утверждение, что в Шымкенте закрывают рынки', language: 'ru' });
    expect(await slugsFor('черновик опровержения')).toEqual([]);

    await t.db.noticeTranslation.deleteMany({ where: { noticeVersion: { noticeId: notice.id, version: 1 }, language: 'en' } });
    // The one fallback order (server/i18n/languages.ts): an English reader gets Russian before Kazakh.
    const [noEnglish] = await searchPublishedNotices(t.db, { q: 'в Шымкенте закрывают рынки', language: 'en' });
    expect(noEnglish).toMatchObject({ slug: 'shymkent-markets-closing', language: 'ru', title: 'Утверждение, что в Шымкенте закрывают рынки' });
  });

  it('reads a notice’s claim from its current version and shows its latest published texts, when the two differ', async () => {
    const { notice } = await createPublishedNotice(t.db, {
      slug: 'oral-bread-price',
      verdict: 'FALSE',
      regionCodes: ['KZ-27'],
      titles: { kk: 'Оралда нан қымбаттайды деген ақпарат', ru: 'Утверждение, что в Уральске подорожает хлеб', en: 'Claim that bread will cost more in Oral' },
    });
    const draft = await t.db.noticeVersion.create({
      data: {
        noticeId: notice.id,
        version: 2,
        verdict: 'FALSE',
        translations: { create: { language: 'ru', title: 'Уральск хлеб черновик', summary: 'Черновик', body: 'Черновик', smsText: 'Черновик', searchText: normalizeReportText('Уральск хлеб черновик') } },
      },
    });
    await indexNoticeTranslations(t.db, [draft.id]);
    // No workflow leaves a notice so (publishing makes what it publishes current): the statement is
    // still exact about it — the claim read from the current version, the texts shown from the published one.
    await t.db.notice.update({ where: { id: notice.id }, data: { currentVersion: 2 } });
    const context = await loadClaimContext(t.db);
    const query = normalizeReportText('Уральск хлеб черновик');
    const tokens = conceptLookupTokens(representClaim(context, { text: query, normalizedText: query }).tokens, context.lexicon);
    for (const part of ['titles', 'sightings'] as const) {
      const rows = await queryRows<NoticeMatchRow>(t.db, noticeSearchSql(query, 0.3, 'en', 5, tokens, part));
      if (part === 'sightings' && rows.length === 0) continue; // found through its own words only
      expect(rows).toMatchObject([{ slug: 'oral-bread-price', titles: ['Уральск хлеб черновик'], language: 'en', title: 'Claim that bread will cost more in Oral' }]);
    }
    await t.db.notice.update({ where: { id: notice.id }, data: { currentVersion: 1 } });
    const [row] = await queryRows<NoticeMatchRow>(t.db, noticeSearchSql(normalizeReportText('в Уральске подорожает хлеб'), 0.3, 'kk', 5, [], 'titles'));
    expect(row).toMatchObject({ slug: 'oral-bread-price', titles: ['Оралда нан қымбаттайды деген ақпарат', 'Утверждение, что в Уральске подорожает хлеб', 'Claim that bread will cost more in Oral'], language: 'kk', title: 'Оралда нан қымбаттайды деген ақпарат' });
  });

  it('keeps the shared dictionary of words that similar query words are looked up in', async () => {
    const rows = await t.db.$queryRaw<{ word: string }[]>`SELECT DISTINCT word FROM "SearchWord" WHERE word IN ('zhanaozende', 'mektepter', 'benzin')`;
    expect(rows.map((r) => r.word).sort()).toEqual(['benzin', 'mektepter', 'zhanaozende']);
  });
});
