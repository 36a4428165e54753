// The shared harness of the lexicon contrast tests (server/reports/lexicon-contrast-*.test.ts): two
// claims that differ only in one contrast member never share a rumour, in either order of arrival and
// in kk (both scripts), ru and en; and "already checked?" never shows one's notice for the other, while
// a question naming the member finds its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClaimContext } from '../lexicon/represent-claim';
import { searchPublishedNotices } from '../notices/search-notices';
import type { RegionCode } from '../regions/codes';
import type { TestDatabase } from './database';
import { createPublishedNotice, submitAndCluster } from './fixtures';

/** Each side's texts: kk Cyrillic, kk Latin, ru, en. */
const TEXT_LANGUAGES = ['kk', 'kk', 'ru', 'en'] as const;

export interface ContrastSide {
  texts: string[];
  slug: string;
  titles: { kk: string; ru: string; en: string };
  query: [string, 'kk' | 'ru' | 'en'];
}

export interface ContrastPair {
  name: string;
  region: RegionCode;
  a: ContrastSide;
  b: ContrastSide;
}

export function describeContrastPairs(t: TestDatabase, title: string, pairs: ContrastPair[], options: { secondClaimMeets?: boolean } = {}): void {
  const rumourOf = async (reportId: string) => (await t.db.report.findUniqueOrThrow({ where: { id: reportId }, select: { rumorId: true } })).rumorId ?? '';
  const slugs = async (q: string, language: 'kk' | 'ru' | 'en') => (await searchPublishedNotices(t.db, { q, language, limit: 3 })).map((m) => m.slug);

  describe(title, () => {
    // The lexicon and place index are read once per process: read them here, not inside the first pair's time budget.
    beforeAll(async () => {
      await loadClaimContext(t.db);
    });

    for (const pair of pairs) {
      for (const order of ['a first', 'b first'] as const) {
        it(`never puts ${pair.name} reports in one rumour (${order})`, async () => {
          const [first, second] = order === 'a first' ? [pair.a, pair.b] : [pair.b, pair.a];
          const firstIds = [];
          for (const text of first.texts) firstIds.push(await submitAndCluster(t.db, text, pair.region));
          const secondIds = [];
          for (const text of second.texts) secondIds.push(await submitAndCluster(t.db, text, pair.region));
          const rumoursFirst = new Set(await Promise.all(firstIds.map(rumourOf)));
          const rumoursSecond = new Set(await Promise.all(secondIds.map(rumourOf)));
          for (const id of rumoursSecond) expect(rumoursFirst.has(id), `${pair.name}, ${order}: a rumour holds both claims`).toBe(false);
          // Each claim's own reports still meet across languages: the members are read in every script.
          expect(rumoursFirst.size, `${pair.name}, ${order}: the first claim's reports`).toBeLessThan(first.texts.length);
          if (options.secondClaimMeets) expect(rumoursSecond.size, `${pair.name}, ${order}: the second claim's reports`).toBeLessThan(second.texts.length);
          await t.db.rumor.updateMany({ where: { regionCodes: { has: pair.region } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
        });
      }

      it(`never shows the notice of one of ${pair.name} for the other`, async () => {
        for (const side of [pair.a, pair.b]) await createPublishedNotice(t.db, { slug: side.slug, verdict: 'FALSE', regionCodes: [pair.region], titles: side.titles });
        for (const [side, other] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
          const found = await slugs(...side.query);
          expect(found, `${side.query[0]}`).toContain(side.slug);
          expect(found, `${side.query[0]}`).not.toContain(other.slug);
          // Every report text of one side, asked as a question, never gets the other's notice.
          for (const [i, text] of side.texts.entries()) expect(await slugs(text, TEXT_LANGUAGES[i]!), text).not.toContain(other.slug);
        }
      });
    }
  });
}
