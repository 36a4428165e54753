import { describe, expect, it } from 'vitest';
import { fallbackOrder, isLanguage, LANGUAGE_NAMES, LANGUAGE_PATTERN, LANGUAGES, pickTranslation, placeName, placeWithRegion } from './languages';

describe('languages', () => {
  it('knows exactly kk, ru and en', () => {
    expect(LANGUAGES).toEqual(['kk', 'ru', 'en']);
    expect(LANGUAGES.every(isLanguage)).toBe(true);
    for (const other of ['de', 'KK', 'kz', '', null, undefined, 1]) expect(isLanguage(other)).toBe(false);
    expect(new RegExp(`^(${LANGUAGE_PATTERN})$`).test('kk')).toBe(true);
    expect(new RegExp(`^(${LANGUAGE_PATTERN})$`).test('kz')).toBe(false);
    expect(LANGUAGES.map((language) => LANGUAGE_NAMES[language])).toEqual(['Қазақша', 'Русский', 'English']);
  });

  it('falls back from Kazakh and English to Russian first, and from Russian to Kazakh', () => {
    expect(fallbackOrder('kk')).toEqual(['kk', 'ru', 'en']);
    expect(fallbackOrder('ru')).toEqual(['ru', 'kk', 'en']);
    expect(fallbackOrder('en')).toEqual(['en', 'ru', 'kk']);
    for (const language of LANGUAGES) expect([...fallbackOrder(language)].sort()).toEqual([...LANGUAGES].sort());
  });

  it('picks the reader’s text, else the nearest one, whatever order the texts come in', () => {
    const texts = [
      { language: 'kk' as const, title: 'kk' },
      { language: 'en' as const, title: 'en' },
    ];
    expect(pickTranslation(texts, 'en')?.title).toBe('en');
    expect(pickTranslation(texts, 'ru')?.title).toBe('kk');
    expect(pickTranslation([...texts].reverse(), 'ru')?.title).toBe('kk');
    expect(pickTranslation([{ language: 'kk' as const }, { language: 'ru' as const }], 'en')?.language).toBe('ru');
    expect(pickTranslation([], 'kk')).toBeUndefined();
  });

  it('names a place in each language', () => {
    const aktau = { nameKk: 'Ақтау', nameRu: 'Актау', nameEn: 'Aktau' };
    expect(LANGUAGES.map((language) => placeName(aktau, language))).toEqual(['Ақтау', 'Актау', 'Aktau']);
  });

  it('names a city that is its own region once, and any other place with its region', () => {
    expect(placeWithRegion('Almaty', 'Almaty')).toBe('Almaty');
    expect(placeWithRegion('Алматы', 'алматы')).toBe('Алматы');
    expect(placeWithRegion('Aktau', 'Mangystau Region')).toBe('Aktau, Mangystau Region');
    expect(placeWithRegion('Talgar', 'Almaty Region')).toBe('Talgar, Almaty Region');
    expect(placeWithRegion(null, 'Almaty')).toBe('Almaty');
    expect(placeWithRegion('Aktau', null)).toBe('Aktau');
    expect(placeWithRegion(null, '')).toBe('');
  });
});
