// Reports of one claim about a village join one rumour however the village is named — Cyrillic,
// Latin or by its district — even when one reporter chose the region and the others gave none
// (their text places them); two villages of one district are two places (bench/RESULTS.md 1x).
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
const rumourOf = async (id: string) => (await t.db.report.findUniqueOrThrow({ where: { id }, select: { rumorId: true } })).rumorId;

describe('a village named by two spellings and by its district', () => {
  it('routes the reports that chose no region to the village’s region and joins them in one rumour', async () => {
    const chosen = await rumourOf(await submitAndCluster(t.db, 'В Денисовке закрывают единственную школу, детей будут возить в соседнее село', 'KZ-39'));
    const latin = await rumourOf(await submitAndCluster(t.db, 'Denisovkada mektepti jabady eken, balalardy korshi auylga tasidy', null));
    const district = await rumourOf(await submitAndCluster(t.db, 'В Денисовском районе закрывают школу, детей повезут в соседнее село', null));
    expect(latin).toBe(chosen);
    expect(district).toBe(chosen);
    const routed = await t.db.report.findMany({ where: { rumorId: chosen, regionCode: null }, select: { routedRegionCodes: true } });
    expect(routed.map((r) => r.routedRegionCodes)).toEqual([['KZ-39'], ['KZ-39']]);
  });

  for (const order of ['Ulytau first', 'Karsakpay first'] as const) {
    it(`keeps two villages of one district apart (${order})`, async () => {
      const ulytau = 'В Улытау закрывают единственную школу, детей будут возить в Жезказган';
      const karsakpay = 'В Карсакпае закрывают единственную школу, детей будут возить в Жезказган';
      const [first, second] = order === 'Ulytau first' ? [ulytau, karsakpay] : [karsakpay, ulytau];
      const a = await rumourOf(await submitAndCluster(t.db, first, null));
      const b = await rumourOf(await submitAndCluster(t.db, second, null));
      expect(b).not.toBe(a);
    });
  }
});
