// A brawl is retold as a fight, a mass clash or people beaten up (concepts.ts EVENT_FAMILY 'assault'):
// the deeds gate (deedsDiffer) had kept such retellings of one claim in separate rumours across
// languages (bench/RESULTS.md 1ze). Who fought still tells two brawls apart, whichever arrives first.
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
const rumourOf = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { rumorId: true } })).rumorId;
const report = async (text: string, region: RegionCode) => rumourOf(await submitAndCluster(t.db, text, region));

describe('a brawl told as a fight and as a mass clash', () => {
  for (const order of ['the fight first', 'the clash first'] as const) {
    it(`is one rumour across languages (${order})`, async () => {
      const fight = 'В Жанаозене турецкие рабочие подрались с местными парнями';
      const clash = 'Жаңаөзенде түрік жұмысшылары мен жергілікті жігіттер арасында қақтығыс болды';
      const [first, second] = order === 'the fight first' ? [fight, clash] : [clash, fight];
      const a = await report(first, 'KZ-47');
      expect(await report(second, 'KZ-47')).toBe(a);
    });
  }

  for (const order of ['Turkish workers first', 'Chinese workers first'] as const) {
    it(`never joins a brawl of other workers (${order})`, async () => {
      const turkish = ['В Жанаозене турецкие рабочие подрались с местными парнями', 'Жаңаөзенде түрік жұмысшылары мен жергілікті жігіттер арасында қақтығыс болды'];
      const chinese = ['В Жанаозене китайские рабочие подрались с местными парнями', 'Жаңаөзенде қытай жұмысшылары мен жергілікті жігіттер арасында қақтығыс болды'];
      const [first, second] = order === 'Turkish workers first' ? [turkish, chinese] : [chinese, turkish];
      const a = [await report(first[0]!, 'KZ-47'), await report(first[1]!, 'KZ-47')];
      const b = [await report(second[0]!, 'KZ-47'), await report(second[1]!, 'KZ-47')];
      for (const x of a) for (const y of b) expect(y).not.toBe(x);
    });
  }
});
