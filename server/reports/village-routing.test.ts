// Reports of one claim about a village join one rumour however the village is named — Cyrillic,
// Latin or by its district — even when one reporter chose the region and the others gave none
// (their text places them), or chose another region (bench/RESULTS.md 1za); two villages of one
// district are two places (bench/RESULTS.md 1x).
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();
const kostanayFirst = setupTestDatabase();
const almatyFirst = setupTestDatabase();
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

  // Almaty city (KZ-75) is far from Kostanay region (KZ-39): before report_regions, a report from
  // Almaty about Denisovka met only Almaty's rumours and started a second rumour of the claim.
  for (const [order, db] of [['Kostanay first', kostanayFirst], ['Almaty first', almatyFirst]] as const) {
    it(`joins a report from another region naming the village to the village's rumour (${order})`, async () => {
      const fromKostanay = ['В Денисовке со следующей недели закрывают сельскую больницу, лечиться придётся ездить в Костанай', 'KZ-39'] as const;
      const fromAlmaty = ['Говорят, в Денисовке со следующей недели закроют сельскую больницу, лечиться придётся ездить в Костанай', 'KZ-75'] as const;
      const [first, second] = order === 'Kostanay first' ? [fromKostanay, fromAlmaty] : [fromAlmaty, fromKostanay];
      const rumourIn = async (id: string) => (await db.db.report.findUniqueOrThrow({ where: { id }, select: { rumorId: true } })).rumorId!;
      const a = await submitAndCluster(db.db, first[0], first[1]);
      const b = await submitAndCluster(db.db, second[0], second[1]);
      expect(await rumourIn(b)).toBe(await rumourIn(a));
      // Both regions' moderators see the rumour; the Almaty report keeps its region and is routed to Kostanay's.
      expect((await db.db.rumor.findUniqueOrThrow({ where: { id: await rumourIn(a) } })).regionCodes).toEqual(['KZ-39', 'KZ-75']);
      const almaty = order === 'Kostanay first' ? b : a;
      expect(await db.db.report.findUniqueOrThrow({ where: { id: almaty }, select: { regionCode: true, routedRegionCodes: true } })).toEqual({ regionCode: 'KZ-75', routedRegionCodes: ['KZ-39'] });
    });
  }

  it('reads a town the table lacked by its Russian adjective: the report that chose no region joins its rumour, another town’s stays apart (session 35)', async () => {
    const chosen = await rumourOf(await submitAndCluster(t.db, 'Учителей в Алге обязали подписаться на районную газету, кто откажется — лишат премии', 'KZ-15'));
    const adjective = await submitAndCluster(t.db, 'Алгинских учителей обязали подписаться на районную газету, кто откажется — лишат премии', null);
    expect(await rumourOf(adjective)).toBe(chosen);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: adjective }, select: { routedRegionCodes: true } })).routedRegionCodes).toEqual(['KZ-15']);
    // The same claim about Kandyagash (Aktobe region too) is another town's.
    expect(await rumourOf(await submitAndCluster(t.db, 'Учителей в Кандыагаше обязали подписаться на районную газету, кто откажется — лишат премии', null))).not.toBe(chosen);
    // "Алға" alone is "forward": a report saying it names no town and goes to the national queue.
    const forward = await submitAndCluster(t.db, 'Наурызда сағатты бір сағат алға жылжытады дейді', null);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: forward }, select: { routedRegionCodes: true } })).routedRegionCodes).toEqual([]);
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
