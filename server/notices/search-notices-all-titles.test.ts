// Each translation's title reads part of the claim (a word the lexicon knows in one language and
// not in another), and a question may share a little with each of them: the titles read together
// are what the notice says, so a paraphrase sharing enough with all of them finds it.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" reads a notice’s titles together', () => {
  it('finds the draft-age exit-ban notice by a Kazakh question sharing a little with each title, and not by one about something else at the border', async () => {
    await createPublishedNotice(t.db, {
      slug: 'draft-age-exit-ban',
      verdict: 'FALSE',
      regionCodes: [],
      titles: { kk: 'Әскерде болмаған жігіттерді шекарадан шығармау туралы шешім жоқ', ru: 'Не служивших парней призывного возраста не запретят выпускать за границу', en: 'Men of draft age will not be stopped from leaving Kazakhstan' },
      summary: 'Минобороны и Пограничная служба заявили, что ограничений на выезд для призывников не вводили. Ответственность по закону есть только у тех, кто получил повестку и не явился.',
    });
    expect(await slugs('armiyada sluzhit etpegender granicadan otpeidi eken, jazdan', 'kk')).toEqual(['draft-age-exit-ban']);
    expect(await slugs('shekarada kezek uzyn, kolikter tur eken', 'kk')).toEqual([]);
  });
});
