// The claim lexicon exactly as the seed writes it, compiled in memory (no database), and the two
// checks the lexicon tests make of pairs of texts: two claims (a contrast member, a direction or a
// number tells them apart) or one claim said two ways (nothing does). Each pair is checked in both
// orders, as reports arrive in either.
import { expect } from 'vitest';
import { conceptSeeds } from '../../prisma/seed/concept-lexicon';
import { compileLexicon, contrastBetween, extractConcepts } from '../text/concepts';
import { detectLanguage } from '../text/language';
import { normalizeReportText } from '../text/normalize';

export const seededLexicon = compileLexicon(conceptSeeds.flatMap((c) => (['kk', 'ru', 'en'] as const).flatMap((language) => c[language].map((term) => ({ conceptId: c.id, contrastClass: c.contrastClass, weight: c.weight, term, language })))));

/** The concept tokens the seeded lexicon reads in `text`. */
export const seededTokens = (text: string) => {
  // As the pipeline reads a report (server/lexicon/represent-claim.ts): with its language.
  const { language } = detectLanguage(text);
  return extractConcepts(normalizeReportText(text), seededLexicon, { kazakh: language === 'kk', language }).tokens;
};

/** Each pair is two claims: something tells them apart, in either order. */
export function expectApart(pairs: readonly (readonly [string, string])[]): void {
  for (const [a, b] of pairs) {
    expect(contrastBetween(seededTokens(a), seededTokens(b)), `${a} × ${b}`).not.toBeNull();
    expect(contrastBetween(seededTokens(b), seededTokens(a)), `${b} × ${a}`).not.toBeNull();
  }
}

/** Each pair is one claim said two ways: nothing tells them apart, in either order. */
export function expectCompatible(pairs: readonly (readonly [string, string])[]): void {
  for (const [a, b] of pairs) {
    expect(contrastBetween(seededTokens(a), seededTokens(b)), `${a} × ${b}`).toBeNull();
    expect(contrastBetween(seededTokens(b), seededTokens(a)), `${b} × ${a}`).toBeNull();
  }
}
