// Reports of one claim told in kk, ru and en with everyday words and slang verbs the lexicon learnt in
// session 32 (impostors "posing as" gas-meter inspectors, "лжегазовщики", "тексереміз деп"; a bear in
// town: "аю", "медведь") end in one rumour; the same story about electricity meters
// never joins the gas one (bench/RESULTS.md 1zb).
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
const rumourOf = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { rumorId: true } })).rumorId;
const report = async (text: string, region: RegionCode) => rumourOf(await submitAndCluster(t.db, text, region));

describe('one claim told with everyday words and slang in three languages', () => {
  it('joins the fake gas inspectors in kk, ru and en into one rumour, and keeps the electricity one apart', async () => {
    const ru = await report('В Экибастузе лжегазовщики ходят по квартирам, выдают себя за проверяющих счётчиков и обворовывают пенсионеров', 'KZ-55');
    const kk = await report('Екібастұзда газ есептегішін тексереміз деп үйге кіріп, пенсионерлерді тонап жүрген алаяқтар бар', 'KZ-55');
    const en = await report('Impostors posing as gas meter inspectors are robbing pensioners in Ekibastuz', 'KZ-55');
    expect(kk).toBe(ru);
    expect(en).toBe(ru);
    const power = await report('В Экибастузе лжеэлектрики проверяют электросчётчики и обворовывают пенсионеров', 'KZ-55');
    expect(power).not.toBe(ru);
  });

  it('joins a bear seen in town, told in kk, ru and en', async () => {
    const kk = await report('Риддерде көшеде аю жүр, балаларды далаға шығармаңдар', 'KZ-63');
    const ru = await report('В Риддере по улицам ходит медведь', 'KZ-63');
    const en = await report('A bear was seen walking the streets of Ridder', 'KZ-63');
    expect(ru).toBe(kk);
    expect(en).toBe(kk);
  });
});
