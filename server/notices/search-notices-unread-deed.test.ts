// What a claim says happened is often a word the lexicon does not read ("nikah", "civil registry"):
// the fact-checker's title and the people asking both use it, with the place and the object. Two or
// more such words both use stand for that deed when neither side says one the lexicon reads, so a
// question sharing the notice's place, object and those words finds it; a question about another
// faith, or sharing only the place, the object and one such word, still gets nothing.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'en') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" reads words both use as the deed the lexicon does not read', () => {
  it('finds the notice by place, faith and shared unknown words, never for another faith or another deed', async () => {
    await createPublishedNotice(t.db, {
      slug: 'aktobe-imams-nikah',
      verdict: 'TRUE',
      regionCodes: [],
      titles: { ru: 'Имамы Актобе не будут читать никах без свидетельства из ЗАГСа — это правда', kk: 'Ақтөбеде имамдар АХАЖ куәлігінсіз неке қимайды — бұл рас', en: 'Imams in Aktobe will not perform a nikah without a civil marriage certificate — true' },
      summary: 'Духовное управление подтвердило новый порядок.',
    });
    expect(await slugs('Imams in Aktobe now refuse to perform a nikah unless the couple has already registered at the civil registry office')).toEqual(['aktobe-imams-nikah']);
    // another faith is another claim, however many words are shared
    expect(await slugs('Priests in Aktobe now refuse to perform a wedding unless the couple has already registered at the civil registry office')).toEqual([]);
    // the same imams and town, one unknown word shared ("perform"): something else they do
    expect(await slugs('Imams in Aktobe now refuse to perform a funeral prayer unless the family pays')).toEqual([]);
  });
});
