import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverEnv } from '../config/env';
import { encryptText } from '../crypto/secret-box';
import type { Actor } from '../policy';
import { generateTrackingCode } from '../text';
import { setupTestDatabase } from '../testing/database';
import { createRumor, createStaff, asActor } from '../testing/fixtures';
import { addComment } from './add-comment';
import { changeRumorStatus } from './change-status';
import { findSimilarRumors } from './find-similar-rumors';
import { getRumorDetail, type RumorDetail } from './get-rumor-detail';
import { mergeRumors } from './merge-rumors';
import { acquireRumorLock, releaseRumorLock } from './rumor-lock';
import { getRumorHistory } from './rumor-history';

const t = setupTestDatabase();
const KEY = serverEnv().RASPA_ENCRYPTION_KEY;

let moderator: Actor;
let colleague: Actor;
let contactReader: Actor;
let turkistanModerator: Actor;

async function addReport(rumorId: string, options: { wantsFeedback?: boolean; contact?: string } = {}) {
  return t.db.report.create({
    data: {
      clientId: randomUUID(), trackingCode: generateTrackingCode(), channel: 'WEB', rumorId, text: 'Говорят, в Актау закроют порт', normalizedText: 'govoriat v aktau zakroiut port',
      language: 'ru', regionCode: 'KZ-47', heardAt: new Date(), wantsFeedback: options.wantsFeedback ?? false,
      contactKind: options.contact ? 'PHONE' : null, contactCipher: options.contact ? encryptText(options.contact, KEY) : null,
    },
  });
}

async function detail(actor: Actor, id: string): Promise<RumorDetail> {
  const result = await getRumorDetail(t.db, actor, id);
  if (result.redirectTo !== null) throw new Error('unexpected redirect');
  return result;
}

beforeAll(async () => {
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  colleague = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  contactReader = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47'], { canViewContacts: true }));
  turkistanModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
});

describe('rumour detail', () => {
  it('shows a contact only to staff with the permission, and only when the reporter asked for an answer', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Актау закроют порт навсегда', ['KZ-47']);
    const asked = await addReport(rumor.id, { wantsFeedback: true, contact: '+7 701 000 00 01' });
    const notAsked = await addReport(rumor.id, { wantsFeedback: false, contact: '+7 701 000 00 02' });

    const byReader = await detail(contactReader, rumor.id);
    expect(byReader.reports.find((r) => r.id === asked.id)).toMatchObject({ contact: { kind: 'PHONE', value: '+7 701 000 00 01' }, contactHidden: false });
    expect(byReader.reports.find((r) => r.id === notAsked.id)).toMatchObject({ contact: null, contactHidden: true });

    const byModerator = await detail(moderator, rumor.id);
    expect(byModerator.reports.every((r) => r.contact === null && r.contactHidden)).toBe(true);
    expect(JSON.stringify(byModerator)).not.toContain('701 000');
  });

  it('explains the priority and counts sightings per hour', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Жанаозене перекроют трассу', ['KZ-47']);
    await addReport(rumor.id);
    await addReport(rumor.id);
    await t.db.rumor.update({ where: { id: rumor.id }, data: { sightingCount: 2 } });
    const result = await detail(moderator, rumor.id);
    expect(result.priority.reasons.map((r) => r.factor)).toEqual(['sightings', 'velocity', 'spread', 'regions', 'risk', 'regionRisk']);
    expect(result.priority.reasons.find((r) => r.factor === 'velocity')?.points).toBe(12);
    expect(result.timeline).toHaveLength(72);
    expect(result.timeline.at(-1)?.count).toBe(2);
  });

  it('sends a merged rumour to the one it was merged into', async () => {
    const target = await createRumor(t.db, 'Говорят, в Шетпе закрыли дорогу', ['KZ-47']);
    const source = await createRumor(t.db, 'В Шетпе закрыли дорогу, поезда стоят', ['KZ-47']);
    await mergeRumors(t.db, moderator, { targetId: target.id, sourceIds: [source.id] });
    expect(await getRumorDetail(t.db, moderator, source.id)).toEqual({ redirectTo: target.id });
  });

  it('refuses a moderator of another region', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Актау отключат воду', ['KZ-47']);
    await expect(getRumorDetail(t.db, turkistanModerator, rumor.id)).rejects.toThrow(/outside your regions/);
  });
});

describe('editing lock', () => {
  it('shows the first moderator to the second, expires after ten minutes and lets the owner re-acquire', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Актау будет митинг', ['KZ-47']);
    const start = new Date();
    expect(await acquireRumorLock(t.db, moderator, { id: rumor.id }, start)).toMatchObject({ acquired: true });

    const second = await acquireRumorLock(t.db, colleague, { id: rumor.id }, new Date(start.getTime() + 60_000));
    expect(second).toMatchObject({ acquired: false, holder: { id: moderator.id, name: moderator.name } });
    expect((await detail(colleague, rumor.id)).lock?.holder.id).toBe(moderator.id);

    expect(await acquireRumorLock(t.db, moderator, { id: rumor.id }, new Date(start.getTime() + 5 * 60_000))).toMatchObject({ acquired: true });

    const afterExpiry = await acquireRumorLock(t.db, colleague, { id: rumor.id }, new Date(start.getTime() + 16 * 60_000));
    expect(afterExpiry).toMatchObject({ acquired: true });
    expect(await acquireRumorLock(t.db, moderator, { id: rumor.id }, new Date(start.getTime() + 17 * 60_000))).toMatchObject({ acquired: false, holder: { id: colleague.id } });
  });

  it('releases only our own lock', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Форт-Шевченко эвакуация', ['KZ-47']);
    await acquireRumorLock(t.db, moderator, { id: rumor.id });
    expect(await releaseRumorLock(t.db, colleague, { id: rumor.id })).toEqual({ released: false });
    expect(await releaseRumorLock(t.db, moderator, { id: rumor.id })).toEqual({ released: true });
    expect(await acquireRumorLock(t.db, colleague, { id: rumor.id })).toMatchObject({ acquired: true });
  });
});

describe('similar rumours', () => {
  it('suggests close claims in the actor’s regions only', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Мунайлы отключат газ на неделю', ['KZ-47']);
    const close = await createRumor(t.db, 'В Мунайлы отключат газ на неделю, говорят', ['KZ-47']);
    const otherRegion = await createRumor(t.db, 'Говорят, в Мунайлы отключат газ на неделю!', ['KZ-61']);
    const closed = await createRumor(t.db, 'Говорят, в Мунайлы отключат газ на неделю.', ['KZ-47'], 'DISMISSED');
    await createRumor(t.db, 'В Астане открыли новый мост', ['KZ-47']);

    const similar = await findSimilarRumors(t.db, moderator, { id: rumor.id });
    const ids = similar.map((s) => s.id);
    expect(ids).toContain(close.id);
    expect(ids).not.toContain(otherRegion.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(rumor.id);
    expect(similar.every((s) => s.score >= 0.25)).toBe(true);
  });
});

describe('comments and history', () => {
  it('resolves @mentions to staff of the rumour’s regions and audits the comment', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Бейнеу закрывают рынок', ['KZ-47']);
    const comment = await addComment(t.db, moderator, { rumorId: rumor.id, body: `@${colleague.name}, проверь у акимата. @${turkistanModerator.name} — не наш регион` });
    expect(comment.mentions).toEqual([colleague.id]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: rumor.id, action: 'rumor.comment_added' } });
    expect(audit.actorId).toBe(moderator.id);
    expect((await detail(colleague, rumor.id)).comments.map((c) => c.body)).toEqual([comment.body]);
  });

  it('lists the status change with the actor’s name, newest first', async () => {
    const rumor = await createRumor(t.db, 'Говорят, в Актау подорожает хлеб', ['KZ-47']);
    await addReport(rumor.id);
    await changeRumorStatus(t.db, moderator, { id: rumor.id, to: 'INVESTIGATING' });
    await addComment(t.db, colleague, { rumorId: rumor.id, body: 'Смотрю' });
    const history = await getRumorHistory(t.db, moderator, { id: rumor.id });
    expect(history.map((h) => h.action)).toEqual(['rumor.comment_added', 'rumor.status_changed']);
    expect(history[1]).toMatchObject({ actorName: moderator.name, after: { status: 'INVESTIGATING' } });
  });
});
