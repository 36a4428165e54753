// Text → what the claim says (concepts, numbers, places, residual words), for clustering and
// "already checked?" search alike. See server/text/concepts.ts for the token format.
import type { DbTx } from '../db/client';
import { loadPlaceIndex, placesInText } from '../settlements/place-index';
import { detectLanguage } from '../text';
import { extractConcepts, formatConceptKey, unknownNames } from '../text/concepts';
import { loadLexicon, type LoadedLexicon } from './load-lexicon';

export interface ClaimRepresentation {
  tokens: Set<string>;
  /** The tokens as stored (Report.conceptKey, NoticeTranslation.conceptKey). */
  conceptKey: string;
  settlementIds: Set<string>;
  /** Numbers the text states only to correct them ("7, а не 70": 70; concepts.ts extractConcepts). */
  corrected: number[];
}

export interface ClaimContext {
  lexicon: LoadedLexicon;
  placeKeys: Awaited<ReturnType<typeof loadPlaceIndex>>['keys'];
}

export async function loadClaimContext(db: DbTx): Promise<ClaimContext> {
  const [lexicon, places] = await Promise.all([loadLexicon(db), loadPlaceIndex(db)]);
  return { lexicon, placeKeys: places.keys };
}

/**
 * `text` is the original (for the language: Kazakh "он" is ten), `normalizedText` its
 * normalizeReportText. A settlement the reporter chose counts as named.
 */
export function representClaim(context: ClaimContext, input: { text: string; normalizedText: string; settlementId?: string | null; kazakh?: boolean }): ClaimRepresentation {
  const places = placesInText(input.normalizedText, context.placeKeys);
  if (input.settlementId) places.settlementIds.add(input.settlementId);
  const kazakh = input.kazakh ?? detectLanguage(input.text).language === 'kk';
  const { tokens, corrected } = extractConcepts(input.normalizedText, context.lexicon, { kazakh, skipWords: places.wordIndexes });
  for (const name of unknownNames(input.text, tokens)) tokens.add(name);
  for (const id of places.settlementIds) tokens.add(`@${id}`);
  return { tokens, conceptKey: formatConceptKey(tokens), settlementIds: places.settlementIds, corrected };
}
