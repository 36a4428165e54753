import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../db/generated/client';
import { setupTestDatabase } from '../testing/database';
import { createPublishedNotice } from '../testing/fixtures';
import { clusterPendingReports } from './cluster-pending-reports';
import type { ReportInput } from './schema';
import { submitReport } from './submit-report';
import { reportIntakeNotices, trackReport } from './track-report';

const t = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 9).toString('base64');

function submit(input: Partial<ReportInput> & { text: string }, extra: { now?: Date } = {}) {
  return submitReport(t.db, { clientId: randomUUID(), ...input }, { channel: 'WEB', encryptionKey, ...extra });
}

/** Intake, then the worker's clustering step, as the running app does within a second. */
async function submitAndCluster(input: Partial<ReportInput> & { text: string }) {
  const submitted = await submit(input);
  await clusterPendingReports(t.db);
  return submitted;
}

async function rumorOf(reportId: string) {
  const report = await t.db.report.findUniqueOrThrow({ where: { id: reportId }, select: { rumorId: true } });
  return report.rumorId!;
}

describe('submitting a report', () => {
  it('stores the report, starts a rumour and returns an 8-character tracking code', async () => {
    const { created, report } = await submitAndCluster({ text: 'Говорят, в Шелеке после драки в кафе собирается толпа', regionCode: 'KZ-19' });
    expect(created).toBe(true);
    expect(report.trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, include: { rumor: true } });
    expect(stored.language).toBe('ru');
    expect(stored.rumor?.sightingCount).toBe(1);
    expect(stored.rumor?.regionCodes).toEqual(['KZ-19']);
    // "толпа" and "собирается" are risk terms: the rumour is flagged.
    expect(stored.rumor?.riskFlags.length).toBeGreaterThan(0);
  });

  it('is idempotent: the same clientId retried gives the original answer and one row', async () => {
    const clientId = randomUUID();
    const first = await submit({ clientId, text: 'В Таразе будто бы закрывают все рынки на неделю' });
    const retries = await Promise.all([1, 2, 3].map(() => submit({ clientId, text: 'В Таразе будто бы закрывают все рынки на неделю' })));
    for (const retry of retries) {
      expect(retry.created).toBe(false);
      expect(retry.report).toEqual(first.report);
    }
    expect(await t.db.report.count({ where: { clientId } })).toBe(1);
  });

  it('stores one row when the same report arrives twice at the same moment', async () => {
    const clientId = randomUUID();
    const results = await Promise.all([1, 2].map(() => submit({ clientId, text: 'Говорят, что в Кокшетау пропала вода во всех домах' })));
    expect(new Set(results.map((r) => r.report.trackingCode)).size).toBe(1);
    expect(await t.db.report.count({ where: { clientId } })).toBe(1);
  });

  it('encrypts the contact: the database holds only ciphertext', async () => {
    const { report } = await submit({ text: 'Слышала, что в Актау завтра не будет автобусов', contact: { kind: 'PHONE', value: '+7 701 555 12 34' } });
    const [row] = await t.db.$queryRaw<{ contactCipher: string; wantsFeedback: boolean }[]>`SELECT "contactCipher", "wantsFeedback" FROM "Report" WHERE id = ${report.id}::uuid`;
    expect(row?.wantsFeedback).toBe(true);
    expect(row?.contactCipher).toMatch(/^v1\./);
    expect(row?.contactCipher).not.toContain('555');
  });

  it('keeps no IP address or user agent and rounds coordinates to about 1 km', async () => {
    const columns = await t.db.$queryRaw<{ column_name: string }[]>`SELECT column_name FROM information_schema.columns WHERE table_name = 'Report'`;
    expect(columns.map((c) => c.column_name).filter((c) => /^(ip|ipAddress|ipHash|remoteAddress|userAgent|lat|lng|latitude|longitude)$/i.test(c))).toEqual([]);
    const { report } = await submit({ text: 'В Жанаозене говорят о новой забастовке нефтяников', lat: 43.341234, lng: 52.862987 });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored.approxLat).toBe(43.34);
    expect(stored.approxLng).toBe(52.86);
  });

  it('resolves a typed place in any script to the known settlement and its region', async () => {
    const { report } = await submit({ text: 'Jañaözende qaitadan ereuil bolady deidi, adamdar jinalyp jatyr', settlement: 'Janaozen' });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, include: { settlement: true } });
    expect(stored.settlement?.nameEn).toBe('Zhanaozen');
    expect(stored.regionCode).toBe('KZ-47');
    expect(stored.language).toBe('kk');
  });
});

describe('clustering', () => {
  it('intake answers before clustering; the worker then joins the report to a rumour, audited', async () => {
    const { report } = await submit({ text: 'В Сарыагаше говорят, что закрыли границу для всех машин', regionCode: 'KZ-61' });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({ rumorId: null, clusteringPending: true });
    expect(await trackReport(t.db, report.trackingCode, 'ru')).toMatchObject({ status: 'received', notice: null });

    const clustered = await clusterPendingReports(t.db);
    const mine = clustered.find((c) => c.reportId === report.id);
    expect(mine).toMatchObject({ startedRumor: true });
    const after = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, include: { rumor: true } });
    expect(after.clusteringPending).toBe(false);
    expect(after.rumor).toMatchObject({ sightingCount: 1, regionCodes: ['KZ-61'] });
    const audit = await t.db.auditEvent.findMany({ where: { entityId: { in: [report.id, after.rumorId!] } }, select: { action: true } });
    expect(audit.map((e) => e.action).sort()).toEqual(['report.clustered', 'report.submitted', 'rumor.created_from_report']);
  });

  it('a surge of one claim stored at once forms one rumour with every sighting counted', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `${i % 2 ? 'Говорят' : 'Слышал'}, что в Капшагае прорвало дамбу и вода идёт в город${'!'.repeat(i % 4)}`);
    const submitted = await Promise.all(texts.map((text) => submit({ text, regionCode: 'KZ-19' })));
    await clusterPendingReports(t.db);
    const rumours = new Set(await Promise.all(submitted.map((s) => rumorOf(s.report.id))));
    expect(rumours.size).toBe(1);
    const rumor = await t.db.rumor.findUniqueOrThrow({ where: { id: [...rumours][0]! } });
    expect(rumor.sightingCount).toBe(12);
  });

  it('a report that cannot be clustered is set aside and does not hold up the others', async () => {
    const stuck = await submit({ text: 'В Экибастузе говорят, что ТЭЦ остановили до весны', regionCode: 'KZ-55' });
    const next = await submit({ text: 'В Павлодаре говорят, что мост через Иртыш закрыли', regionCode: 'KZ-55' });
    const clustered = await clusterPendingReports(t.db, { skip: [stuck.report.id] });
    expect(clustered.map((c) => c.reportId)).toContain(next.report.id);
    expect(clustered.map((c) => c.reportId)).not.toContain(stuck.report.id);
    expect(await t.db.report.findUniqueOrThrow({ where: { id: stuck.report.id }, select: { clusteringPending: true } })).toEqual({ clusteringPending: true });
    await clusterPendingReports(t.db);
    expect(await rumorOf(stuck.report.id)).toBeTruthy();
  });

  it('joins paraphrases of one claim into one rumour, across Kazakh scripts and Russian', async () => {
    const base = await submitAndCluster({ text: 'В Бостандыке подожгли дома, говорят, что едут мстить', regionCode: 'KZ-61' });
    const paraphrase = await submitAndCluster({ text: 'говорят в Бостандыке подожгли дома и едут мстить!!!', regionCode: 'KZ-61' });
    const rumorId = await rumorOf(base.report.id);
    expect(await rumorOf(paraphrase.report.id)).toBe(rumorId);
    const kazakh = await submitAndCluster({ text: 'Бостандықта үйлерді өртеп жіберді, кек алуға келе жатыр дейді', regionCode: 'KZ-61' });
    const kazakhLatin = await submitAndCluster({ text: 'Bostandyqta üilerdı örtep jıberdı, kek aluğa kele jatyr deidı', regionCode: 'KZ-61' });
    expect(await rumorOf(kazakhLatin.report.id)).toBe(await rumorOf(kazakh.report.id));
    // The same claim in Kazakh joins the Russian rumour by its concepts (burned houses, revenge, coming, Bostandyk).
    expect(await rumorOf(kazakh.report.id)).toBe(rumorId);
    const rumor = await t.db.rumor.findUniqueOrThrow({ where: { id: rumorId } });
    expect(rumor.sightingCount).toBe(4);
  });

  it('does not chain one town\'s claim to the same words about another town through reports that name no place', async () => {
    const zhanaozen = await submitAndCluster({ text: 'Говорят, в Жанаозене полицейская машина специально въехала в толпу людей', regionCode: 'KZ-47' });
    const placeless = await submitAndCluster({ text: 'Говорят, полицейская машина специально въехала в толпу людей!', regionCode: 'KZ-47' });
    expect(await rumorOf(placeless.report.id)).toBe(await rumorOf(zhanaozen.report.id));
    const atyrau = await submitAndCluster({ text: 'Говорят, в Атырау полицейская машина специально въехала в толпу людей', regionCode: 'KZ-23' });
    expect(await rumorOf(atyrau.report.id)).not.toBe(await rumorOf(zhanaozen.report.id));
  });

  it('keeps different claims apart, and the same words in a far region apart unless they name the place', async () => {
    const a = await submitAndCluster({ text: 'В Таразе говорят, что закрывают школы из-за болезни', regionCode: 'KZ-31' });
    const b = await submitAndCluster({ text: 'В Таразе говорят, что повысили цены на хлеб вдвое', regionCode: 'KZ-31' });
    expect(await rumorOf(b.report.id)).not.toBe(await rumorOf(a.report.id));
    // From West Kazakhstan, naming no place: a claim about somewhere there, not Taraz's.
    const far = await submitAndCluster({ text: 'Говорят, что закрывают школы из-за болезни', regionCode: 'KZ-27' });
    expect(await rumorOf(far.report.id)).not.toBe(await rumorOf(a.report.id));
    // From West Kazakhstan about Taraz: Taraz's claim (bench/RESULTS.md 1za).
    const aboutTaraz = await submitAndCluster({ text: 'В Таразе говорят, что закрывают школы из-за болезни', regionCode: 'KZ-27' });
    expect(await rumorOf(aboutTaraz.report.id)).toBe(await rumorOf(a.report.id));
  });
});

describe('already checked', () => {
  beforeAll(async () => {
    await createPublishedNotice(t.db, {
      slug: 'shetpe-train-blocked-test',
      verdict: 'FALSE',
      regionCodes: ['KZ-47'],
      titles: { kk: 'Шетпеде пойызды бұғаттады деген ақпарат', ru: 'Утверждение, что в Шетпе заблокировали пассажирский поезд', en: 'Claim that a passenger train was blocked in Shetpe' },
    });
  });

  it('returns matching published notices with the report', async () => {
    const { report } = await submit({ text: 'Говорят, в Шетпе заблокировали пассажирский поезд', regionCode: 'KZ-47' });
    expect(report.matches[0]).toMatchObject({ slug: 'shetpe-train-blocked-test', verdict: 'FALSE' });
  });

  it('right after sending, the page finds the notice itself when intake was too busy to search', async () => {
    const { report } = await submitAndCluster({ text: 'Говорят, в Шетпе заблокировали пассажирский поезд', regionCode: 'KZ-47' });
    expect(await reportIntakeNotices(t.db, report.trackingCode, 'en')).toMatchObject([{ slug: 'shetpe-train-blocked-test', verdict: 'FALSE', language: 'en' }]);
    // What intake stores when its process is busy with other searches: not looked up (matchesChecked false).
    await t.db.report.update({ where: { id: report.id }, data: { intakeMatches: Prisma.DbNull } });
    expect(await reportIntakeNotices(t.db, report.trackingCode, 'en')).toMatchObject([{ slug: 'shetpe-train-blocked-test', verdict: 'FALSE', title: 'Claim that a passenger train was blocked in Shetpe', language: 'en' }]);
  });

  it('"yes, this is what I heard" records a sighting of that rumour and the tracking page shows the verdict', async () => {
    const notice = await t.db.notice.findUniqueOrThrow({ where: { slug: 'shetpe-train-blocked-test' } });
    const before = await t.db.rumor.findUniqueOrThrow({ where: { id: notice.rumorId } });
    const { report } = await submitAndCluster({ text: 'Шетпеде пойызды бұғаттап тастады дейді', confirmedNoticeSlug: 'shetpe-train-blocked-test' });
    expect(await rumorOf(report.id)).toBe(notice.rumorId);
    const after = await t.db.rumor.findUniqueOrThrow({ where: { id: notice.rumorId } });
    expect(after.sightingCount).toBe(before.sightingCount + 1);
    const tracked = await trackReport(t.db, report.trackingCode.toLowerCase(), 'kk');
    expect(tracked).toMatchObject({ status: 'verdict', notice: { verdict: 'FALSE', title: 'Шетпеде пойызды бұғаттады деген ақпарат' } });
  });

  it('a tracking code reveals only status, and an unknown code nothing', async () => {
    const { report } = await submit({ text: 'Слышал, что в Атырау отменят все рейсы до понедельника' });
    const tracked = await trackReport(t.db, report.trackingCode, 'ru');
    expect(tracked).toEqual({ trackingCode: report.trackingCode, status: 'received', receivedAt: expect.any(Date), notice: null, withdrawn: null });
    expect(await trackReport(t.db, 'ZZZZZZZZ', 'ru')).toBeNull();
  });
});

describe('routing a report by the places its text names', () => {
  it('goes to the region of the places its text names, and its rumour with it', async () => {
    const { report } = await submitAndCluster({ text: 'Говорят, в Жанаозене завтра закроют все школы из-за драки' });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, include: { rumor: true } });
    expect(stored.regionCode).toBeNull();
    expect(stored.routedRegionCodes).toEqual(['KZ-47']);
    expect(stored.rumor?.regionCodes).toEqual(['KZ-47']);
  });

  it('names places in two regions: the rumour belongs to both', async () => {
    const { report } = await submitAndCluster({ text: 'Слышал, что из Актау и Шымкента отменят все автобусы на выходные' });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, include: { rumor: true } });
    // Shymkent is a city of republican status: its own region, KZ-79.
    expect(stored.routedRegionCodes).toEqual(['KZ-47', 'KZ-79']);
    expect(stored.rumor?.regionCodes).toEqual(['KZ-47', 'KZ-79']);
  });

  it('names no known place: the national queue (a rumour of no region)', async () => {
    const { report } = await submitAndCluster({ text: 'Говорят, что скоро поднимут цены на муку по всей стране в два раза' });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, include: { rumor: true } });
    expect(stored.routedRegionCodes).toEqual([]);
    expect(stored.rumor?.regionCodes).toEqual([]);
  });

  it('a chosen region and the places the text names: the report keeps its region, its rumour is seen from all of them', async () => {
    // Routed by both (bench/RESULTS.md 1za): the price is a Mangystau moderator seeing a Taraz rumour a
    // reporter's relatives from Zhanaozen passed on; the gain, a report from one region about a
    // village of another meeting that village's rumours.
    const { report } = await submitAndCluster({ text: 'Родственники из Жанаозена говорят, что у нас в Таразе закроют рынок', regionCode: 'KZ-31' });
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id }, include: { rumor: true } });
    expect(stored.regionCode).toBe('KZ-31');
    expect(stored.routedRegionCodes).toEqual(['KZ-31', 'KZ-47']);
    expect(stored.rumor?.regionCodes).toEqual(['KZ-31', 'KZ-47']);
  });
});
