// The one list of published notices: what the home, region and "check" pages show is what the
// REST API and the feeds give, language by language.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { listPublishedNotices, listUrgentNotices } from './list-published-notices';

const t = setupTestDatabase();
const HOUR = 3_600_000;

async function notice(slug: string, regionCodes: string[], publishedHoursAgo: number) {
  const created = await createPublishedNotice(t.db, { slug, verdict: 'FALSE', regionCodes, titles: { kk: `${slug} kk`, ru: `${slug} ru`, en: `${slug} en` } });
  const at = new Date(Date.now() - publishedHoursAgo * HOUR);
  await t.db.notice.update({ where: { id: created.notice.id }, data: { firstPublishedAt: at, lastPublishedAt: at } });
  return created.notice;
}

const slugs = (items: { slug: string }[]) => items.map((item) => item.slug);

describe('listPublishedNotices', () => {
  let interim: { id: string };
  beforeAll(async () => {
    // Newest first: aktau-water (1 h), shymkent-school (2 h, no English), interim-aktau (3 h, replaced), demo-bridge (4 h).
    await notice('aktau-water', ['KZ-47'], 1);
    const school = await notice('shymkent-school', ['KZ-79'], 2);
    await t.db.noticeTranslation.deleteMany({ where: { language: 'en', noticeVersion: { noticeId: school.id } } });
    interim = await notice('interim-aktau', ['KZ-47'], 3);
    const final = await t.db.notice.findUniqueOrThrow({ where: { slug: 'aktau-water' } });
    await t.db.notice.update({ where: { id: interim.id }, data: { verdict: 'CHECKING', supersededById: final.id } });
    const demo = await notice('demo-bridge', [], 4);
    await t.db.notice.update({ where: { id: demo.id }, data: { isDemo: true } });
    // Withdrawn 5 h ago, published 6 h ago: machines still see it (to take it down), pages do not.
    const withdrawn = await notice('withdrawn-claim', ['KZ-47'], 6);
    await t.db.notice.update({
      where: { id: withdrawn.id },
      data: { status: 'WITHDRAWN', withdrawnAt: new Date(Date.now() - 5 * HOUR), lastChangedAt: new Date(Date.now() - 5 * HOUR), withdrawnReasonRu: 'Источник отозвал заявление.' },
    });
  });

  it('lists newest first, without interim notices a final notice replaced', async () => {
    const { notices, nextCursor } = await listPublishedNotices(t.db, { language: 'ru', includeWithdrawn: false });
    expect(slugs(notices)).toEqual(['aktau-water', 'shymkent-school', 'demo-bridge']);
    expect(nextCursor).toBeNull();
  });

  it('keeps a withdrawn notice, with its reason, for machines only', async () => {
    const { notices } = await listPublishedNotices(t.db, { language: 'en' });
    expect(slugs(notices)).toEqual(['aktau-water', 'shymkent-school', 'demo-bridge', 'withdrawn-claim']);
    expect(notices.at(-1)).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'Источник отозвал заявление.' });
  });

  it('gives a reader without their language the nearest one: English → Russian', async () => {
    const { notices } = await listPublishedNotices(t.db, { language: 'en' });
    expect(notices.find((n) => n.slug === 'shymkent-school')).toMatchObject({ language: 'ru', title: 'shymkent-school ru' });
    expect(notices.find((n) => n.slug === 'aktau-water')).toMatchObject({ language: 'en', title: 'aktau-water en' });
  });

  it('filters by region, pages with a cursor and marks demonstration content', async () => {
    expect(slugs((await listPublishedNotices(t.db, { language: 'kk', regionCode: 'KZ-47', includeWithdrawn: false })).notices)).toEqual(['aktau-water']);
    const first = await listPublishedNotices(t.db, { language: 'kk', limit: 2, includeWithdrawn: false });
    expect(slugs(first.notices)).toEqual(['aktau-water', 'shymkent-school']);
    const second = await listPublishedNotices(t.db, { language: 'kk', limit: 2, includeWithdrawn: false, cursor: first.nextCursor! });
    expect(second.notices).toMatchObject([{ slug: 'demo-bridge', isDemo: true }]);
    expect(first.notices.every((n) => !n.isDemo)).toBe(true);
  });

  it('shows recent urgent notices for the region and the whole country, not old ones or replaced interims', async () => {
    await t.db.notice.updateMany({ where: { slug: { in: ['aktau-water', 'shymkent-school', 'interim-aktau', 'demo-bridge', 'withdrawn-claim'] } }, data: { urgency: 'URGENT' } });
    expect(slugs(await listUrgentNotices(t.db, { language: 'ru', regionCode: 'KZ-47', withinMs: 6 * HOUR }))).toEqual(['aktau-water', 'demo-bridge']);
    expect(slugs(await listUrgentNotices(t.db, { language: 'ru', withinMs: 6 * HOUR }))).toEqual(['demo-bridge']);
    expect(slugs(await listUrgentNotices(t.db, { language: 'ru', regionCode: 'KZ-47', withinMs: 2 * HOUR }))).toEqual(['aktau-water']);
  });
});
