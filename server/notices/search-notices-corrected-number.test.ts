// A fact-check title often corrects the rumour's number: "7, а не 70", "not 25,000 but about
// 19,000". The corrected number is the claim people ask about; the checked one is the refuting fact.
// So a question repeating the rumour's number finds the debunk, and a question about the true
// number is not handed the debunk of the inflated one.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" reads a number a title corrects as the claim’s', () => {
  it('finds the debunk of "70 annulled" by the rumour’s 70, and gives a "7" question only the notice about 7', async () => {
    await createPublishedNotice(t.db, {
      slug: 'kyzylorda-unt-70-annulled',
      verdict: 'MISLEADING',
      regionCodes: ['KZ-43'],
      titles: { kk: 'Қызылордада ҰБТ-да 70 емес, 7 оқушының нәтижесі жойылды', ru: 'В Кызылорде на ЕНТ аннулировали результаты 7, а не 70 выпускников', en: 'Seven, not seventy, UNT results were cancelled in Kyzylorda' },
      summary: 'Национальный центр тестирования сообщил, что с телефонами попались 7 выпускников, а не 70.',
    });
    expect(await slugs('В Кызылорде на ЕНТ аннулировали результаты 70 школьников из-за телефонов')).toEqual(['kyzylorda-unt-70-annulled']);
    expect(await slugs('70 UNT results cancelled in Kyzylorda', 'en')).toEqual(['kyzylorda-unt-70-annulled']);
    // the true number is not the claim this notice refutes
    expect(await slugs('В Кызылорде на ЕНТ у 7 школьников аннулировали результаты за телефоны')).toEqual([]);
    await createPublishedNotice(t.db, {
      slug: 'kyzylorda-unt-7-annulled',
      verdict: 'TRUE',
      regionCodes: ['KZ-43'],
      titles: { kk: 'Қызылордада ҰБТ-да 7 оқушының нәтижесі шынымен жойылды', ru: 'В Кызылорде действительно аннулировали результаты ЕНТ 7 выпускников за телефоны', en: 'Seven Kyzylorda school leavers did have their UNT results cancelled over phones' },
      summary: 'Национальный центр тестирования подтвердил, что семь выпускников попались с телефонами.',
    });
    expect(await slugs('В Кызылорде на ЕНТ у 7 школьников аннулировали результаты за телефоны')).toEqual(['kyzylorda-unt-7-annulled']);
    expect(await slugs('В Кызылорде на ЕНТ аннулировали результаты 70 школьников из-за телефонов')).toEqual(['kyzylorda-unt-70-annulled']);
  });

  it('finds a corrected fine by the amount the rumour named, in another language', async () => {
    await createPublishedNotice(t.db, {
      slug: 'escooter-fine-25000',
      verdict: 'MISLEADING',
      regionCodes: [],
      titles: { ru: 'Штраф за езду на электросамокате по тротуару — не 25 тысяч, а около 19 тысяч тенге' },
      summary: 'МВД пояснило, что с апреля за быструю езду на электросамокате по тротуару штрафуют на 5 МРП, то есть около 19 тысяч тенге.',
    });
    expect(await slugs('Riding an e-scooter on the pavement will cost a 25,000 tenge fine from April', 'en')).toEqual(['escooter-fine-25000']);
    expect(await slugs('За езду на электросамокате по тротуару штраф 150 тысяч тенге')).toEqual([]);
  });
});
