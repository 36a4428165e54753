// ЦОН typed in Latin letters ("con", "CONda"): read as the public service centre, never as the
// Kazakh verb "қон-" (to land) or a swindle in English.
import { describe, expect, it } from 'vitest';
import { conceptSeeds } from '../../prisma/seed/concept-lexicon';
import { compileLexicon, contrastBetween } from '../text/concepts';
import { normalizeReportText } from '../text/normalize';
import { representClaim, type ClaimContext } from './represent-claim';

const lexicon = compileLexicon(conceptSeeds.flatMap((c) => (['kk', 'ru', 'en'] as const).flatMap((language) => c[language].map((term) => ({ conceptId: c.id, contrastClass: c.contrastClass, weight: c.weight, term, language })))));
const context = { lexicon: { ...lexicon, revision: 1 }, placeKeys: [] } as unknown as ClaimContext;
const tokens = (text: string) => representClaim(context, { text, normalizedText: normalizeReportText(text) }).tokens;

describe('representClaim', () => {
  it('reads ЦОН typed in Latin letters, bare or with a Kazakh ending, in Kazakh and Russian text', () => {
    for (const text of ['kulsary con zhabylady ai sonynda', 'Aktau CONda kezek uzyn', 'con-ga baryp kelu kerek', 'CONdar jabylady', 'в con огромная очередь']) {
      expect([...tokens(text)], text).toContain('institution:con');
    }
    // A public service centre closing is not the post office closing (fresh3's Kulsary pair).
    expect(contrastBetween(tokens('kulsary con zhabylady ai sonynda'), tokens('kulsaryda poshtany zhabady eken ai sonynda'))).not.toBeNull();
  });

  it('leaves Cyrillic "қон-", longer Latin words and an English con alone', () => {
    for (const text of ['ұшақ қонды', 'qonaq keldi', 'concert cancelled in Almaty', 'it is a con, do not pay them', 'this is a con']) {
      expect([...tokens(text)], text).not.toContain('institution:con');
    }
  });
});
