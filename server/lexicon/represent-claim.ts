// Text → what the claim says (concepts, numbers, places, residual words), for clustering and
// "already checked?" search alike. See server/text/concepts.ts for the token format.
import type { DbTx } from '../db/client';
import { loadPlaceIndex, placesInText } from '../settlements/place-index';
import { detectLanguage, normalizeReportText } from '../text';
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
  const normalizedText = latinTsonRead(input.text) ?? input.normalizedText;
  const places = placesInText(normalizedText, context.placeKeys);
  if (input.settlementId) places.settlementIds.add(input.settlementId);
  const kazakh = input.kazakh ?? detectLanguage(input.text).language === 'kk';
  // Russian and English by the script: a class head's qualifier is compared within one language (concepts.ts qualifiersDiffer).
  const language = kazakh ? 'kk' : /\p{Script=Cyrillic}/u.test(input.text) ? 'ru' : 'en';
  const { tokens, corrected } = extractConcepts(normalizedText, context.lexicon, { kazakh, skipWords: places.wordIndexes, language });
  for (const name of unknownNames(input.text, tokens)) tokens.add(name);
  for (const id of places.settlementIds) tokens.add(`@${id}`);
  return { tokens, conceptKey: formatConceptKey(tokens), settlementIds: places.settlementIds, corrected };
}

/**
 * ЦОН (a public service centre) typed in Latin letters: "con", "CONda", "con-ga". Its match key
 * "kon" is also Kazakh "қон-" (to land, to stay the night) and Russian "конь", so only the Latin
 * "c" says which — Kazakh and Russian have no other word written so. Read as "ЦОН" with its
 * Kazakh ending; not in English text, where a con is a swindle. Null when the text has none.
 */
const LATIN_TSON = /(?<![\p{L}\p{N}])con(-?(?:[dt][ae](?:gy|gi|n|r[dt]?[ae]?)?|[dlt][ae]r(?:d[ae]|g[ae]|d[yi])?|[gk][ae]|[dt][yi]|n[yi]ng?|n[yi]))?(?![\p{L}\p{N}])/giu;
/** detectLanguage's confidence for a text plainly English; Kazakh in ASCII Latin falls back to English at 0.3. */
const ENGLISH_CONFIDENCE = 0.5;
function latinTsonRead(text: string): string | null {
  if (!/con/i.test(text)) return null;
  let bare = false;
  const replaced = text.replace(LATIN_TSON, (_, ending: string | undefined) => {
    bare ||= !ending;
    return `цон${ending ?? ''}`;
  });
  if (replaced === text) return null;
  // A Kazakh ending is never English; a bare "con" is read only where the text is not plainly English.
  if (bare) {
    const { language, confidence } = detectLanguage(text);
    if (language === 'en' && confidence >= ENGLISH_CONFIDENCE) return null;
  }
  return normalizeReportText(replaced);
}
