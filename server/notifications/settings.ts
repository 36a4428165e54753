// A member's own notification settings: per kind, the channel besides the app (e-mail, Web Push,
// their linked Telegram), and quiet hours (minutes after midnight, Almaty time, stored on the
// user) — read by server/notifications/outside-app.ts.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import { notificationSettingsInput, type NotificationChannelChoice, type NotificationSettingsInput } from './schema';

const toMinutes = (clock: string | null) => (clock === null ? null : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)));
const toClock = (minutes: number | null) => (minutes === null ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);

export async function getNotificationSettings(db: Db, actor: Actor) {
  const [user, preferences] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { quietHoursStart: true, quietHoursEnd: true, telegramLinkedAt: true, _count: { select: { pushSubscriptions: true } } } }),
    db.staffNotificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, channel: true } }),
  ]);
  const chosen = new Map(preferences.map((p) => [p.kind, p.channel]));
  const channels = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => {
      const channel = chosen.get(kind);
      return [kind, channel === 'EMAIL' || channel === 'WEB_PUSH' || channel === 'TELEGRAM' ? channel : 'IN_APP'];
    }),
  ) as Record<NotificationKind, NotificationChannelChoice>;
  return {
    channels,
    quietHoursStart: toClock(user.quietHoursStart),
    quietHoursEnd: toClock(user.quietHoursEnd),
    /** Browsers in which the member turned on push; the page knows whether this one is among them. */
    pushDevices: user._count.pushSubscriptions,
    telegramLinked: user.telegramLinkedAt !== null,
  };
}

export async function updateNotificationSettings(db: Db, actor: Actor, rawInput: NotificationSettingsInput) {
  const input = notificationSettingsInput.parse(rawInput);
  const outside = NOTIFICATION_KINDS.flatMap((kind) => {
    const channel = input.channels[kind];
    return channel && channel !== 'IN_APP' ? [{ kind, channel }] : [];
  });
  const kindsOn = (channel: Exclude<NotificationChannelChoice, 'IN_APP'>) => outside.filter((p) => p.channel === channel).map((p) => p.kind);
  const quietHoursStart = toMinutes(input.quietHoursStart);
  const quietHoursEnd = toMinutes(input.quietHoursEnd);
  return db.$transaction(async (tx) => {
    // Telegram only to a chat the member has linked (their account page); push may be turned on in a browser later.
    if (kindsOn('TELEGRAM').length > 0 && !(await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { telegramLinkedAt: true } })).telegramLinkedAt) {
      throw new DomainError('BAD_REQUEST', 'telegramNotLinked');
    }
    await tx.staffNotificationPreference.deleteMany({ where: { userId: actor.id } });
    if (outside.length) await tx.staffNotificationPreference.createMany({ data: outside.map(({ kind, channel }) => ({ userId: actor.id, kind, channel })) });
    await tx.user.update({ where: { id: actor.id }, data: { quietHoursStart, quietHoursEnd } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'account.notification_settings_changed',
      entityId: actor.id,
      after: { email: kindsOn('EMAIL'), webPush: kindsOn('WEB_PUSH'), telegram: kindsOn('TELEGRAM'), quietHours: input.quietHoursStart && input.quietHoursEnd ? `${input.quietHoursStart}–${input.quietHoursEnd}` : null },
    });
    return { saved: true };
  });
}
