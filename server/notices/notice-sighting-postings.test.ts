// "Already checked?" finds a notice through its rumour's reports from a copy of their word and
// concept postings kept only for notices that can be shown (NoticeSightingWord/Concept, migration
// 20261206154000_notice_sighting_postings). The copy must be exactly RumorWord/RumorConcept joined to
// the shown notices after every kind of write, or search answers differently from reading the join.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { addSighting, createPublishedNotice, createRumor } from '../testing/fixtures';
import { searchPublishedNotices } from './search-notices';

const t = setupTestDatabase();

/** The copy and what it must equal, as sorted "posting notice" lines. */
async function copyAndJoin() {
  const rows = await t.db.$queryRaw<{ copy: string[]; join: string[] }[]>`
    SELECT
      ARRAY(SELECT 'w ' || word || ' ' || "noticeId" FROM "NoticeSightingWord"
            UNION ALL SELECT 'c ' || token || ' ' || "noticeId" FROM "NoticeSightingConcept" ORDER BY 1) AS copy,
      ARRAY(SELECT DISTINCT 'w ' || w.word || ' ' || n.id FROM "RumorWord" w JOIN "Notice" n ON n."rumorId" = w."rumorId" WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING'
            UNION SELECT 'c ' || c.token || ' ' || n.id FROM "RumorConcept" c JOIN "Notice" n ON n."rumorId" = c."rumorId" WHERE n.status = 'PUBLISHED' AND n.verdict <> 'CHECKING' ORDER BY 1) AS join`;
  return rows[0]!;
}

async function expectCopyExact(notice: string, present: boolean) {
  const { copy, join } = await copyAndJoin();
  expect(copy).toEqual(join);
  expect(copy.some((line) => line.endsWith(notice))).toBe(present);
}

describe('the sighting postings of shown notices', () => {
  it('a notice published after its rumour had reports is found through them, and no longer once unpublished', async () => {
    const { rumor, notice } = await createPublishedNotice(t.db, {
      slug: 'oral-poisoned-sausage-late',
      verdict: 'FALSE',
      regionCodes: ['KZ-27'],
      titles: { ru: 'В Уральске не продают отравленную колбасу' },
    });
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'DRAFT' } });
    await addSighting(t.db, rumor.id, 'Оралдағы дүкендерде уланған шұжық сатылып жатыр, балалар ауырып қалды', 'kk');
    const question = { q: 'дүкендерде уланған шұжық сатылып жатыр, балалар ауырып қалды дейді рас па', language: 'kk' as const };
    await expectCopyExact(notice.id, false);
    // published: the reports it already had count at once
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'PUBLISHED' } });
    await expectCopyExact(notice.id, true);
    expect((await searchPublishedNotices(t.db, question)).map((m) => m.slug)).toEqual(['oral-poisoned-sausage-late']);
    // an interim "we are checking" verdict is not shown, nor are its sightings read
    await t.db.notice.update({ where: { id: notice.id }, data: { verdict: 'CHECKING' } });
    await expectCopyExact(notice.id, false);
    await t.db.notice.update({ where: { id: notice.id }, data: { verdict: 'FALSE' } });
    await expectCopyExact(notice.id, true);
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'WITHDRAWN' } });
    await expectCopyExact(notice.id, false);
    expect(await searchPublishedNotices(t.db, question)).toEqual([]);
  });

  it('follows reports joining, a notice moving to another rumour, a rebuild of the word index and a deleted notice', async () => {
    const { rumor, notice } = await createPublishedNotice(t.db, {
      slug: 'taraz-free-trips',
      verdict: 'FALSE',
      regionCodes: ['KZ-31'],
      titles: { ru: 'Акимат Тараза не раздаёт бесплатные путёвки в Турцию' },
    });
    await addSighting(t.db, rumor.id, 'Таразда әкімдік Түркияға тегін жолдама таратып жатыр деп вотсапта шулап жатыр', 'kk');
    await expectCopyExact(notice.id, true);
    const other = await createRumor(t.db, 'в Таразе бесплатно раздают путевки в Турцию', ['KZ-31']);
    await addSighting(t.db, other.id, 'Taraz akimat tegin putevka berip jatyr dep jazyp jatyr', 'kk');
    const before = (await copyAndJoin()).copy.length;
    // a report of a rumour with no notice copies nothing
    await expectCopyExact(notice.id, true);
    expect((await copyAndJoin()).copy.length).toBe(before);
    // the notice moves to the other rumour (a merge): its postings are that rumour's now
    await t.db.notice.update({ where: { id: notice.id }, data: { rumorId: other.id } });
    await expectCopyExact(notice.id, true);
    await t.db.$executeRaw`SELECT raspa_rebuild_search_words()`;
    await expectCopyExact(notice.id, true);
    await t.db.$executeRaw`DELETE FROM "NoticeTranslation" t USING "NoticeVersion" v WHERE v.id = t."noticeVersionId" AND v."noticeId" = ${notice.id}::uuid`;
    await t.db.noticeVersion.deleteMany({ where: { noticeId: notice.id } });
    await t.db.notice.delete({ where: { id: notice.id } });
    await expectCopyExact(notice.id, false);
  });
});
