// Which language a reader gets when a text does not exist in theirs: their own, then the nearest.
// A Kazakh reader is likelier to read Russian than English, and the other way round.
import type { Language } from '../db/generated/enums';

export const LANGUAGE_FALLBACK: Record<Language, readonly Language[]> = { kk: ['kk', 'ru', 'en'], ru: ['ru', 'kk', 'en'], en: ['en', 'ru', 'kk'] };

/** The translation in `language`, else in the nearest language there is one. */
export function pickTranslation<T extends { language: Language }>(translations: readonly T[], language: Language): T | undefined {
  return LANGUAGE_FALLBACK[language].map((l) => translations.find((t) => t.language === l)).find((t) => t !== undefined);
}
