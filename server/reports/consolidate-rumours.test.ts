// Rumours of one claim split by the order reports arrived in are merged once the queue is drained,
// compared as wholes (consolidate-rumours.ts): a Kazakh report that started a rumour of its own and
// the Russian and English retellings that started another end in one rumour, marked in its history
// as the system's merge and undone in one action — after which the system does not merge them
// again. Two rumours of contrasting claims never merge, in either order of arrival.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import type { RegionCode } from '../regions/codes';
import { undoMerge } from '../rumors/undo-merge';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { clusterPendingReports } from './cluster-pending-reports';
import { submitReport } from './submit-report';

const t = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 5).toString('base64');

let minute = 0;
const start = Date.now() - 600 * 60_000;
/** Submits a report and drains the queue, as the worker does between arrivals. */
async function report(db: Db, text: string, regionCode: RegionCode | null): Promise<string> {
  const { report } = await submitReport(db, { clientId: randomUUID(), text, regionCode: regionCode ?? undefined }, { channel: 'API', encryptionKey, now: new Date(start + minute++ * 60_000) });
  await clusterPendingReports(db);
  return report.id;
}
async function rumourOf(reportId: string): Promise<string> {
  return (await t.db.report.findUniqueOrThrow({ where: { id: reportId }, select: { rumorId: true } })).rumorId!;
}
async function closeAll() {
  await t.db.rumor.updateMany({ where: { status: { notIn: ['DISMISSED', 'MERGED'] } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
}

// One claim (bench/clustering/xlang-fresh7.json, a spent set): the Kazakh report alone starts a
// rumour; the English one starts another, which the Russian one joins.
const KK = 'Ereimentauda şöptıñ bağasy 15 myñğa şyğypty, bır rulon üşın';
const EN = 'fifteen thousand tenge for one bale of hay around ereymentau this winter';
const RU = 'В Ерейментау рулон сена этой зимой стоит 15 тысяч тенге';

describe('rumours of one claim compared as wholes', () => {
  it('kk, en and ru reports of one claim end in one rumour, merged as the system’s, undone in one action and not merged again', async () => {
    const kk = await report(t.db, KK, 'KZ-11');
    const en = await report(t.db, EN, null);
    const ru = await report(t.db, RU, 'KZ-11');
    const [a = '', b, c] = await Promise.all([kk, en, ru].map(rumourOf));
    expect(b).toBe(a);
    expect(c).toBe(a);
    const survivor = await t.db.rumor.findUniqueOrThrow({ where: { id: a }, select: { sightingCount: true, regionCodes: true } });
    expect(survivor.sightingCount).toBe(3);
    expect(survivor.regionCodes).toContain('KZ-11');
    const merges = await t.db.auditEvent.findMany({ where: { action: 'rumor.merge_received', entityId: a }, orderBy: { id: 'asc' } });
    const consolidated = merges.find((e) => (e.after as { consolidated?: boolean }).consolidated === true);
    expect(consolidated).toMatchObject({ actorId: null, actorLabel: 'system' });
    const [source] = (consolidated!.after as { from: [string] }).from;
    // A wrong one is taken back in one action, with its sightings.
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-11']));
    await undoMerge(t.db, moderator, { id: a, eventId: String(consolidated!.id) });
    expect(await rumourOf(kk)).toBe(a);
    expect(await rumourOf(ru)).toBe(source);
    expect(await rumourOf(en)).toBe(source);
    const restored = await t.db.rumor.findUniqueOrThrow({ where: { id: source }, select: { status: true, sightingCount: true } });
    expect(restored).toMatchObject({ status: 'NEW', sightingCount: 2 });
    // The moderator's word stands: another retelling — joining one, bridging both — merges them no more.
    await report(t.db, 'Ерейментауда бір орам шөп 15 мың теңге болыпты', 'KZ-11');
    expect(await rumourOf(kk)).toBe(a);
    expect(await rumourOf(ru)).toBe(source);
    await closeAll();
  }, 180_000);

  for (const order of ['15 thousand first', '45 thousand first'] as const) {
    it(`never merges the same claim with another price (${order})`, async () => {
      const fifteen = [KK, RU];
      const other = [KK.replace('15', '45'), 'сорок пять тысяч тенге за рулон сена в Ерейментау', RU.replace('15', '45')];
      const [first, second] = order === '15 thousand first' ? [fifteen, other] : [other, fifteen];
      const ids: string[] = [];
      for (const text of first!) ids.push(await report(t.db, text, 'KZ-11'));
      const split = ids.length;
      for (const text of second!) ids.push(await report(t.db, text, 'KZ-11'));
      const rumours = await Promise.all(ids.map(rumourOf));
      for (const x of rumours.slice(0, split)) for (const y of rumours.slice(split)) expect(x).not.toBe(y);
      await closeAll();
    }, 180_000);
  }
});

// One claim of a spent set (bench/clustering/xlang-fresh4.json): Karaganda's police list the Orthodox
// before Christmas. One report says "Orthodox parishioners" (the Orthodox church's), the other
// "Orthodox Christians" (the faith): each starts a rumour. Read as wholes they name the same faith and
// one of them its house of worship — one claim; the Catholics' claim is another.
const ORTHODOX = ['Forwarded as received: all Orthodox parishioners in Karaganda must report to the police before Christmas!!! share', 'Karaganda police allegedly listing Orthodox Christians ahead of Christmas services'];
const CATHOLIC = ['Forwarded as received: all Catholic parishioners in Karaganda must report to the police before Christmas!!! share', 'Karaganda police allegedly listing Catholics ahead of Christmas services'];

describe('a house of worship named by one rumour, the faith by both', () => {
  it('merges the rumour naming the Orthodox faith into the one naming its parish, as the system’s merge', async () => {
    const ids: string[] = [];
    for (const text of ORTHODOX) ids.push(await report(t.db, text, null));
    const rumours = await Promise.all(ids.map(rumourOf));
    expect(new Set(rumours).size).toBe(1);
    const merges = await t.db.auditEvent.findMany({ where: { action: 'rumor.merge_received', entityId: rumours[0] } });
    expect(merges.some((e) => (e.after as { consolidated?: boolean }).consolidated === true)).toBe(true);
    await closeAll();
  }, 180_000);

  for (const order of ['Orthodox first', 'Catholic first'] as const) {
    it(`never merges the Orthodox claim with the Catholic one (${order})`, async () => {
      const [first, second] = order === 'Orthodox first' ? [ORTHODOX, CATHOLIC] : [CATHOLIC, ORTHODOX];
      const ids: string[] = [];
      for (const text of first) ids.push(await report(t.db, text, null));
      for (const text of second) ids.push(await report(t.db, text, null));
      const rumours = await Promise.all(ids.map(rumourOf));
      for (const x of rumours.slice(0, 2)) for (const y of rumours.slice(2)) expect(x).not.toBe(y);
      await closeAll();
    }, 180_000);
  }
});
