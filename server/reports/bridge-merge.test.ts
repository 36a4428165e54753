// A claim split early is healed: when a report would join two rumours of one claim — passing every
// veto with every text of each, the rumours agreeing as wholes — the clusterer merges the younger
// into the older, audited as the system's merge naming the bridging report and undone in one action
// like a moderator's merge. Rumours of contrasting
// claims are never merged this way, in either order of arrival.
import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/codes';
import { setupTestDatabase } from '../testing/database';
import { undoMerge } from '../rumors/undo-merge';
import { asActor, createStaff, submitAndCluster } from '../testing/fixtures';

const t = setupTestDatabase();

async function report(text: string, regionCode: RegionCode) {
  const id = await submitAndCluster(t.db, text, regionCode);
  return (await t.db.report.findUniqueOrThrow({ where: { id }, select: { id: true, rumorId: true } })) as { id: string; rumorId: string };
}

async function rumourOf(reportId: string) {
  return (await t.db.report.findUniqueOrThrow({ where: { id: reportId }, select: { rumorId: true } })).rumorId;
}

describe('a claim split into two rumours', () => {
  it('ends in one rumour after a report that bridges them, the merge marked as automatic', async () => {
    const older = await report('Теміртауда отопление өшіреді екен неделяға, батареялар суық болады', 'KZ-35');
    const kk = await report('Теміртауда дүйсенбіден бастап бір апта жылу берілмейді, жөндеу', 'KZ-35');
    // The split this heals: the second retelling names no hazard where the first says it will be cold
    // ("суық", the frost), yet holds a word the first never uses ("жөндеу", repairs) — the object gate.
    expect(kk.rumorId).not.toBe(older.rumorId);
    const bridge = await report('temirtauda bir apta zhylu bolmaidy deidi', 'KZ-35');
    const all = await Promise.all([older.id, kk.id, bridge.id].map(rumourOf));
    expect(new Set(all).size).toBe(1);
    // The older rumour survives; the younger points at it.
    expect(all[0]).toBe(older.rumorId);
    const younger = await t.db.rumor.findUniqueOrThrow({ where: { id: kk.rumorId }, select: { status: true, mergedIntoId: true, sightingCount: true } });
    expect(younger).toMatchObject({ status: 'MERGED', mergedIntoId: older.rumorId, sightingCount: 0 });
    const survivor = await t.db.rumor.findUniqueOrThrow({ where: { id: older.rumorId }, select: { sightingCount: true } });
    expect(survivor.sightingCount).toBe(3);
    const [event] = await t.db.auditEvent.findMany({ where: { action: 'rumor.merge_received', entityId: older.rumorId } });
    expect(event).toMatchObject({ actorId: null, actorLabel: 'system', after: { from: [kk.rumorId], reportsMoved: 1, bridgeReportId: bridge.id, moved: [{ rumorId: kk.rumorId, reportIds: [kk.id] }] } });
    // A wrong one is taken back in one action, as a moderator's merge is.
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-35']));
    await undoMerge(t.db, moderator, { id: older.rumorId, eventId: String(event!.id) });
    expect(await rumourOf(kk.id)).toBe(kk.rumorId);
    expect(await rumourOf(older.id)).toBe(older.rumorId);
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: kk.rumorId }, select: { status: true } })).status).toBe('NEW');
  });

  for (const order of ['mosque first', 'church first'] as const) {
    it(`never merges a mosque's arson with a church's through a report naming neither (${order})`, async () => {
      const mosque = 'Говорят, в Экибастузе ночью подожгли мечеть';
      const church = 'Екібастұзда түнде шіркеуді өртеп жіберіпті';
      const [first, second] = order === 'mosque first' ? [mosque, church] : [church, mosque];
      const a = await report(first, 'KZ-55');
      const b = await report(second, 'KZ-55');
      expect(b.rumorId).not.toBe(a.rumorId);
      const vague = await report('В Экибастузе ночью подожгли, говорят', 'KZ-55');
      expect(await rumourOf(a.id)).toBe(a.rumorId);
      expect(await rumourOf(b.id)).toBe(b.rumorId);
      expect([a.rumorId, b.rumorId]).not.toContain(null);
      expect(await t.db.rumor.count({ where: { id: { in: [a.rumorId, b.rumorId] }, status: 'MERGED' } })).toBe(0);
      expect(vague.rumorId === a.rumorId && vague.rumorId === b.rumorId).toBe(false);
      await t.db.rumor.updateMany({ where: { id: { in: [a.rumorId, b.rumorId, vague.rumorId] } }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
    });
  }
});
