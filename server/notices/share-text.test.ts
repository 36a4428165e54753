// What a citizen forwards to WhatsApp/Telegram, in each language: the fact leads, the claim appears
// once and flagged with its verdict, the fact closes it. (The report form's light translator formats
// these messages exactly as next-intl does: components/report/report-text.test.ts.)
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import { firstSentence, verdictShareText, type ShareTranslate } from './share-text';

const NOTICES: Record<Language, { title: string; summary: string; flags: Record<string, string> }> = {
  ru: {
    title: 'В Актау закроют все школы из-за эпидемии',
    summary: 'Школы Актау работают в обычном режиме, сообщил отдел образования. Карантин не объявлялся.',
    flags: { FALSE: '❌ ЛОЖЬ: «', MISLEADING: '⚠️ ВВОДИТ В ЗАБЛУЖДЕНИЕ: «', UNVERIFIED: '❔ НЕ ПОДТВЕРЖДЕНО: «' },
  },
  kk: {
    title: 'Ақтаудағы барлық мектеп індетке байланысты жабылады',
    summary: 'Ақтау мектептері әдеттегідей жұмыс істеп тұр, деп хабарлады білім бөлімі. Карантин жарияланған жоқ.',
    flags: { FALSE: '❌ ЖАЛҒАН: «', MISLEADING: '⚠️ ЖАҢЫЛЫСТЫРАДЫ: «', UNVERIFIED: '❔ РАСТАЛМАҒАН: «' },
  },
  en: {
    title: 'All schools in Aktau will close because of an epidemic',
    summary: 'Schools in Aktau are open as usual, the education department said. No quarantine has been declared.',
    flags: { FALSE: '❌ FALSE: “', MISLEADING: '⚠️ MISLEADING: “', UNVERIFIED: '❔ UNVERIFIED: “' },
  },
};

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('share texts: fact → the myth flagged → fact', () => {
  for (const language of LANGUAGES) {
    const notice = NOTICES[language];
    const firstFact = notice.summary.slice(0, notice.summary.indexOf('.') + 1);
    for (const verdict of ['FALSE', 'MISLEADING', 'UNVERIFIED'] as const) {
      it(`${verdict} in ${language}: the verified fact leads, the claim comes once and flagged, the fact closes`, () => {
        const text = verdictShareText(translatorFor(language) as unknown as ShareTranslate, { verdict, ...notice });
        const factAt = text.indexOf(notice.summary);
        const claimAt = text.indexOf(notice.title);
        expect(factAt).toBeGreaterThan(-1);
        // Nothing but a short label ("✅ The facts:") before the fact: the first thing read is the fact.
        expect(factAt).toBeLessThan(25);
        expect(text.slice(0, factAt)).not.toContain(notice.title);
        expect(occurrences(text, notice.title)).toBe(1);
        expect(claimAt).toBeGreaterThan(factAt);
        expect(text).toContain(`${notice.flags[verdict]}${notice.title}`);
        // The closing fact is after the claim.
        expect(text.indexOf(firstFact, claimAt)).toBeGreaterThan(claimAt);
      });
    }

    it(`a claim found TRUE in ${language} is the fact itself: it leads, once`, () => {
      const text = verdictShareText(translatorFor(language) as unknown as ShareTranslate, { verdict: 'TRUE', ...notice });
      expect(text.indexOf(notice.title)).toBeLessThan(text.indexOf(notice.summary));
      expect(occurrences(text, notice.title)).toBe(1);
    });
  }
});

describe('firstSentence', () => {
  it('ends at the first full stop followed by a new sentence', () => {
    expect(firstSentence('Мост открыт для движения, сообщил акимат. Ремонт завершён.')).toBe('Мост открыт для движения, сообщил акимат.');
  });
  it('does not stop at an abbreviation in a short opening', () => {
    expect(firstSentence('На ул. Абая всё спокойно, сообщила полиция. Патрули работают.')).toBe('На ул. Абая всё спокойно, сообщила полиция.');
  });
  it('keeps a single sentence whole, with or without a final stop', () => {
    expect(firstSentence('Schools are open as usual')).toBe('Schools are open as usual');
    expect(firstSentence('Schools are open as usual.')).toBe('Schools are open as usual.');
  });
});
