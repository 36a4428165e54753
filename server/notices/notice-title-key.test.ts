// "Already checked?" reads each candidate notice's titles with the claim lexicon; that reading is
// kept with the translation (titleKey, titleWords) so a search does not read every title again.
// It must answer exactly as reading the titles would: written at publishing, filled in by the
// re-key job for translations without one, used only while its lexicon revision is the current
// one, and never changing an answer.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { loadClaimContext } from '../lexicon/represent-claim';
import { rekeyOpenReports } from '../lexicon/rekey-open-reports';
import { noticeTitleKey, noticeTitleWords } from './notice-search-fields';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const answers = async (q: string, language: Language = 'ru') => searchPublishedNotices(t.db, { q, language, limit: 5 });
const translationsOf = (slug: string) => t.db.noticeTranslation.findMany({ where: { noticeVersion: { notice: { slug } } }, select: { id: true, language: true, title: true, titleKey: true, titleWords: true, conceptKeyRevision: true }, orderBy: { language: 'asc' } });

describe('a notice title’s stored reading', () => {
  it('is written at publishing, filled in by the re-key job, and answers as reading the title would', async () => {
    await createPublishedNotice(t.db, {
      slug: 'taraz-water-poisoned',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { kk: 'Таразда су құбырына у қосылды деген ақпарат', ru: 'В Таразе в водопровод подмешали яд', en: 'Poison was added to the Taraz water supply' },
      summary: 'Водоканал Тараза сообщил, что анализы воды в норме.',
    });
    await createPublishedNotice(t.db, {
      slug: 'taraz-bread-500',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { ru: 'В Таразе хлеб подорожал до 250, а не до 500 тенге', en: 'Bread in Taraz went up to 250 tenge, not 500' },
      summary: 'Акимат сообщил, что цены на социальный хлеб не менялись.',
    });
    const context = await loadClaimContext(t.db);
    for (const slug of ['taraz-water-poisoned', 'taraz-bread-500']) {
      for (const tr of await translationsOf(slug)) {
        expect(tr.conceptKeyRevision).toBe(context.lexicon.revision);
        expect(tr.titleKey).toBe(noticeTitleKey(context, tr.language, tr.title));
        expect(tr.titleWords).toBe(noticeTitleWords(tr.title));
      }
    }
    const queries: [string, Language][] = [
      ['В Таразе в воду добавили яд', 'ru'],
      ['Таразда суға у қосыпты', 'kk'],
      ['taraz water poison', 'en'],
      ['В Таразе хлеб по 500 тенге', 'ru'],
      ['bread 500 tenge Taraz', 'en'],
    ];
    const withStored = await Promise.all(queries.map(([q, language]) => answers(q, language)));
    expect(withStored[0]!.map((m) => m.slug)).toEqual(['taraz-water-poisoned']);
    expect(withStored.some((a) => a.some((m) => m.slug === 'taraz-bread-500'))).toBe(true);

    // A translation stored before titleKey existed (the migration marks it older than any revision):
    // searched by reading its titles, then filled in by the re-key job with the same reading.
    await t.db.noticeTranslation.updateMany({ data: { titleKey: null, titleWords: null, conceptKeyRevision: 0 } });
    expect(await Promise.all(queries.map(([q, language]) => answers(q, language)))).toEqual(withStored);
    expect((await rekeyOpenReports(t.db)).translations).toBe(5);
    for (const tr of await translationsOf('taraz-water-poisoned')) {
      expect(tr.titleKey).toBe(noticeTitleKey(context, tr.language, tr.title));
      expect(tr.titleWords).toBe(noticeTitleWords(tr.title));
    }
    expect(await Promise.all(queries.map(([q, language]) => answers(q, language)))).toEqual(withStored);
  });

  it('is read only while its lexicon revision is the current one', async () => {
    const context = await loadClaimContext(t.db);
    const market = { verdict: 'FALSE' as const, regionCodes: ['KZ-79'], summary: 'Акимат Шымкента сообщил, что рынок работает.' };
    await createPublishedNotice(t.db, { ...market, slug: 'shymkent-rakhat-closed', titles: { ru: 'В Шымкенте закрывают рынок Рахат' } });
    await createPublishedNotice(t.db, { ...market, slug: 'shymkent-bekzhan-closed', titles: { ru: 'В Шымкенте закрывают рынок Бекжан' } });
    // Each notice's title stored as read from another claim (another city, another deed): titles no
    // search of this process has read yet, so what search makes of them comes from the stored reading.
    const other = 'В Актобе открывают новую больницу';
    const misread = { titleKey: noticeTitleKey(context, 'ru', other), titleWords: noticeTitleWords(other) };
    const bySlug = (slug: string) => ({ noticeVersion: { notice: { slug } } });
    // Keyed with an older lexicon revision it is not used: the title is read itself, the notice found.
    // Keyed with the current revision it is: that notice now reads as Aktobe's hospital, another claim.
    await t.db.noticeTranslation.updateMany({ where: bySlug('shymkent-rakhat-closed'), data: { ...misread, conceptKeyRevision: context.lexicon.revision - 1 } });
    await t.db.noticeTranslation.updateMany({ where: bySlug('shymkent-bekzhan-closed'), data: { ...misread, conceptKeyRevision: context.lexicon.revision } });
    expect((await answers('В Шымкенте закрывают рынок Рахат')).map((m) => m.slug)).toEqual(['shymkent-rakhat-closed']);
    expect((await answers('В Шымкенте закрывают рынок Бекжан')).map((m) => m.slug)).not.toContain('shymkent-bekzhan-closed');
  });
});
