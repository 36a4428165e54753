// A notice says another deed happened only when most of its titles name that deed: one
// translation's stray reading ("обязывают" read as surveillance in Russian alone) made every
// question about the claim "a different deed" and asked it to share far more than a paraphrase does.
// A question about another community's clergy still gets nothing.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" reads what a notice says happened from most of its titles', () => {
  it('finds the imams’ sermons notice by a paraphrase whose deed only one title misreads, and keeps it from a question about priests', async () => {
    await createPublishedNotice(t.db, {
      slug: 'imams-sermons-kazakh',
      verdict: 'FALSE',
      regionCodes: [],
      titles: { kk: 'Имамдарға уағызды тек қазақша айту міндеттелмейді', ru: 'Имамов не обязывают читать проповеди только на казахском', en: 'Imams are not required to preach only in Kazakh' },
      summary: 'ДУМК рекомендовал вести основную часть проповеди на казахском, но проповеди на русском не запрещены. Закона или приказа нет.',
    });
    expect(await slugs('Imams in Kazakhstan will only be allowed to preach in Kazakh starting next year', 'en')).toEqual(['imams-sermons-kazakh']);
    // another community's clergy is another claim
    expect(await slugs('Orthodox priests in Kazakhstan will only be allowed to preach in Kazakh starting next year', 'en')).toEqual([]);
  });
});
