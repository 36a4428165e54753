// "Already checked?" scores only the translations a reader can be shown (of their notice's current
// version, the notice published, its verdict not CHECKING), and reads which they are from their
// postings (NoticeTranslationWord/Concept."shownNoticeId", kept by trigger: migration
// 20261207141000_notice_translation_shown), not from the translation, version and notice rows. The
// postings must say exactly what those rows say after every kind of write, or a withdrawn notice, or
// the words a correction removed, would still find a notice.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { normalizeReportText } from '../text';
import { LANGUAGES } from '../i18n/languages';
import { noticeSearchFields } from './notice-search-fields';
import { noticeSearchSql, SEARCH_NOTICES_SCORED, searchPublishedNotices, type NoticeMatchRow } from './search-notices';

const t = setupTestDatabase();

/** Each posting's notice and what the translation, version and notice rows say it must be, as sorted lines. */
async function postingsAndRows() {
  const rows = await t.db.$queryRaw<{ postings: string[]; expected: string[] }[]>`
    SELECT
      ARRAY(SELECT 'w ' || word || ' ' || "translationId" || ' ' || coalesce("shownNoticeId"::text, '-') FROM "NoticeTranslationWord"
            UNION ALL SELECT 'c ' || token || ' ' || "translationId" || ' ' || coalesce("shownNoticeId"::text, '-') FROM "NoticeTranslationConcept" ORDER BY 1) AS postings,
      ARRAY(SELECT 'w ' || l.word || ' ' || t.id || ' ' || CASE WHEN n."currentVersion" = v.version AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING' THEN n.id::text ELSE '-' END
            FROM "NoticeTranslationWord" l JOIN "NoticeTranslation" t ON t.id = l."translationId" JOIN "NoticeVersion" v ON v.id = t."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId"
            UNION ALL SELECT 'c ' || c.token || ' ' || t.id || ' ' || CASE WHEN n."currentVersion" = v.version AND n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING' THEN n.id::text ELSE '-' END
            FROM "NoticeTranslationConcept" c JOIN "NoticeTranslation" t ON t.id = c."translationId" JOIN "NoticeVersion" v ON v.id = t."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId" ORDER BY 1) AS expected`;
  return rows[0]!;
}

/** The postings say what the rows say; `shown` of them name the notice. */
async function expectPostingsExact(noticeId: string, shown: number) {
  const { postings, expected } = await postingsAndRows();
  expect(postings).toEqual(expected);
  expect(postings.filter((line) => line.endsWith(noticeId)).length).toBe(shown);
}

/** The slugs the search's candidate statement (its notices found by their own texts) returns, with their wording scores. */
async function titleCandidates(q: string): Promise<Map<string, number>> {
  const query = normalizeReportText(q);
  const rows = await t.db.$queryRaw<NoticeMatchRow[]>(noticeSearchSql(query, 0.3, 'ru', SEARCH_NOTICES_SCORED, [], 'titles'));
  return new Map(rows.map((row) => [row.slug, row.score]));
}

describe('the postings say which translations can be shown', () => {
  it('a correction’s old words, a withdrawn notice and an interim verdict never make a notice a candidate', async () => {
    const titles = { kk: 'Оралда Жайық көпірі жабылды деген ақпарат', ru: 'Утверждение, что в Уральске закрыли мост через Урал', en: 'Claim that the Ural bridge in Oral was closed' };
    const { notice } = await createPublishedNotice(t.db, { slug: 'oral-bridge-closed', verdict: 'FALSE', regionCodes: ['KZ-27'], titles });
    const count = async () => (await postingsAndRows()).postings.filter((line) => line.endsWith(notice.id)).length;
    const shown = await count();
    expect(shown).toBeGreaterThan(10);
    await expectPostingsExact(notice.id, shown);
    const oldWords = 'в Уральске закрыли мост через Урал';
    expect((await titleCandidates(oldWords)).get('oral-bridge-closed')).toBeGreaterThan(0.9);

    // A correction is drafted: its translations are not shown while the published version is current.
    const correction = await t.db.noticeVersion.create({ data: { noticeId: notice.id, version: 2, verdict: 'FALSE', regionCodes: ['KZ-27'] }, select: { id: true } });
    const corrected = { kk: 'Түзету: мәтінді редакция ауыстырды', ru: 'Поправка: текст заменён редакцией', en: 'Correction: the text was replaced by the editors' };
    for (const language of LANGUAGES) {
      const title = corrected[language];
      await t.db.noticeTranslation.create({ data: { noticeVersionId: correction.id, language, title, summary: title, body: title, smsText: title, ...(await noticeSearchFields(t.db, { language, title, summary: title })) } });
    }
    await expectPostingsExact(notice.id, shown);
    expect((await titleCandidates('поправка текст заменён редакцией')).has('oral-bridge-closed')).toBe(false);

    // Published: the current version moves, the old one's words no longer find the notice.
    await t.db.noticeVersion.update({ where: { id: correction.id }, data: { publishedAt: new Date() } });
    await t.db.notice.update({ where: { id: notice.id }, data: { currentVersion: 2 } });
    await expectPostingsExact(notice.id, await count());
    expect(await count()).toBeGreaterThan(0);
    expect((await titleCandidates(oldWords)).has('oral-bridge-closed')).toBe(false);
    expect((await titleCandidates('поправка текст заменён редакцией')).get('oral-bridge-closed')).toBeGreaterThan(0.9);

    // Withdrawn, given an interim verdict, published again.
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'WITHDRAWN' } });
    await expectPostingsExact(notice.id, 0);
    expect((await titleCandidates('поправка текст заменён редакцией')).has('oral-bridge-closed')).toBe(false);
    expect(await searchPublishedNotices(t.db, { q: 'Поправка: текст заменён редакцией', language: 'ru' })).toEqual([]);
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'PUBLISHED', verdict: 'CHECKING' } });
    await expectPostingsExact(notice.id, 0);
    await t.db.notice.update({ where: { id: notice.id }, data: { verdict: 'FALSE' } });
    expect(await count()).toBeGreaterThan(0);
    await expectPostingsExact(notice.id, await count());
    expect((await titleCandidates('поправка текст заменён редакцией')).has('oral-bridge-closed')).toBe(true);
    // the file's first search loads the lexicon: tens of seconds on a loaded machine
  }, 90_000);

  it('follows re-keyed and re-worded translations, a translation added to the current version and a rebuild of the word index', async () => {
    const { notice } = await createPublishedNotice(t.db, { slug: 'taraz-water-poisoned', verdict: 'FALSE', regionCodes: ['KZ-31'], titles: { ru: 'Утверждение, что в Таразе отравили воду' } });
    await expectPostingsExact(notice.id, (await postingsAndRows()).postings.filter((line) => line.endsWith(notice.id)).length);
    const ru = await t.db.noticeTranslation.findFirstOrThrow({ where: { noticeVersion: { noticeId: notice.id }, language: 'ru' } });
    // re-keyed (the lexicon changed) and re-worded (a corrected typo): the postings are written again
    await t.db.noticeTranslation.update({ where: { id: ru.id }, data: { conceptKey: null } });
    await t.db.noticeTranslation.update({ where: { id: ru.id }, data: { conceptKey: ru.conceptKey } });
    const title = 'Утверждение, что в Таразе отравили питьевую воду';
    await t.db.noticeTranslation.update({ where: { id: ru.id }, data: { title, ...(await noticeSearchFields(t.db, { language: 'ru', title, summary: '' })) } });
    const afterEdits = (await postingsAndRows()).postings.filter((line) => line.endsWith(notice.id)).length;
    expect(afterEdits).toBeGreaterThan(0);
    await expectPostingsExact(notice.id, afterEdits);
    // a translation added to the published version is shown at once
    const kk = 'Таразда су уланды деген ақпарат';
    await t.db.noticeTranslation.create({ data: { noticeVersionId: ru.noticeVersionId, language: 'kk', title: kk, summary: kk, body: kk, smsText: kk, ...(await noticeSearchFields(t.db, { language: 'kk', title: kk, summary: kk })) } });
    const withKazakh = (await postingsAndRows()).postings.filter((line) => line.endsWith(notice.id)).length;
    expect(withKazakh).toBeGreaterThan(afterEdits);
    await expectPostingsExact(notice.id, withKazakh);
    await t.db.$executeRaw`SELECT raspa_rebuild_search_words()`;
    await expectPostingsExact(notice.id, withKazakh);
  });
});
