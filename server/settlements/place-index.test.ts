import { describe, expect, it } from 'vitest';
import { normalizeReportText } from '../text';
import { toMatchKey } from '../text/transliterate';
import { placesInText, placesNamed, type PlaceKey } from './place-index';

// Keys as loadPlaceIndex builds them (match keys, longest first), for a few settlements.
const keys: PlaceKey[] = [
  ['Шымкент', 'shymkent'], ['Жезқазған', 'zhezkazgan'], ['Талғар', 'talgar'], ['Уральск', 'oral'], ['Орал', 'oral'], ['Қосшы', 'kosshy'], ['Koshi', 'kosshy'], ['Семей', 'semey'],
].map(([alias, id]) => ({ key: toMatchKey(alias!), settlementId: id! })).sort((a, b) => b.key.length - a.key.length);
const named = (text: string) => [...placesNamed(normalizeReportText(text), keys)].sort();

describe('settlements named in a text', () => {
  it('finds a name with Kazakh and Russian endings, a doubled letter written once included', () => {
    expect(named('Шымкенттіктер көшеге шықты')).toEqual(['shymkent']);
    expect(named('Жезқазғаннан екі мың адамды шығарады')).toEqual(['zhezkazgan']);
    expect(named('Талғарда бүгін түнде жер сілкінеді')).toEqual(['talgar']);
    expect(named('В Уральске закроют рынок')).toEqual(['oral']);
    expect(named('Семейдегі мешіттің шатыры құлады')).toEqual(['semey']);
  });

  it('does not read a place in a word that only starts like its name', () => {
    // "көшіріледі" (will be evacuated) starts like the village Қосшы / Koshi.
    expect(named('Махамбет кенті бүгін түнде көшіріледі')).toEqual([]);
    expect(placesInText(normalizeReportText('Ауылды түнде көшіреді'), keys).wordIndexes.size).toBe(0);
  });
});
