// What happened is often told in words the lexicon does not read on both sides: people write that a
// mosque was "изрисовали" (daubed), the fact-checker that nobody painted on it. Then the place and the
// object both name are all that can be shared, and a question naming them finds the notice; one about
// another place of worship or another town does not.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" when neither the question nor the notice says a deed the lexicon reads', () => {
  it('finds the notice by its place and object, never for another deed or another place of worship', async () => {
    await createPublishedNotice(t.db, {
      slug: 'makinsk-mosque-painted',
      verdict: 'FALSE',
      regionCodes: [],
      titles: { ru: 'Мечеть в Макинске никто не разрисовывал', kk: 'Мақинск мешітінің қабырғасына ешкім ештеңе жазбаған', en: 'Nobody painted slogans on the Makinsk mosque' },
      summary: 'Имам и участковый осмотрели здание утром.',
    });
    await createPublishedNotice(t.db, {
      slug: 'makinsk-church-painted',
      verdict: 'TRUE',
      regionCodes: [],
      titles: { ru: 'На православном храме в Макинске действительно появились надписи', kk: 'Мақинсктегі православ шіркеуіне шынымен жазу жазылған', en: 'Slogans did appear on the Orthodox church in Makinsk' },
      summary: 'Полиция ищет виновных.',
    });
    expect(await slugs('Слышали? В Макинске мечеть ночью изрисовали баллончиком')).toEqual(['makinsk-mosque-painted']);
    expect(await slugs('Makinskte meshitti tunde boiap ketipti', 'kk')).toEqual(['makinsk-mosque-painted']);
    // the church's question gets the church's notice, never the mosque's verdict
    expect(await slugs('В Макинске церковь ночью изрисовали баллончиком')).not.toContain('makinsk-mosque-painted');
    // the same deed told of another town's mosque: another claim
    expect(await slugs('В Щучинске мечеть ночью изрисовали баллончиком')).not.toContain('makinsk-mosque-painted');
  });
});
