// "Already checked?" also reads a published notice's rumour: the reports people sent about the same
// claim (its sightings), in every language and script, are worded like a citizen's question far more
// than the fact-checker's titles are. A query matching one is evidence for the notice — unless the
// notice's own titles name another member of a contrast class, or the notice is withdrawn.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { addSighting, createPublishedNotice } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';
import type { Language } from '../i18n/languages';

const t = setupTestDatabase();

const slugs = async (q: string, language: Language) => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

describe('"already checked?" through the sightings of a notice’s rumour', () => {
  it('finds a Russian-only notice by a Kazakh question worded like a Kazakh report of its rumour', async () => {
    const { rumor } = await createPublishedNotice(t.db, {
      slug: 'taraz-free-trips-to-turkey',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { ru: 'Акимат Тараза не раздаёт бесплатные путёвки в Турцию' },
    });
    const question = 'әкімдік Түркияға тегін жолдама таратып жатыр ма, вотсапта шулап жатыр';
    // the Russian title alone does not answer it: the lexicon reads too little of the Kazakh wording
    expect(await slugs(question, 'kk')).toEqual([]);
    await addSighting(t.db, rumor.id, 'Таразда әкімдік Түркияға тегін жолдама таратып жатыр деп вотсапта шулап жатыр', 'kk');
    const [match] = await searchPublishedNotices(t.db, { q: question, language: 'kk' });
    expect(match).toMatchObject({ slug: 'taraz-free-trips-to-turkey', language: 'ru', title: 'Акимат Тараза не раздаёт бесплатные путёвки в Турцию' });
  });

  it('never shows a notice whose titles name another place of worship, though the query matches a sighting', async () => {
    const { rumor } = await createPublishedNotice(t.db, {
      slug: 'taraz-mosque-arson',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { ru: 'Мечеть на улице Абая в Таразе никто не поджигал', kk: 'Тараздағы Абай көшесіндегі мешітті ешкім өртеген жоқ' },
    });
    expect(await slugs('на Абая в Таразе ночью подожгли, все в дыму, правда?', 'ru')).toEqual([]);
    await addSighting(t.db, rumor.id, 'на Абая в Таразе ночью подожгли, все в дыму', 'ru');
    expect(await slugs('на Абая в Таразе ночью подожгли, все в дыму, правда?', 'ru')).toEqual(['taraz-mosque-arson']);
    expect(await slugs('на Абая в Таразе ночью подожгли церковь, все в дыму, правда?', 'ru')).toEqual([]);
  });

  it('reads the same latest 20 reports of a rumour whichever order those received at one instant were stored in', async () => {
    const { rumor } = await createPublishedNotice(t.db, {
      slug: 'ekibastuz-free-coal',
      verdict: 'FALSE',
      regionCodes: ['KZ-55'],
      titles: { ru: 'В Экибастузе пенсионерам не раздают бесплатный уголь' },
    });
    const question = 'зейнеткерлерге тегін көмір таратып жатыр ма, телеграмда жазып жатыр';
    const sighting = 'Екібастұзда зейнеткерлерге тегін көмір таратып жатыр деп телеграмда жазып жатыр';
    const found = async () => (await slugs(question, 'kk')).includes('ekibastuz-free-coal');
    // 21 reports received at one instant (a batch of SMS): the 20 read are those stored last, by their
    // time-ordered ids, whether the database walks the index or sorts what it found
    const instant = new Date('2026-12-01T10:00:00.000Z');
    const id = (n: number) => `01930000-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const others = async () => {
      for (let k = 1; k <= 20; k++) await addSighting(t.db, rumor.id, `В Экибастузе очередь в ЦОНе с утра, номер ${k}`, 'ru', { id: id(100 + k), receivedAt: instant });
    };
    // the matching report has the smallest id: the 21st, never read, stored before or after the others
    await addSighting(t.db, rumor.id, sighting, 'kk', { id: id(1), receivedAt: instant });
    await others();
    expect(await found()).toBe(false);
    await t.db.report.deleteMany({ where: { rumorId: rumor.id } });
    await others();
    await addSighting(t.db, rumor.id, sighting, 'kk', { id: id(2), receivedAt: instant });
    expect(await found()).toBe(false);
    // with the largest id it is among the 20 read
    await addSighting(t.db, rumor.id, sighting, 'kk', { id: id(999), receivedAt: instant });
    expect(await found()).toBe(true);
  });

  it('never shows a withdrawn notice, however well a sighting of its rumour matches', async () => {
    const { rumor, notice } = await createPublishedNotice(t.db, {
      slug: 'oral-poisoned-curd',
      verdict: 'FALSE',
      regionCodes: ['KZ-27'],
      titles: { ru: 'В Уральске не продают отравленный творог' },
    });
    const question = 'дүкендерде уланған сүзбе сатылып жатыр, балалар ауырып қалды дейді рас па';
    expect(await slugs(question, 'kk')).toEqual([]);
    await addSighting(t.db, rumor.id, 'Оралдағы дүкендерде уланған сүзбе сатылып жатыр, балалар ауырып қалды', 'kk');
    expect(await slugs(question, 'kk')).toEqual(['oral-poisoned-curd']);
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'WITHDRAWN' } });
    expect(await slugs(question, 'kk')).toEqual([]);
  });
});
