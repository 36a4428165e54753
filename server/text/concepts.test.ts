import { describe, expect, it } from 'vitest';
import { conceptSeeds } from '../../prisma/seed/concept-lexicon';
import { compileLexicon, conceptSimilarity, contrastBetween, extractConcepts, termKeys } from './concepts';
import { detectLanguage } from './language';
import { normalizeReportText } from './normalize';

const lexicon = compileLexicon(conceptSeeds.flatMap((c) => (['kk', 'ru', 'en'] as const).flatMap((language) => c[language].map((term) => ({ conceptId: c.id, contrastClass: c.contrastClass, weight: c.weight, term, language })))));
const tokens = (text: string) => extractConcepts(normalizeReportText(text), lexicon, { kazakh: detectLanguage(text).language === 'kk' }).tokens;
const similarity = (a: string, b: string) => conceptSimilarity(tokens(a), tokens(b), lexicon).score;

describe('claim concepts', () => {
  it('every seeded term is usable', () => {
    const unusable = conceptSeeds.flatMap((c) => [...c.kk, ...c.ru, ...c.en]).filter((term) => !termKeys(term));
    expect(unusable).toEqual([]);
  });

  it('reads one claim in Kazakh Cyrillic, Kazakh Latin, Russian and English as the same concepts', () => {
    const expected = ['close', 'institution:school', 'weekday:monday'];
    for (const text of ['Дүйсенбіден бастап мектептер жабылады', 'Düisenbıden bastap mektepter jabylady', 'С понедельника закроют школы', 'Schools will be closed from Monday']) {
      expect([...tokens(text)].filter((t) => !t.startsWith('~')).sort()).toEqual(expected);
    }
  });

  it('knows slang verbs, inflections, brands in the other script and number words', () => {
    expect(tokens('Ватсапты бұғаттайды')).toEqual(tokens('WhatsApp заблокируют'));
    expect(tokens('Мешітті өртеп жіберді').has('burn')).toBe(true);
    expect(tokens('sozhgli mechet').has('burn')).toBe(true);
    expect(tokens('Жаңаөзенде жетпіс адам қаза болды').has('#70')).toBe(true);
    expect(tokens('seventy people were killed').has('#70')).toBe(true);
    expect(tokens('Бензин бағасы екі есе қымбаттайды').has('double')).toBe(true);
    // The longest stem decides: a country is not an ethnic group.
    expect(tokens('по всему Казахстану').has('ethnic:kazakh')).toBe(false);
  });

  it('scores the same claim across languages high and different claims low', () => {
    expect(similarity('Мешітті өртеп жіберді', 'Подожгли мечеть')).toBeGreaterThan(0.6);
    expect(similarity('Schools will be closed from Monday', 'Цены на бензин вырастут')).toBe(0);
  });

  it('finds contrasts between members of one class and between numbers', () => {
    expect(contrastBetween(tokens('Подожгли мечеть'), tokens('Подожгли церковь'))).toBe('worship');
    expect(contrastBetween(tokens('Мешітті өртеді'), tokens('The church was burned'))).toBe('worship');
    expect(contrastBetween(tokens('WhatsApp заблокируют'), tokens('Телеграмды бұғаттайды'))).toBe('platform');
    expect(contrastBetween(tokens('узбеки напали'), tokens('уйгуры напали'))).toBe('ethnic');
    expect(contrastBetween(tokens('70 погибших'), tokens('14 погибших'))).toBe('number');
    expect(contrastBetween(tokens('no water for 3 days'), tokens('үш күн су болмайды'))).toBeNull();
    expect(contrastBetween(tokens('no water'), tokens('no power'))).toBe('utility');
    expect(contrastBetween(tokens('мечеть и церковь подожгли'), tokens('подожгли церковь'))).toBeNull();
  });

  it('keeps diseases, means of transport and directions apart, and a country named is its people', () => {
    expect(contrastBetween(tokens('В школах вспышка кори'), tokens('Мектептерде сары ауру таралып жатыр'))).toBe('disease');
    expect(contrastBetween(tokens('measles outbreak in schools'), tokens('мектептерде қызылша'))).toBeNull();
    expect(contrastBetween(tokens('Поезда Актобе — Астана отменили'), tokens('All flights Aktobe to Astana are cancelled'))).toBe('transport');
    expect(contrastBetween(tokens('тарифы повысят с июля'), tokens('tariffs will go down from July'))).toBe('direction');
    expect(contrastBetween(tokens('коммуналка қымбаттайды'), tokens('тарифы повысят'))).toBeNull();
    expect(contrastBetween(tokens('Workers from Turkey attacked a guard'), tokens('китайские рабочие напали на охранника'))).toBe('ethnic');
    expect(contrastBetween(tokens('Workers from Turkey attacked a guard'), tokens('түрік жұмысшылары шабуыл жасапты'))).toBeNull();
    // "severe" is no sewer, though w and v share a match key.
    expect(tokens('severe frost').has('utility:sewage')).toBe(false);
  });

  it('reads Kazakh stems with their voiced final consonant (әкімдік → әкімдігін)', () => {
    expect(tokens('облыс әкімдігін эвакуациялады').has('institution:akimat')).toBe(true);
    expect(tokens('karagandy akimdigin evakuaciyalady').has('institution:akimat')).toBe(true);
  });
});
