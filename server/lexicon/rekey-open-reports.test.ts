// A lexicon edit re-keys open rumours' reports: a report in another language naming the new term
// then joins the older rumour it could not join before; the job is idempotent, shares work between
// two workers, leaves closed rumours alone and is audited.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../policy';
import type { RegionCode } from '../regions/codes';
import { findClusterCandidate } from '../reports/cluster-report';
import { normalizeReportText } from '../text';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff, submitAndCluster } from '../testing/fixtures';
import { addConceptTerm } from './add-concept-term';
import { openReportsNeedRekey, rekeyOpenReports } from './rekey-open-reports';

const t = setupTestDatabase();
const effects = { enqueueRekey: vi.fn(async () => 'job') };
let admin: Actor;

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

async function report(text: string, regionCode: RegionCode) {
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
    expect(await openReportsNeedRekey(t.db)).toBe(true);

    expect(await rekeyOpenReports(t.db)).toBeGreaterThanOrEqual(2);
    const keys = new Map((await t.db.report.findMany({ where: { id: { in: [first.id, copy.id, closed.id] } }, select: { id: true, conceptKey: true } })).map((r) => [r.id, r.conceptKey]));
    expect(keys.get(first.id)).toContain('velodrome');
    expect(keys.get(copy.id)).toContain('bankrupt');
    expect(keys.get(closed.id)).toBe(closed.conceptKey);
    expect(await openReportsNeedRekey(t.db)).toBe(false);
    const audits = await t.db.auditEvent.findMany({ where: { action: 'lexicon.reports_rekeyed' }, select: { after: true } });
    expect(audits.reduce((sum, a) => sum + (a.after as { changed: number }).changed, 0)).toBeGreaterThanOrEqual(2);

    const joined = await report(ru, 'KZ-23');
    expect(joined.rumorId).toBe(first.rumorId);
    // Clustered with the current lexicon: nothing left for the next run.
    expect(joined.conceptKeyRevision).toBe((await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 } })).revision);
    expect(await rekeyOpenReports(t.db)).toBe(0);
  });

  it('shares the work between two workers and re-keys each report once', async () => {
    for (let i = 0; i < 15; i++) await report(`В Костанае закроют ипподром номер ${i} на ремонт`, 'KZ-39');
    await addConceptTerm(t.db, admin, { conceptId: 'hippodrome', contrastClass: 'institution', language: 'ru', term: 'ипподром*' }, effects);
    const stale = await t.db.report.count({ where: { rumor: { status: { in: ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED'] } }, clusteringPending: false, conceptKeyRevision: { lt: (await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 } })).revision } } });
    const [a, b] = await Promise.all([rekeyOpenReports(t.db, { batch: 4 }), rekeyOpenReports(t.db, { batch: 4 })]);
    expect(a + b).toBe(stale);
    expect(await rekeyOpenReports(t.db)).toBe(0);
  });
});
