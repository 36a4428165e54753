// A retelling that names the place and the object of a claim but no deed the lexicon reads (a slang
// verb, "the video is everywhere") joins the claim's rumour in another language; one naming another
// member of the class never does, whichever arrives first (concepts.ts sameCore, bench/RESULTS.md 1u).
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
const rumourOf = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { rumorId: true } })).rumorId;
const report = async (text: string, region: RegionCode) => rumourOf(await submitAndCluster(t.db, text, region));

describe('a retelling with the place and the object and no deed read', () => {
  for (const [order, town, townEn, region] of [
    ['the deed first', 'Таразе', 'Taraz', 'KZ-31'],
    ['the retelling first', 'Костанае', 'Kostanay', 'KZ-39'],
  ] as const) {
    it(`joins the rumour of the claim it retells, across languages (${order})`, async () => {
      const told = `В ${town} ночью подожгли синагогу, приезжали пожарные`;
      const retold = `${townEn} synagogue, the video is everywhere, scary stuff`;
      const [first, second] = order === 'the deed first' ? [told, retold] : [retold, told];
      const a = await report(first, region);
      const b = await report(second, region);
      expect(b).toBe(a);
    });
  }

  for (const order of ['synagogue first', 'church first'] as const) {
    it(`never joins another member's claim (${order})`, async () => {
      const synagogue = ['В Уральске ночью подожгли синагогу, приезжали пожарные', 'Oral synagogue, the video is everywhere, scary stuff'];
      const church = ['Уральск, костёл, жуть какая-то, все обсуждают', 'Oral Catholic church, the video is everywhere, scary stuff'];
      const [first, second] = order === 'synagogue first' ? [synagogue, church] : [church, synagogue];
      const a = [await report(first[0]!, 'KZ-27'), await report(first[1]!, 'KZ-27')];
      const b = [await report(second[0]!, 'KZ-27'), await report(second[1]!, 'KZ-27')];
      for (const x of a) for (const y of b) expect(y).not.toBe(x);
    });
  }
});
