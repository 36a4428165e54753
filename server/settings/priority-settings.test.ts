import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { generateTrackingCode, normalizeReportText, toMatchKey } from '../text';
import { createCaller } from '../trpc/app-router';
import { addRiskTerm } from './add-risk-term';
import { listPrioritySettings } from './list-priority-settings';
import { readSetting } from './read-settings';
import { removeRiskTerm } from './remove-risk-term';
import { RISK_TERMS_PAGE_SIZE } from './schema';
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

describe('settings changes refresh open rumours set-based', () => {
  const snapshot = (ids: string[]) =>
    t.db.rumor.findMany({
      where: { id: { in: ids } },
      orderBy: { id: 'asc' },
      select: { id: true, sightingCount: true, settlementCount: true, regionCodes: true, firstSeenAt: true, lastSeenAt: true, priorityScore: true, priorityLevel: true, highRisk: true, dueAt: true },
    });

  it("gives every open rumour of the region the values refreshRumorStats gives it one by one, and tells moderators of one that became critical", async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-35']);
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    const report = (rumorId: string, text: string, extra: { receivedAt?: Date; settlementText?: string; routedRegionCodes?: string[] } = {}) =>
      t.db.report.create({ data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId, text, normalizedText: normalizeReportText(text), language: 'ru', regionCode: 'KZ-35', heardAt: new Date(), ...extra } });
    // Old and recent sightings, one place spelt two ways, a second region named by the text, no report at all, risk flags (one no longer a term), and one four-sighting surge.
    const spread = await createRumor(t.db, 'Говорят, в Караганде закроют шахту', ['KZ-35']);
    await report(spread.id, 'Говорят, в Караганде закроют шахту', { receivedAt: hoursAgo(10), settlementText: 'Караганда' });
    await report(spread.id, 'В Караганде закроют шахту', { receivedAt: hoursAgo(1), settlementText: 'караганда' });
    await report(spread.id, 'Шахту закроют', { settlementText: 'Темиртау' });
    const twoRegions = await createRumor(t.db, 'Говорят, трассу Караганда — Астана перекроют', ['KZ-35']);
    await report(twoRegions.id, 'Говорят, трассу Караганда — Астана перекроют', { routedRegionCodes: ['KZ-71'] });
    const bare = await createRumor(t.db, 'Говорят, в Балхаше не будет воды', ['KZ-35']);
    const flagged = await createRumor(t.db, 'Говорят, в Сарани будет погром', ['KZ-35']);
    await t.db.rumor.update({ where: { id: flagged.id }, data: { riskFlags: ['погром', 'слово вне списка'] } });
    await report(flagged.id, 'Говорят, в Сарани будет погром');
    const surge = await createRumor(t.db, 'Говорят, в Шахтинске отключат газ', ['KZ-35'], 'INVESTIGATING');
    for (let i = 0; i < 4; i++) await report(surge.id, `Говорят, в Шахтинске отключат газ ${i}`);
    const closed = await createRumor(t.db, 'Говорят, в Абае закрыли рынок', ['KZ-35'], 'DISMISSED');
    const ids = [spread.id, twoRegions.id, bare.id, flagged.id, surge.id];
    for (const id of [...ids, closed.id]) await refreshRumorStats(t.db, id);
    const closedBefore = await snapshot([closed.id]);
    expect((await snapshot([surge.id]))[0]!.priorityLevel).toBe('HIGH');

    const result = await updateRegionRisk(t.db, admin, { code: 'KZ-35', riskLevel: 3, requiresApproval: false });
    expect(result.rumorsRefreshed).toBe(ids.length);
    const setBased = await snapshot(ids);
    expect(setBased.find((r) => r.id === surge.id)!.priorityLevel).toBe('CRITICAL');
    expect(await t.db.staffNotification.count({ where: { rumorId: surge.id, recipientId: moderator.id, kind: 'RUMOR_CRITICAL' } })).toBe(1);
    expect(await snapshot([closed.id])).toEqual(closedBefore);

    // Forget the numbers, and let the one-by-one refresh compute them again.
    await t.db.rumor.updateMany({ where: { id: { in: ids } }, data: { priorityScore: 0, priorityLevel: 'LOW', dueAt: null, sightingCount: 0, settlementCount: 0, highRisk: false } });
    for (const id of ids) await refreshRumorStats(t.db, id);
    expect(await snapshot(ids)).toEqual(setBased);
    expect(await t.db.staffNotification.count({ where: { rumorId: surge.id, recipientId: moderator.id, kind: 'RUMOR_CRITICAL' } })).toBe(1);
  });

  it('answers 24 concurrent risk changes of a region with 600 open rumours, none refused as busy (the bad-input bench: 503 × 9 in 200)', { timeout: 180_000 }, async () => {
    const now = new Date();
    const rumors = await t.db.rumor.createManyAndReturn({
      data: Array.from({ length: 600 }, (_, i) => ({ claim: `Говорят, в Павлодаре закроют завод ${i}`, normalizedClaim: normalizeReportText(`Говорят, в Павлодаре закроют завод ${i}`), language: 'ru' as const, regionCodes: ['KZ-55'], firstSeenAt: now, lastSeenAt: now })),
      select: { id: true },
    });
    await t.db.report.createMany({ data: rumors.map((r, i) => ({ clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB' as const, rumorId: r.id, text: `Говорят, в Павлодаре закроют завод ${i}`, normalizedText: normalizeReportText(`Говорят, в Павлодаре закроют завод ${i}`), language: 'ru' as const, regionCode: 'KZ-55', heardAt: now })) });
    const results = await Promise.allSettled(Array.from({ length: 24 }, (_, i) => updateRegionRisk(t.db, admin, { code: 'KZ-55', riskLevel: i % 4, requiresApproval: false })));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);
    // Whatever order they ran in, the rumours carry the level the region was left with.
    const { riskLevel } = await t.db.region.findUniqueOrThrow({ where: { code: 'KZ-55' }, select: { riskLevel: true } });
    const [one] = await snapshot([rumors[0]!.id]);
    expect(one!.priorityScore).toBeCloseTo(10 + 6 * 1 + 6 * riskLevel, 1);
  });

  it('re-dates only the open rumours whose deadline moves', async () => {
    const rumor = await rumorWithReport('Говорят, в Арыси снова взрывы на складе');
    const hours = { CRITICAL: 3, HIGH: 9, NORMAL: 30, LOW: 100 };
    expect((await updateDeadlines(t.db, admin, hours)).rumorsRedated).toBeGreaterThan(0);
    const { priorityLevel, dueAt, firstSeenAt } = await priorityOf(rumor.id);
    expect(dueAt!.getTime() - firstSeenAt.getTime()).toBe(hours[priorityLevel] * 3_600_000);
    expect((await updateDeadlines(t.db, admin, hours)).rumorsRedated).toBe(0);
  });
});

describe('adding a risk term twice', () => {
  it('answers the second add 409 by the unique key while the first is not yet committed (a check before the insert let it through: 500)', async () => {
    const term = 'самосуд над';
    let second: Promise<unknown> | undefined;
    await t.db.$transaction(async (tx) => {
      await tx.riskTerm.create({ data: { term, language: 'ru', weight: 2, matchKey: toMatchKey(term) } });
      // The other add starts before this one commits: its check finds nothing, its insert waits on the key.
      second = addRiskTerm(t.db, admin, { term, language: 'ru', weight: 2 }).then(() => 'added', (error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });
    expect(await second).toMatchObject({ code: 'CONFLICT', message: 'termExists' });
    expect(await t.db.riskTerm.count({ where: { term } })).toBe(1);
  });

  it('keeps one of twelve concurrent adds of the same term and answers the others 409', async () => {
    const term = 'поджог дома';
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => addRiskTerm(t.db, admin, { term, language: 'ru', weight: 2 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) expect(r.reason).toMatchObject({ code: 'CONFLICT', message: 'termExists' });
    expect(await t.db.riskTerm.count({ where: { term } })).toBe(1);
  });
});

describe('the risk terms on the settings page', () => {
  it('come a page at a time, every term on exactly one page, and a search finds one as typed or spelt in Latin', async () => {
    const terms = Array.from({ length: 250 }, (_, i) => `бенч слово ${String(i).padStart(3, '0')}`);
    await t.db.riskTerm.createMany({ data: terms.map((term) => ({ term, language: 'ru' as const, weight: 1, matchKey: toMatchKey(term) })) });
    const first = await listPrioritySettings(t.db, admin);
    expect(first.riskTerms).toHaveLength(RISK_TERMS_PAGE_SIZE);
    const { total, pageCount } = first.riskTermPages;
    expect(total).toBe(await t.db.riskTerm.count());
    expect(pageCount).toBe(Math.ceil(total / RISK_TERMS_PAGE_SIZE));
    const seen = new Set<string>();
    for (let page = 1; page <= pageCount; page++) for (const term of (await listPrioritySettings(t.db, admin, { termPage: page })).riskTerms) seen.add(term.id);
    expect(seen.size).toBe(total);
    expect((await listPrioritySettings(t.db, admin, { termPage: pageCount + 1 })).riskTerms).toEqual([]);

    const typed = await listPrioritySettings(t.db, admin, { termSearch: 'СЛОВО 137' });
    expect(typed.riskTerms.map((r) => r.term)).toEqual(['бенч слово 137']);
    expect(typed.riskTermPages).toMatchObject({ total: 1, pageCount: 1, perLanguage: { ru: 1 } });
    expect((await listPrioritySettings(t.db, admin, { termSearch: 'slovo 137' })).riskTerms.map((r) => r.term)).toEqual(['бенч слово 137']);
    expect((await listPrioritySettings(t.db, admin, { termSearch: 'нет такого слова' })).riskTerms).toEqual([]);
  });
});
