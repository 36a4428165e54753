import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { generateTrackingCode } from '../text';
import { setupTestDatabase } from '../testing/database';
import { createRumor, createStaff, asActor } from '../testing/fixtures';
import { changeRumorStatus } from './change-status';
import { dismissRumors } from './dismiss-rumors';
import { mergeRumors } from './merge-rumors';
import { refreshRumorStats } from './refresh-rumor-stats';
import { getRumorHistory } from './rumor-history';
import { undoMerge } from './undo-merge';
import { createFinalNoticeRow } from '../testing/notices';
import { splitReportIntoNewRumor } from './split-report';
import { canTransition } from './workflow';

const t = setupTestDatabase();
let moderator: Actor;
let turkistanModerator: Actor;

async function rumorWithReports(claim: string, regionCode: string, count: number) {
  const rumor = await createRumor(t.db, claim, [regionCode]);
  for (let i = 0; i < count; i++) {
    await t.db.report.create({
      data: {
        clientId: randomUUID(),
        trackingCode: generateTrackingCode(),
        channel: 'WEB',
        rumorId: rumor.id,
        text: `${claim} (${i})`,
        normalizedText: claim.toLowerCase(),
        language: 'ru',
        regionCode,
        heardAt: new Date(),
      },
    });
  }
  await t.db.rumor.update({ where: { id: rumor.id }, data: { sightingCount: count } });
  return rumor;
}

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  turkistanModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
});

describe('status workflow', () => {
  it('knows the allowed transitions', () => {
    expect(canTransition('NEW', 'INVESTIGATING')).toBe(true);
    expect(canTransition('NEW', 'PUBLISHED')).toBe(false);
    expect(canTransition('PUBLISHED', 'DISMISSED')).toBe(false);
    expect(canTransition('MERGED', 'INVESTIGATING')).toBe(false);
  });

  it('refuses an illegal transition and records nothing', async () => {
    const rumor = await rumorWithReports('Говорят, в Актау закрывают школы', 'KZ-47', 1);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { status: 'PUBLISHED' } });
    await expect(changeRumorStatus(t.db, moderator, { id: rumor.id, to: 'DISMISSED', reason: 'SPAM' })).rejects.toThrow(/cannot go from PUBLISHED to DISMISSED/);
    expect(await t.db.auditEvent.count({ where: { entityId: rumor.id } })).toBe(0);
  });

  it('starts an investigation, assigns it to the moderator, and audits who did it', async () => {
    const rumor = await rumorWithReports('Говорят, в Жанаозене опять бастуют', 'KZ-47', 2);
    const updated = await changeRumorStatus(t.db, moderator, { id: rumor.id, to: 'INVESTIGATING' });
    expect(updated).toMatchObject({ status: 'INVESTIGATING', assigneeId: moderator.id });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: rumor.id } });
    expect(audit).toMatchObject({ actorId: moderator.id, action: 'rumor.status_changed', before: { status: 'NEW' }, after: { status: 'INVESTIGATING' } });
  });

  it('requires a reason to dismiss', async () => {
    const rumor = await rumorWithReports('Реклама: купите дешёвые телефоны', 'KZ-47', 1);
    await expect(changeRumorStatus(t.db, moderator, { id: rumor.id, to: 'DISMISSED' } as never)).rejects.toThrow();
    await changeRumorStatus(t.db, moderator, { id: rumor.id, to: 'DISMISSED', reason: 'SPAM', note: 'advertising' });
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).dismissReason).toBe('SPAM');
  });
});

describe('merge and split', () => {
  it('merging keeps every sighting exactly once and redirects the merged rumours', async () => {
    const target = await rumorWithReports('Говорят, в Шетпе перекрыли железную дорогу', 'KZ-47', 3);
    const a = await rumorWithReports('В Шетпе перекрыли дорогу, поезда стоят', 'KZ-47', 2);
    const b = await rumorWithReports('Шетпеде темір жолды жауып тастады', 'KZ-47', 4);
    const result = await mergeRumors(t.db, moderator, { targetId: target.id, sourceIds: [a.id, b.id] });
    expect(result.reportsMoved).toBe(6);
    const merged = await t.db.rumor.findUniqueOrThrow({ where: { id: target.id } });
    expect(merged.sightingCount).toBe(9);
    expect(await t.db.report.count({ where: { rumorId: target.id } })).toBe(9);
    for (const source of [a, b]) {
      const after = await t.db.rumor.findUniqueOrThrow({ where: { id: source.id } });
      expect(after).toMatchObject({ status: 'MERGED', mergedIntoId: target.id, sightingCount: 0 });
      expect(await t.db.report.count({ where: { rumorId: source.id } })).toBe(0);
    }
  });

  it('a merge that touches another region fails whole: nothing moves, nothing is audited', async () => {
    const target = await rumorWithReports('Говорят, в Актау нет бензина', 'KZ-47', 2);
    const foreign = await rumorWithReports('Говорят, в Шымкенте нет бензина', 'KZ-61', 2);
    await expect(mergeRumors(t.db, moderator, { targetId: target.id, sourceIds: [foreign.id] })).rejects.toThrow(/outside your regions/);
    expect(await t.db.report.count({ where: { rumorId: target.id } })).toBe(2);
    expect(await t.db.auditEvent.count({ where: { entityId: { in: [target.id, foreign.id] } } })).toBe(0);
  });

  it('splitting a report out moves exactly that sighting to a new rumour', async () => {
    const rumor = await rumorWithReports('Говорят, в Бейнеу закрыли рынок', 'KZ-47', 3);
    const report = await t.db.report.findFirstOrThrow({ where: { rumorId: rumor.id } });
    const { rumorId } = await splitReportIntoNewRumor(t.db, moderator, { reportId: report.id });
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumor.id } })).sightingCount).toBe(2);
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: rumorId } })).sightingCount).toBe(1);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: report.id } })).rumorId).toBe(rumorId);
  });

  /** What a moderator sees of a rumour: what undoing a merge must give back exactly. */
  async function snapshot(id: string) {
    const rumor = await t.db.rumor.findUniqueOrThrow({ where: { id }, select: { claim: true, status: true, assigneeId: true, mergedIntoId: true, sightingCount: true, regionCodes: true, riskFlags: true, priorityLevel: true } });
    const reports = await t.db.report.findMany({ where: { rumorId: id }, select: { id: true }, orderBy: { id: 'asc' } });
    const evidence = await t.db.evidence.findMany({ where: { rumorId: id }, select: { id: true } });
    return { ...rumor, reports: reports.map((r) => r.id), evidence: evidence.map((e) => e.id) };
  }

  async function undoableMerge(actor: Actor, rumorId: string): Promise<string> {
    const entry = (await getRumorHistory(t.db, actor, { id: rumorId })).find((e) => e.action === 'rumor.merge_received');
    expect(entry?.undoMerge).toBe(true);
    return entry!.id;
  }

  it('undoing a merge gives each merged rumour back its reports, sightings, regions, flags, status and assignee; a report that came later stays', async () => {
    const both = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47', 'KZ-23']));
    const target = await rumorWithReports('Говорят, в Бейнеу отключат газ', 'KZ-47', 2);
    const investigating = await rumorWithReports('Бейнеуде газ өшіріледі', 'KZ-47', 3);
    await changeRumorStatus(t.db, moderator, { id: investigating.id, to: 'INVESTIGATING' });
    await t.db.evidence.create({ data: { rumorId: investigating.id, adHocSourceName: 'КазТрансГаз', excerpt: 'Плановых отключений нет', stance: 'REFUTES', obtainedAt: new Date(), createdById: moderator.id } });
    const elsewhere = await rumorWithReports('В Атырау и Бейнеу отключат газ', 'KZ-23', 1);
    await t.db.rumor.update({ where: { id: elsewhere.id }, data: { riskFlags: ['panic'] } });
    // Numbers as the app keeps them (the helper writes reports without recounting).
    for (const r of [target, investigating, elsewhere]) await t.db.$transaction((tx) => refreshRumorStats(tx, r.id));
    const before = await Promise.all([target, investigating, elsewhere].map((r) => snapshot(r.id)));

    const merged = await mergeRumors(t.db, both, { targetId: target.id, sourceIds: [investigating.id, elsewhere.id] });
    // The merge names the event to undo, so the message that says it happened can offer the undo.
    expect(merged.mergeEventId).toBe(await undoableMerge(both, target.id));
    expect(await snapshot(target.id)).toMatchObject({ sightingCount: 6, regionCodes: ['KZ-23', 'KZ-47'], riskFlags: ['panic'] });
    const later = await t.db.report.create({
      data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId: target.id, text: 'Бейнеуде газ болмайды', normalizedText: 'бейнеуде газ болмайды', language: 'kk', regionCode: 'KZ-47', heardAt: new Date() },
    });

    const result = await undoMerge(t.db, both, { id: target.id, eventId: merged.mergeEventId });
    expect(result).toEqual({ rumorId: target.id, restored: [investigating.id, elsewhere.id], reportsReturned: 4 });
    const after = await Promise.all([target, investigating, elsewhere].map((r) => snapshot(r.id)));
    // The rumour merged into keeps the report that came later (its priority counts it too).
    expect(after[0]).toEqual({ ...before[0], sightingCount: 3, priorityLevel: after[0]!.priorityLevel, reports: [...before[0]!.reports, later.id].sort() });
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);
    expect(after[1]).toMatchObject({ status: 'INVESTIGATING', assigneeId: moderator.id });
    // Audited on every rumour it touched; the history no longer offers it, and a second undo is refused.
    expect(await t.db.auditEvent.count({ where: { action: 'rumor.merge_undone', entityId: target.id, actorId: both.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: 'rumor.unmerged', entityId: { in: [investigating.id, elsewhere.id] } } })).toBe(2);
    const entry = (await getRumorHistory(t.db, both, { id: target.id })).find((e) => e.action === 'rumor.merge_received')!;
    expect(entry.undoMerge).toBe(false);
    await expect(undoMerge(t.db, both, { id: target.id, eventId: entry.id })).rejects.toThrow('undoMergeDone');
  });

  it('refuses to undo a merge once a notice on the rumour was published, or for a moderator of another region', async () => {
    const target = await rumorWithReports('Говорят, в Форте-Шевченко закроют порт', 'KZ-47', 1);
    const source = await rumorWithReports('Форт-Шевченкода порт жабылады', 'KZ-47', 2);
    await mergeRumors(t.db, moderator, { targetId: target.id, sourceIds: [source.id] });
    const eventId = await undoableMerge(moderator, target.id);
    await expect(undoMerge(t.db, turkistanModerator, { id: target.id, eventId })).rejects.toThrow(/outside your regions/);
    await createFinalNoticeRow(t.db, target.id, { published: true });
    expect((await getRumorHistory(t.db, moderator, { id: target.id })).find((e) => e.action === 'rumor.merge_received')!.undoMerge).toBe(false);
    await expect(undoMerge(t.db, moderator, { id: target.id, eventId })).rejects.toThrow('undoMergeVerdict');
    expect(await t.db.report.count({ where: { rumorId: target.id } })).toBe(3);
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: source.id } })).status).toBe('MERGED');
  });

  it('bulk dismissal is all or none', async () => {
    const mine = await rumorWithReports('Спам: выиграйте миллион', 'KZ-47', 1);
    const published = await rumorWithReports('Говорят, что цены на газ подняли', 'KZ-47', 1);
    await t.db.rumor.update({ where: { id: published.id }, data: { status: 'PUBLISHED' } });
    await expect(dismissRumors(t.db, moderator, { ids: [mine.id, published.id], reason: 'SPAM' })).rejects.toThrow();
    expect((await t.db.rumor.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe('NEW');
    await expect(dismissRumors(t.db, turkistanModerator, { ids: [mine.id], reason: 'SPAM' })).rejects.toThrow(/outside your regions/);
  });
});
