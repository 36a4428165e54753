import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { generateTrackingCode, normalizeReportText } from '../text';
import { createCaller } from '../trpc/app-router';
import { addRiskTerm } from './add-risk-term';
import { readSetting } from './read-settings';
import { removeRiskTerm } from './remove-risk-term';
import { updateDeadlines } from './update-deadlines';
import { updateRegionRisk } from './update-region-risk';

const t = setupTestDatabase();
let admin: Actor;

/** A rumour with one report of `text` in Turkistan. */
async function rumorWithReport(text: string) {
  const rumor = await createRumor(t.db, text, ['KZ-61']);
  await t.db.report.create({
    data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId: rumor.id, text, normalizedText: normalizeReportText(text), language: 'ru', regionCode: 'KZ-61', heardAt: new Date() },
  });
  await refreshRumorStats(t.db, rumor.id);
  return rumor;
}

const priorityOf = (id: string) => t.db.rumor.findUniqueOrThrow({ where: { id }, select: { priorityScore: true, priorityLevel: true, riskFlags: true, dueAt: true, firstSeenAt: true } });

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

describe('priority settings', () => {
  it('refuses moderators and verifiers', async () => {
    for (const role of ['MODERATOR', 'VERIFIER'] as const) {
      const caller = createCaller({ db: t.db, session: await sessionFor(t.db, await createStaff(t.db, role, ['KZ-61'])), requestId: 'test' });
      await expect(caller.settings.priority()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.settings.addRiskTerm({ term: 'саранча', language: 'ru', weight: 3 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.settings.updateDeadlines({ CRITICAL: 1, HIGH: 2, NORMAL: 3, LOW: 4 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await t.db.riskTerm.count({ where: { term: 'саранча' } })).toBe(0);
  });

  it('raises the priority of a rumour that contains a new risk term, and audits the change', async () => {
    const rumor = await rumorWithReport('Говорят, на поля в Сарыагаше идёт саранча');
    const before = await priorityOf(rumor.id);
    expect(before.riskFlags).toEqual([]);

    const term = await addRiskTerm(t.db, admin, { term: 'саранча', language: 'ru', weight: 3 });
    await refreshRumorStats(t.db, rumor.id);
    const after = await priorityOf(rumor.id);
    expect(after.riskFlags).toContain('саранча');
    expect(after.priorityScore).toBeGreaterThan(before.priorityScore);
    expect(after.priorityLevel).toBe('HIGH');
    expect(await t.db.auditEvent.count({ where: { action: 'risk_term.added', entityId: term.id, actorId: admin.id } })).toBe(1);

    await removeRiskTerm(t.db, admin, { id: term.id });
    await refreshRumorStats(t.db, rumor.id);
    expect((await priorityOf(rumor.id)).priorityScore).toBe(before.priorityScore);
  });

  it('applies a changed response deadline', async () => {
    const rumor = await rumorWithReport('Говорят, в Кентау закроют школу');
    const { priorityLevel } = await priorityOf(rumor.id);
    const hours = { CRITICAL: 1, HIGH: 6, NORMAL: 24, LOW: 48 };
    await updateDeadlines(t.db, admin, hours);
    expect(await readSetting(t.db, 'priority.deadlines')).toEqual(hours);
    const redated = await priorityOf(rumor.id);
    expect(redated.dueAt!.getTime() - redated.firstSeenAt.getTime()).toBe(hours[priorityLevel] * 3_600_000);
    await refreshRumorStats(t.db, rumor.id);
    const refreshed = await priorityOf(rumor.id);
    expect(refreshed.dueAt!.getTime() - refreshed.firstSeenAt.getTime()).toBe(hours[refreshed.priorityLevel] * 3_600_000);
    expect(await t.db.auditEvent.count({ where: { action: 'setting.updated', entityId: 'priority.deadlines' } })).toBe(1);
  });

  it('rejects deadlines where a more urgent level gets more time', async () => {
    await expect(updateDeadlines(t.db, admin, { CRITICAL: 48, HIGH: 12, NORMAL: 72, LOW: 168 })).rejects.toThrow();
  });

  it("raises open rumours' priority with their region's risk level", async () => {
    const rumor = await rumorWithReport('Говорят, в Туркестане будут беспорядки на базаре');
    const before = await priorityOf(rumor.id);
    await updateRegionRisk(t.db, admin, { code: 'KZ-61', riskLevel: 3, requiresApproval: true });
    const after = await priorityOf(rumor.id);
    expect(after.priorityScore).toBeCloseTo(before.priorityScore + 18, 1);
    expect(await t.db.region.findUniqueOrThrow({ where: { code: 'KZ-61' }, select: { requiresApproval: true } })).toEqual({ requiresApproval: true });
    expect(await t.db.auditEvent.count({ where: { action: 'region.risk_updated', entityId: 'KZ-61' } })).toBe(1);
  });
});
