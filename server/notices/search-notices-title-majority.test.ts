// What a notice is about is what its titles say together. One translation may read a member the
// others do not — "poultry farm" read as meat in English, "құс фабрикасы" as a factory in Kazakh —
// and that stray member alone vetoed every question naming the claim's own goods ("eggs"). A
// member counts for the contrast guard when most titles name its class; one all titles name
// (another disease) still keeps the notice from a question about another claim.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" reads a contrast member most titles name, not one translation’s stray reading', () => {
  it('finds the bird-flu notice by a question about eggs, and never hands it to one about another disease', async () => {
    await createPublishedNotice(t.db, {
      slug: 'shymkent-bird-flu',
      verdict: 'FALSE',
      regionCodes: ['KZ-79'],
      titles: { kk: 'Шымкент маңындағы құс фабрикасында құс тұмауы жоқ', ru: 'На птицефабрике под Шымкентом птичьего гриппа нет', en: 'No bird flu at the poultry farm near Shymkent' },
      summary: 'Ветеринарная служба проверила птицефабрику: падежа птицы нет, анализы отрицательные.',
    });
    expect(await slugs('На птицефабрике под Шымкентом вспышка птичьего гриппа, яйца опасны')).toEqual(['shymkent-bird-flu']);
    expect(await slugs('Bird flu near Shymkent, eggs in the shops are unsafe', 'en')).toEqual(['shymkent-bird-flu']);
    // another disease is another claim, whatever the goods
    expect(await slugs('Шымкент ящур, мясо в магазинах не берите')).toEqual([]);
  });
});
