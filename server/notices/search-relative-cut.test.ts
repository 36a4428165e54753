// "Ranked, not dumped" (issue 11): a notice that passes the absolute threshold on its own is not
// shown next to one that answers the question clearly better — only results close to the best are.
// The candidates are given as the search's SQL would return them (rankNoticeMatches is pure), with
// the seeded lexicon, so the test needs no database and pins the ranking step alone.
import { describe, expect, it } from 'vitest';
import { conceptSeeds } from '../../prisma/seed/concept-lexicon';
import { representClaim } from '../lexicon/represent-claim';
import { compileLexicon } from '../text/concepts';
import { normalizeReportText } from '../text/normalize';
import { rankNoticeMatches, type NoticeMatchRow } from './search-notices';

const lexicon = { ...compileLexicon(conceptSeeds.flatMap((c) => (['kk', 'ru', 'en'] as const).flatMap((language) => c[language].map((term) => ({ conceptId: c.id, contrastClass: c.contrastClass, weight: c.weight, term, language }))))), revision: 0 };
const context = { lexicon, placeKeys: [] };
const claimOf = (text: string) => representClaim(context, { text, normalizedText: normalizeReportText(text) });

/** A published notice with one Russian title, as the SQL returns it: `score` is its wording similarity. */
function candidate(slug: string, title: string, score: number): NoticeMatchRow {
  return { slug, verdict: 'FALSE', title, summary: '', language: 'ru', score, publishedAt: null, conceptKeys: [`ru ${claimOf(title).conceptKey}`], titles: [title], sightings: [] };
}

const question = 'Говорят, в Актау закроют все школы на карантин';
const search = (rows: NoticeMatchRow[]) =>
  rankNoticeMatches(context, { text: question, normalizedText: normalizeReportText(question), tokens: claimOf(question).tokens }, rows, { threshold: 0.3, conceptThreshold: 0.6, sightingThreshold: 0.35, sightingConceptThreshold: 0.6, limit: 5 }).map((m) => m.slug);

describe('"already checked?" shows only results close to the best one', () => {
  const schools = candidate('aktau-schools-quarantine', 'Утверждение, что в Актау закроют школы на карантин', 0.8);
  // Shares the town and much of the wording, not the claim: neither a sibling nor a contrast of the
  // schools notice, so only the relative cut keeps it out.
  const video = candidate('aktau-video', 'Утверждение о видео из Актау', 0.4);

  it('shows a weaker notice above the threshold when nothing answers better', () => {
    expect(search([video])).toEqual(['aktau-video']);
  });

  it('leaves it out next to the notice that answers the question clearly better', () => {
    expect(search([schools, video])).toEqual(['aktau-schools-quarantine']);
    expect(search([video, schools])).toEqual(['aktau-schools-quarantine']);
  });
});
