// A lexicon edit re-keys open rumours' reports: a report in another language naming the new term
// then joins the older rumour it could not join before; the job is idempotent, shares work between
// two workers, leaves closed rumours alone and is audited.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../policy';
import type { RegionCode } from '../regions/codes';
import { searchPublishedNotices } from '../notices/search-notices';
import { lockPartition } from '../reports/cluster-pending-reports';
import { regionNeighbours } from '../regions/neighbours';
import { findClusterCandidate } from '../reports/cluster-report';
import { normalizeReportText } from '../text';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createStaff, submitAndCluster } from '../testing/fixtures';
import { addConceptTerm } from './add-concept-term';
import { lexiconRekeyNeeded, rekeyOpenReports } from './rekey-open-reports';

const t = setupTestDatabase();
const effects = { enqueueRekey: vi.fn(async () => 'job') };
let admin: Actor;

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

async function report(text: string, regionCode: RegionCode | null) {
  const id = await submitAndCluster(t.db, text, regionCode);
  return t.db.report.findUniqueOrThrow({ where: { id }, select: { id: true, rumorId: true, conceptKey: true, conceptKeyRevision: true } });
}

describe('re-keying open rumours after a lexicon edit', () => {
  const en = 'The Atyrau velodrome went bankrupt';
  const ru = 'Атырауский велотрек обанкротился';
  const terms = [
    { conceptId: 'velodrome', language: 'en', term: 'velodrome*' },
    { conceptId: 'velodrome', language: 'ru', term: 'велотрек*' },
    { conceptId: 'bankrupt', language: 'en', term: 'bankrupt*' },
    { conceptId: 'bankrupt', language: 'ru', term: 'обанкрот*' },
  ] as const;
  const candidateFor = (text: string) => t.db.$transaction((tx) => findClusterCandidate(tx, { normalizedText: normalizeReportText(text), text, language: 'ru', regionCode: 'KZ-23' }));

  it('lets a Russian report join the older English rumour once the terms are added, and only after re-keying', async () => {
    const first = await report(en, 'KZ-23');
    const copy = await report(`${en}, they say`, 'KZ-23');
    expect(copy.rumorId).toBe(first.rumorId);
    // The same claim in a closed rumour: closed rumours keep their keys.
    const closedRumour = await t.db.rumor.create({ data: { claim: en, normalizedClaim: en, language: 'en', firstSeenAt: new Date(), lastSeenAt: new Date(), regionCodes: ['KZ-23'], status: 'DISMISSED', dismissReason: 'DUPLICATE' }, select: { id: true } });
    const closed = await report(`${en}!!`, 'KZ-23');
    await t.db.report.update({ where: { id: closed.id }, data: { rumorId: closedRumour.id } });

    // Before the edit the Russian wording cannot reach the English rumour …
    expect((await candidateFor(ru))?.rumorId ?? null).not.toBe(first.rumorId);
    for (const term of terms) await addConceptTerm(t.db, admin, { ...term, contrastClass: null }, effects);
    expect(effects.enqueueRekey).toHaveBeenCalledTimes(terms.length);
    // … nor with the new terms while the rumour's reports keep their old keys.
    expect((await candidateFor(ru))?.rumorId ?? null).not.toBe(first.rumorId);
    expect(await lexiconRekeyNeeded(t.db)).toBe(true);

    expect((await rekeyOpenReports(t.db)).reports).toBeGreaterThanOrEqual(2);
    const keys = new Map((await t.db.report.findMany({ where: { id: { in: [first.id, copy.id, closed.id] } }, select: { id: true, conceptKey: true } })).map((r) => [r.id, r.conceptKey]));
    expect(keys.get(first.id)).toContain('velodrome');
    expect(keys.get(copy.id)).toContain('bankrupt');
    expect(keys.get(closed.id)).toBe(closed.conceptKey);
    expect(await lexiconRekeyNeeded(t.db)).toBe(false);
    const audits = await t.db.auditEvent.findMany({ where: { action: 'lexicon.reports_rekeyed' }, select: { after: true } });
    expect(audits.reduce((sum, a) => sum + (a.after as { changed: number }).changed, 0)).toBeGreaterThanOrEqual(2);

    const joined = await report(ru, 'KZ-23');
    expect(joined.rumorId).toBe(first.rumorId);
    // Clustered with the current lexicon: nothing left for the next run.
    expect(joined.conceptKeyRevision).toBe((await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 } })).revision);
    expect(await rekeyOpenReports(t.db)).toEqual({ reports: 0, translations: 0, unfinished: false });
  });

  it('shares the work between two workers and re-keys each report once', async () => {
    for (let i = 0; i < 15; i++) await report(`В Костанае закроют ипподром номер ${i} на ремонт`, 'KZ-39');
    await addConceptTerm(t.db, admin, { conceptId: 'hippodrome', contrastClass: 'institution', language: 'ru', term: 'ипподром*' }, effects);
    const stale = await t.db.report.count({ where: { rumor: { status: { in: ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'] } }, clusteringPending: false, conceptKeyRevision: { lt: (await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 } })).revision } } });
    const [a, b] = await Promise.all([rekeyOpenReports(t.db, { batch: 4 }), rekeyOpenReports(t.db, { batch: 4 })]);
    expect(a.reports + b.reports).toBe(stale);
    expect(await rekeyOpenReports(t.db)).toEqual({ reports: 0, translations: 0, unfinished: false });
  });
});

/** Holds what a clusterer batch of the partition holds (a region's locks, or the national queue's) until the returned function is called. */
async function holdPartition(regionCode: RegionCode | null): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: (ok: boolean) => void;
  const lockTaken = new Promise<boolean>((resolve) => (locked = resolve));
  const batch = t.db.$transaction(
    async (tx) => {
      locked(await lockPartition(tx, regionCode ? [regionCode] : [], await regionNeighbours(tx)));
      await released;
    },
    { timeout: 60_000 },
  );
  expect(await lockTaken).toBe(true);
  return async () => {
    release();
    await batch;
  };
}

async function keyOf(id: string) {
  return t.db.report.findUniqueOrThrow({ where: { id }, select: { conceptKey: true, conceptKeyRevision: true } });
}

describe('re-keying while clusterers run', () => {
  it('re-keys no rumour a clustering batch may be reading: the held region waits until it is let go, the others go ahead', async () => {
    const held = await report('В Актау навсегда закроют океанариум', 'KZ-47');
    const free = await report('В Павлодаре навсегда закроют океанариум', 'KZ-55');
    await addConceptTerm(t.db, admin, { conceptId: 'oceanarium', contrastClass: null, language: 'ru', term: 'океанариум*' }, effects);
    const heldBefore = await keyOf(held.id);

    const release = await holdPartition('KZ-47');
    const during = await rekeyOpenReports(t.db, { patienceMs: 0 });
    expect(during.unfinished).toBe(true);
    expect(await keyOf(held.id)).toEqual(heldBefore);
    expect((await keyOf(free.id)).conceptKey).toContain('oceanarium');
    await release();

    // Every edit leaves every open report stale: the held region's next door was held too (shared), so more than this one.
    expect(await rekeyOpenReports(t.db, { patienceMs: 0 })).toMatchObject({ unfinished: false });
    expect((await keyOf(held.id)).conceptKey).toContain('oceanarium');
  });

  it('re-keys the regions while the national queue is clustered (its batch reads only rumours of no region), and its rumours once let go', async () => {
    const regional = await report('В Уральске закроют дельфинарий', 'KZ-27');
    const national = await report('Говорят, по всей стране закроют все дельфинарии', null);
    await addConceptTerm(t.db, admin, { conceptId: 'dolphinarium', contrastClass: null, language: 'ru', term: 'дельфинари*' }, effects);
    const nationalBefore = await keyOf(national.id);
    const release = await holdPartition(null);
    expect(await rekeyOpenReports(t.db, { patienceMs: 200 })).toMatchObject({ unfinished: true });
    expect((await keyOf(regional.id)).conceptKey).toContain('dolphinarium');
    expect(await keyOf(national.id)).toEqual(nationalBefore);
    await release();
    expect(await rekeyOpenReports(t.db, { patienceMs: 0 })).toMatchObject({ unfinished: false });
    expect((await keyOf(national.id)).conceptKey).toContain('dolphinarium');
  });
});

describe('re-keying published notices after a lexicon edit', () => {
  it('lets "already checked?" find an older notice through a term added after it was published, once re-keyed', async () => {
    // Published in English only, asked in Russian: found through concepts alone, not words.
    const title = 'Lighthouse in Aktau closed';
    await createPublishedNotice(t.db, { slug: 'aktau-lighthouse', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: title, ru: title, en: title } });
    const found = async () => (await searchPublishedNotices(t.db, { q: 'маяк закрыли', language: 'ru' })).map((m) => m.slug);
    expect(await found()).not.toContain('aktau-lighthouse');

    for (const term of [{ language: 'en', term: 'lighthouse*' }, { language: 'ru', term: 'маяк*' }, { language: 'kk', term: 'маяқ*' }] as const) {
      await addConceptTerm(t.db, admin, { conceptId: 'lighthouse', contrastClass: null, ...term }, effects);
    }
    // The question is read with the new term at once; the notice still says what it said when published …
    expect(await found()).not.toContain('aktau-lighthouse');
    expect(await lexiconRekeyNeeded(t.db)).toBe(true);

    // … until the job re-keys it.
    expect((await rekeyOpenReports(t.db)).translations).toBe(3);
    expect(await found()).toContain('aktau-lighthouse');
    expect(await lexiconRekeyNeeded(t.db)).toBe(false);
    const audits = await t.db.auditEvent.findMany({ where: { action: 'lexicon.reports_rekeyed' }, select: { after: true } });
    expect(audits.reduce((sum, a) => sum + ((a.after as { translationsChanged?: number }).translationsChanged ?? 0), 0)).toBe(3);
  });
});

// Last: its notice stays published, and the tests above count the translations they re-key.
describe('re-keying after a release that reads text differently', () => {
  it('normalises stored texts again: a release that folds text differently is read the new way', async () => {
    const stored = await report('Шымкентте базар жабылады дейді', 'KZ-79');
    // As an earlier release stored it: folded differently, keyed with an older revision.
    await t.db.report.update({ where: { id: stored.id }, data: { normalizedText: 'older folding', conceptKey: '', conceptKeyRevision: 0 } });
    const { notice } = await createPublishedNotice(t.db, { slug: 'shymkent-bazaar-stays-open', verdict: 'FALSE', regionCodes: ['KZ-79'], titles: { ru: 'Рынок в Шымкенте не закроют', kk: 'Шымкент базары жабылмайды' }, summary: 'Әкімдік хабарлады' });
    await t.db.noticeTranslation.updateMany({ where: { noticeVersion: { noticeId: notice.id } }, data: { searchText: 'older folding', conceptKeyRevision: 0 } });

    await rekeyOpenReports(t.db);
    expect(await t.db.report.findUniqueOrThrow({ where: { id: stored.id }, select: { normalizedText: true, conceptKey: true } })).toEqual({ normalizedText: normalizeReportText('Шымкентте базар жабылады дейді'), conceptKey: stored.conceptKey });
    const translation = await t.db.noticeTranslation.findFirstOrThrow({ where: { noticeVersion: { noticeId: notice.id }, language: 'kk' }, select: { searchText: true } });
    expect(translation.searchText).toBe(normalizeReportText('Шымкент базары жабылмайды Әкімдік хабарлады'));
  });
});
