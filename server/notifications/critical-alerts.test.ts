// "A rumour in my regions became critical": told once per rumour and member when its priority
// rises to CRITICAL — its regions' moderators and its assignee, nobody outside its regions — and
// it reaches them outside the app even in their quiet hours.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../policy';
import { refreshRumorStats } from '../rumors/refresh-rumor-stats';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff } from '../testing/fixtures';
import { notifyStaff } from './notify-staff';

const t = setupTestDatabase();
let moderator: Actor;
let quietModerator: Actor;
let otherRegionModerator: Actor;
let assignee: Actor;

/** Six risk terms unknown to the list count 1 each: 8 × 6 = 48 points; with the region's risk level 2 (12 points), 60 — critical. */
const CRITICAL_FLAGS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];

beforeAll(async () => {
  await t.db.region.update({ where: { code: 'KZ-47' }, data: { riskLevel: 2 } });
  moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  quietModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  otherRegionModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));
  assignee = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47', 'KZ-61']));
  // E-mail for the critical kind and for assignments (quiet hours are set by the test that needs them).
  await t.db.staffNotificationPreference.createMany({ data: [{ userId: quietModerator.id, kind: 'RUMOR_CRITICAL', channel: 'EMAIL' }, { userId: quietModerator.id, kind: 'ASSIGNED', channel: 'EMAIL' }] });
});

const refresh = (rumorId: string) => t.db.$transaction((tx) => refreshRumorStats(tx, rumorId));
const told = async (rumorId: string) => (await t.db.staffNotification.findMany({ where: { rumorId, kind: 'RUMOR_CRITICAL' }, select: { recipientId: true } })).map((n) => n.recipientId).sort();

describe('a rumour that becomes critical', () => {
  it('alerts its regions’ moderators and its assignee once, never a moderator of another region', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Актау готовят погром ${Math.random()}`, ['KZ-47'], 'INVESTIGATING');
    await t.db.rumor.update({ where: { id: rumor.id }, data: { riskFlags: ['a1'], assigneeId: assignee.id } });
    expect((await refresh(rumor.id)).level).not.toBe('CRITICAL');
    expect(await told(rumor.id)).toEqual([]);

    await t.db.rumor.update({ where: { id: rumor.id }, data: { riskFlags: CRITICAL_FLAGS } });
    expect((await refresh(rumor.id)).level).toBe('CRITICAL');
    await refresh(rumor.id);
    expect(await told(rumor.id)).toEqual([moderator.id, quietModerator.id, assignee.id].sort());
    expect(await t.db.staffNotification.count({ where: { rumorId: rumor.id, recipientId: otherRegionModerator.id } })).toBe(0);

    // Down and up again: nobody is alerted a second time about the same rumour.
    await t.db.rumor.update({ where: { id: rumor.id }, data: { riskFlags: ['a1'] } });
    expect((await refresh(rumor.id)).level).not.toBe('CRITICAL');
    await t.db.rumor.update({ where: { id: rumor.id }, data: { riskFlags: CRITICAL_FLAGS } });
    await refresh(rumor.id);
    expect(await told(rumor.id)).toHaveLength(3);
  });

  it('is not an alert for a rumour already answered', async () => {
    const rumor = await createRumor(t.db, `Говорят, в Актау будет обвал ${Math.random()}`, ['KZ-47'], 'PUBLISHED');
    await t.db.rumor.update({ where: { id: rumor.id }, data: { riskFlags: CRITICAL_FLAGS } });
    expect((await refresh(rumor.id)).level).toBe('CRITICAL');
    expect(await told(rumor.id)).toEqual([]);
  });

  it('reaches a member outside the app in their quiet hours, while an assignment waits for them to end', async () => {
    // Quiet from a minute ago (Kazakhstan time, UTC+5) for three hours, set here rather than before
    // the file's first test: a window a few minutes long could end before a slow run reached this test.
    const minute = (new Date().getUTCHours() * 60 + new Date().getUTCMinutes() + 5 * 60) % 1440;
    await t.db.user.update({ where: { id: quietModerator.id }, data: { quietHoursStart: (minute + 1439) % 1440, quietHoursEnd: (minute + 180) % 1440 } });
    const rumor = await createRumor(t.db, `Говорят, в Жанаозене нападут на школу ${Math.random()}`, ['KZ-47'], 'NEW');
    await t.db.rumor.update({ where: { id: rumor.id }, data: { riskFlags: CRITICAL_FLAGS } });
    await refresh(rumor.id);
    await t.db.$transaction((tx) => notifyStaff(tx, { kind: 'ASSIGNED', rumorId: rumor.id, recipientIds: [quietModerator.id], actorId: moderator.id }));
    const deliveries = await t.db.delivery.findMany({ where: { staffNotification: { recipientId: quietModerator.id, rumorId: rumor.id } }, include: { staffNotification: { select: { kind: true } } } });
    const at = Object.fromEntries(deliveries.map((d) => [d.staffNotification!.kind, d.nextAttemptAt!.getTime()]));
    expect(at.RUMOR_CRITICAL).toBeLessThanOrEqual(Date.now());
    expect(at.ASSIGNED).toBeGreaterThan(Date.now() + 170 * 60_000);
  });
});
