// The languages Raspa speaks and the one rule for choosing among them, for every page, list, feed,
// API response and message. Client-safe (pages, client components and the service worker import
// it): plain data and functions only. The message catalogues are read through ./translator.
import type { Language as DatabaseLanguage } from '../db/generated/enums';

/** Kazakh, Russian, English — in this order wherever all three are listed. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Kazakh is the state language: the site's default and the first of every list. */
export const DEFAULT_LANGUAGE: Language = 'kk';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `kk|ru|en`, for patterns that match a language in a path or a command. */
export const LANGUAGE_PATTERN = LANGUAGES.join('|');

/** Each language in its own words, as language pickers show them (the same in every language). */
export const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
/** The same, where space is short (the language switcher). */
export const LANGUAGE_SHORT_NAMES: Record<Language, string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

/**
 * When a text is missing in the reader's language, the next one they most likely read: a Kazakh
 * reader reads Russian sooner than English, and an English reader Russian sooner than Kazakh.
 */
const FALLBACK_ORDER: Record<Language, readonly Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/** Every language, the reader's first, then in the order a missing text falls back. */
export function fallbackOrder(language: Language): readonly Language[] {
  return FALLBACK_ORDER[language];
}

/** The text to show a reader of `language`: theirs, else the nearest one there is. */
export function pickTranslation<T extends { language: Language }>(translations: readonly T[], language: Language): T | undefined {
  for (const candidate of FALLBACK_ORDER[language]) {
    const found = translations.find((t) => t.language === candidate);
    if (found) return found;
  }
  return undefined;
}

/** The same rule for texts kept per language in a record (a reason, a signed title): the first one written. */
export function pickByLanguage<T>(values: Partial<Record<Language, T>> | undefined, language: Language): T | undefined {
  for (const candidate of FALLBACK_ORDER[language]) if (values?.[candidate]) return values[candidate];
  return undefined;
}

/** A region's or settlement's name columns. */
export interface PlaceNames {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

const NAME_FIELD = { kk: 'nameKk', ru: 'nameRu', en: 'nameEn' } as const satisfies Record<Language, keyof PlaceNames>;

/** A region's or settlement's name in the reader's language (every place has all three). */
export function placeName(place: PlaceNames, language: Language): string {
  return place[NAME_FIELD[language]];
}

/**
 * A place line, "settlement, region": the region once when the place is the region itself (Almaty, Astana and
 * Shymkent are cities that are their own regions — "Almaty, Almaty" read as a mistake).
 */
export function placeWithRegion(place: string | null | undefined, region: string | null | undefined): string {
  const same = place && region && place.trim().toLocaleLowerCase() === region.trim().toLocaleLowerCase();
  return [place, same ? null : region].filter(Boolean).join(', ');
}

// The database enum and this list must name the same languages (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const languagesMatchDatabase: Same<Language, DatabaseLanguage> = true;
void languagesMatchDatabase;
