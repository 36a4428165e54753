// The public notice page as a reader gets it: the document built from the database, the view
// counter, and what an interim notice superseded by its verdict looks like.
import { describe, expect, it } from 'vitest';
import { renderNoticeDocument } from './render/notice-document';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { kazakhstanDay } from '../i18n/format';
import { countNoticeView, flushNoticeViews, recordNoticeView } from './count-notice-view';
import { getPublicNotice } from './get-notice';

const t = setupTestDatabase();
const site = { siteUrl: 'https://raspa.example' };
const titles = { kk: 'Ақтауда порт жабылды', ru: 'В Актау закрыли порт', en: 'The Aktau port was closed' };

function jsonLd(page: string): Record<string, unknown> | null {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page);
  return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : null;
}

describe('the notice page', () => {
  it('shows the verdict, claim, evidence, timeline with corrections, share links and ClaimReview', async () => {
    const { notice, rumor } = await createPublishedNotice(t.db, { slug: 'aktau-port-closed', verdict: 'FALSE', regionCodes: ['KZ-47'], titles });
    await t.db.evidence.create({
      data: { rumorId: rumor.id, adHocSourceName: 'Пресс-служба порта', excerpt: 'Порт работает.', stance: 'REFUTES', obtainedAt: new Date(), isPublic: true },
    });
    await t.db.evidence.create({
      data: { rumorId: rumor.id, adHocSourceName: 'Внутренняя заметка', excerpt: 'Не для публики.', stance: 'CONTEXT', obtainedAt: new Date(), isPublic: false },
    });
    const later = new Date(Date.now() + 3600_000);
    const v2 = await t.db.noticeVersion.create({
      data: { noticeId: notice.id, version: 2, verdict: 'FALSE', publishedAt: later, changeNote: 'Добавлено заявление акимата' },
    });
    await t.db.noticeTranslation.create({
      data: { noticeVersionId: v2.id, language: 'ru', title: titles.ru, summary: 'Порт работает', body: 'Текст', smsText: 'x', searchText: 'x' },
    });
    await t.db.notice.update({ where: { id: notice.id }, data: { currentVersion: 2, lastPublishedAt: later } });

    const data = (await getPublicNotice(t.db, 'aktau-port-closed', 'ru'))!;
    const page = renderNoticeDocument(data, 'ru', site);
    expect(page).toContain('<h1 id="notice-title" lang="ru">В Актау закрыли порт</h1>');
    expect(page).toContain('class="stamp FALSE"');
    expect(page).toContain('Пресс-служба порта');
    // Evidence is quoted as staff wrote it: on the English page, a Russian name and quote say they are Russian.
    const english = renderNoticeDocument((await getPublicNotice(t.db, 'aktau-port-closed', 'en'))!, 'en', site);
    expect(english).toContain('<strong lang="ru">Пресс-служба порта</strong>');
    expect(english).toContain('<blockquote lang="ru"><p>Порт работает.</p></blockquote>');
    expect(page).not.toContain('Не для публики');
    expect(page).toMatch(/Обновлено <time[^>]*>[^<]+<\/time>: Добавлено заявление акимата/);
    expect(page).toContain('Впервые сообщили в Raspa');
    // Shared in the debunking order: the fact (the summary), then the claim once and flagged, the fact again, the link.
    const whatsApp = decodeURIComponent(/href="https:\/\/wa\.me\/\?text=([^"]+)"/.exec(page)![1]!.replace(/&amp;/g, '&'));
    expect(whatsApp).toBe('✅ Факты: Порт работает\n\n❌ ЛОЖЬ: «В Актау закрыли порт»\n\nПорт работает\nПроверено Raspa — подробнее: https://raspa.example/ru/notices/aktau-port-closed');
    expect(page).toContain(`data-text="✅ Факты: Порт работает`);
    expect(page).toContain('href="https://t.me/share/url?url=https%3A%2F%2Fraspa.example%2Fru%2Fnotices%2Faktau-port-closed');
    expect(page).toContain('href="/ru/regions/KZ-47"');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain('<meta property="og:image" content="https://raspa.example/ru/notices/aktau-port-closed/card.png?v=2">');
    expect(page).toContain('type="application/rss+xml"');
    const review = jsonLd(page)!;
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('В Актау закрыли порт');
    expect(review.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Ложь' });
    expect(review.itemReviewed).toMatchObject({ '@type': 'Claim', datePublished: rumor.firstSeenAt.toISOString() });
  });

  it('marks an interim notice as being checked, without a ClaimReview, and points it at the verdict once superseded', async () => {
    const { notice: interim } = await createPublishedNotice(t.db, { slug: 'aktau-interim', verdict: 'CHECKING', regionCodes: ['KZ-47'], titles });
    const interimPage = renderNoticeDocument((await getPublicNotice(t.db, 'aktau-interim', 'en'))!, 'en', site);
    expect(interimPage).toContain('class="stamp CHECKING"');
    expect(interimPage).toContain('This is an interim notice, not a verdict.');
    expect(jsonLd(interimPage)).toBeNull();

    const { notice: final } = await createPublishedNotice(t.db, { slug: 'aktau-final', verdict: 'FALSE', regionCodes: ['KZ-47'], titles });
    await t.db.notice.update({ where: { id: interim.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), supersededById: final.id } });
    const superseded = renderNoticeDocument((await getPublicNotice(t.db, 'aktau-interim', 'en'))!, 'en', site);
    expect(superseded).toContain('This interim notice has been replaced by the verdict');
    expect(superseded).toContain('<a href="/en/notices/aktau-final">Read the verdict (False)</a>');
    expect(superseded).toContain('<meta name="robots" content="noindex">');
  });

  it('shows a withdrawn notice with its reason', async () => {
    const { notice } = await createPublishedNotice(t.db, { slug: 'withdrawn-one', verdict: 'TRUE', regionCodes: ['KZ-61'], titles });
    await t.db.notice.update({ where: { id: notice.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawnReasonRu: 'Ошибка <в> источнике' } });
    const page = renderNoticeDocument((await getPublicNotice(t.db, 'withdrawn-one', 'ru'))!, 'ru', site);
    expect(page).toContain('data-testid="withdrawn-banner"');
    expect(page).toContain('Причина: Ошибка &lt;в&gt; источнике');
    // "Do not share it": no share buttons on a withdrawn notice.
    expect(page).not.toContain('https://wa.me/');
    expect(jsonLd(page)).toBeNull();
  });
});

describe('counting notice views', () => {
  it('adds one per view to today, for published notices only, with nothing about the reader', async () => {
    const { notice } = await createPublishedNotice(t.db, { slug: 'counted', verdict: 'FALSE', regionCodes: ['KZ-47'], titles });
    const now = new Date('2026-11-21T20:30:00Z'); // 01:30 on the 22nd in Kazakhstan
    expect(await countNoticeView(t.db, 'counted', now)).toBe(true);
    expect(await countNoticeView(t.db, 'counted', now)).toBe(true);
    expect(await countNoticeView(t.db, 'no-such-notice', now)).toBe(false);
    expect(await countNoticeView(t.db, '../etc', now)).toBe(false);
    const rows = await t.db.noticeViewDay.findMany({ where: { noticeId: notice.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.views).toBe(2);
    expect(kazakhstanDay(now)).toBe('2026-11-22');
    expect(rows[0]!.day.toISOString().slice(0, 10)).toBe('2026-11-22');
  });

  it('counts views in memory and writes them together, not once per reader', async () => {
    const { notice } = await createPublishedNotice(t.db, { slug: 'counted-together', verdict: 'FALSE', regionCodes: ['KZ-47'], titles });
    const now = new Date('2026-11-23T06:00:00Z');
    for (let i = 0; i < 5; i++) recordNoticeView(t.db, 'counted-together', now);
    recordNoticeView(t.db, 'no-such-notice', now);
    // Nothing written per view…
    expect(await t.db.noticeViewDay.findMany({ where: { noticeId: notice.id } })).toEqual([]);
    // …all of them at the next write.
    await flushNoticeViews();
    const rows = await t.db.noticeViewDay.findMany({ where: { noticeId: notice.id } });
    expect(rows.map((r) => r.views)).toEqual([5]);
    recordNoticeView(t.db, 'counted-together', now);
    await flushNoticeViews();
    expect((await t.db.noticeViewDay.findFirst({ where: { noticeId: notice.id } }))!.views).toBe(6);
  });
});
