// "Already checked?" reads the reports of a published notice's rumour (its sightings), and its
// answers are cached for 30 s. A report joining or leaving such a rumour must reach the next answer
// at once, in every process: the Report triggers announce notice.sightings_changed after commit,
// and the cache forgets. (Without them, the question below got the answer of before for 30 s.)
import { describe, expect, it } from 'vitest';
import { EventHub } from '../live/events';
import { splitReportIntoNewRumor } from '../rumors/split-report';
import { setupTestDatabase } from '../testing/database';
import { addSighting, asActor, createPublishedNotice, createRumor, createStaff } from '../testing/fixtures';
import { clearNoticeSearchCache, followStaleSearchEvents, searchPublishedNoticesCached } from './notice-search-cache';

const t = setupTestDatabase();

describe('the "already checked?" cache and the sightings of a notice’s rumour', () => {
  it('shows a notice as soon as a matching report joins its rumour, and stops when the report is split off', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-27']));
    const { rumor } = await createPublishedNotice(t.db, {
      slug: 'oral-poisoned-curd-cached',
      verdict: 'FALSE',
      regionCodes: ['KZ-27'],
      titles: { ru: 'В Уральске не продают отравленный творог' },
    });
    await addSighting(t.db, rumor.id, 'В Уральске продают отравленный творог', 'ru'); // a split leaves one behind
    const hub = new EventHub(t.url);
    const stop = await followStaleSearchEvents(hub);
    clearNoticeSearchCache();
    try {
      const question = { q: 'дүкендерде уланған сүзбе сатылып жатыр, балалар ауырып қалды дейді рас па', language: 'kk' as const, limit: 3 };
      const slugs = async () => (await searchPublishedNoticesCached(t.db, question)).map((m) => m.slug);
      expect(await slugs()).toEqual([]); // the Russian title alone does not answer it; now cached

      const report = await addSighting(t.db, rumor.id, 'Оралдағы дүкендерде уланған сүзбе сатылып жатыр, балалар ауырып қалды', 'kk');
      await expect.poll(slugs, { timeout: 5_000 }).toEqual(['oral-poisoned-curd-cached']);

      await splitReportIntoNewRumor(t.db, moderator, { reportId: report.id });
      await expect.poll(slugs, { timeout: 5_000 }).toEqual([]);
    } finally {
      stop();
    }
  });

  it('is not told when a report joins a rumour without a published notice (the answers stay cached)', async () => {
    const rumor = await createRumor(t.db, 'В Актобе закроют рынок', ['KZ-15']);
    const hub = new EventHub(t.url);
    const events: string[] = [];
    const stop = await hub.subscribe((event) => events.push(event.type));
    try {
      await addSighting(t.db, rumor.id, 'В Актобе закроют центральный рынок', 'ru');
      // a notice's report in the same period is announced, so the silence above is not a slow LISTEN
      const { rumor: published } = await createPublishedNotice(t.db, { slug: 'aktobe-market', verdict: 'FALSE', regionCodes: ['KZ-15'], titles: { ru: 'Рынок в Актобе не закроют' } });
      await addSighting(t.db, published.id, 'Рынок в Актобе закрывают', 'ru');
      await expect.poll(() => events).toEqual(['notice.sightings_changed']);
    } finally {
      stop();
    }
  });
});
