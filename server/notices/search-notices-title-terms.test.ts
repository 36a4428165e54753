// A name or a term the lexicon does not know — an app, a brand, a disease's own name — is written
// in every translation's title ("Күнделік" / "Кунделик" / "Kundelik"). A question using it is about
// what the notice is about, so it counts as a shared concept: a paraphrase naming the app and what
// happened to it finds the notice, in the notice's language or another, while a question about
// another app, or about something else that happened to this one, still does not.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" reads a word every title has as what the notice is about', () => {
  it('finds the e-diary notice by the app’s name and "paid", and never hands it to a question about another app', async () => {
    await createPublishedNotice(t.db, {
      slug: 'kundelik-not-paid',
      verdict: 'FALSE',
      regionCodes: [],
      titles: { kk: '«Күнделік» ата-аналар үшін ақылы болмайды', ru: '«Кунделик» не станет платным для родителей', en: 'Kundelik is not becoming paid for parents' },
      summary: 'Министерство просвещения сообщило, что базовый доступ к электронному дневнику остаётся бесплатным.',
    });
    expect(await slugs('kundelik aqyly bolady, ata-analar tolep otyrady', 'kk')).toEqual(['kundelik-not-paid']);
    expect(await slugs('is Kundelik going paid? need a subscription for marks', 'en')).toEqual(['kundelik-not-paid']);
    // another app is another claim
    expect(await slugs('bilimal aqyly bolady, ata-analar tolep otyrady', 'kk')).toEqual([]);
    expect(await slugs('is Bilimal going paid? need a subscription for marks', 'en')).toEqual([]);
  });
});
