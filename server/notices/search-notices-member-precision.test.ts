// People name what a claim is about less precisely than a fact-checker does: "шіркеу", "храм",
// "батюшка" where the notice's titles say "the Orthodox church"; "no water" where they say "hot
// water". It is the same thing, so it is shared as the notice names it; a question about another
// member of the class (a mosque) still gets nothing, and the notice naming exactly the query's
// member stays above one that only falls under it.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language = 'ru') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" shares a member named less precisely than the notice names it', () => {
  it('finds the Orthodox church notice by "church" and "батюшка", and never gives it to a question about the mosque', async () => {
    await createPublishedNotice(t.db, {
      slug: 'kazaly-church-gas',
      verdict: 'MISLEADING',
      regionCodes: ['KZ-43'],
      titles: {
        kk: 'Қазалыдағы православ шіркеуінің газы қарыз үшін емес, жөндеуге байланысты бір күнге өшірілді',
        ru: 'Газ в православной церкви Казалы отключали на день из-за ремонта, а не за долги',
        en: "Gas at Kazaly's Orthodox church was off for a day for repairs, not over debts",
      },
      summary: 'Газовая служба сообщила: подачу газа в храм прекращали на один день для проверки трубы, долгов у прихода нет. Газ снова подключён.',
    });
    expect(await slugs('Kazalydagy pop shirkeuin gazdan airyp tastapty goi, tolemepti', 'kk')).toEqual(['kazaly-church-gas']);
    expect(await slugs('А батюшка в Казалинске правда теперь службы в холодном храме ведёт? говорят газ сняли за долг')).toEqual(['kazaly-church-gas']);
    // another place of worship is another claim
    expect(await slugs('В Казалинске мечеть осталась без газа, газовики перекрыли за неуплату')).toEqual([]);
  });
});
