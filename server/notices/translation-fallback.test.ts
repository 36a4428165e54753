// A notice missing the reader's language is shown in the same other language everywhere: the home
// page's list, the REST API, the notice page, "already checked?" search and outgoing messages all
// follow the one fallback order of server/i18n/languages.ts — an English reader gets Russian before
// Kazakh, a Russian reader Kazakh before English.
import { describe, expect, it } from 'vitest';
import { handleNoticeList } from '../api/notices-public';
import { loadOutgoingNotice } from '../delivery/outgoing-notice';
import type { Language } from '../i18n/languages';
import type { RegionCode } from '../regions/codes';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { getPublicNotice } from './get-notice';
import { listPublishedNotices } from './list-published-notices';
import { searchPublishedNotices } from './search-notices';

const t = setupTestDatabase();

async function noticeWithout(slug: string, regionCode: RegionCode, missing: Language, titles: { kk: string; ru: string; en: string }) {
  const { notice } = await createPublishedNotice(t.db, { slug, verdict: 'FALSE', regionCodes: [regionCode], titles });
  await t.db.noticeTranslation.deleteMany({ where: { noticeVersion: { noticeId: notice.id }, language: missing } });
  return notice;
}

/** What each surface shows a reader of `language` for the region's only notice. */
async function shownEverywhere(slug: string, regionCode: RegionCode, language: Language, query: string) {
  // The home page's list, exactly as app/[locale]/(public)/page.tsx asks for it.
  const { notices: [home] } = await listPublishedNotices(t.db, { language, limit: 10, regionCode, includeWithdrawn: false });
  const response = await handleNoticeList(new Request(`http://raspa.test/api/v1/notices?lang=${language}&region=${regionCode}`), testApiDeps(t));
  const [api] = ((await response.json()) as { notices: { language: string; title: string }[] }).notices;
  const page = await getPublicNotice(t.db, slug, language);
  const found = (await searchPublishedNotices(t.db, { q: query, language })).find((match) => match.slug === slug);
  const notice = await t.db.notice.findUniqueOrThrow({ where: { slug }, select: { versions: { select: { id: true } } } });
  const message = (await loadOutgoingNotice(t.db, notice.versions[0]!.id))(language);
  return { home, api, page, found, message };
}

describe('a notice missing the reader’s language', () => {
  it('reaches an English reader in Russian on the home page, in the API, on its page, in search and in messages', async () => {
    await noticeWithout('no-english-text', 'KZ-47', 'en', { kk: 'Ақтауда су өшіріледі деген хабар', ru: 'Сообщение, что в Актау отключат воду', en: 'unused' });
    const shown = await shownEverywhere('no-english-text', 'KZ-47', 'en', 'в Актау отключат воду');
    for (const [surface, notice] of Object.entries(shown)) {
      expect(notice, surface).toMatchObject({ language: 'ru', title: 'Сообщение, что в Актау отключат воду' });
    }
  });

  it('reaches a Russian reader in Kazakh, not in English, everywhere', async () => {
    await noticeWithout('no-russian-text', 'KZ-61', 'ru', { kk: 'Түркістанда автобус рейстері тоқтатылады деген хабар', ru: 'unused', en: 'Buses in Turkistan will stop running' });
    const shown = await shownEverywhere('no-russian-text', 'KZ-61', 'ru', 'Түркістанда автобус рейстері тоқтатылады');
    for (const [surface, notice] of Object.entries(shown)) {
      expect(notice, surface).toMatchObject({ language: 'kk', title: 'Түркістанда автобус рейстері тоқтатылады деген хабар' });
    }
  });

  it('still reaches each other reader in their own language', async () => {
    const { home, api } = await shownEverywhere('no-english-text', 'KZ-47', 'kk', 'Ақтауда су өшіріледі');
    expect(home).toMatchObject({ language: 'kk' });
    expect(api).toMatchObject({ language: 'kk' });
  });
});
