// The clustering decision on texts held in memory (chooseRumour, as bench/clustering/simulate-xlang.ts
// runs it): paraphrases that keep a claim's core but vary everything around it join one rumour; a
// rumour told in parts is joined by a report that tells all of them; a different object never is.
import { describe, expect, it } from 'vitest';
import { conceptSeeds } from '../../prisma/seed/concept-lexicon';
import { compileLexicon, conceptSimilarity, extractConcepts, formatConceptKey } from '../text/concepts';
import { detectLanguage } from '../text/language';
import { normalizeReportText } from '../text/normalize';
import { chooseRumour, rumourCoverage, type CandidateRow } from './cluster-report';

const lexicon = { ...compileLexicon(conceptSeeds.flatMap((c) => (['kk', 'ru', 'en'] as const).flatMap((language) => c[language].map((term) => ({ conceptId: c.id, contrastClass: c.contrastClass, weight: c.weight, term, language }))))), revision: 0 };
const context = { lexicon, placeKeys: [] };
/** A text's tokens, with the settlement it names given as `place` (no settlements table here). */
const claimOf = (text: string, place?: string) => {
  const tokens = extractConcepts(normalizeReportText(text), lexicon, { kazakh: detectLanguage(text).language === 'kk' }).tokens;
  if (place) tokens.add(`@${place}`);
  return tokens;
};
const rowOf = (rumorId: string, text: string, place?: string): CandidateRow => ({ rumorId, score: 0, text: normalizeReportText(text), conceptKey: formatConceptKey(claimOf(text, place)), reportId: text, language: null });
const choose = (text: string, place: string | undefined, rows: CandidateRow[]) =>
  chooseRumour({ claim: { tokens: claimOf(text, place), settlementIds: new Set(place ? [place] : []) }, normalizedText: normalizeReportText(text) }, rows, context, { threshold: 0.35, conceptThreshold: 0.6, placesOf: async () => new Set(), placeKeys: [] });

describe('choosing the rumour a report joins', () => {
  const pavlodarSchools = 'Мамочки пишут в группе: в понедельник школы закроют, детей оставляйте дома, учителя сказали точно';
  const pavlodarFlu = 'Павлодарда тұмау өршіп тұр, дәрігерлер айтады, карантин жариялайды дейді, сақ болыңыздар';
  const report = 'Говорят, что в Павлодаре из-за гриппа с понедельника закроют школы на карантин, так написали родители в чате, проверьте пожалуйста';

  it('joins a rumour told in parts by a report that tells every part, though no one text is close enough', async () => {
    // Neither text alone reaches the claim threshold (0.6) …
    for (const text of [pavlodarSchools, pavlodarFlu]) expect(conceptSimilarity(claimOf(report, 'pavlodar'), claimOf(text, text === pavlodarFlu ? 'pavlodar' : undefined), lexicon).score).toBeLessThan(0.6);
    // … the rumour as a whole names everything the report does.
    const whole = new Set([...claimOf(pavlodarSchools), ...claimOf(pavlodarFlu, 'pavlodar')].filter((t) => !t.startsWith('~')));
    expect(rumourCoverage(claimOf(report, 'pavlodar'), whole, context).byClaim).toBeGreaterThanOrEqual(0.9);
    const chosen = await choose(report, 'pavlodar', [rowOf('flu', pavlodarSchools), rowOf('flu', pavlodarFlu, 'pavlodar')]);
    expect(chosen?.rumorId).toBe('flu');
  });

  it('joins a retelling that keeps the place, the object and the deed and changes the rest', async () => {
    const told = 'Ночью подростки разбили окна в мечети, полиция уже приезжала, видео есть в чате';
    const retold = 'Друзья, мечеть осквернили какие-то малолетки, стекло на полу, имам в шоке, разошлите всем';
    expect(conceptSimilarity(claimOf(retold, 'kostanay'), claimOf(told, 'kostanay'), lexicon).score).toBeLessThan(0.6);
    expect((await choose(retold, 'kostanay', [rowOf('mosque', told, 'kostanay')]))?.rumorId).toBe('mosque');
  });

  it('keeps a different object, a different deed and another town out, however the rest agrees', async () => {
    const told = 'Ночью подростки разбили окна в мечети, полиция уже приезжала, видео есть в чате';
    expect(await choose('Говорят, церковь осквернили', 'kostanay', [rowOf('mosque', told, 'kostanay')])).toBeNull();
    expect(await choose('Говорят, мечеть закрыли', 'kostanay', [rowOf('mosque', told, 'kostanay')])).toBeNull();
    expect(await choose('Говорят, мечеть осквернили', 'oral', [rowOf('mosque', told, 'kostanay')])).toBeNull();
    // The whole rumour does not cover a report naming another member either.
    expect(await choose('Говорят, что в Павлодаре из-за кори с понедельника закроют школы на карантин, так написали родители в чате', 'pavlodar', [rowOf('flu', pavlodarSchools), rowOf('flu', pavlodarFlu, 'pavlodar')])).toBeNull();
  });
});
