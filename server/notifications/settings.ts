// A member's own notification settings: which kinds also come by e-mail, and quiet hours (minutes
// after midnight, Almaty time, stored on the user) — read by server/notifications/outside-app.ts.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Actor } from '../policy';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import { notificationSettingsInput, type NotificationChannelChoice, type NotificationSettingsInput } from './schema';

const toMinutes = (clock: string | null) => (clock === null ? null : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)));
const toClock = (minutes: number | null) => (minutes === null ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);

export async function getNotificationSettings(db: Db, actor: Actor) {
  const [user, preferences] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { quietHoursStart: true, quietHoursEnd: true } }),
    db.staffNotificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, channel: true } }),
  ]);
  const channels = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, preferences.some((p) => p.kind === kind && p.channel === 'EMAIL') ? 'EMAIL' : 'IN_APP'])) as Record<NotificationKind, NotificationChannelChoice>;
  return { channels, quietHoursStart: toClock(user.quietHoursStart), quietHoursEnd: toClock(user.quietHoursEnd) };
}

export async function updateNotificationSettings(db: Db, actor: Actor, rawInput: NotificationSettingsInput) {
  const input = notificationSettingsInput.parse(rawInput);
  const email = NOTIFICATION_KINDS.filter((kind) => input.channels[kind] === 'EMAIL');
  const quietHoursStart = toMinutes(input.quietHoursStart);
  const quietHoursEnd = toMinutes(input.quietHoursEnd);
  return db.$transaction(async (tx) => {
    await tx.staffNotificationPreference.deleteMany({ where: { userId: actor.id } });
    if (email.length) await tx.staffNotificationPreference.createMany({ data: email.map((kind) => ({ userId: actor.id, kind, channel: 'EMAIL' as const })) });
    await tx.user.update({ where: { id: actor.id }, data: { quietHoursStart, quietHoursEnd } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'account.notification_settings_changed',
      entityId: actor.id,
      after: { email, quietHours: input.quietHoursStart && input.quietHoursEnd ? `${input.quietHoursStart}–${input.quietHoursEnd}` : null },
    });
    return { saved: true };
  });
}
